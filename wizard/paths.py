"""Where the program's data files are: inside the ``wizard`` package, wherever it runs.

The data sits next to the code (``wizard/resources/``, ``wizard/i18n/``), so one rule
finds it in a checkout, an editable install, an installed wheel and the frozen bundle:
PyInstaller gives frozen modules a ``__file__`` under ``sys._MEIPASS``
(``.../wizard/paths.pyc``) and ``packaging/all2all-setup.spec`` puts the data at the
same places there. Everything that needs a file asks here, so packaging changes touch
one module.
"""

from __future__ import annotations

from pathlib import Path


def application_root() -> Path:
    """The folder holding ``resources/`` and ``i18n/``: the ``wizard`` package's own."""
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Provider data, icons and word lists."""
    return application_root() / "resources"


def translations_dir() -> Path:
    """The compiled Qt catalogues (``wizard_<lang>.qm``), committed with the code.

    Their sources, the ``.ts`` files, are in the repository's top-level ``i18n/``;
    ``tools/translations.py compile`` writes these from them.
    """
    return application_root() / "i18n"
