"""Where the program was started from, and the preset that belongs to that start.

Both the wizard and ``setup`` look for an IT preset "next to the program"; this module
answers where that is without importing anything heavy (the wizard asks before its
first page is painted).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


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
    """The preset to use, or ``None``: only ``stat`` calls, no parsing."""
    from wizard.core.presets.locations import find_preset, preset_locations

    return find_preset(preset_locations(sys.platform, launch_dir(), os.environ, explicit), explicit)
