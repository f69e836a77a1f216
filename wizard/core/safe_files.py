"""Safe file changes shared by every exporter: atomic write, backup, restore.

The rule: at every instant the settings file on disk is either the old one or the
complete new one. New contents go to a temporary file in the same folder, are flushed
to the disk, and replace the original in one ``os.replace``; a crash at any point
leaves the original intact. Before that, a timestamped copy of the original is kept
next to it, made the same way, so that a backup is complete or absent (a full disk
never leaves an empty one that someone might restore by hand). No write goes through
a link someone else planted under the file's name (:mod:`wizard.core.file_access`),
and no read takes more than a settings file's size bound (:mod:`wizard.core.limits`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import secrets
import stat
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from wizard.core.exporters.base import ExportError, ExportErrorCode, FileWrite
from wizard.core.file_access import (
    LinkRefusedError,
    NotAFileError,
    TooLargeError,
    read_bounded,
    write_target,
)
from wizard.core.limits import MAX_SETTINGS_FILE

log = logging.getLogger(__name__)

Writer = Callable[[Path, bytes], None]
TEMP_MARK = ".all2all-tmp-"
BACKUP_MARK = ".all2all-backup-"
NEW_FILE_MODE = 0o600  # prefs.js holds private settings; Thunderbird uses 0600 too
# A replaced file keeps its mode, but never gains write access for others or a
# set-id bit from a file someone else put there.
_KEPT_MODE = 0o755

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def error_from_os(error: OSError, path: Path) -> ExportError:
    """Map an OSError to a stable export code (a refused link, read-only, disk full...)."""
    if isinstance(error, LinkRefusedError):
        code = ExportErrorCode.LINK_REFUSED
    elif isinstance(error, TooLargeError):
        code = ExportErrorCode.FILE_TOO_LARGE
    elif isinstance(error, NotAFileError):
        code = ExportErrorCode.PROFILE_UNREADABLE
    elif error.errno in _FULL:
        code = ExportErrorCode.DISK_FULL
    elif error.errno in _READ_ONLY:
        code = ExportErrorCode.PROFILE_READ_ONLY
    else:
        code = ExportErrorCode.WRITE_FAILED
    return ExportError(code, path, error.strerror or type(error).__name__)


def digest(data: bytes | None) -> str:
    """A short fingerprint of file contents (for logs and change detection)."""
    return "absent" if data is None else hashlib.sha256(data).hexdigest()[:16]


def read_optional(path: Path, limit: int = MAX_SETTINGS_FILE) -> bytes | None:
    """The file's bytes, None when it does not exist; anything else is a typed error
    (unreadable, a refused link, not a file, larger than ``limit``)."""
    try:
        return read_bounded(path, limit)
    except FileNotFoundError:
        return None
    except (LinkRefusedError, TooLargeError) as error:
        raise error_from_os(error, path) from error
    except OSError as error:
        raise ExportError(ExportErrorCode.PROFILE_UNREADABLE, path, error.strerror or "") from error


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` atomically, keeping its mode and owner.

    Temp file in the same folder (same file system, so ``os.replace`` is atomic), fsync
    of the file, replace, fsync of the folder so the rename itself survives a power cut.
    Raises OSError (:class:`LinkRefusedError` for a link it must not follow); the
    original is untouched whenever this raises. The user's own link to their own file
    (prefs.js kept in a dotfiles folder) is written through, keeping the link.
    """
    path = write_target(path)
    try:
        old: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        old = None
    temp = _temp_name(path)
    fd = _create(temp)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
            if old is not None and stat.S_ISREG(old.st_mode):
                _keep_mode_and_owner(stream.fileno(), old, path.parent)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(path.parent)


def _temp_name(path: Path, kind: str = "") -> Path:
    """A fresh hidden name next to ``path`` that :func:`remove_stale_temp_files` knows."""
    return path.with_name(f".{path.name}{TEMP_MARK}{kind}{os.getpid()}-{secrets.token_hex(4)}")


def _create(path: Path) -> int:
    """A new private file; never an existing one, never through a link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    return os.open(path, flags | getattr(os, "O_BINARY", 0), NEW_FILE_MODE)


def _keep_mode_and_owner(fd: int, old: os.stat_result, folder: Path) -> None:
    """The replaced file's mode (never more open than 0755) and, as root (IT staff with
    sudo), its owner, or the mail program cannot read it. A file someone else put in a
    folder they do not own (a shared folder) does not get its owner back."""
    os.chmod(fd, old.st_mode & _KEPT_MODE)
    if not hasattr(os, "fchown") or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return
    try:
        folder_owner = os.stat(folder).st_uid
    except OSError:
        return
    if old.st_uid == folder_owner:
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
    """Copy ``path`` to ``<name>.all2all-backup-<UTC time>`` beside it and return the copy.

    The copy is written to a temporary name, flushed, and only then given its backup
    name: a full disk or a crash leaves no backup at all, never a partial one. Raises
    OSError (the temporary file is removed) or :class:`ExportError` when ``path``
    cannot be read.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    data = read_optional(path)
    if data is None:
        raise FileNotFoundError(errno.ENOENT, "nothing to back up", str(path))
    source = os.stat(write_target(path))
    temp = _temp_name(path, "backup-")
    fd = _create(temp)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
            _keep_mode_and_owner(stream.fileno(), source, path.parent)
            os.utime(stream.fileno(), ns=(source.st_atime_ns, source.st_mtime_ns))
        backup = _give_free_name(temp, path, stamp)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(path.parent)
    return backup


def _give_free_name(temp: Path, path: Path, stamp: str) -> Path:
    """Link the finished copy under the first free backup name (never over another)."""
    counter = 1
    while True:
        suffix = "" if counter == 1 else f"-{counter}"
        backup = path.with_name(f"{path.name}{BACKUP_MARK}{stamp}{suffix}")
        try:
            os.link(temp, backup)
        except FileExistsError:
            counter += 1
            continue
        except OSError:  # no hard links here (FAT, some network shares): rename
            if os.path.lexists(backup):
                counter += 1
                continue
            os.replace(temp, backup)
            return backup
        temp.unlink()
        return backup


def restore_backup(backup: Path, path: Path, writer: Writer = atomic_write) -> None:
    """Put a backup's contents back in place (atomically, like any other write)."""
    writer(path, read_bounded(backup, MAX_SETTINGS_FILE))


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
    current = writes[0].path if writes else Path()
    try:
        for write in writes:
            current = write.path
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
        raise error_from_os(error, current) from error
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
