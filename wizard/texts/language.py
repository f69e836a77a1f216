"""The command-line tools speak the user's language too.

They print the same translated explanations as the wizard (``wizard/gui/messages`` needs
only QtCore), so a helpdesk reading an IT colleague's terminal sees the words the user
saw. ``--json`` output stays in stable codes. QtCore is imported here, never the widgets.
"""

from __future__ import annotations

import logging

from wizard.core.model import Language

log = logging.getLogger(__name__)
_KEEP_ALIVE: list[object] = []


def install_translations(language: Language | None) -> Language | None:
    """Install our and Qt's catalogue for ``language`` (default: the system's).

    Returns the language installed, or ``None`` when the catalogues are missing, in
    which case the tools print English: a broken installation must not stop a check.
    """
    from PySide6.QtCore import QCoreApplication

    from wizard.translations import TranslationError, Translators, system_language

    app = QCoreApplication.instance() or QCoreApplication([])
    translators = Translators(app)
    chosen = language or system_language()
    try:
        translators.switch(chosen)
    except TranslationError as error:
        log.warning("command-line output in English: %s", error)
        return None
    _KEEP_ALIVE.append(translators)  # the translators live as long as the process
    return chosen
