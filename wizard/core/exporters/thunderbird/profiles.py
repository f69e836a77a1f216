"""Finding Thunderbird's profiles, and whether Thunderbird is using one right now.

Roots (folders holding ``profiles.ini``) per platform, all relative to an injectable
home/app-data folder so every layout is tested on Linux with real files:

- Windows: ``%APPDATA%\\Thunderbird``; macOS: ``~/Library/Thunderbird``;
- Linux: ``~/.thunderbird``, Flatpak ``~/.var/app/org.mozilla.Thunderbird/.thunderbird``,
  Snap ``~/snap/thunderbird/common/.thunderbird``.

The profile Thunderbird really uses is the ``Default=`` of an ``[Install<hash>]``
section (profiles.ini or installs.ini); ``Default=1`` on a ``[Profile<n>]`` is only the
legacy fallback (thunderbird.md §2).
"""

from __future__ import annotations

import configparser
import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from wizard.core.exporters.base import (
    Environment,
    ExportError,
    ExportErrorCode,
    Installation,
    Target,
)
from wizard.core.limits import MAX_PROFILE_LIST
from wizard.core.safe_files import read_optional

CLIENT = "thunderbird"
_WINDOWS_ABSOLUTE = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")


@dataclass(frozen=True)
class Root:
    """A folder that may hold Thunderbird's ``profiles.ini``."""

    path: Path
    variant: str


def candidate_roots(env: Environment) -> list[Root]:
    """Every folder where this platform's Thunderbird builds keep their profiles."""
    if env.platform.startswith("win"):
        appdata = env.appdata or env.home / "AppData" / "Roaming"
        return [Root(appdata / "Thunderbird", "native")]
    if env.platform == "darwin":
        return [Root(env.home / "Library" / "Thunderbird", "native")]
    return [
        Root(env.home / ".thunderbird", "native"),
        Root(env.home / ".var" / "app" / "org.mozilla.Thunderbird" / ".thunderbird", "flatpak"),
        Root(env.home / "snap" / "thunderbird" / "common" / ".thunderbird", "snap"),
    ]


def _read_ini(path: Path) -> configparser.RawConfigParser | None:
    """Parse a Mozilla ini file, keeping key case; None when absent."""
    data = read_optional(path, MAX_PROFILE_LIST)
    if data is None:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExportError(ExportErrorCode.PROFILES_INI_CORRUPT, path, "not UTF-8") from error
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep "IsRelative"
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as error:
        raise ExportError(
            ExportErrorCode.PROFILES_INI_CORRUPT, path, type(error).__name__
        ) from error
    return parser


def _resolve(root: Path, value: str, relative: bool) -> Path:
    """A profile path as written in the ini: relative uses '/', absolute is native."""
    if relative and not _WINDOWS_ABSOLUTE.match(value) and not value.startswith("/"):
        return root.joinpath(*[part for part in value.split("/") if part])
    if _WINDOWS_ABSOLUTE.match(value) and os.name != "nt":
        return Path(PureWindowsPath(value).as_posix())
    return Path(value)


def _install_defaults(root: Path, profiles_ini: configparser.RawConfigParser) -> list[Path]:
    """``Default=`` of every install, from profiles.ini then installs.ini, deduplicated."""
    found: list[Path] = []
    sections = [
        profiles_ini[name] for name in profiles_ini.sections() if name.startswith("Install")
    ]
    installs = _read_ini(root / "installs.ini")
    if installs is not None:
        sections += [installs[name] for name in installs.sections()]
    for section in sections:
        value = section.get("Default", "").strip()
        if value:
            path = _resolve(root, value, relative=True)
            if path not in found:
                found.append(path)
    return found


def read_root(root: Root) -> Installation | None:
    """The installation at ``root`` with its profiles, or None when there is none."""
    ini = _read_ini(root.path / "profiles.ini")
    if ini is None:
        return None
    listed: list[tuple[str, Path, bool]] = []
    for name in ini.sections():
        if not name.startswith("Profile"):
            continue
        section = ini[name]
        value = section.get("Path", "").strip()
        if not value:
            continue
        relative = section.get("IsRelative", "1").strip() != "0"
        listed.append(
            (section.get("Name", name), _resolve(root.path, value, relative), _flag(section))
        )
    chosen = _choose_default(
        _install_defaults(root.path, ini), [path for _, path, flag in listed if flag]
    )
    targets = [
        Target(CLIENT, path, name, path == chosen, root.variant, root.path)
        for name, path, _ in listed
    ]
    if chosen is not None and all(target.path != chosen for target in targets):
        targets.append(Target(CLIENT, chosen, chosen.name, True, root.variant, root.path))
    return Installation(CLIENT, root.path, root.variant, tuple(targets))


def _flag(section: configparser.SectionProxy) -> bool:
    return section.get("Default", "0").strip() == "1"


def _choose_default(install_defaults: list[Path], legacy: list[Path]) -> Path | None:
    """The profile Thunderbird opens: an install's default, else the legacy Default=1.

    Several installs (ESR and beta side by side) can name different profiles; then the
    one whose prefs.js changed last is the one in daily use, and an existing folder
    wins over a missing one. When every install's default folder is missing, that
    missing folder is still the answer: Thunderbird does not open the legacy profile
    then, so neither may the account go there (planning says the folder is gone).
    """
    existing = [path for path in install_defaults if path.is_dir()]
    if len(existing) == 1:
        return existing[0]
    if existing:
        return max(existing, key=_last_used)
    if install_defaults:
        return install_defaults[0]
    return legacy[0] if legacy else None


def _last_used(profile: Path) -> float:
    try:
        return (profile / "prefs.js").stat().st_mtime
    except OSError:
        return 0.0


def find_installations(env: Environment) -> list[Installation]:
    """Every Thunderbird installation of this user (native, Flatpak, Snap)."""
    found = []
    for root in candidate_roots(env):
        installation = read_root(root)
        if installation is not None:
            found.append(installation)
    return found


def profile_in_use(profile: Path) -> bool:
    """True when a running Thunderbird holds the profile's lock.

    Checks the ``lock`` symlink (``<ip>:+<pid>``; a dead local pid means a stale lock),
    the fcntl lock on ``.parentlock`` (Linux, macOS) and, on Windows, ``parent.lock``
    being held open without sharing. A lock from another machine counts as in use, as
    Mozilla itself counts it.
    """
    return (
        _symlink_lock_live(profile / "lock")
        or _fcntl_lock_held(profile / ".parentlock")
        or (os.name == "nt" and _windows_lock_held(profile / "parent.lock"))
    )


def _symlink_lock_live(lock: Path) -> bool:
    try:
        target = os.readlink(lock)
    except OSError:
        return False
    address, _, pid_text = target.rpartition(":+")
    if not pid_text.isdigit():
        return False
    if not (address.startswith("127.") or address in {"::1", "localhost"}):
        return True
    return _pid_alive(int(pid_text))


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return False
    return _not_zombie(pid)


def _not_zombie(pid: int) -> bool:
    """A zombie (exited, not yet reaped) holds no lock and writes no prefs."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def _fcntl_lock_held(parentlock: Path) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        return False
    # Never through a planted link, never waiting for a reader of a planted FIFO.
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(parentlock, flags)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        return error.errno in {errno.EACCES, errno.EAGAIN}
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _windows_lock_held(parent_lock: Path) -> bool:  # pragma: no cover - Windows only
    try:
        with parent_lock.open("r+b"):
            return False
    except FileNotFoundError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
