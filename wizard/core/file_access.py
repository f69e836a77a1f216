"""Opening files without being tricked: planted links, special files, huge files.

The program writes where others may have been before it: a shared folder for the
files for a phone, a profile prepared by someone else, a run as root for a user.
Two rules hold for every file it reads or writes:

- A link under the file's name is followed only when the running user made it and it
  points at a regular file of that same user (a prefs.js kept in a dotfiles folder).
  A link made by another user, one pointing nowhere or at something that is not a
  file, or at another user's file, is refused with :class:`LinkRefusedError`: the
  program never writes through it and never creates a file where it points. On
  Windows, where a link's maker is not known here, no link is followed.
- A read opens the file once, without following a link (``O_NOFOLLOW``) and without
  waiting on a FIFO (``O_NONBLOCK``), then checks on that same descriptor that it is
  a regular file and not larger than the caller's bound.

Errors are ``OSError`` subclasses, so every caller that already reports an unwritable
file reports these too; callers that can say more (an export code, a preset code)
check for them first.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_CHUNK = 1024 * 1024


class LinkRefusedError(OSError):
    """A link stands where the program reads or writes; ``reason`` says which kind."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(errno.ELOOP, f"link not followed: {reason}", str(path))
        self.reason = reason


class TooLargeError(OSError):
    """The file is larger than anything real of its kind; it was not read."""

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {limit} bytes", str(path))
        self.limit = limit


class NotAFileError(OSError):
    """A folder, FIFO, device or socket stands where a file should be."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))


def _mine(info: os.stat_result) -> bool:
    """Whether the running user owns it (never on Windows, where st_uid says nothing)."""
    return os.name != "nt" and info.st_uid == os.geteuid()


def write_target(path: Path) -> Path:
    """The file that a write to ``path`` really changes: ``path`` itself (absent, or
    not a link), or the target of the user's own link to their own file.

    Raises :class:`LinkRefusedError` for any other link. Writing then replaces
    ``path`` (or that target) by rename, which never follows a link swapped in later.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    if not stat.S_ISLNK(info.st_mode):
        return path
    if not _mine(info):
        raise LinkRefusedError(path, "made by another user")
    try:
        target = path.resolve(strict=True)
        found = os.stat(target)
    except (OSError, RuntimeError) as error:  # dangling, or a loop of links
        raise LinkRefusedError(path, "points nowhere") from error
    if not stat.S_ISREG(found.st_mode):
        raise LinkRefusedError(path, "points at something that is not a file")
    if not _mine(found):
        raise LinkRefusedError(path, "points at another user's file")
    return target


def read_bounded(path: Path, limit: int, follow_links: bool = False) -> bytes:
    """The bytes of the regular file at ``path``, refused when larger than ``limit``.

    ``follow_links``: for files IT staff hand in (a preset, the provider data, a CA
    file), whose trust is decided by where they are, not by who made a link to them;
    a mail program's settings file is read under the same link rule as it is written.
    Raises ``FileNotFoundError`` when absent, :class:`LinkRefusedError`,
    :class:`NotAFileError`, :class:`TooLargeError`, or another ``OSError``.
    """
    real = path if follow_links else write_target(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(real, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:  # a link swapped in since the check above
            raise LinkRefusedError(path, "appeared while reading") from error
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(path)
        if info.st_size > limit:
            raise TooLargeError(path, limit)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(_CHUNK, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise TooLargeError(path, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)
