"""Fault 7: the profile Thunderbird opens is gone.

profiles.ini names the profile an installation opens (``[Install…] Default=``); when
that folder is missing, the account used to go silently into another, legacy profile
(``Default=1``) and the report said it "becomes the main account" — of a profile
Thunderbird never opens. Now the missing folder stays the default, and every front
door says that it no longer exists; the other profiles are left alone.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.faults.conftest import ACCOUNT, run_program
from wizard.core.exporters.base import (
    Environment,
    ExportError,
    ExportErrorCode,
    default_target,
)
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.core.safe_files import list_backups


@pytest.fixture
def gone(home: Path) -> tuple[Path, Path]:
    """The used profile's folder deleted; the legacy one (Default=1) still there."""
    used = make_root(home / ".thunderbird", None)
    legacy = used.parent / "legacy.default"
    (legacy / "prefs.js").write_text(EXISTING_PREFS, encoding="utf-8")
    shutil.rmtree(used)
    return used, legacy


def test_the_missing_folder_stays_the_default_and_planning_says_so(
    env: Environment, gone: tuple[Path, Path], draft: AccountDraft, provider: Provider
) -> None:
    used, legacy = gone
    exporter = ThunderbirdExporter(env, in_use=lambda _path: False)
    target = default_target(exporter.detect())
    assert target is not None
    assert (target.path, target.is_default) == (used, True)
    with pytest.raises(ExportError) as caught:
        exporter.plan(target, draft, provider)
    assert caught.value.code is ExportErrorCode.PROFILE_NOT_FOUND
    assert (legacy / "prefs.js").read_text() == EXISTING_PREFS


def test_export_says_the_profile_is_gone_and_touches_no_other(
    home: Path, gone: tuple[Path, Path]
) -> None:
    used, legacy = gone
    result = run_program(home, "--lang", "en", "export", "--client", "thunderbird", *ACCOUNT)
    assert result.returncode == 3, result.stdout
    assert "profile folder no longer exists" in result.stderr
    assert "main account" not in result.stdout + result.stderr
    assert (legacy / "prefs.js").read_text() == EXISTING_PREFS
    assert list_backups(legacy / "prefs.js") == []
    assert not used.exists()


def test_setup_reports_the_missing_profile(home: Path, gone: tuple[Path, Path]) -> None:
    used, legacy = gone
    result = run_program(home, "setup", "--json", "--client", "thunderbird", *ACCOUNT)
    assert result.returncode == 3, result.stderr
    (client,) = json.loads(result.stdout)["clients"]
    assert (client["code"], client["profile"]) == ("profile_not_found", str(used))
    assert (legacy / "prefs.js").read_text() == EXISTING_PREFS


def test_an_existing_default_of_another_installation_is_still_used(
    env: Environment, home: Path
) -> None:
    """Two installations (ESR and beta): one's default is gone, the other's is used."""
    used = make_root(home / ".thunderbird", EXISTING_PREFS)
    ini = home / ".thunderbird" / "profiles.ini"
    ini.write_text(ini.read_text() + "\n[Install0123456789ABCDEF]\nDefault=Profiles/gone.beta\n")
    exporter = ThunderbirdExporter(env, in_use=lambda _path: False)
    target = default_target(exporter.detect())
    assert target is not None
    assert target.path == used
