"""An export killed at any moment (power cut, the user closing a terminal, kill -9).

The real program is run against a busy profile (about 2 MB of prefs.js, so that
backing up and writing take measurable time) and killed with SIGKILL at moments
spread over the length of one uncut run. After every kill the profile must be
usable: prefs.js is the old file or the complete new one, every backup is a complete
copy of the old file, and the next run finishes the job and cleans up.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.faults.conftest import ACCOUNT, ROOT
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.safe_files import TEMP_MARK, list_backups

KILLS = 20


def _start(home: Path) -> subprocess.Popen[bytes]:
    environ = {key: value for key, value in os.environ.items() if key != "APPDATA"}
    environ.update(HOME=str(home), PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "wizard", "export", "--client", "thunderbird", *ACCOUNT],
        cwd=ROOT,
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_an_export_killed_at_any_moment_leaves_a_usable_profile(tmp_path: Path) -> None:
    home = tmp_path / "home"
    profile = make_root(home / ".thunderbird", None)
    prefs = profile / "prefs.js"
    old = (
        EXISTING_PREFS
        + "".join(f'user_pref("extensions.x.{i}", "{"v" * 60}");\n' for i in range(24_000))
    ).encode()
    prefs.write_bytes(old)
    began = time.monotonic()
    assert _start(home).wait(120) == 0
    length = time.monotonic() - began
    new = prefs.read_bytes()
    assert new != old
    killed = 0
    for index in range(KILLS):
        prefs.write_bytes(old)
        for backup in list_backups(prefs):
            backup.unlink()
        process = _start(home)
        time.sleep(length * (0.5 + 0.6 * index / KILLS))  # the late half: reading, writing
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait(60)
        current = prefs.read_bytes()
        assert current in (old, new), f"kill {index}: prefs.js is neither old nor new"
        PrefsFile.parse(current)
        for backup in list_backups(prefs):
            assert backup.read_bytes() == old, f"kill {index}: a partial backup"
    assert killed > 0
    prefs.write_bytes(old)
    assert _start(home).wait(120) == 0
    assert prefs.read_bytes() == new
    assert not list(profile.glob(f"*{TEMP_MARK}*"))
