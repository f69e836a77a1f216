"""One log file per run in the user's log folder; never a password.

Support staff ask for "the log"; one file per run, named by its start time, makes the
right one easy to find. Old files are pruned so the folder never grows without bound.
Secrets are scrubbed by a filter as a second line of defence: code must not log them
in the first place. The log is private all the same: the file is made 0600, never
through a link planted under its name, in a folder made 0700 (the per-user folder is
tightened to 0700 when an older version left it open).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import sys
import time
from pathlib import Path
from typing import IO

from wizard.core.log_secrets import SECRETS, SecretFilter

__all__ = ["SECRETS", "SecretFilter", "log_directory", "open_private_log", "start_run_log"]

APP_NAME = "all2all-setup"
KEEP_LOG_FILES = 20
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


FILE_MODE = 0o600
FOLDER_MODE = 0o700


def log_directory() -> Path:
    """The per-user log folder (platformdirs), overridable for tests and IT staff."""
    override = os.environ.get("ALL2ALL_SETUP_LOG_DIR")
    if override:
        return Path(override)
    return _default_directory()


def _default_directory() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def _private_folder(folder: Path) -> None:
    """Make the folder 0700; tighten the per-user one if it exists and is ours (a folder
    IT staff chose with ALL2ALL_SETUP_LOG_DIR keeps the mode they gave it)."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if os.name == "nt" or "ALL2ALL_SETUP_LOG_DIR" in os.environ:
        return
    info = os.lstat(folder)
    if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) != FOLDER_MODE:
        os.chmod(folder, FOLDER_MODE)


def open_private_log(path: Path) -> IO[str]:
    """Open ``path`` for appending: created 0600, never through a link, never someone
    else's file. Raises OSError (ELOOP for a link)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0), FILE_MODE)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise OSError(
                errno.ELOOP, "a link stands where the log file goes", str(path)
            ) from error
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (os.name != "nt" and info.st_uid != os.geteuid()):
            raise OSError(errno.EPERM, "not our own log file", str(path))
        if os.name != "nt":
            os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, "a", encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise


class _PrivateFileHandler(logging.FileHandler):
    """A FileHandler whose file is opened by :func:`open_private_log`."""

    def _open(self) -> IO[str]:  # type: ignore[override]
        return open_private_log(Path(self.baseFilename))


def start_run_log(verbose: bool = False) -> Path | None:
    """Open this run's log file; with ``verbose`` also log to stderr.

    Returns the file's path, or ``None`` when the folder cannot be written (the
    program still works; it just cannot keep a log).
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    formatter = logging.Formatter(_FORMAT)
    path: Path | None = None
    try:
        folder = log_directory()
        _private_folder(folder)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = folder / f"{APP_NAME}-{stamp}-{os.getpid()}.log"
        handler: logging.Handler = _PrivateFileHandler(path, encoding="utf-8")
        handler.setFormatter(formatter)
        handler.addFilter(SECRETS)
        root.addHandler(handler)
        _prune(folder)
    except OSError as error:
        path = None
        print(f"{APP_NAME}: cannot write a log file: {error}", file=sys.stderr)
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(formatter)
        console.addFilter(SECRETS)
        root.addHandler(console)
    return path


def _prune(folder: Path) -> None:
    logs = sorted(folder.glob(f"{APP_NAME}-*.log"), key=lambda item: item.lstat().st_mtime)
    for old in logs[:-KEEP_LOG_FILES]:
        with contextlib.suppress(OSError):
            old.unlink()
