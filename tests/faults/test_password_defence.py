"""Fault 9: the password's second line of defence.

Code never logs a password; should one reach a log anyway, the filter replaces it —
now also in a traceback (``log.exception``), a stack and the forms a traceback prints
it in (escaped, as UTF-8 bytes). Log files are private (0600 in a 0700 folder) and
never opened through a planted link, and the process cannot leave a core dump that
would hold the password in clear.
"""

from __future__ import annotations

import logging
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.conftest import ACCOUNT, ROOT
from wizard.core.log_secrets import SecretFilter, protect
from wizard.logging_setup import open_private_log, start_run_log

SECRET = "Crème-brûlée-42"


@pytest.fixture
def run_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This run's real log file in a fresh folder; its handlers removed afterwards."""
    folder = tmp_path / "logs" / "all2all-setup"
    monkeypatch.setenv("ALL2ALL_SETUP_LOG_DIR", str(folder))
    root = logging.getLogger()
    before = list(root.handlers)
    path = start_run_log()
    assert path is not None
    try:
        yield path
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_a_traceback_holding_the_password_is_cleaned(run_log: Path) -> None:
    protect(SECRET)
    log = logging.getLogger("tests.faults.secret")
    try:
        raise ValueError(f"login refused for password {SECRET}")
    except ValueError:
        log.exception("unexpected error")
    try:
        raise ValueError(repr(SECRET.encode()))  # b'Cr\xc3\xa8me-…' as a traceback shows bytes
    except ValueError:
        log.exception("unexpected error with bytes")
    try:
        raise ValueError(SECRET.encode("unicode_escape").decode())  # Cr\xe8me-…
    except ValueError:
        log.error("escaped", exc_info=True, stack_info=True)
    log.info("args too: %s %r", SECRET, SECRET)
    text = run_log.read_text(encoding="utf-8")
    assert "Traceback" in text
    assert "ValueError" in text
    for form in (SECRET, repr(SECRET.encode())[2:-1], SECRET.encode("unicode_escape").decode()):
        assert form not in text
    assert text.count("***") >= 5


def test_a_record_formatted_before_the_filter_is_cleaned_too() -> None:
    secret_filter = SecretFilter()
    secret_filter.add_secret(SECRET)
    try:
        raise RuntimeError(SECRET)
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "boom", None, sys.exc_info())
    record.exc_text = logging.Formatter().formatException(record.exc_info)  # type: ignore[arg-type]
    assert secret_filter.filter(record)
    assert SECRET not in logging.Formatter().format(record)


def test_log_files_are_private(run_log: Path) -> None:
    assert stat.S_IMODE(run_log.stat().st_mode) == 0o600
    assert stat.S_IMODE(run_log.parent.stat().st_mode) == 0o700


def test_a_log_file_is_never_opened_through_a_planted_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious\n")
    link = tmp_path / "all2all-setup-20260101-000000-1.log"
    link.symlink_to(victim)
    with pytest.raises(OSError, match="link"):
        open_private_log(link)
    assert victim.read_text() == "precious\n"


def _limits(pid: int) -> str:
    return next(
        line
        for line in Path(f"/proc/{pid}/limits").read_text().splitlines()
        if line.startswith("Max core file size")
    )


def _wait_for_prompt(process: subprocess.Popen[bytes], pid: int) -> None:
    """Until the program has started and waits for the password on standard input."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        if "pipe_read" in Path(f"/proc/{pid}/wchan").read_text():
            return
        time.sleep(0.1)
    raise AssertionError("the program never waited for the password")


def _unlimited_cores() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_program_holding_a_password_leaves_no_core_dump(tmp_path: Path) -> None:
    if Path("/proc/sys/kernel/core_pattern").read_text().strip() != "core":
        pytest.skip("core dumps go to a system handler here, not to the working folder")
    control = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"],
        cwd=tmp_path / "..",
        preexec_fn=_unlimited_cores,
    )
    time.sleep(0.5)
    control.send_signal(signal.SIGABRT)
    control.wait(30)
    control_cores = list((tmp_path / "..").glob("core*"))
    for core in control_cores:
        core.unlink()
    if not control_cores:
        pytest.skip("this machine does not write core files even when allowed")
    environ = dict(os.environ, ALL2ALL_SETUP_LOG_DIR=str(tmp_path / "logs"))
    program = subprocess.Popen(
        [sys.executable, "-m", "wizard", "setup", "--password-stdin", *ACCOUNT],
        cwd=tmp_path,
        env=dict(environ, PYTHONPATH=str(ROOT)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_unlimited_cores,
    )
    try:
        _wait_for_prompt(program, program.pid)
        assert _limits(program.pid).split()[4:6] == ["0", "0"]
        program.send_signal(signal.SIGABRT)
        program.wait(30)
    finally:
        if program.poll() is None:
            program.kill()
            program.wait(10)
    assert program.returncode == -signal.SIGABRT
    assert list(tmp_path.glob("core*")) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_process_is_not_dumpable_and_has_no_core_limit() -> None:
    code = (
        "import ctypes, resource;"
        "from wizard.hardening import harden_process; harden_process();"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.stdout.split(None, 1) == ["0", "(0, 0)\n"], result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux log folder")
def test_the_per_user_log_folder_an_older_version_left_open_is_tightened(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    folder = home / ".local" / "state" / "all2all-setup" / "log"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    (folder / "all2all-setup-20250101-000000-1.log").write_text("old run\n")
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"ALL2ALL_SETUP_LOG_DIR", "XDG_STATE_HOME"}
    }
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "clients", "--json"],
        cwd=ROOT,
        env=dict(environ, HOME=str(home)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (newest,) = [p for p in folder.iterdir() if "20250101" not in p.name]
    assert stat.S_IMODE(newest.stat().st_mode) == 0o600
