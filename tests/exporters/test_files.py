"""Atomic write, backup and restore: the original survives every failure."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wizard.core.exporters.base import ExportError, ExportErrorCode, FileWrite
from wizard.core.safe_files import (
    TEMP_MARK,
    apply_writes,
    atomic_write,
    backup_file,
    list_backups,
    restore_backup,
)


def test_atomic_write_keeps_mode_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "prefs.js"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["prefs.js"]


def test_new_file_is_private(tmp_path: Path) -> None:
    target = tmp_path / "prefs.js"
    atomic_write(target, b"x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_failed_replace_keeps_original_and_removes_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "prefs.js"
    target.write_bytes(b"original")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="I/O"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"original"
    assert [p.name for p in tmp_path.iterdir()] == ["prefs.js"]


def test_backup_is_timestamped_unique_and_restorable(tmp_path: Path) -> None:
    target = tmp_path / "prefs.js"
    target.write_bytes(b"v1")
    now = datetime(2026, 11, 28, 6, 0, 0, tzinfo=UTC)
    first = backup_file(target, now)
    second = backup_file(target, now)
    assert first.name == "prefs.js.all2all-backup-20261128T060000Z"
    assert second.name == "prefs.js.all2all-backup-20261128T060000Z-2"
    assert list_backups(target) == [first, second]
    target.write_bytes(b"v2")
    restore_backup(first, target)
    assert target.read_bytes() == b"v1"


def test_apply_writes_refuses_when_file_changed_since_plan(tmp_path: Path) -> None:
    target = tmp_path / "prefs.js"
    target.write_bytes(b"changed by Thunderbird")
    with pytest.raises(ExportError) as caught:
        apply_writes([FileWrite(target, b"new", b"what we planned from")])
    assert caught.value.code is ExportErrorCode.PROFILE_CHANGED
    assert target.read_bytes() == b"changed by Thunderbird"


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (errno.ENOSPC, ExportErrorCode.DISK_FULL),
        (errno.EROFS, ExportErrorCode.PROFILE_READ_ONLY),
        (errno.EIO, ExportErrorCode.WRITE_FAILED),
    ],
)
def test_writer_errors_map_to_codes_and_original_stays(
    tmp_path: Path, error: int, code: ExportErrorCode
) -> None:
    target = tmp_path / "prefs.js"
    target.write_bytes(b"original")

    def failing(path: Path, data: bytes) -> None:
        raise OSError(error, os.strerror(error))

    with pytest.raises(ExportError) as caught:
        apply_writes([FileWrite(target, b"new", b"original")], failing)
    assert caught.value.code is code
    assert target.read_bytes() == b"original"


def test_half_written_file_is_restored_from_backup(tmp_path: Path) -> None:
    """A writer that damages the file in place and then fails: the backup wins."""
    target = tmp_path / "prefs.js"
    target.write_bytes(b"original")

    def damaging(path: Path, data: bytes) -> None:
        path.write_bytes(data[:2])
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as caught:
        apply_writes([FileWrite(target, b"new contents", b"original")], damaging)
    assert caught.value.code is ExportErrorCode.DISK_FULL
    assert target.read_bytes() == b"original"
    assert len(list_backups(target)) == 1


def test_written_content_is_verified(tmp_path: Path) -> None:
    target = tmp_path / "prefs.js"
    target.write_bytes(b"original")

    def lying(path: Path, data: bytes) -> None:
        atomic_write(path, data + b"?")

    with pytest.raises(ExportError) as caught:
        apply_writes([FileWrite(target, b"new", b"original")], lying)
    assert caught.value.code is ExportErrorCode.VERIFY_FAILED
    assert target.read_bytes() == b"original"


CRASH = """
import os, sys
from pathlib import Path
from wizard.core.exporters.base import FileWrite
from wizard.core.safe_files import apply_writes
def crash(src, dst):
    os._exit(9)  # the power goes out between backup and replace
os.replace = crash
apply_writes([FileWrite(Path(sys.argv[1]), b"new", b"original")])
"""


def test_hard_crash_between_backup_and_replace_leaves_original(tmp_path: Path) -> None:
    target = tmp_path / "prefs.js"
    target.write_bytes(b"original")
    result = subprocess.run([sys.executable, "-c", CRASH, str(target)], check=False)
    assert result.returncode == 9
    assert target.read_bytes() == b"original"
    assert len(list_backups(target)) == 1
    leftovers = [p for p in tmp_path.iterdir() if TEMP_MARK in p.name]
    assert len(leftovers) == 1  # the temp file of the crashed run...
    apply_writes([FileWrite(target, b"new", b"original")])
    assert target.read_bytes() == b"new"
    assert not [p for p in tmp_path.iterdir() if TEMP_MARK in p.name]  # ...is cleaned up


def test_symlinked_file_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "prefs.js"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "prefs.js"
    link.symlink_to(real)
    apply_writes([FileWrite(link, b"new", b"old")])
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
