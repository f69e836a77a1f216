"""``all2all-setup clients`` and ``export`` as IT staff run them: a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.safe_files import list_backups

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = ["--username", "user0001", "--email", "user0001@all2all.org", "--name", "Marie"]


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "APPDATA"}
    env["HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,  # generous: CI machines run other suites at the same time
        check=False,
    )


def test_clients_lists_profiles(home: Path, busy_profile: Path) -> None:
    result = cli(home, "clients", "--json")
    assert result.returncode == 0, result.stderr
    (client,) = json.loads(result.stdout)["clients"]
    assert client["client"] == "thunderbird"
    defaults = [p["path"] for p in client["profiles"] if p["default"]]
    assert defaults == [str(busy_profile)]
    human = cli(home, "--lang", "en", "clients")
    assert f"  profile default-default: {busy_profile} (default)\n" in human.stdout
    dutch = cli(home, "--lang", "nl", "clients")
    assert f"  profiel default-default: {busy_profile} (standaard)\n" in dutch.stdout


def test_export_then_again_then_dry_run(home: Path, busy_profile: Path) -> None:
    prefs = busy_profile / "prefs.js"
    dry = cli(home, "export", "--client", "thunderbird", "--dry-run", "--json", *ACCOUNT)
    assert dry.returncode == 0, dry.stderr
    plan = json.loads(dry.stdout)
    assert (plan["dry_run"], plan["change"], plan["account"]) == (True, "add_account", "account4")
    assert {
        "action": "add_key",
        "path": str(prefs),
        "key": "mail.server.server4.port",
        "old": None,
        "new": 993,
    } in plan["actions"]
    assert prefs.read_text() == EXISTING_PREFS  # a dry run writes nothing

    done = cli(home, "export", "--client", "thunderbird", "--json", *ACCOUNT, "--protocol", "imap")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["status"], result["code"]) == ("done", "account_added")
    assert result["backups"] == [str(p) for p in list_backups(prefs)]

    again = cli(home, "export", "--client", "thunderbird", *ACCOUNT)
    assert again.returncode == 0, again.stderr
    assert "nothing was changed" in again.stdout
    parsed = PrefsFile.parse(prefs.read_bytes())
    assert parsed.get("mail.accountmanager.accounts") == "account1,account3,account4,account2"


def test_pop3_relay_and_explicit_profile(home: Path, fresh_profile: Path) -> None:
    result = cli(
        home,
        "export",
        "--client",
        "thunderbird",
        "--profile",
        str(fresh_profile),
        *ACCOUNT,
        "--protocol",
        "pop3",
        "--keep-days",
        "7",
        "--outgoing",
        "relay.skynet.be:25",
    )
    assert result.returncode == 0, result.stderr
    prefs = PrefsFile.parse((fresh_profile / "prefs.js").read_bytes())
    assert prefs.get("mail.server.server1.num_days_to_leave_on_server") == 7
    assert prefs.get("mail.smtpserver.smtp1.hostname") == "relay.skynet.be"
    assert prefs.get("mail.smtpserver.smtp1.authMethod") == 1


def test_bad_usage_exits_2(home: Path, fresh_profile: Path) -> None:
    bad_email = ["--username", "user0001", "--email", "not-an-address", "--name", "M"]
    assert cli(home, "export", "--client", "thunderbird", *bad_email).returncode == 2
    assert cli(home, "export", "--client", "outlook95", *ACCOUNT).returncode == 2
    assert (
        cli(home, "export", "--client", "thunderbird", *ACCOUNT, "--outgoing", "a b").returncode
        == 2
    )
    missing = str(home / "nope")
    assert (
        cli(home, "export", "--client", "thunderbird", "--profile", missing, *ACCOUNT).returncode
        == 2
    )
    assert not (fresh_profile / "prefs.js").exists()


@pytest.mark.parametrize(
    ("language", "explanation"),
    [
        ("en", "This is not a complete e-mail address. It looks like name@example.be"),
        (
            "nl",
            "Dit is geen volledig e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.be",
        ),
        ("fr", "Ce n’est pas une adresse e-mail complète. Une adresse complète ressemble à nom@"),
    ],
    ids=["en", "nl", "fr"],
)
def test_bad_email_is_explained_in_the_users_language(
    home: Path, language: str, explanation: str
) -> None:
    """The wizard's own explanation of the field, not the code ``bad_email``."""
    account = ["--username", "user0001", "--email", "not-an-address", "--name", "M"]
    result = cli(home, "--lang", language, "export", "--client", "thunderbird", *account)
    assert result.returncode == 2
    assert result.stderr.startswith(f"all2all-setup export: --email: {explanation}")
    assert "bad_email" not in result.stderr


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "No supported mail program was found for this user."),
        ("nl", "Voor deze gebruiker werd geen ondersteund e-mailprogramma gevonden."),
        ("fr", "Aucun logiciel de messagerie pris en charge n’a été trouvé pour cet utilisateur."),
    ],
    ids=["en", "nl", "fr"],
)
def test_clients_says_when_nothing_is_found(home: Path, language: str, sentence: str) -> None:
    result = cli(home, "--lang", language, "clients")
    assert result.returncode == 0, result.stderr
    assert result.stdout == sentence + "\n"
    data = json.loads(cli(home, "--lang", language, "clients", "--json").stdout)
    assert data == {"clients": [], "errors": []}  # the scripts' form does not change


def test_client_failures_exit_3(home: Path, tmp_path: Path) -> None:
    none_installed = cli(home, "export", "--client", "thunderbird", "--json", *ACCOUNT)
    assert none_installed.returncode == 3
    assert json.loads(none_installed.stdout)["code"] == "client_not_found"
    profile = home / ".thunderbird" / "p"
    profile.mkdir(parents=True)
    (home / ".thunderbird" / "profiles.ini").write_text(
        "[Profile0]\nName=p\nIsRelative=1\nPath=p\nDefault=1\n"
    )
    (profile / "prefs.js").write_bytes(b'user_pref("a", 1);\nuser_pref("b", "cut')
    damaged = cli(home, "export", "--client", "thunderbird", *ACCOUNT)
    assert damaged.returncode == 3
    assert "damaged" in damaged.stderr
    (profile / "prefs.js").write_bytes(b"")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (profile / "lock").symlink_to(f"127.0.0.1:+{sleeper.pid}")
        running = cli(home, "export", "--client", "thunderbird", "--json", *ACCOUNT)
        readable = cli(home, "export", "--client", "thunderbird", *ACCOUNT)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert running.returncode == 3
    assert json.loads(running.stdout)["status"] == "needs_user_action"
    # A terminal has no Retry button: the advice is to run the command again.
    assert "Close Thunderbird, then run the command again." in readable.stderr
    assert "Retry" not in readable.stderr
    assert (profile / "prefs.js").read_bytes() == b""


def test_readable_dry_run_in_french(home: Path, busy_profile: Path) -> None:
    prefs = busy_profile / "prefs.js"
    dry = cli(home, "--lang", "fr", "export", "--client", "thunderbird", "--dry-run", *ACCOUNT)
    assert dry.returncode == 0, dry.stderr
    assert "Simulation\u00a0: rien n’a été écrit." in dry.stdout
    assert "mail.server.server4.port" in dry.stdout
    assert prefs.read_text() == EXISTING_PREFS
