"""Message boxes shown before (or instead of) the wizard window.

A person who double-clicked the program must learn why it cannot start in their own
language, with the technical detail behind "Show Details" for the helpdesk.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from typing import TYPE_CHECKING

from wizard.core.language import Language

if TYPE_CHECKING:
    from wizard.core.presets.preset import PresetError

log = logging.getLogger(__name__)


def report_preset_error(error: PresetError, language: Language | None, show: bool = True) -> None:
    """Say why the preset cannot be used: on stderr and in the log, and (``show``) in a
    message box, in ``language`` (``None``: the system's)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wizard.texts.preset import preset_error_headline, preset_error_text
    from wizard.translations import TranslationError, Translators, system_language

    log.error("preset: %s", error)
    app = QCoreApplication.instance() or QApplication(sys.argv[:1])
    translators = Translators(app)
    with contextlib.suppress(TranslationError):  # then explain in English
        translators.switch(language or system_language())
    text = preset_error_text(error)
    print(f"all2all-setup: {text}", file=sys.stderr)
    if show:
        box = QMessageBox(QMessageBox.Icon.Critical, "all2all", preset_error_headline())
        box.setObjectName("presetErrorBox")
        box.setInformativeText(text)
        box.setDetailedText(str(error))
        box.exec()
    translators.remove_all()


def show_startup_error(detail: str, language: Language | None, translated: bool = True) -> None:
    """Tell a person who double-clicked the program why it cannot start, in a window.

    The explanation is in their language unless the translations are what is damaged
    (``translated=False``); ``detail`` (for the helpdesk) sits behind "Show Details".
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wizard.translations import TranslationError, Translators, system_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translators = Translators(app)
    if translated:
        with contextlib.suppress(TranslationError):  # then explain in English
            translators.switch(language or system_language())
    text = QCoreApplication.translate(
        "ErrorDialog",
        "The assistant cannot start because one of its files is damaged. Please install "
        "it again, or ask your administrator for help.",
    )
    box = QMessageBox(QMessageBox.Icon.Critical, "all2all", text)
    box.setDetailedText(detail)
    box.exec()
    translators.remove_all()
