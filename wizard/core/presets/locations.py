"""Where a preset file is looked for, and whether one found there may be obeyed.

Kept apart from :mod:`wizard.core.presets.preset` (which needs the TOML parser, the model and
the exporter registry) because the wizard asks this on every start, before its first
window paints: when no preset exists, finding that out must cost no more than a couple
of ``stat`` calls.

A preset locks choices and says they were "set by your IT department", so one found
without being asked for (next to the program, or the system-wide file) is obeyed only
where users cannot write (:mod:`wizard.core.presets.trust`); anything else is ignored,
and the caller logs why. ``--preset FILE`` is always obeyed: a person asked for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wizard.core.presets.trust import Ignored

PRESET_FILE_NAME = "all2all-setup.toml"  # next to the executable
SYSTEM_DIR_NAME = "all2all-setup"
SYSTEM_FILE_NAME = "preset.toml"


def preset_locations(
    platform: str,
    executable_dir: Path | None,
    environ: Mapping[str, str],
    explicit: Path | None = None,
) -> list[Path]:
    """Where a preset is looked for, in order: ``--preset FILE``, next to the
    executable (when that folder is known), then the system-wide file of ``platform``
    (``sys.platform``)."""
    if platform == "win32":
        program_data = next(
            (value for name, value in environ.items() if name.lower() == "programdata"),
            r"C:\ProgramData",
        )
        system = Path(str(PureWindowsPath(program_data, SYSTEM_DIR_NAME, SYSTEM_FILE_NAME)))
    elif platform == "darwin":
        system = Path("/Library/Application Support", SYSTEM_DIR_NAME, SYSTEM_FILE_NAME)
    else:
        system = Path("/etc", SYSTEM_DIR_NAME, SYSTEM_FILE_NAME)
    beside = [executable_dir / PRESET_FILE_NAME] if executable_dir is not None else []
    found = [*beside, system]
    return [explicit, *found] if explicit is not None else found


def find_preset(locations: list[Path], explicit: Path | None = None) -> Path | None:
    """The preset to load: ``explicit`` as is, else the first location holding a file.

    ``--preset FILE`` is returned even when missing, so loading it reports
    ``unreadable`` instead of quietly running with another preset or none.
    """
    if explicit is not None:
        return explicit
    return next((path for path in locations if path.is_file()), None)


def search_preset(
    platform: str,
    executable_dir: Path | None,
    environ: Mapping[str, str],
    explicit: Path | None = None,
) -> tuple[Path | None, list[Ignored]]:
    """The preset to load, and those found but ignored on the way.

    ``explicit`` as is; else the first location holding a file that users cannot
    change (:func:`~wizard.core.presets.trust.untrusted`, imported only when a file is
    there: without a preset this stays a couple of ``stat`` calls).
    """
    if explicit is not None:
        return explicit, []
    beside = executable_dir / PRESET_FILE_NAME if executable_dir is not None else None
    ignored: list[Ignored] = []
    for path in preset_locations(platform, executable_dir, environ):
        if not path.is_file():
            continue
        from wizard.core.presets.trust import untrusted

        problem = untrusted(path, platform, environ, beside_program=path == beside)
        if problem is None:
            return path, ignored
        ignored.append(problem)
    return None, ignored
