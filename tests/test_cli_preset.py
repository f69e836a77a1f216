"""Presets as the real program meets them: given with --preset, found next to the
program, refused with file, line and key and exit code 2 before anything is shown or done.

No mail server is needed: every run here stops before the account is tested (bad
presets, bad usage), or is the wizard's start-up up to its first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wizard.core.presets.locations import PRESET_FILE_NAME

ROOT = Path(__file__).resolve().parent.parent
ACCOUNT = [
    "--username",
    "user0001",
    "--email",
    "marie.peeters@all2all.org",
    "--name",
    "Marie Peeters",
]

RELAY = """\
[[provider.relays]]
id = "company-relay"
isp = "Company"
host = "smtp.example.be"
port = {port}
security = "none"
authentication = "none"
own_network_only = true
source = "IT"
checked = "2026-11"
"""

LOCKED = """\
locked = ["language", "protocol", "outgoing", "keep_on_server_days", "clients"]

[defaults]
language = "nl"
protocol = "imap"
outgoing = "telenet"
keep_on_server_days = 14
clients = ["thunderbird"]
"""

# name -> (preset text, command-line options, code, line, key)
BAD: dict[str, tuple[str, list[str], str, int, str]] = {
    "not-toml": ("[defaults]\nprotocol = imap\n", [], "not_toml", 2, ""),
    "unknown-key": (
        "# IT\n[defaults]\nprotcol = 'imap'\n",
        [],
        "unknown_key",
        3,
        "defaults.protcol",
    ),
    "wrong-type": (
        "[defaults]\nkeep_on_server_days = '14'\n",
        [],
        "wrong_type",
        2,
        "defaults.keep_on_server_days",
    ),
    "port-out-of-range": (
        RELAY.format(port=70000),
        [],
        "out_of_range",
        5,
        "provider.relays.0.port",
    ),
    "outgoing-port-out-of-range": (
        "[defaults]\noutgoing = 'smtp.example.be:65536'\n",
        [],
        "out_of_range",
        2,
        "defaults.outgoing",
    ),
    "locked-language": (LOCKED, ["--lang", "fr"], "locked_conflict", 4, "defaults.language"),
    "locked-protocol": (LOCKED, ["--protocol", "pop3"], "locked_conflict", 5, "defaults.protocol"),
    "locked-outgoing": (
        LOCKED,
        ["--outgoing", "all2all"],
        "locked_conflict",
        6,
        "defaults.outgoing",
    ),
    "locked-days": (
        LOCKED,
        ["--keep-days", "7"],
        "locked_conflict",
        7,
        "defaults.keep_on_server_days",
    ),
    "unknown-relay": (
        "\n[defaults]\noutgoing = 'telenett'\n",
        [],
        "bad_value",
        3,
        "defaults.outgoing",
    ),
}


def run(
    tmp_path: Path, *arguments: str, stdin: str = "", program: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ,
        ALL2ALL_SETUP_LOG_DIR=str(tmp_path / "logs"),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        PYTHONPATH=str(ROOT),
        LC_ALL="C.UTF-8",  # messages in English unless --lang says otherwise
    )
    for name in ("DBUS_SESSION_BUS_ADDRESS", "LANGUAGE", "LANG"):
        environment.pop(name, None)
    (tmp_path / "home").mkdir(exist_ok=True)
    return subprocess.run(
        [*(program or [sys.executable, "-m", "wizard"]), *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


def write(tmp_path: Path, text: str, name: str = "preset.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(completed: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(completed.stdout)
    assert (data["ok"], data["exit_code"]) == (False, 2)
    assert data["clients"] == []
    error: dict[str, Any] = data["error"]
    return error


# -- unattended ----------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BAD))
def test_unattended_refuses_a_bad_preset_naming_file_line_and_key(tmp_path, name):
    text, options, code, line, key = BAD[name]
    preset = write(tmp_path, text)
    completed = run(tmp_path, "setup", "--preset", str(preset), *ACCOUNT, *options, "--json")

    assert completed.returncode == 2, completed.stderr
    error = error_of(completed)
    assert (error["kind"], error["code"], error["file"], error["line"], error["key"]) == (
        "preset",
        code,
        str(preset),
        line,
        key,
    )
    assert json.loads(completed.stdout)["outcome"] == "bad_preset"
    # The message for people names the same place (in French for --lang fr).
    assert f"{preset}, " in completed.stderr
    assert f" {line}" in completed.stderr
    assert key in completed.stderr
    assert "Traceback" not in completed.stderr
    assert not (tmp_path / "home" / ".thunderbird").exists()


def test_unattended_preset_error_in_dutch(tmp_path):
    preset = write(tmp_path, "[defaults]\nprotocol = 'imap4'\n")
    completed = run(tmp_path, "--lang", "nl", "setup", "--preset", str(preset), *ACCOUNT)

    assert completed.returncode == 2
    assert completed.stdout == ""
    assert f"Bestand {preset}, regel 2, sleutel defaults.protocol:" in completed.stderr
    assert "Mogelijke waarden: imap, pop3." in completed.stderr


def test_unattended_missing_preset_file_is_not_replaced_by_another(tmp_path):
    missing = tmp_path / "typo.toml"
    completed = run(tmp_path, "setup", "--preset", str(missing), *ACCOUNT, "--json")

    assert completed.returncode == 2
    error = error_of(completed)
    assert (error["code"], error["file"], error["line"]) == ("unreadable", str(missing), None)


def test_same_value_as_a_locked_field_is_accepted(tmp_path):
    """--lang nl and --protocol imap agree with the preset: it goes on (and finds no
    Thunderbird in the empty home, without a password to test)."""
    preset = write(tmp_path, LOCKED)
    completed = run(
        tmp_path,
        "--lang",
        "nl",
        "setup",
        "--preset",
        str(preset),
        *ACCOUNT,
        "--protocol",
        "imap",
        "--outgoing",
        "uit.telenet.be:25",
        "--json",
    )

    assert completed.returncode == 3, completed.stderr
    (client,) = json.loads(completed.stdout)["clients"]
    assert client["code"] == "client_not_found"


@pytest.mark.parametrize(
    ("arguments", "stdin", "option"),
    [
        pytest.param(["setup", "--email", "a@all2all.org"], "", "--username", id="no-user"),
        pytest.param(["setup", "--username", "user0001"], "", "--email", id="no-email"),
        pytest.param(
            [*ACCOUNT, "--unattended", "--name", "a\x07b"], "", "--name", id="legacy-bad-name"
        ),
        pytest.param(["setup", *ACCOUNT, "--client", "outlook98"], "", "--client", id="bad-client"),
        pytest.param(["setup", *ACCOUNT, "--keep-days", "99999"], "", "--keep-days", id="days"),
        pytest.param(["setup", *ACCOUNT, "--password-stdin"], "\n", "--password-stdin", id="empty"),
        pytest.param(
            ["setup", *ACCOUNT, "--password-env", "NOT_SET_ANYWHERE"],
            "",
            "--password-env",
            id="no-env",
        ),
        pytest.param(
            ["setup", *ACCOUNT, "--outgoing", "bad host"], "", "--outgoing", id="outgoing"
        ),
        pytest.param(["setup", *ACCOUNT, "--timeout", "0"], "", "--timeout", id="timeout"),
    ],
)
def test_unattended_bad_usage_exits_2_with_one_json_object(tmp_path, arguments, stdin, option):
    completed = run(tmp_path, *arguments, "--json", stdin=stdin)

    assert completed.returncode == 2, completed.stderr
    error = error_of(completed)
    assert (error["kind"], error["option"]) == ("usage", option)
    assert option in completed.stderr


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(["--username", "user0001"], id="option-without-unattended"),
        pytest.param(["--unattended", *ACCOUNT, "--self-test"], id="with-self-test"),
        pytest.param(["--unattended", "--json", "--bogus"], id="unknown-option"),
    ],
)
def test_options_that_do_not_go_together_exit_2(tmp_path, arguments):
    completed = run(tmp_path, *arguments)

    assert completed.returncode == 2
    assert "all2all-setup" in completed.stderr
    if "--json" in arguments:
        assert json.loads(completed.stdout)["exit_code"] == 2


def test_probe_and_export_options_of_the_same_name_still_work(tmp_path):
    """--json and --dry-run belong to subcommands too; theirs must not read as ours."""
    completed = run(tmp_path, "clients", "--json")

    assert completed.returncode == 0, completed.stderr
    assert "clients" in json.loads(completed.stdout)


# -- the wizard's start-up -------------------------------------------------------------


def test_wizard_with_a_bad_preset_exits_2_before_any_window(tmp_path):
    preset = write(tmp_path, RELAY.format(port=0))
    completed = run(tmp_path, "--preset", str(preset), "--exit-after-first-paint")

    assert completed.returncode == 2
    assert "first-paint" not in completed.stdout  # no window was painted
    assert f"{preset}, line 5, key provider.relays.0.port" in completed.stderr


def test_wizard_refuses_lang_against_a_locked_language(tmp_path):
    preset = write(tmp_path, LOCKED)
    completed = run(tmp_path, "--preset", str(preset), "--lang", "fr", "--exit-after-first-paint")

    assert completed.returncode == 2
    assert "first-paint" not in completed.stdout
    assert "defaults.language" in completed.stderr


def test_wizard_with_a_good_preset_loads_it_before_the_first_paint(tmp_path):
    preset = write(tmp_path, LOCKED)
    completed = run(tmp_path, "--preset", str(preset), "--exit-after-first-paint")

    assert completed.returncode == 0, completed.stderr
    assert "first-paint" in completed.stdout
    assert "tomllib" in completed.stdout  # read before the window, as it must be
    logs = list((tmp_path / "logs").glob("*.log"))
    assert len(logs) == 1  # one log file per run, opened early for the preset
    assert f"preset {preset}" in logs[0].read_text(encoding="utf-8")


LAUNCHER = """\
import sys

from wizard.__main__ import main

sys.exit(main())
"""


def test_a_preset_next_to_the_program_is_found(tmp_path):
    """From source, "next to the program" is next to the script that was started.

    Only in a folder users cannot change (tests/faults/test_preset_next_to_program.py):
    pytest's folders are root's when the suite runs as root.
    """
    if os.geteuid() != 0:
        pytest.skip("a preset next to the program counts only in a folder of root's")
    folder = tmp_path / "program"
    folder.mkdir()
    launcher = write(folder, LAUNCHER, "all2all-setup.py")
    program = [sys.executable, str(launcher)]
    beside = write(folder, "[defaults]\nlanguage = 'it'\n", PRESET_FILE_NAME)

    completed = run(tmp_path, "--exit-after-first-paint", program=program)
    assert completed.returncode == 2
    assert f"{beside}, line 2, key defaults.language" in completed.stderr

    completed = run(tmp_path, "--unattended", *ACCOUNT, "--json", program=program)
    assert completed.returncode == 2
    assert error_of(completed)["file"] == str(beside)

    # --preset wins over the file next to the program.
    good = write(tmp_path, "[defaults]\nprotocol = 'pop3'\n")
    completed = run(tmp_path, "--preset", str(good), "--exit-after-first-paint", program=program)
    assert completed.returncode == 0, completed.stderr

    beside.unlink()
    completed = run(tmp_path, "--exit-after-first-paint", program=program)
    assert completed.returncode == 0, completed.stderr
    assert "preloaded=-" in completed.stdout  # no preset: nothing extra before the paint


def test_self_test_checks_the_preset_too(tmp_path):
    preset = write(tmp_path, "[defaults]\nkeep_on_server = 'yes'\n")
    completed = run(tmp_path, "--self-test", "--preset", str(preset))

    assert completed.returncode == 2
    assert "defaults.keep_on_server" in completed.stderr
    good = write(tmp_path, "[defaults]\nkeep_on_server = true\n")
    assert run(tmp_path, "--self-test", "--preset", str(good)).returncode == 0
