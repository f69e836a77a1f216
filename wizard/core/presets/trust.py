"""Whether a preset found without being asked for may be obeyed: only where users
cannot write.

A preset locks choices and says they were "set by your IT department". One found next
to the program or in the system-wide place is therefore obeyed only when no user could
have put it there or changed it:

- POSIX systems: the file and every folder above it belong to root, and no one else
  may change them (a group of administrators may: root/wheel, and macOS's admin,
  which owns /Applications). A sticky folder such as /tmp above it is fine: nobody
  can rename or remove there what they do not own. A link counts only when root made
  it, and then where it points is checked the same way.
- Windows: next to the program means inside the Program Files folder, where only
  administrators install (the rule of the folder's access list, which is not read
  here). The system-wide file in ProgramData is taken as IT staff placed it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PureWindowsPath

# Groups whose members administer the system: root/wheel (gid 0) everywhere, and
# macOS's "admin" (gid 80, which owns /Applications).
_ADMIN_GROUPS = {"darwin": {0, 80}}
_PROGRAM_FILES = ("programfiles", "programfiles(x86)", "programw6432")


class UntrustedReason(StrEnum):
    """Why a preset that was not asked for is not obeyed."""

    OWNER = "owner"  # a file or folder on the way belongs to another user than root
    WRITABLE = "writable"  # ... may be changed by users other than its owner
    NOT_A_FILE = "not_a_file"
    OUTSIDE_PROGRAM_FILES = "outside_program_files"  # Windows: not an installed copy


@dataclass(frozen=True)
class Ignored:
    """A preset found and not obeyed: which file or folder is at fault, and why."""

    path: Path
    reason: UntrustedReason
    where: Path
    owner: str = ""  # for OWNER: the user it belongs to (name, else number)


def untrusted(
    path: Path, platform: str, environ: Mapping[str, str], beside_program: bool
) -> Ignored | None:
    """Why the preset at ``path`` may not be obeyed without being asked for, or None."""
    if platform == "win32":
        if beside_program and not _in_program_files(path, environ):
            return Ignored(path, UntrustedReason.OUTSIDE_PROGRAM_FILES, path.parent)
        return None
    return _posix_untrusted(path, _ADMIN_GROUPS.get(platform, {0}))


def _in_program_files(path: Path, environ: Mapping[str, str]) -> bool:
    roots = [value for name, value in environ.items() if name.lower() in _PROGRAM_FILES]
    where = PureWindowsPath(str(path)).parent
    return any(
        where.as_posix()
        .lower()
        .startswith(PureWindowsPath(root).as_posix().lower().rstrip("/") + "/")
        for root in roots
        if root
    )


def _posix_untrusted(path: Path, admin_groups: set[int]) -> Ignored | None:
    try:
        link = os.lstat(path)
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return Ignored(path, UntrustedReason.NOT_A_FILE, path)
    if stat.S_ISLNK(link.st_mode) and link.st_uid != 0:
        return Ignored(path, UntrustedReason.OWNER, path, _user(link.st_uid))
    for step in (real, *real.parents):
        try:
            info = os.stat(step)
        except OSError:
            return Ignored(path, UntrustedReason.NOT_A_FILE, step)
        if step == real and not stat.S_ISREG(info.st_mode):
            return Ignored(path, UntrustedReason.NOT_A_FILE, step)
        if info.st_uid != 0:
            return Ignored(path, UntrustedReason.OWNER, step, _user(info.st_uid))
        if _writable_by_others(info, admin_groups):
            return Ignored(path, UntrustedReason.WRITABLE, step)
    return None


def _writable_by_others(info: os.stat_result, admin_groups: set[int]) -> bool:
    if stat.S_ISDIR(info.st_mode) and info.st_mode & stat.S_ISVTX:
        return False  # sticky: others may add entries, never replace or rename ours
    by_group = bool(info.st_mode & stat.S_IWGRP) and info.st_gid not in admin_groups
    return by_group or bool(info.st_mode & stat.S_IWOTH)


def _user(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)
