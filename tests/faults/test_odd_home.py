"""A home folder with accents, other scripts and spaces, on every system's paths.

"Zoë Van den Broeck-Ñ 李" is a real kind of Windows user folder (the name typed at
set-up), and the profile folder Thunderbird made may carry spaces too. Each layout of
each system's mail programs, the files for a phone, the log folder and a preset are
exercised under such a home; one real Thunderbird logs in from there to the suite's
Dovecot.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.test_thunderbird_real import (
    _run_thunderbird_until,
    _store_password,
    _trust_ca,
)
from tests.faults.conftest import ACCOUNT, run_program
from tests.mailserver.dovecot import MailServer
from tests.support import require_program
from wizard.core.exporters.base import Environment, Status, default_target
from wizard.core.exporters.evolution.exporter import EvolutionExporter
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.formats.saving import save_other_files
from wizard.core.model import AccountDraft, Protocol
from wizard.core.provider import Provider
from wizard.core.safe_files import list_backups

ODD = "Zoë Van den Broeck-Ñ 李"
PROFILE_INI = """[Profile0]
Name=défaut perso
IsRelative=1
Path=Profiles/ab12 défaut perso

[Install4F96D1932A9F858E]
Default=Profiles/ab12 défaut perso
Locked=1

[General]
StartWithLastProfile=1
Version=2
"""


@pytest.fixture
def odd_home(tmp_path: Path) -> Path:
    folder = tmp_path / ODD
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    ("platform", "root_parts"),
    [
        ("linux", (".thunderbird",)),
        ("linux", (".var", "app", "org.mozilla.Thunderbird", ".thunderbird")),
        ("linux", ("snap", "thunderbird", "common", ".thunderbird")),
        ("darwin", ("Library", "Thunderbird")),
        ("win32", ("AppData", "Roaming", "Thunderbird")),
    ],
    ids=["linux", "flatpak", "snap", "macos", "windows"],
)
@pytest.mark.parametrize("existing", [False, True], ids=["fresh", "with-accounts"])
def test_thunderbird_in_every_layout(
    odd_home: Path,
    platform: str,
    root_parts: tuple[str, ...],
    existing: bool,
    draft: AccountDraft,
    provider: Provider,
) -> None:
    root = odd_home.joinpath(*root_parts)
    profile = root / "Profiles" / "ab12 défaut perso"
    profile.mkdir(parents=True)
    (root / "profiles.ini").write_text(PROFILE_INI, encoding="utf-8")
    if existing:
        (profile / "prefs.js").write_text(EXISTING_PREFS, encoding="utf-8", newline="")
    appdata = odd_home / "AppData" / "Roaming" if platform == "win32" else None
    exporter = ThunderbirdExporter(Environment(odd_home, appdata, platform), in_use=lambda _: False)
    target = default_target(exporter.detect())
    assert target is not None
    assert target.path == profile
    report = exporter.apply(exporter.plan(target, draft, provider))
    assert report.status is Status.DONE, report
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert prefs.get(f"mail.server.{_server(prefs, report.details['account'])}.userName") == (
        "user0001"
    )
    assert len(list_backups(profile / "prefs.js")) == (1 if existing else 0)


def _server(prefs: PrefsFile, account: str) -> str:
    value = prefs.get(f"mail.account.{account}.server")
    assert isinstance(value, str)
    return value


@pytest.mark.parametrize("flatpak", [False, True], ids=["native", "flatpak"])
def test_evolution_under_the_odd_home(
    odd_home: Path, flatpak: bool, draft: AccountDraft, provider: Provider
) -> None:
    if flatpak:
        (odd_home / ".local" / "share" / "flatpak" / "app" / "org.gnome.Evolution").mkdir(
            parents=True
        )
    exporter = EvolutionExporter(
        Environment(odd_home, platform="linux"),
        running=lambda: False,
        which=lambda name: None if flatpak else f"/usr/bin/{name}",
        flatpak_system=odd_home / "none",
    )
    target = default_target(exporter.detect())
    assert target is not None
    assert ODD in str(target.path)
    report = exporter.apply(exporter.plan(target, draft, provider))
    assert report.status is Status.DONE, report
    assert len(list(target.path.glob("*.source"))) == 3


def test_the_files_for_a_phone_under_the_odd_home(
    odd_home: Path, draft: AccountDraft, provider: Provider
) -> None:
    folder = odd_home / "Documents" / "all2all e-mail"
    report = save_other_files(draft, provider, folder, None)
    assert report.status is Status.DONE, report
    assert sorted(p.name for p in folder.iterdir()) == [
        "all2all-user0001.mobileconfig",
        "all2all.org.xml",
    ]


@pytest.mark.parametrize("client", ["apple-mail", "autoconfig", "outlook-prf", "sheet"])
def test_every_file_export_into_an_odd_folder(odd_home: Path, client: str) -> None:
    folder = odd_home / "Mes documents" / "Configuration à envoyer"
    folder.mkdir(parents=True)
    result = run_program(odd_home, "export", "--client", client, *ACCOUNT, "--output", str(folder))
    assert result.returncode == 0, result.stderr
    (written,) = folder.iterdir()
    assert result.stdout.strip() == str(written)
    assert written.stat().st_size > 0


def test_the_command_line_under_the_odd_home_logs_and_reads_its_preset(
    odd_home: Path, tmp_path: Path
) -> None:
    make_root(odd_home / ".thunderbird", EXISTING_PREFS)
    preset = odd_home / "Réglages IT" / "préréglage 2026.toml"
    preset.parent.mkdir()
    preset.write_text('[defaults]\nprotocol = "pop3"\n', encoding="utf-8")
    result = run_program(
        odd_home,
        "setup",
        "--preset",
        str(preset),
        "--json",
        *ACCOUNT,
        extra_env={"ALL2ALL_SETUP_LOG_DIR": str(odd_home / "Journaux d’installation")},
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["preset"] == str(preset)
    assert data["account"]["protocol"] == "pop3"
    assert Path(data["log"]).is_file()
    assert ODD in data["log"]
    assert ODD in data["clients"][0]["profile"]


@pytest.mark.system
def test_the_real_thunderbird_logs_in_from_the_odd_home(
    mail_server: MailServer, odd_home: Path, tmp_path: Path
) -> None:
    thunderbird = require_program("thunderbird", "thunderbird")
    certutil = require_program("certutil", "libnss3-tools")
    root = odd_home / ".thunderbird"
    profile = root / "Profiles" / "ab12 défaut perso"
    profile.mkdir(parents=True)
    (root / "profiles.ini").write_text(PROFILE_INI, encoding="utf-8")
    exporter = ThunderbirdExporter(Environment(odd_home, platform="linux"))
    target = default_target(exporter.detect())
    assert target is not None
    account = AccountDraft(
        protocol=Protocol.IMAP,
        display_name="Zoë Van den Broeck",
        email="user0001@all2all.org",
        username="user0001",
    )
    report = exporter.apply(exporter.plan(target, account, mail_server.provider))
    assert report.status is Status.DONE, report
    _trust_ca(certutil, profile, mail_server.ca_file)
    _store_password(profile, f"imap://{mail_server.host}", mail_server.users["user0001"])
    offset = len(mail_server.log_text())
    login = re.compile(
        rf"imap-login: Info: Login: user=<user0001>, method=PLAIN, .*"
        rf"lport={mail_server.imaps_port}, TLS,"
    )

    def logged_in() -> bool:
        return login.search(mail_server.log_text()[offset:]) is not None

    assert _run_thunderbird_until(thunderbird, odd_home, profile, logged_in, tmp_path), (
        mail_server.log_text()[offset:][-3000:]
    )
