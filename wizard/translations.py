"""Which language the wizard speaks, and loading Qt's and our translations for it.

Order of preference: an explicit choice (``--lang``, a preset, the welcome page), the
system's UI languages, then English. Qt's own ``qtbase_xx`` catalogue is loaded too, so
the wizard's Back/Next/Cancel/Finish buttons and standard dialogs speak the same language.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from wizard.core.language import Language
from wizard.paths import translations_dir

log = logging.getLogger(__name__)

CATALOGUE = "wizard"  # i18n/wizard_nl.ts -> wizard_nl.qm


def language_from_ui_languages(ui_languages: Iterable[str]) -> Language:
    """The first of the system's preferred languages that we speak, else English."""
    for tag in ui_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        for language in Language:
            if language.value == code:
                return language
    return Language.ENGLISH


def system_language() -> Language:
    """The language the operating system's settings ask for."""
    return language_from_ui_languages(QLocale.system().uiLanguages())


def catalogue_path(language: Language, folder: Path | None = None) -> Path:
    """Where the compiled translation of our own strings lives."""
    return (folder or translations_dir()) / f"{CATALOGUE}_{language.value}.qm"


class TranslationError(RuntimeError):
    """A compiled translation is missing or unreadable (a packaging fault)."""


class Translators:
    """Holds the installed translators so a language switch can replace them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language: Language | None = None

    def switch(self, language: Language) -> None:
        """Install Qt's and our catalogue for ``language``; widgets get LanguageChange."""
        if language is self.language:
            return
        new = self._load(language)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        for translator in new:
            self._app.installTranslator(translator)
        self._installed = new
        self.language = language
        QLocale.setDefault(QLocale(language.value))
        # Deliver the LanguageChange now, so every page is re-translated before the
        # caller goes on (and tests see the result without spinning the event loop).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        log.info("language: %s", language.value)

    def remove_all(self) -> None:
        """Uninstall our translators (tests build many windows in one application)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = None

    @staticmethod
    def _load(language: Language) -> list[QTranslator]:
        translators: list[QTranslator] = []
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language is not Language.ENGLISH:
            qt_translator = QTranslator()
            # qtbase_xx, not qt_xx: the latter needs catalogues PySide6-Essentials lacks.
            if qt_translator.load(f"qtbase_{language.value}", qt_folder):
                translators.append(qt_translator)
            else:
                log.warning("Qt's own %s translation not found in %s", language.value, qt_folder)
        ours = QTranslator()
        path = catalogue_path(language)
        if not ours.load(str(path)):
            raise TranslationError(f"translation {path} is missing or unreadable")
        translators.append(ours)
        return translators
