"""Where the program's data files are: inside the ``wizard`` package, wherever it runs.

The data sits next to the code (``wizard/resources/``), so one rule finds it in a
checkout, an editable install, an installed wheel and the frozen bundle: PyInstaller
gives frozen modules a ``__file__`` under ``sys._MEIPASS`` (``.../wizard/paths.pyc``)
and ``packaging/all2all-setup.spec`` puts the data at the same places there. Everything
that needs a file asks here, so packaging changes touch one module.
"""

from __future__ import annotations

import sys
from pathlib import Path


def package_dir() -> Path:
    """The ``wizard`` package's folder (in a frozen bundle: its place under ``_MEIPASS``)."""
    return Path(__file__).resolve().parent


def application_root() -> Path:
    """The folder holding ``i18n/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return package_dir().parent


def resources_dir() -> Path:
    """Provider data, icons and word lists."""
    return package_dir() / "resources"


def translations_dir() -> Path:
    """Qt Linguist sources (``.ts``) and their compiled form (``.qm``)."""
    return application_root() / "i18n"
