"""``all2all-setup doctor`` as IT staff run it: a real process on profiles in a temporary home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.doctor_profiles import EXPECTED, problem_prefs
from tests.exporters.lock_holder import LockHolder
from wizard.core.safe_files import list_backups

ROOT = Path(__file__).resolve().parent.parent
HOST = "maximusconfessor.all2all.org"
FINDING_KEYS = {"code", "severity", "fixable", "fixed"}
ACCOUNT_KEYS = {"client", "profile", "login", "key", "protocol", "findings"}


def doctor(
    home: Path, *arguments: str, lang: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "wizard", *(["--lang", lang] if lang else []), "doctor"]
    environment = os.environ | {
        "HOME": str(home),
        "ALL2ALL_SETUP_LOG_DIR": str(home / "logs"),
        "PYTHONPATH": str(ROOT),
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


@pytest.fixture
def profile(home: Path) -> Path:
    return make_root(home / ".thunderbird", problem_prefs(HOST))


def test_findings_exit_1_with_the_documented_json(home: Path, profile: Path) -> None:
    result = doctor(home, "--json")

    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"accounts", "errors", "backups", "exit_code"}
    assert data["exit_code"] == 1
    assert data["errors"] == []
    for account in data["accounts"]:
        assert set(account) == ACCOUNT_KEYS
        assert account["client"] == "thunderbird"
        assert account["profile"] == str(profile)
        for finding in account["findings"]:
            assert set(finding) == FINDING_KEYS
            assert finding["severity"] in {"error", "warning"}
            assert finding["fixed"] is False
    keys = {account["key"]: account["login"] for account in data["accounts"]}
    assert keys == {key: login for key, (login, _, _) in EXPECTED.items()}


def test_fix_exits_0_then_a_second_run_finds_nothing(home: Path, profile: Path) -> None:
    fixed = doctor(home, "--fix", "--json")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    data = json.loads(fixed.stdout)
    assert data["exit_code"] == 0
    assert all(f["fixed"] for account in data["accounts"] for f in account["findings"])
    assert data["backups"] == [str(path) for path in list_backups(profile / "prefs.js")]

    again = doctor(home, "--json")
    assert again.returncode == 0
    assert [account["findings"] for account in json.loads(again.stdout)["accounts"]] == [[]] * 6


def test_dry_run_says_what_would_change_and_writes_nothing(home: Path, profile: Path) -> None:
    before = (profile / "prefs.js").read_bytes()
    result = doctor(home, "--fix", "--dry-run", "--json")

    assert result.returncode == 1
    assert all(
        (f["fixable"], f["fixed"]) == (True, False)
        for account in json.loads(result.stdout)["accounts"]
        for f in account["findings"]
    )
    assert (profile / "prefs.js").read_bytes() == before


def test_refused_while_thunderbird_runs_exits_3(home: Path, profile: Path) -> None:
    before = (profile / "prefs.js").read_bytes()
    with LockHolder(profile):
        result = doctor(home, "--fix", "--json")

    assert result.returncode == 3
    data = json.loads(result.stdout)
    assert data["errors"] == [
        {"client": "thunderbird", "profile": str(profile), "code": "client_running"}
    ]
    assert (profile / "prefs.js").read_bytes() == before


def test_readable_in_dutch(home: Path, profile: Path) -> None:
    result = doctor(home, "--fix", lang="nl")

    assert result.returncode == 0, result.stderr
    assert "Thunderbird: user0001 (IMAP)" in result.stdout
    assert "Kopie van de vorige instellingen" in result.stdout


def test_nothing_found(home: Path) -> None:
    make_root(home / ".thunderbird", EXISTING_PREFS)
    result = doctor(home)

    assert result.returncode == 0
    assert result.stdout.startswith("No all2all account was found")


def test_one_profile_and_another_login(home: Path, profile: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "other-profile"
    elsewhere.mkdir()
    (elsewhere / "prefs.js").write_text(problem_prefs(HOST), encoding="utf-8")
    result = doctor(home, "--json", "--profile", str(elsewhere), "--username", "user0001")

    data = json.loads(result.stdout)
    assert {account["profile"] for account in data["accounts"]} == {str(elsewhere)}
    differs = {
        account["login"]
        for account in data["accounts"]
        if any(f["code"] == "login_differs" and not f["fixable"] for f in account["findings"])
    }
    assert differs == {"user0002", "user0003", "user0004", "user0005", "user0006"}


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(["--dry-run"], id="dry-run-without-fix"),
        pytest.param(["--profile", "/nonexistent/profile"], id="no-such-folder"),
        pytest.param(["--profile", "."], id="not-a-profile"),
        pytest.param(["--username", "user 1"], id="bad-login"),
        pytest.param(["--client", "outlook"], id="unknown-client"),
    ],
)
def test_bad_usage_exits_2(home: Path, arguments: list[str]) -> None:
    result = doctor(home, *arguments)

    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
