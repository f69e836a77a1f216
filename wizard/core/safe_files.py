"""Safe file changes shared by every exporter: atomic write, backup, restore.

The rule: at every instant the settings file on disk is either the old one or the
complete new one. New contents go to a temporary file in the same folder, are flushed
to the disk, and replace the original in one ``os.replace``; a crash at any point
leaves the original intact. Before that, a timestamped copy of the original is kept
next to it, so a change the user regrets can be undone by hand or by the wizard.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import secrets
import shutil
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from wizard.core.exporters.base import ExportError, ExportErrorCode, FileWrite

log = logging.getLogger(__name__)

Writer = Callable[[Path, bytes], None]
TEMP_MARK = ".all2all-tmp-"
BACKUP_MARK = ".all2all-backup-"
NEW_FILE_MODE = 0o600  # prefs.js holds private settings; Thunderbird uses 0600 too

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def error_from_os(error: OSError, path: Path) -> ExportError:
    """Map an OSError to a stable export code (read-only, disk full, other)."""
    if error.errno in _FULL:
        code = ExportErrorCode.DISK_FULL
    elif error.errno in _READ_ONLY:
        code = ExportErrorCode.PROFILE_READ_ONLY
    else:
        code = ExportErrorCode.WRITE_FAILED
    return ExportError(code, path, error.strerror or type(error).__name__)


def digest(data: bytes | None) -> str:
    """A short fingerprint of file contents (for logs and change detection)."""
    return "absent" if data is None else hashlib.sha256(data).hexdigest()[:16]


def read_optional(path: Path) -> bytes | None:
    """The file's bytes, None when it does not exist; unreadable is a typed error."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ExportError(ExportErrorCode.PROFILE_UNREADABLE, path, error.strerror or "") from error


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` atomically, keeping its mode and owner.

    Temp file in the same folder (same file system, so ``os.replace`` is atomic), fsync
    of the file, replace, fsync of the folder so the rename itself survives a power cut.
    Raises OSError; the original is untouched whenever this raises. A symlinked file
    (prefs.js kept in a dotfiles folder) is written through, keeping the link.
    """
    if path.is_symlink():
        path = path.resolve()
    try:
        old = path.stat()
    except FileNotFoundError:
        old = None
    temp = path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
            if old is not None:
                os.chmod(stream.fileno(), old.st_mode & 0o7777)
                _keep_owner(stream.fileno(), old)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(path.parent)


def _keep_owner(fd: int, old: os.stat_result) -> None:
    """As root (IT staff with sudo), keep the user's ownership or the client can't read it."""
    if hasattr(os, "fchown") and hasattr(os, "geteuid") and os.geteuid() == 0:
        os.fchown(fd, old.st_uid, old.st_gid)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; folders cannot be opened for this on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(path: Path, now: datetime | None = None) -> Path:
    """Copy ``path`` to ``<name>.all2all-backup-<UTC time>`` beside it and return the copy."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}{BACKUP_MARK}{stamp}")
    counter = 1
    while backup.exists():
        counter += 1
        backup = path.with_name(f"{path.name}{BACKUP_MARK}{stamp}-{counter}")
    data = path.read_bytes()
    fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    shutil.copystat(path, backup)
    with contextlib.suppress(OSError):
        _keep_owner_path(backup, path.stat())
    fsync_dir(path.parent)
    return backup


def _keep_owner_path(path: Path, old: os.stat_result) -> None:
    if hasattr(os, "chown") and hasattr(os, "geteuid") and os.geteuid() == 0:
        os.chown(path, old.st_uid, old.st_gid)


def restore_backup(backup: Path, path: Path, writer: Writer = atomic_write) -> None:
    """Put a backup's contents back in place (atomically, like any other write)."""
    writer(path, backup.read_bytes())


def list_backups(path: Path) -> list[Path]:
    """Backups made of ``path``, oldest first (the names sort by time)."""
    return sorted(path.parent.glob(f"{path.name}{BACKUP_MARK}*"))


def remove_stale_temp_files(path: Path) -> None:
    """Delete temp files a crashed earlier run left next to ``path`` (never the file)."""
    for stale in path.parent.glob(f".{path.name}{TEMP_MARK}*"):
        with contextlib.suppress(OSError):
            stale.unlink()


def apply_writes(writes: Sequence[FileWrite], writer: Writer = atomic_write) -> tuple[Path, ...]:
    """Write every planned file, or none: back up, write, verify; restore on failure.

    Refuses with PROFILE_CHANGED when a file no longer holds what the plan was made
    from. Returns the backups made.
    """
    for write in writes:
        if read_optional(write.path) != write.original:
            raise ExportError(ExportErrorCode.PROFILE_CHANGED, write.path)
    done: list[tuple[FileWrite, Path | None]] = []
    try:
        for write in writes:
            remove_stale_temp_files(write.path)
            backup = backup_file(write.path) if write.original is not None else None
            done.append((write, backup))
            writer(write.path, write.content)
            if read_optional(write.path) != write.content:
                raise ExportError(ExportErrorCode.VERIFY_FAILED, write.path)
    except ExportError:
        _roll_back(done)
        raise
    except OSError as error:
        _roll_back(done)
        failed = done[-1][0].path if done else writes[0].path
        raise error_from_os(error, failed) from error
    return tuple(backup for _, backup in done if backup is not None)


def _roll_back(done: list[tuple[FileWrite, Path | None]]) -> None:
    """Undo the files already written, newest first; a file never written is left alone.

    Uses the real atomic writer, not an injected one: the restore must not share the
    fault that made the write fail.
    """
    for write, backup in reversed(done):
        try:
            current = read_optional(write.path)
            if current == write.original:
                continue
            if backup is not None:
                restore_backup(backup, write.path)
            elif current is not None:
                write.path.unlink()
        except (OSError, ExportError):
            log.exception("could not roll back %s (backup %s)", write.path, backup)
