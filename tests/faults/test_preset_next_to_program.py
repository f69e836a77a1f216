"""Fault 5: a preset next to the program is obeyed only where users cannot write.

An ``all2all-setup.toml`` beside a copy of the program in a user's Downloads folder
locked the outgoing server to a stranger's host on plain port 25, shown as "set by
your IT department". A preset next to the program is now honoured only in an
installed location: the file and every folder above it owned by root and writable by
no one else (a sticky folder such as /tmp above it is fine: nobody can rename what
they do not own there). Otherwise it is ignored, with a line in the log and the
reason printed by ``--self-test``. ``--preset FILE`` is always obeyed: someone typed
it.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.conftest import ACCOUNT, ROOT

STRANGER_PRESET = """\
locked = ["outgoing"]

[defaults]
outgoing = "mail.stranger.example:25"
"""
LAUNCHER = "import sys\nfrom wizard.__main__ import main\nsys.exit(main())\n"


def _program_folder(parent: Path) -> Path:
    """A copy of the program's launcher with the stranger's preset beside it."""
    folder = parent / "Downloads"
    folder.mkdir(parents=True)
    (folder / "all2all-setup").write_text(LAUNCHER, encoding="utf-8")
    (folder / "all2all-setup.toml").write_text(STRANGER_PRESET, encoding="utf-8")
    return folder


def _run(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environ = {key: value for key, value in os.environ.items() if key != "APPDATA"}
    environ.update(HOME=str(home), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, str(folder / "all2all-setup"), *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _setup(folder: Path, home: Path) -> dict[str, object]:
    result = _run(folder, home, "setup", "--json", "--dry-run", *ACCOUNT)
    assert result.returncode in {0, 3}, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def _root_only() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root: the folders must belong to root or to another user")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_a_preset_in_a_folder_of_a_user_is_ignored_with_the_reason(
    tmp_path: Path, home: Path
) -> None:
    _root_only()
    folder = _program_folder(tmp_path / "user")
    nobody = pwd.getpwnam("nobody")
    os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    data = _setup(folder, home)
    assert data["preset"] is None
    account = data["account"]
    assert isinstance(account, dict)
    assert account["outgoing"]["kind"] == "all2all"
    log = Path(str(data["log"])).read_text(encoding="utf-8")
    assert f"preset {folder / 'all2all-setup.toml'} ignored" in log
    check = _run(folder, home, "--self-test")
    assert check.returncode == 0, check.stderr
    assert f"{folder / 'all2all-setup.toml'} is ignored" in check.stdout
    assert f"{folder} belongs to user nobody" in check.stdout


def test_a_preset_in_a_folder_others_may_write_to_is_ignored(tmp_path: Path, home: Path) -> None:
    _root_only()
    folder = _program_folder(tmp_path / "shared")
    folder.chmod(0o777)
    assert _setup(folder, home)["preset"] is None
    check = _run(folder, home, "--self-test")
    assert f"{folder} can be changed by other users" in check.stdout


def test_a_preset_file_others_may_write_to_is_ignored(tmp_path: Path, home: Path) -> None:
    _root_only()
    folder = _program_folder(tmp_path / "opt")
    (folder / "all2all-setup.toml").chmod(0o666)
    assert _setup(folder, home)["preset"] is None


def test_a_preset_in_an_installed_location_is_obeyed(tmp_path: Path, home: Path) -> None:
    """Owned by root and writable by root only, all the way up (the .deb's /opt)."""
    _root_only()
    folder = _program_folder(tmp_path / "opt")
    data = _setup(folder, home)
    assert data["preset"] == str(folder / "all2all-setup.toml")
    account = data["account"]
    assert isinstance(account, dict)
    assert account["outgoing"]["server"] == "mail.stranger.example:25"
    check = _run(folder, home, "--self-test")
    assert "is ignored" not in check.stdout


def test_an_explicit_preset_is_always_obeyed(tmp_path: Path, home: Path) -> None:
    _root_only()
    folder = _program_folder(tmp_path / "user")
    nobody = pwd.getpwnam("nobody")
    os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    preset = folder / "all2all-setup.toml"
    result = _run(folder, home, "setup", "--preset", str(preset), "--json", "--dry-run", *ACCOUNT)
    assert json.loads(result.stdout)["preset"] == str(preset), result.stderr
    shutil.rmtree(folder)


@pytest.mark.parametrize(
    ("program_folder", "obeyed"),
    [
        (r"C:\Program Files\all2all-setup", True),
        (r"c:\program files (x86)\all2all-setup", True),
        (r"C:\Users\marie\Downloads", False),
        (r"C:\Users\marie\AppData\Local\Programs\all2all-setup", False),  # per-user install
        (r"C:\Program Files Evil\all2all-setup", False),
    ],
)
def test_on_windows_next_to_the_program_means_inside_program_files(
    program_folder: str, obeyed: bool
) -> None:
    from wizard.core.presets.trust import UntrustedReason, untrusted

    environ = {"ProgramFiles": r"C:\Program Files", "PROGRAMFILES(X86)": r"C:\Program Files (x86)"}
    path = Path(program_folder + r"\all2all-setup.toml")
    problem = untrusted(path, "win32", environ, beside_program=True)
    assert (problem is None) == obeyed
    if problem is not None:
        assert problem.reason is UntrustedReason.OUTSIDE_PROGRAM_FILES
