"""One log file per run in the user's log folder; never a password.

Support staff ask for "the log"; one file per run, named by its start time, makes the
right one easy to find. Old files are pruned so the folder never grows without bound.
Secrets are scrubbed by a filter as a second line of defence: code must not log them
in the first place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from pathlib import Path

from wizard.core.log_secrets import SECRETS, SecretFilter

__all__ = ["SECRETS", "SecretFilter", "log_directory", "start_run_log"]

APP_NAME = "all2all-setup"
KEEP_LOG_FILES = 20
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_directory() -> Path:
    """The per-user log folder (platformdirs), overridable for tests and IT staff."""
    override = os.environ.get("ALL2ALL_SETUP_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


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
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = folder / f"{APP_NAME}-{stamp}-{os.getpid()}.log"
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
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
    logs = sorted(folder.glob(f"{APP_NAME}-*.log"), key=lambda item: item.stat().st_mtime)
    for old in logs[:-KEEP_LOG_FILES]:
        with contextlib.suppress(OSError):
            old.unlink()
