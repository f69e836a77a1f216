"""How to start the mail program that was just set up ("Open Thunderbird").

Pure: the command is computed from the program, the place its settings are in (the
target: native, Flatpak or Snap; the profile when it is not the one the program opens
by itself) and the system, and started by the window. ``None`` when there is no
sensible way (the user then opens it as usual).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable

from wizard.core.exporters.base import Target

Which = Callable[[str], str | None]

_FLATPAK_APPS = {"thunderbird": "org.mozilla.Thunderbird", "evolution": "org.gnome.Evolution"}
_MAC_APPS = {"thunderbird": "Thunderbird", "apple-mail": "Mail", "outlook": "Microsoft Outlook"}
_WINDOWS_COMMANDS = {"thunderbird": "thunderbird", "outlook": "outlook"}


def launch_command(
    client: str, target: Target | None, platform: str, which: Which = shutil.which
) -> list[str] | None:
    """The command line that starts ``client`` on ``target`` (None: none known)."""
    variant = target.variant if target is not None else "native"
    if variant == "flatpak" and client in _FLATPAK_APPS:
        flatpak = which("flatpak")
        return [flatpak, "run", _FLATPAK_APPS[client]] if flatpak else None
    if variant == "snap":
        snap = which("snap")
        return [snap, "run", client] if snap else None
    if platform == "darwin":
        return ["open", "-a", _MAC_APPS[client]] if client in _MAC_APPS else None
    if platform == "win32":
        if client not in _WINDOWS_COMMANDS:
            return None
        # "start" finds programs through their App Paths registration, as Run… does.
        return ["cmd", "/c", "start", "", _WINDOWS_COMMANDS[client]]
    program = which(client)
    if program is None:
        return None
    if client == "thunderbird" and target is not None and not target.is_default:
        return [program, "--profile", str(target.path)]
    return [program]
