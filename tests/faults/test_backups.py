"""Fault 6: a backup is complete or absent.

A full disk used to leave a 0-byte ``prefs.js.all2all-backup-…`` next to an intact
prefs.js: whoever restored the newest backup by hand got an empty profile. The copy is
now written under a temporary name, flushed, and only then named as a backup.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from wizard.core.exporters.base import Environment, Status, default_target
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.core.safe_files import TEMP_MARK, list_backups

# A profile with years of settings: about 40 KB, so that a copy does not fit in the
# little space left below.
BIG_PREFS = EXISTING_PREFS + "".join(
    f'user_pref("extensions.something.{index}", "{"x" * 30}");\n' for index in range(800)
)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 128 KiB tmpfs mounted for this test (needs root), unmounted afterwards."""
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_full_disk_leaves_no_backup_at_all(
    small_disk: Path, draft: AccountDraft, provider: Provider
) -> None:
    profile = make_root(small_disk / ".thunderbird", BIG_PREFS)
    prefs = profile / "prefs.js"
    assert len(prefs.read_bytes()) > 40_000
    with (small_disk / "filler").open("wb") as stream, contextlib.suppress(OSError):
        stream.write(b"\0" * (1 << 20))  # everything that is left
    filler = small_disk / "filler"
    os.truncate(filler, filler.stat().st_size - 16 * 1024)  # 16 KiB free: not 40
    exporter = ThunderbirdExporter(
        Environment(small_disk, platform="linux"), in_use=lambda _: False
    )
    target = default_target(exporter.detect())
    assert target is not None
    report = exporter.apply(exporter.plan(target, draft, provider))
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, "disk_full")
    assert prefs.read_text() == BIG_PREFS
    assert list_backups(prefs) == []
    assert not list(profile.glob(f"*{TEMP_MARK}*"))


CRASH_IN_BACKUP = """
import os, sys
from pathlib import Path
from wizard.core.exporters.base import FileWrite
from wizard.core.safe_files import apply_writes
real_fsync = os.fsync
def crash(fd):
    os._exit(9)  # the power goes out while the backup is being written
os.fsync = crash
apply_writes([FileWrite(Path(sys.argv[1]), b"new", b"original")])
"""


def test_a_crash_while_backing_up_leaves_no_backup_and_the_next_run_cleans_up(
    tmp_path: Path,
) -> None:
    target = tmp_path / "prefs.js"
    target.write_bytes(b"original")
    result = subprocess.run([sys.executable, "-c", CRASH_IN_BACKUP, str(target)], check=False)
    assert result.returncode == 9
    assert target.read_bytes() == b"original"
    assert list_backups(target) == []
    from wizard.core.exporters.base import FileWrite
    from wizard.core.safe_files import apply_writes

    (backup,) = apply_writes([FileWrite(target, b"new", b"original")])
    assert backup.read_bytes() == b"original"
    assert target.read_bytes() == b"new"
    assert not list(tmp_path.glob(f"*{TEMP_MARK}*"))
