"""Test plumbing: run the real Thunderbird headless on a profile, and stop only it.

The profile trusts the test CA (certutil) and holds the test passwords the way
Thunderbird keeps them (``nss_logins``), so it logs in instead of waiting at a prompt.
Thunderbird runs in its own process group with a private HOME, and is stopped by that
group's id, never by name.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def trust_ca(certutil: str, profile: Path, ca_file: Path) -> None:
    """Give the profile's NSS database trust in the test CA."""
    database = f"sql:{profile}"
    if not (profile / "cert9.db").exists():
        subprocess.run([certutil, "-N", "-d", database, "--empty-password"], check=True)
    subprocess.run(
        [certutil, "-A", "-d", database, "-n", "a2a test CA", "-t", "C,,", "-i", str(ca_file)],
        check=True,
    )


def store_passwords(profile: Path, entries: list[tuple[str, str, str]]) -> None:
    """(origin, login, password) into the profile's logins.json, encrypted as Thunderbird does."""
    arguments = [item for origin, login, _ in entries for item in (origin, login)]
    subprocess.run(
        [sys.executable, "-m", "tests.exporters.nss_logins", str(profile), *arguments],
        input="".join(password + "\n" for _, _, password in entries),
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
    )


def enable_marionette(profile: Path, port: int) -> None:
    """A throwaway test profile only: user.js is re-applied at every start."""
    (profile / "user.js").write_text(
        f'user_pref("marionette.port", {port});\nuser_pref("remote.prefs.recommended", false);\n',
        encoding="utf-8",
    )


@contextlib.contextmanager
def running_thunderbird(
    thunderbird: str, home: Path, profile: Path, output: Path, marionette: bool = False
) -> Iterator[subprocess.Popen[bytes]]:
    """Thunderbird headless on ``profile`` while the block runs; stopped afterwards."""
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(home),
        "MOZ_CRASHREPORTER_DISABLE": "1",
    }
    command = [thunderbird, "--headless", "--profile", str(profile)]
    if marionette:
        command += ["--marionette", "-remote-allow-system-access"]
    with output.open("wb") as log:
        process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            yield process
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=20)


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes], limit: float) -> bool:
    """Poll ``condition`` until it holds, Thunderbird exits, or ``limit`` seconds pass."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        if process.poll() is not None:
            return condition()
        time.sleep(0.5)  # polling a log file another process writes
    return condition()
