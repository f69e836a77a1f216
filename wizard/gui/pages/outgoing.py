"""Outgoing server: all2all's own (recommended) or the internet provider's relay.

all2all's SMTPS on port 465 with the same login works on every network, which the guide
gives as the reason for laptops. An ISP relay needs no password but only accepts mail
from that ISP's own network; the page says so plainly before the user picks it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard import texts
from wizard.core.model import OutgoingChoice, OutgoingKind
from wizard.core.outgoing import outgoing_from_text
from wizard.core.provider import Provider
from wizard.core.validation import Problem
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.base import BasePage
from wizard.gui.widgets.field import Field
from wizard.gui.widgets.labels import INDENT, wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind

OTHER_SERVER = "__other__"


class OutgoingPage(BasePage):
    """Pick the outgoing server; a typed host:port is checked before Next."""

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        parent: QWidget | None = None,
        locked: bool = False,
    ) -> None:
        """``locked``: an IT preset fixed the outgoing server (shown read-only)."""
        super().__init__(store, provider, parent)
        self.locked = locked
        self.all2all_button = QRadioButton(self)
        self.all2all_button.setObjectName("all2allSmtpButton")
        self.all2all_text = wrapped_label(self, "all2allSmtpDescription", INDENT)
        self.relay_button = QRadioButton(self)
        self.relay_button.setObjectName("ispRelayButton")
        self.relay_text = wrapped_label(self, "ispRelayDescription", INDENT)
        self.group = QButtonGroup(self)
        self.group.addButton(self.all2all_button)
        self.group.addButton(self.relay_button)

        self.relay_options = QWidget(self)
        self.relay_options.setObjectName("relayOptions")
        self.relay_box = QComboBox(self.relay_options)
        self.relay_field = Field(self.relay_box, "relayBox", self.relay_options)
        self.server_edit = QLineEdit(self.relay_options)
        self.server_field = Field(self.server_edit, "relayServerEdit", self.relay_options)
        self.relay_warning = Notice(NoticeKind.WARNING, self.relay_options)
        self.relay_warning.setObjectName("relayWarning")
        options = QVBoxLayout(self.relay_options)
        options.setContentsMargins(INDENT, 0, 0, 0)
        options.addWidget(self.relay_field)
        options.addWidget(self.server_field)
        options.addWidget(self.relay_warning)

        layout = self.body_layout
        layout.addWidget(self.all2all_button)
        layout.addWidget(self.all2all_text)
        layout.addSpacing(8)
        layout.addWidget(self.relay_button)
        layout.addWidget(self.relay_text)
        layout.addWidget(self.relay_options)
        layout.addStretch(1)

        self.all2all_button.toggled.connect(self._sync)
        self.relay_box.currentIndexChanged.connect(self._sync)
        self.server_edit.textChanged.connect(lambda _text: self.server_field.set_error(""))
        if locked:
            self.mark_locked(
                [self.all2all_button, self.relay_button, self.relay_box, self.server_edit]
            )
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        outgoing = self.store.draft.outgoing
        self.all2all_button.setChecked(outgoing.kind is OutgoingKind.ALL2ALL)
        self.relay_button.setChecked(outgoing.kind is OutgoingKind.ISP_RELAY)
        if outgoing.kind is OutgoingKind.ISP_RELAY and outgoing.relay is not None:
            index = self.relay_box.findData(outgoing.relay_id or OTHER_SERVER)
            self.relay_box.setCurrentIndex(max(index, 0))
            if not outgoing.relay_id:
                self.server_edit.setText(str(outgoing.relay))
        self._sync()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self.locked:  # the preset's server stays, as resolved before the window opened
            return True
        choice = self.choice()
        if isinstance(choice, Problem):
            self.server_field.set_error(texts.field_problem("server", choice))
            self.server_edit.setFocus()
            return False
        self.store.update(outgoing=choice)
        return True

    def choice(self) -> OutgoingChoice | Problem:
        """What is selected on screen now, or why the typed server is refused."""
        if self.all2all_button.isChecked():
            return OutgoingChoice()
        relay_id = self.relay_box.currentData()
        if relay_id != OTHER_SERVER:
            relay = self.provider.relay(relay_id)
            assert relay is not None
            return OutgoingChoice(OutgoingKind.ISP_RELAY, relay.endpoint, relay.id)
        return outgoing_from_text(self.server_edit.text(), self.provider)

    def _sync(self) -> None:
        relay = self.relay_button.isChecked()
        self.relay_options.setVisible(relay)
        self.server_field.setVisible(self.relay_box.currentData() == OTHER_SERVER)

    def retranslate(self) -> None:
        smtp = self.provider.smtp
        self.setTitle(self.tr("How do you want to send your mail?"))
        self.setSubTitle(self.tr("Choose the server that delivers the messages you send."))
        self.all2all_button.setText(self.tr("&all2all's outgoing server (recommended)"))
        self.all2all_text.setText(
            self.tr(
                "Works on every network: at home, at work, on a hotel Wi-Fi or through your "
                "phone. Uses your all2all username and password over a secure connection "
                "({host}, port {port})."
            ).format(host=smtp.host, port=smtp.port)
        )
        self.relay_button.setText(self.tr("My &internet provider's outgoing server"))
        self.relay_text.setText(
            self.tr(
                "Needs no password, but only works while this computer is connected through "
                "that internet provider, for example at home. Elsewhere, sending fails."
            )
        )
        self.all2all_button.setAccessibleDescription(self.all2all_text.text())
        self.relay_button.setAccessibleDescription(self.relay_text.text())
        current = self.relay_box.currentData()
        self.relay_box.blockSignals(True)
        self.relay_box.clear()
        for relay in self.provider.offered_relays():
            self.relay_box.addItem(
                self.tr("{isp}: {server}").format(isp=relay.isp, server=relay.endpoint),
                relay.id,
            )
        self.relay_box.addItem(self.tr("Another server…"), OTHER_SERVER)
        self.relay_box.setCurrentIndex(max(self.relay_box.findData(current), 0))
        self.relay_box.blockSignals(False)
        self.relay_field.set_texts(
            self.tr("Internet &provider:"),
            self.tr("The company that brings the internet into your home."),
            self.tr("Internet provider"),
        )
        self.server_field.set_texts(
            self.tr("&Server:"),
            self.tr(
                "The name your internet provider gives for its outgoing server, for example "
                "smtp.example.be or smtp.example.be:25. Their support can tell you."
            ),
            self.tr("Outgoing server"),
        )
        self.relay_warning.show_text(
            self.tr(
                "Some receivers treat mail from an all2all address sent through another "
                "provider's server as spam. all2all's own server avoids that."
            )
        )
        self._sync()
