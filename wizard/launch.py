"""Where the program was started from, and the preset that belongs to that start.

Both the wizard and ``setup`` look for an IT preset "next to the program"; this module
answers where that is without importing anything heavy (the wizard asks before its
first page is painted). A preset found there or in the system-wide place is obeyed
only where users cannot write (:mod:`wizard.core.presets.locations`); one that is
ignored is logged, with the reason, and ``--self-test`` prints it.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wizard.core.presets.trust import Ignored

log = logging.getLogger(__name__)
_last_ignored: list[Ignored] = []


def launch_dir() -> Path | None:
    """The folder a preset may sit in "next to the executable".

    A frozen build: the executable's folder. From source or an installed entry point:
    the folder of the script that was started (``python path/to/script.py``, the
    ``all2all-setup`` launcher). ``None`` when there is no such file (``python -c``).
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    script = sys.argv[0] if sys.argv else ""
    if not script or script == "-c" or not os.path.isfile(script):
        return None
    return Path(script).resolve().parent


def find_preset_file(explicit: Path | None) -> Path | None:
    """The preset to use, or ``None``: only ``stat`` calls, no parsing. Ignored presets
    are logged now, and again by :func:`log_ignored_presets` once the log is open."""
    from wizard.core.presets.locations import search_preset

    found, ignored = search_preset(sys.platform, launch_dir(), os.environ, explicit)
    _last_ignored[:] = ignored
    log_ignored_presets()
    return found


def log_ignored_presets() -> None:
    """A log line for each preset the last search ignored (the window looks before its
    log file exists)."""
    for ignored in _last_ignored:
        log.warning("preset %s ignored: %s", ignored.path, ignored_reason(ignored))


def ignored_reason(ignored: Ignored) -> str:
    """Why, in one line for IT staff (the log and ``--self-test``, in English)."""
    from wizard.core.presets.trust import UntrustedReason

    reasons = {
        UntrustedReason.OWNER: f"{ignored.where} belongs to user {ignored.owner}, "
        "not to the administrator (root)",
        UntrustedReason.WRITABLE: f"{ignored.where} can be changed by other users than "
        "the administrator",
        UntrustedReason.NOT_A_FILE: f"{ignored.where} is not a regular file",
        UntrustedReason.OUTSIDE_PROGRAM_FILES: f"{ignored.where} is not inside the "
        "Program Files folder",
    }
    return (
        f"{reasons[ignored.reason]}. A preset found without --preset is obeyed only where "
        "users cannot change it; see docs/deployment.md, section 2"
    )


def ignored_notes() -> list[str]:
    """One line per preset the last search ignored, for ``--self-test``."""
    return [f"{item.path} is ignored: {ignored_reason(item)}" for item in _last_ignored]
