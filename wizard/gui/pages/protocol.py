"""Protocol: IMAP (mail stays on the server) or POP3 (mail moves to this computer).

The explanations follow the provider's guide: where mail lives, several devices,
webmail, sub-folders and the quota for IMAP; for POP3 that the server is emptied, that
the archive then depends on this computer, and that webmail users see mail "vanish".

Fields an IT preset locked (protocol, keep-on-server, days) are shown greyed out with a
note, and Next keeps their preset value.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wizard.core.model import Protocol
from wizard.core.provider import MIB, Provider
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.base import BasePage
from wizard.gui.widgets.labels import INDENT, wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind

MAX_KEEP_DAYS = 365


class ProtocolPage(BasePage):
    """Choose IMAP (recommended) or POP3, and for POP3 how long the server keeps a copy."""

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        parent: QWidget | None = None,
        locked: Collection[str] = (),
    ) -> None:
        """``locked``: names of the draft's fields an IT preset fixed (shown read-only)."""
        super().__init__(store, provider, parent)
        self.locked = frozenset(locked)
        self.imap_button = QRadioButton(self)
        self.imap_button.setObjectName("imapButton")
        self.imap_text = wrapped_label(self, "imapDescription", INDENT)
        self.pop3_button = QRadioButton(self)
        self.pop3_button.setObjectName("pop3Button")
        self.pop3_text = wrapped_label(self, "pop3Description", INDENT)
        self.group = QButtonGroup(self)
        self.group.addButton(self.imap_button)
        self.group.addButton(self.pop3_button)

        self.pop3_options = QWidget(self)
        self.pop3_options.setObjectName("pop3Options")
        self.keep_box = QCheckBox(self.pop3_options)
        self.keep_box.setObjectName("keepOnServerBox")
        self.days_box = QSpinBox(self.pop3_options)
        self.days_box.setObjectName("keepDaysBox")
        self.days_box.setRange(1, MAX_KEEP_DAYS)
        self.days_label = QLabel(self.pop3_options)
        self.days_label.setBuddy(self.days_box)
        self.keep_text = wrapped_label(self.pop3_options, "keepDescription")
        self.pop3_warning = Notice(NoticeKind.WARNING, self.pop3_options, focusable=True)
        self.pop3_warning.setObjectName("pop3Warning")
        days_row = QHBoxLayout()
        days_row.addWidget(self.keep_box)
        days_row.addWidget(self.days_box)
        days_row.addWidget(self.days_label)
        days_row.addStretch(1)
        options = QVBoxLayout(self.pop3_options)
        options.setContentsMargins(INDENT, 0, 0, 0)
        options.addLayout(days_row)
        options.addWidget(self.keep_text)
        options.addWidget(self.pop3_warning)

        layout = self.body_layout
        layout.addWidget(self.imap_button)
        layout.addWidget(self.imap_text)
        layout.addSpacing(8)
        layout.addWidget(self.pop3_button)
        layout.addWidget(self.pop3_text)
        layout.addWidget(self.pop3_options)
        layout.addStretch(1)

        self.imap_button.toggled.connect(self._sync_options)
        self.keep_box.toggled.connect(self._sync_options)
        locked_controls: dict[str, list[QWidget]] = {
            "protocol": [self.imap_button, self.pop3_button],
            "keep_on_server": [self.keep_box],
            "keep_on_server_days": [self.days_box, self.days_label],
        }
        controls = [
            control
            for name, group in locked_controls.items()
            if name in self.locked
            for control in group
        ]
        if controls:
            self.mark_locked(controls)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        draft = self.store.draft
        self.imap_button.setChecked(draft.protocol is Protocol.IMAP)
        self.pop3_button.setChecked(draft.protocol is Protocol.POP3)
        self.keep_box.setChecked(draft.keep_on_server)
        # A preset may keep mail longer than the box's usual limit.
        self.days_box.setMaximum(max(MAX_KEEP_DAYS, draft.keep_on_server_days))
        self.days_box.setValue(draft.keep_on_server_days)
        self._sync_options()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        chosen = {
            "protocol": self.chosen_protocol(),
            "keep_on_server": self.keep_box.isChecked(),
            "keep_on_server_days": self.days_box.value(),
        }
        # A locked field keeps the preset's value, whatever the screen holds.
        self.store.update(
            **{name: value for name, value in chosen.items() if name not in self.locked}
        )
        return True

    def chosen_protocol(self) -> Protocol:
        """The protocol selected on screen now."""
        return Protocol.POP3 if self.pop3_button.isChecked() else Protocol.IMAP

    def _sync_options(self) -> None:
        pop3 = self.chosen_protocol() is Protocol.POP3
        self.pop3_options.setVisible(pop3)
        days_open = self.keep_box.isChecked() and "keep_on_server_days" not in self.locked
        self.days_box.setEnabled(days_open)
        self.days_label.setEnabled(days_open)
        self._update_warning()

    def _update_warning(self) -> None:
        if self.keep_box.isChecked():
            self.pop3_warning.show_text("")
        else:
            self.pop3_warning.show_text(
                self.tr(
                    "Without a copy on the server, new mail is removed from the server as soon "
                    "as this computer downloads it. In webmail and on your other devices, "
                    "messages then seem to vanish."
                )
            )

    def retranslate(self) -> None:
        quota = self.provider.quota_bytes // MIB
        self.setTitle(self.tr("How do you want to receive your mail?"))
        self.setSubTitle(self.tr("Choose where your messages are kept."))
        self.imap_button.setText(self.tr("&IMAP: keep my mail on the server (recommended)"))
        self.imap_text.setText(
            self.tr(
                "Your messages stay on the all2all server (Inbox, Sent, Trash). Your mail "
                "program shows them and keeps a copy of what you open. You see the same mail "
                "on your laptop, your phone and in webmail, and you can make sub-folders on "
                "the server to sort it. Keep an eye on the space: each mailbox has "
                "{quota} MB, so empty the trash regularly."
            ).format(quota=quota)
        )
        self.pop3_button.setText(self.tr("&POP3: download my mail to this computer"))
        self.pop3_text.setText(
            self.tr(
                "Your mail program downloads new messages to this computer. The server keeps "
                "them only as long as you choose below. Downloaded mail then exists only on "
                "this computer: if it breaks or is lost, that mail is lost too."
            )
        )
        self.keep_box.setText(self.tr("&Keep a copy on the server for"))
        self.days_label.setText(self.tr("days"))
        self.keep_text.setText(
            self.tr(
                "Recommended. Webmail and your other devices still see new messages during "
                "these days; after that the copy on the server is removed so that your "
                "mailbox does not fill up."
            )
        )
        self.imap_button.setAccessibleDescription(self.imap_text.text())
        self.pop3_button.setAccessibleDescription(self.pop3_text.text())
        self.keep_box.setAccessibleDescription(self.keep_text.text())
        self.days_box.setAccessibleName(self.tr("Number of days to keep a copy on the server"))
        self.days_box.setAccessibleDescription(self.keep_text.text())
        self._update_warning()
