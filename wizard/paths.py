"""Where the program's data files are: in a source checkout or inside a frozen bundle.

PyInstaller unpacks data next to the executable (``sys._MEIPASS``); from a checkout or
an editable install they are at the repository's top level. Everything that needs a
file asks here, so packaging changes touch one module.
"""

from __future__ import annotations

import sys
from pathlib import Path


def application_root() -> Path:
    """The folder holding ``resources/`` and ``i18n/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Provider data, icons and word lists."""
    return application_root() / "resources"


def translations_dir() -> Path:
    """Qt Linguist sources (``.ts``) and their compiled form (``.qm``)."""
    return application_root() / "i18n"
