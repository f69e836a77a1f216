"""``all2all-setup remove`` as IT staff run it: a real process on profiles in a temporary home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.export_samples import draft
from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.lock_holder import LockHolder
from tests.exporters.test_evolution_export import ACCOUNT_UID, write_evolution_account
from wizard.core.exporters.base import Environment, Status, default_target
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.model import AccountDraft
from wizard.core.provider import load_provider

ROOT = Path(__file__).resolve().parent.parent
JSON_KEYS = {
    "client",
    "profile",
    "removed",
    "outgoing_removed",
    "outgoing_kept",
    "backups",
    "passwords",
    "error",
    "dry_run",
    "exit_code",
}


def remove(
    home: Path, *arguments: str, lang: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "wizard", *(["--lang", lang] if lang else []), "remove"]
    environment = os.environ | {
        "HOME": str(home),
        "ALL2ALL_SETUP_LOG_DIR": str(home / "logs"),
        "PYTHONPATH": str(ROOT),
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",  # no keyring here
    }
    environment.pop("XDG_CONFIG_HOME", None)
    return subprocess.run(
        [*command, *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=environment,
        timeout=60,
        check=False,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def add(home: Path, account: AccountDraft) -> None:
    exporter = ThunderbirdExporter(Environment(home, platform="linux"), in_use=lambda _: False)
    target = default_target(exporter.detect())
    assert target is not None
    plan = exporter.plan(target, account, load_provider())
    assert exporter.apply(plan).status is Status.DONE


@pytest.fixture
def profile(home: Path) -> Path:
    folder = make_root(home / ".thunderbird", EXISTING_PREFS)
    add(home, draft(email="user0001@all2all.org"))
    return folder


def test_removed_with_the_documented_json(home: Path, profile: Path) -> None:
    result = remove(home, "--client", "thunderbird", "--json")

    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == JSON_KEYS
    assert (data["exit_code"], data["dry_run"], data["error"]) == (0, False, None)
    assert data["removed"] == [{"key": "account4", "login": "user0001", "protocol": "imap"}]
    assert data["outgoing_removed"] == ["smtp3"]
    assert data["passwords"] is None
    assert [Path(backup).parent for backup in data["backups"]] == [profile]
    assert "user0001" not in (profile / "prefs.js").read_text(encoding="utf-8")

    again = remove(home, "--client", "thunderbird", "--json")
    assert again.returncode == 1
    assert json.loads(again.stdout)["removed"] == []


def test_dry_run_changes_nothing(home: Path, profile: Path) -> None:
    before = (profile / "prefs.js").read_bytes()
    result = remove(home, "--client", "thunderbird", "--dry-run")

    assert result.returncode == 0
    assert "user0001 (IMAP, account4)" in result.stdout
    assert (profile / "prefs.js").read_bytes() == before


def test_forget_password_without_a_keyring_says_so(home: Path, profile: Path) -> None:
    result = remove(home, "--client", "thunderbird", "--forget-password", "--json")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["passwords"] == {
        "program": "not_found",
        "keyring": "unavailable",
    }


def test_several_logins_need_username(home: Path, profile: Path) -> None:
    add(home, draft(email="user0002@all2all.org", username="user0002"))
    result = remove(home, "--client", "thunderbird")

    assert result.returncode == 2
    assert "user0001, user0002" in result.stderr
    assert "--username" in result.stderr
    chosen = remove(home, "--client", "thunderbird", "--username", "user0002", "--json")
    assert [a["login"] for a in json.loads(chosen.stdout)["removed"]] == ["user0002"]


def test_refused_while_thunderbird_runs(home: Path, profile: Path) -> None:
    before = (profile / "prefs.js").read_bytes()
    with LockHolder(profile):
        result = remove(home, "--client", "thunderbird", "--json")

    assert result.returncode == 3
    assert json.loads(result.stdout)["error"] == "client_running"
    assert (profile / "prefs.js").read_bytes() == before


def test_evolution_in_french(home: Path) -> None:
    folder = home / ".config" / "evolution" / "sources"
    write_evolution_account(folder)
    result = remove(home, "--client", "evolution", lang="fr")

    assert result.returncode == 0, result.stderr
    assert not (folder / f"{ACCOUNT_UID}.source").exists()
    assert (folder / "gmail.source").exists()
    assert "Evolution" in result.stdout


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param([], id="no-client"),
        pytest.param(["--client", "outlook"], id="unknown-client"),
        pytest.param(["--client", "thunderbird", "--profile", "/nonexistent"], id="no-folder"),
    ],
)
def test_bad_usage_exits_2(home: Path, arguments: list[str]) -> None:
    result = remove(home, *arguments)

    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""


def test_no_thunderbird_at_all(home: Path) -> None:
    result = remove(home, "--client", "thunderbird")

    assert result.returncode == 1
