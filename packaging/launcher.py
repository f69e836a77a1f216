"""Entry script of the frozen program (PyInstaller freezes this file, not ``wizard/__main__``).

One script serves every executable of the bundle: the one whose name ends in ``-gui``
(Windows' windowed ``all2all-setup-gui.exe``, for the Start-menu shortcut) always opens
the wizard, like the ``all2all-setup-gui`` entry point of a pip install; any other name
behaves like the ``all2all-setup`` command (wizard, or a subcommand for IT staff).
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

# Qt platform plugins the Linux bundle carries (packaging/bundle_trim.py).
BUNDLED_PLATFORMS = ("xcb", "offscreen")


def platform_fallback(environment: MutableMapping[str, str]) -> None:
    """Let Qt fall back to X11 when QT_QPA_PLATFORM names only plugins we left out.

    Some Wayland desktops set ``QT_QPA_PLATFORM=wayland``; the bundle has no Wayland
    plugin, and Qt would stop with "no Qt platform plugin could be initialized".
    With ``wayland;xcb`` it uses XWayland instead.
    """
    wanted = environment.get("QT_QPA_PLATFORM", "")
    names = [item.split(":")[0].strip() for item in wanted.split(";") if item.strip()]
    if names and not any(name in BUNDLED_PLATFORMS for name in names):
        environment["QT_QPA_PLATFORM"] = f"{wanted};xcb"


def _arguments() -> list[str]:
    """The command line, without the process serial number old macOS Finders add."""
    return [item for item in sys.argv[1:] if not item.startswith("-psn_")]


def main() -> int:
    """Run the wizard or the command line, depending on which executable was started."""
    from wizard.hardening import harden_process

    harden_process()  # no core dump may hold a password (wizard/hardening.py)
    from wizard.cli import run

    if sys.platform.startswith("linux"):
        platform_fallback(os.environ)
    gui_only = Path(sys.executable).stem.lower().endswith("-gui")
    return run(_arguments(), gui_only=gui_only)


if __name__ == "__main__":
    sys.exit(main())
