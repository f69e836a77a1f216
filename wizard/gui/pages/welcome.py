"""Welcome: what the wizard does, what the user needs, and the language.

An IT preset may lock the language: the box then shows it greyed out and a note says
who chose it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from wizard.core.language import Language
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.base import BasePage
from wizard.gui.widgets.field import Field

# Each language is named in its own words, so a user finds theirs whatever is shown now.
LANGUAGE_NAMES = {
    Language.DUTCH: "Nederlands",
    Language.FRENCH: "Français",
    Language.ENGLISH: "English",
}


class WelcomePage(BasePage):
    """First page; choosing a language here re-translates the whole wizard at once."""

    def __init__(
        self,
        store: DraftStore,
        on_language_chosen: Callable[[Language], None],
        language: Language = Language.ENGLISH,
        parent: QWidget | None = None,
        language_locked: bool = False,
    ) -> None:
        super().__init__(store, None, parent, scrollable=False)
        self._on_language_chosen = on_language_chosen
        self.language_locked = language_locked
        self._locked_language = language
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("welcomeIntro")
        self.needs = QLabel(self)
        self.needs.setWordWrap(True)
        self.needs.setObjectName("welcomeNeeds")
        self.promise = QLabel(self)
        self.promise.setWordWrap(True)
        self.promise.setObjectName("welcomePromise")
        self.language_box = QComboBox(self)
        for each, name in LANGUAGE_NAMES.items():  # not ``language``: the argument is used below
            self.language_box.addItem(name, each.value)
        self.language_field = Field(self.language_box, "languageBox", self)
        layout = self.body_layout
        layout.addWidget(self.intro)
        layout.addWidget(self.needs)
        layout.addWidget(self.promise)
        layout.addStretch(1)
        layout.addWidget(self.language_field)
        self.select_language(language)  # not store.draft: it is made after the first paint
        self.language_box.currentIndexChanged.connect(self._language_changed)
        if language_locked:
            self.mark_locked([self.language_box], position=-1)
        self.retranslate()

    def select_language(self, language: Language) -> None:
        """Show ``language`` as chosen without triggering a switch."""
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(language.value))
        self.language_box.blockSignals(False)

    def _language_changed(self, index: int) -> None:
        if self.language_locked:  # the box is disabled; nothing else may switch it either
            self.select_language(self._locked_language)
            return
        language = Language(self.language_box.itemData(index))
        self.store.update(language=language)
        self._on_language_chosen(language)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "This assistant sets up your all2all mailbox in the mail programs on this computer."
            )
        )
        self.intro.setText(
            self.tr(
                "In a few steps you choose how your mail is kept, enter the details of your "
                "account and choose how your mail is sent. Each step explains the choice "
                "in plain words."
            )
        )
        self.needs.setText(
            self.tr(
                "You need: your username (for example user0001), your password and your "
                "e-mail address. Your mail administrator gave them to you."
            )
        )
        self.promise.setText(
            self.tr("Nothing on this computer is changed until you confirm at the end.")
        )
        self.language_field.set_texts(
            self.tr("&Language:"), self.tr("The language of this assistant."), self.tr("Language")
        )
