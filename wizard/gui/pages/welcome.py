"""Welcome: what the assistant does, what the user needs, the recommended settings, and
the language.

The recommended settings are named in plain words with one button to change them: most
people take them and go straight to their account details (the pages of choices stay
out of the way). An IT preset may lock the language: the box then shows it greyed out
and a note says who chose it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from wizard.core.language import Language
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.base import BasePage
from wizard.gui.widgets.field import Field

if TYPE_CHECKING:  # the model loads after the first paint
    from wizard.core.model import AccountDraft

# Each language is named in its own words, so a user finds theirs whatever is shown now.
LANGUAGE_NAMES = {
    Language.DUTCH: "Nederlands",
    Language.FRENCH: "Français",
    Language.ENGLISH: "English",
    Language.GERMAN: "Deutsch",
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
        on_change_settings: Callable[[], None] | None = None,
        on_check_existing: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(store, None, parent, scrollable=False)
        self._on_language_chosen = on_language_chosen
        self._on_change_settings = on_change_settings
        self._on_check_existing = on_check_existing
        self.language_locked = language_locked
        self._locked_language = language
        self.intro = _label(self, "welcomeIntro")
        self.needs = _label(self, "welcomeNeeds")
        self.settings_title = _label(self, "settingsTitle")
        bold = self.settings_title.font()
        bold.setBold(True)
        self.settings_title.setFont(bold)
        self.receiving_text = _label(self, "receivingSummary")
        self.sending_text = _label(self, "sendingSummary")
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("changeSettingsButton")
        self.change_button.clicked.connect(self._change_settings)
        self.change_button.setVisible(on_change_settings is not None)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_button)
        change_row.addStretch(1)
        self.promise = _label(self, "welcomePromise")
        # Already set up before (by hand, or by an older assistant): the doctor's path.
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkExistingButton")
        self.check_button.clicked.connect(self._check_existing)
        self.check_button.setVisible(on_check_existing is not None)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        self.language_box = QComboBox(self)
        for each, name in LANGUAGE_NAMES.items():  # not ``language``: the argument is used below
            self.language_box.addItem(name, each.value)
        self.language_field = Field(self.language_box, "languageBox", self)
        layout = self.body_layout
        layout.addWidget(self.intro)
        layout.addWidget(self.needs)
        layout.addSpacing(12)
        layout.addWidget(self.settings_title)
        layout.addWidget(self.receiving_text)
        layout.addWidget(self.sending_text)
        layout.addLayout(change_row)
        layout.addSpacing(12)
        layout.addWidget(self.promise)
        layout.addSpacing(12)
        layout.addLayout(check_row)
        layout.addStretch(1)
        layout.addWidget(self.language_field)
        self.select_language(language)  # not store.draft: it is made after the first paint
        self.language_box.currentIndexChanged.connect(self._language_changed)
        store.changed.connect(lambda _draft: self._show_settings())
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

    def _change_settings(self) -> None:
        if self._on_change_settings is not None:
            self._on_change_settings()

    def _check_existing(self) -> None:
        if self._on_check_existing is not None:
            self._on_check_existing()

    def _show_settings(self) -> None:
        """Say in plain words what the settings are now (the recommended ones unless a
        preset or the user changed them)."""
        draft = self.store.peek()  # None before the first paint: the program's defaults
        self.receiving_text.setText("• " + self._receiving(draft))
        self.sending_text.setText("• " + self._sending(draft))
        self.settings_title.setText(
            self.tr("Recommended settings")
            if draft is None or _is_recommended(draft)
            else self.tr("Your settings")
        )

    def _receiving(self, draft: AccountDraft | None) -> str:
        if draft is None or draft.protocol.value == "imap":
            return self.tr(
                "Your mail stays on the all2all server: you see the same mail on this "
                "computer, on your phone and in webmail."
            )
        if draft.keep_on_server:
            return self.tr(
                "Your mail is downloaded to this computer. A copy stays on the server for "
                "%n day(s).",
                "",
                draft.keep_on_server_days,
            )
        return self.tr("Your mail is downloaded to this computer and removed from the server.")

    def _sending(self, draft: AccountDraft | None) -> str:
        relay = draft.outgoing.relay if draft is not None else None
        if relay is None:
            return self.tr(
                "Your mail is sent through all2all's own server, which works on almost every "
                "network."
            )
        return self.tr(
            "Your mail is sent through your internet provider's server ({server})."
        ).format(server=relay.host)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("Set up your all2all mail on this computer."))
        self.intro.setText(
            self.tr(
                "This assistant tests your all2all account and adds it to your mail program. "
                "It takes about two minutes."
            )
        )
        self.needs.setText(
            self.tr(
                "You need what your administrator gave you: your e-mail address, your "
                "username (for example user0001) and your password."
            )
        )
        self.change_button.setText(self.tr("&Change these settings…"))
        self.change_button.setAccessibleDescription(
            self.tr("Choose how your mail is kept and how it is sent.")
        )
        self.promise.setText(self.tr("Nothing changes on this computer until you press Set up."))
        self.check_button.setText(self.tr("Chec&k the all2all set-up I already have"))
        self.check_button.setAccessibleDescription(
            self.tr(
                "Looks for the all2all accounts already in your mail programs and repairs "
                "what is wrong."
            )
        )
        self.language_field.set_texts(
            self.tr("&Language:"), self.tr("The language of this assistant."), self.tr("Language")
        )
        self._show_settings()


def _is_recommended(draft: AccountDraft) -> bool:
    return draft.protocol.value == "imap" and draft.outgoing.relay is None


def _label(parent: QWidget, object_name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName(object_name)
    return label
