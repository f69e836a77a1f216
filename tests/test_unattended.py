"""``all2all-setup setup`` as IT staff run it: the real program in a separate process,
against the suite's Dovecot, writing into a real Thunderbird profile in a temporary
home, with the real keyring (a private Secret Service) or none at all. The older
``--unattended`` form is checked to keep working.

Every run also proves that the password is in no output and no file written.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.lock_holder import LockHolder
from tests.keyring_service.fixture import SecretService
from tests.mailserver.dovecot import MailServer
from tests.test_no_password_in_files import assert_nowhere, isolated_environment
from wizard.core.exporters.base import Environment, Status
from wizard.core.keyring_store import KeyringStatus
from wizard.core.model import AccountDraft, Language, OutgoingKind, Protocol
from wizard.core.presets.preset import PresetError, PresetErrorCode
from wizard.core.presets.reading import parse_preset
from wizard.core.provider import Provider, load_provider
from wizard.core.setup_request import SetupRequest, UsageError, prepare
from wizard.core.unattended import Context, Outcome, run_unattended

ROOT = Path(__file__).resolve().parent.parent
EMAIL = "marie.peeters@all2all.org"

PRESET = """\
locked = ["protocol"]

[defaults]
protocol = "imap"
clients = ["thunderbird"]

[administrator]
name = "Helpdesk"
email = "helpdesk@example.be"
"""


# -- the preparation, in-process ------------------------------------------------------


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


def _preset(text: str) -> Any:
    return parse_preset(text, Path("preset.toml"))


def test_command_line_beats_preset_beats_program_defaults(provider):
    preset = _preset(
        '[defaults]\nprotocol = "pop3"\nkeep_on_server_days = 30\noutgoing = "telenet"\n'
    )
    request = SetupRequest("user0001", EMAIL, "Marie", language=Language.FRENCH)
    prepared = prepare(request, provider, preset)
    draft = prepared.draft
    assert (draft.protocol, draft.keep_on_server_days) == (Protocol.POP3, 30)  # preset
    assert draft.outgoing.relay_id == "telenet"
    assert draft.language is Language.FRENCH  # command line
    assert (draft.username, draft.email, draft.display_name) == ("user0001", EMAIL, "Marie")
    assert prepared.clients == ()  # neither says: every supported program found

    overridden = prepare(
        SetupRequest(
            "user0001", EMAIL, "Marie", protocol=Protocol.IMAP, outgoing="all2all", keep_days=0
        ),
        provider,
        preset,
    )
    assert overridden.draft.protocol is Protocol.IMAP
    assert overridden.draft.outgoing.kind is OutgoingKind.ALL2ALL
    assert overridden.draft.keep_on_server is False
    no_preset = prepare(SetupRequest("user0001", EMAIL, " Marie "), provider, None).draft
    assert no_preset == AccountDraft(username="user0001", email=EMAIL, display_name="Marie")


def test_clients_come_from_the_command_line_else_the_preset(provider):
    preset = _preset('[defaults]\nclients = ["thunderbird"]\n')
    assert prepare(SetupRequest("user0001", EMAIL, "Marie"), provider, preset).clients == (
        "thunderbird",
    )
    with pytest.raises(UsageError) as caught:
        prepare(SetupRequest("user0001", EMAIL, "Marie", clients=("outlook98",)), provider, preset)
    assert (caught.value.option, caught.value.problem) == ("--client", "unknown_client")


@pytest.mark.parametrize(
    ("request_", "option", "problem"),
    [
        (SetupRequest("", EMAIL), "--username", "missing"),
        (SetupRequest("user0001", ""), "--email", "missing"),
        (SetupRequest("marie@all2all.org", EMAIL), "--username", "looks_like_email"),
        (SetupRequest("user0001", "marie@"), "--email", "bad_email"),
        (SetupRequest("user0001", EMAIL, "Ma\nrie"), "--name", "control_characters"),
        (
            SetupRequest("user0001", EMAIL, "Marie", password="a\tb"),
            "--password",
            "control_characters",
        ),
        (SetupRequest("user0001", EMAIL, "Marie", keep_days=4000), "--keep-days", "out_of_range"),
        (SetupRequest("user0001", EMAIL, "Marie", outgoing="bad host"), "--outgoing", "bad_host"),
        # One rule set with the account page: every account written has a name.
        (SetupRequest("user0001", EMAIL), "--name", "missing"),
        (SetupRequest("user0001", EMAIL, "   "), "--name", "missing"),
        (SetupRequest("user 0001", EMAIL, "Marie"), "--username", "spaces"),
    ],
)
def test_bad_values_are_refused_by_option(provider, request_, option, problem):
    with pytest.raises(UsageError) as caught:
        prepare(request_, provider, None)
    assert (caught.value.option, caught.value.problem) == (option, problem)


def test_command_line_against_locked_fields(provider):
    preset = _preset(
        'locked = ["outgoing", "keep_on_server"]\n'
        '[defaults]\noutgoing = "telenet"\nkeep_on_server = true\n'
    )
    for request in (
        SetupRequest("user0001", EMAIL, "Marie", outgoing="all2all"),
        SetupRequest("user0001", EMAIL, "Marie", keep_days=0),
    ):
        with pytest.raises(PresetError) as caught:
            prepare(request, provider, preset)
        assert caught.value.code is PresetErrorCode.LOCKED_CONFLICT
    # The same server written as host:port is the same value; so is keeping a copy.
    same = SetupRequest("user0001", EMAIL, "Marie", outgoing="uit.telenet.be:25", keep_days=9)
    assert prepare(same, provider, preset).draft.outgoing.relay_id == "telenet"


def test_dry_run_in_process_plans_and_writes_nothing(tmp_path, provider):
    """The core alone, with a real Thunderbird profile and no password (no server)."""
    profile = make_root(tmp_path / "home" / ".thunderbird", EXISTING_PREFS)
    before = _snapshot(tmp_path)
    context = Context(
        provider, _preset(PRESET), env=Environment(tmp_path / "home", platform="linux")
    )
    result = run_unattended(SetupRequest("user0001", EMAIL, "Marie", dry_run=True), context)
    assert result.outcome is Outcome.DONE
    assert result.check is None
    assert result.keyring is None
    (client,) = result.clients
    assert client.report.status is Status.DONE
    assert client.report.code == "account_added"
    assert client.plan is not None
    assert client.plan.target.path == profile
    assert any(action.key.endswith(".hostname") for action in client.plan.actions)
    assert _snapshot(tmp_path) == before


# -- the real program ----------------------------------------------------------------


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file and its content and modification time: a dry run must change none."""
    return {
        str(path.relative_to(root)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def run(
    root: Path,
    server: MailServer,
    *arguments: str,
    stdin: str = "",
    environment: dict[str, str] | None = None,
    preset: str | None = PRESET,
) -> subprocess.CompletedProcess[str]:
    """The program in an isolated home; the preset (if any) written to root/preset.toml."""
    command = [sys.executable, "-m", "wizard", "--provider", str(server.provider_file)]
    command += ["setup", "--ca-file", str(server.ca_file)]
    if preset is not None:
        (root / "preset.toml").write_text(preset, encoding="utf-8")
        command += ["--preset", str(root / "preset.toml")]
    command += list(arguments)
    env = isolated_environment(root)
    env.update(environment or {})
    return subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def result_of(completed: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(completed.stdout)
    assert data["exit_code"] == completed.returncode
    return data


def account_options(server: MailServer, user: str | None = None) -> list[str]:
    return ["--username", user or server.ascii_user, "--email", EMAIL, "--name", "Marie Dubois"]


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """A Thunderbird profile with years of accounts, in the isolated home."""
    isolated_environment(tmp_path)
    return make_root(tmp_path / "home" / ".thunderbird", EXISTING_PREFS)


@pytest.mark.system
def test_good_run_sets_up_thunderbird_and_exits_0(
    tmp_path: Path, mail_server: MailServer, profile: Path
) -> None:
    password = mail_server.users[mail_server.utf8_user]
    options = account_options(mail_server, mail_server.utf8_user)
    completed = run(tmp_path, mail_server, *options, "--password-stdin", "--json", stdin=password)

    assert completed.returncode == 0, completed.stderr
    data = result_of(completed)
    assert (data["ok"], data["outcome"], data["dry_run"]) == (True, "done", False)
    assert data["check"]["ok"] is True
    assert data["keyring"] == KeyringStatus.UNAVAILABLE.value  # no Secret Service here
    assert data["preset"] == str(tmp_path / "preset.toml")
    assert data["account"]["protocol"] == "imap"
    (client,) = data["clients"]
    assert (client["client"], client["status"], client["code"]) == (
        "thunderbird",
        "done",
        "account_added",
    )
    assert client["profile"] == str(profile)
    prefs = (profile / "prefs.js").read_text(encoding="utf-8")
    assert f'"{mail_server.utf8_user}"' in prefs
    assert f"{mail_server.imaps_port}" in prefs
    log_file = Path(data["log"])
    assert "unattended" in log_file.read_text(encoding="utf-8")
    assert_nowhere(tmp_path, password, completed.stdout, completed.stderr)

    again = run(tmp_path, mail_server, *options, "--password-stdin", "--json", stdin=password)
    assert again.returncode == 0, again.stderr
    assert result_of(again)["clients"][0]["code"] == "account_unchanged"  # one account, not two


@pytest.mark.system
def test_password_goes_into_the_keyring_from_an_environment_variable(
    tmp_path: Path,
    mail_server: MailServer,
    profile: Path,
    secret_service: SecretService,
    secret_service_keyring: Any,
) -> None:
    user = mail_server.quoted_user  # quotes and backslashes in the password
    password = mail_server.users[user]
    completed = run(
        tmp_path,
        mail_server,
        *account_options(mail_server, user),
        "--password-env",
        "MAIL_PASSWORD",
        "--json",
        environment={
            "MAIL_PASSWORD": password,
            "DBUS_SESSION_BUS_ADDRESS": secret_service.address,
        },
    )

    assert completed.returncode == 0, completed.stderr
    assert result_of(completed)["keyring"] == KeyringStatus.STORED.value
    service = f"all2all-setup:{mail_server.host}"
    assert secret_service_keyring.get_password(service, user) == password
    assert "MAIL_PASSWORD" not in completed.stdout
    assert_nowhere(tmp_path, password, completed.stdout, completed.stderr)


@pytest.mark.system
def test_readable_summary_in_dutch(tmp_path: Path, mail_server: MailServer, profile: Path) -> None:
    password = mail_server.users[mail_server.ascii_user]
    completed = run(
        tmp_path,
        mail_server,
        "--lang",
        "nl",
        *account_options(mail_server),
        "--password-stdin",
        stdin=password + "\n",
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("De account werkt")
    assert f"Thunderbird: {profile}" in completed.stdout
    assert "Logbestand: " in completed.stdout
    assert_nowhere(tmp_path, password, completed.stdout, completed.stderr)


@pytest.mark.system
def test_wrong_password_exits_1_and_writes_nothing(
    tmp_path: Path, mail_server: MailServer, profile: Path
) -> None:
    before = (profile / "prefs.js").read_bytes()
    completed = run(
        tmp_path,
        mail_server,
        *account_options(mail_server),
        "--password-stdin",
        "--json",
        stdin="Not-the-password-77\n",
    )

    assert completed.returncode == 1, completed.stderr
    data = result_of(completed)
    assert (data["ok"], data["outcome"]) == (False, "account_not_working")
    codes = {step["code"] for step in data["check"]["steps"]}
    assert "auth_failed" in codes
    assert (data["clients"], data["keyring"]) == ([], None)
    assert (profile / "prefs.js").read_bytes() == before
    assert not list(profile.glob("prefs.js.all2all-backup-*"))
    assert_nowhere(tmp_path, "Not-the-password-77", completed.stdout, completed.stderr)


@pytest.mark.system
def test_running_thunderbird_exits_3_and_leaves_the_profile_alone(
    tmp_path: Path, mail_server: MailServer, profile: Path
) -> None:
    before = (profile / "prefs.js").read_bytes()
    password = mail_server.users[mail_server.ascii_user]
    with LockHolder(profile):
        completed = run(
            tmp_path,
            mail_server,
            *account_options(mail_server),
            "--password-stdin",
            "--json",
            stdin=password,
        )

    assert completed.returncode == 3, completed.stderr
    data = result_of(completed)
    assert data["outcome"] == "client_failed"
    (client,) = data["clients"]
    assert (client["status"], client["code"]) == (
        Status.NEEDS_USER_ACTION.value,
        "client_running",
    )
    assert (profile / "prefs.js").read_bytes() == before


@pytest.mark.system
def test_dry_run_shows_the_plan_and_writes_nothing_not_even_the_keyring(
    tmp_path: Path,
    mail_server: MailServer,
    profile: Path,
    secret_service: SecretService,
    secret_service_keyring: Any,
) -> None:
    password = mail_server.users[mail_server.ascii_user]
    (tmp_path / "preset.toml").write_text(PRESET, encoding="utf-8")
    home_before = _snapshot(tmp_path / "home")
    completed = run(
        tmp_path,
        mail_server,
        *account_options(mail_server),
        "--password-stdin",
        "--dry-run",
        "--json",
        stdin=password,
        environment={"DBUS_SESSION_BUS_ADDRESS": secret_service.address},
    )

    assert completed.returncode == 0, completed.stderr
    data = result_of(completed)
    assert (data["dry_run"], data["keyring"]) == (True, None)
    assert data["check"]["ok"] is True  # the account is still tested: that writes nothing
    (client,) = data["clients"]
    assert client["code"] == "account_added"
    assert {action["path"] for action in client["actions"]} == {str(profile / "prefs.js")}
    assert _snapshot(tmp_path / "home") == home_before
    assert (
        secret_service_keyring.get_password(f"all2all-setup:{mail_server.host}", "user0001") is None
    )

    readable = run(tmp_path, mail_server, *account_options(mail_server), "--dry-run")
    assert readable.returncode == 0, readable.stderr
    assert readable.stdout.startswith("Dry run: nothing was written.")
    assert str(profile / "prefs.js") in readable.stdout
    assert _snapshot(tmp_path / "home") == home_before


@pytest.mark.system
def test_without_a_password_the_account_is_set_up_untested(
    tmp_path: Path, mail_server: MailServer, profile: Path
) -> None:
    completed = run(tmp_path, mail_server, *account_options(mail_server), "--json")

    assert completed.returncode == 0, completed.stderr
    data = result_of(completed)
    assert (data["check"], data["keyring"]) == (None, None)
    assert data["clients"][0]["code"] == "account_added"
    assert "password_asked_at_first_start" in data["clients"][0]["notes"]


@pytest.mark.system
def test_no_mail_program_found_exits_3(tmp_path: Path, mail_server: MailServer) -> None:
    isolated_environment(tmp_path)  # an empty home: no Thunderbird profile
    completed = run(tmp_path, mail_server, *account_options(mail_server), "--json", preset=None)

    assert completed.returncode == 3, completed.stderr
    data = result_of(completed)
    assert (data["no_client_found"], data["clients"]) == (True, [])


@pytest.mark.system
def test_a_preset_naming_thunderbird_where_there_is_none_exits_3(
    tmp_path: Path, mail_server: MailServer
) -> None:
    isolated_environment(tmp_path)
    completed = run(tmp_path, mail_server, *account_options(mail_server), "--json")

    assert completed.returncode == 3, completed.stderr
    (client,) = result_of(completed)["clients"]
    assert (client["client"], client["code"]) == ("thunderbird", "client_not_found")


@pytest.mark.system
def test_evolution_gets_the_password_as_in_the_window(
    tmp_path: Path,
    mail_server: MailServer,
    secret_service: SecretService,
    secret_service_keyring: Any,
) -> None:
    """The one commit: `setup` hands Evolution the password exactly as the export page
    does (account and outgoing server, under Evolution's own Secret Service schema)."""
    from tests.gui.test_export_more_clients import evolution_secrets

    environment = isolated_environment(tmp_path)
    stand_in = tmp_path / "bin" / "evolution"  # detection looks for the program on PATH
    stand_in.parent.mkdir()
    stand_in.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    stand_in.chmod(0o755)
    password = mail_server.users[mail_server.ascii_user]
    completed = run(
        tmp_path,
        mail_server,
        *account_options(mail_server),
        "--client",
        "evolution",
        "--password-stdin",
        "--json",
        stdin=password,
        preset=None,
        environment={
            "DBUS_SESSION_BUS_ADDRESS": secret_service.address,
            "PATH": f"{stand_in.parent}:{environment['PATH']}",
        },
    )

    assert completed.returncode == 0, completed.stderr
    data = result_of(completed)
    (client,) = data["clients"]
    assert (client["client"], client["code"]) == ("evolution", "account_added")
    assert "password_saved" in client["notes"]
    assert "password_asked_at_first_start" not in client["notes"]
    sources = tmp_path / "home" / ".config" / "evolution" / "sources"
    assert len(list(sources.glob("*.source"))) == 3
    assert evolution_secrets(secret_service.address) == [password.encode()] * 2
    assert data["keyring"] == KeyringStatus.STORED.value  # and the wizard's own entry
    assert_nowhere(tmp_path, password, completed.stdout, completed.stderr)
