"""Where a preset file is looked for, without reading it.

Kept apart from :mod:`wizard.core.presets.preset` (which needs the TOML parser, the model and
the exporter registry) because the wizard asks this on every start, before its first
window paints: when no preset exists, finding that out must cost no more than a couple
of ``stat`` calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path, PureWindowsPath

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
