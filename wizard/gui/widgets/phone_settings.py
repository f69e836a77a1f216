"""The settings a phone or another mail program asks for, in one table.

Every value the provider's guide lists: the address, the username, the incoming server
with its port and security, the outgoing server with its port, security and
authentication. A value that is pasted (a server name, a port, the address) sits in a
read-only field with a Copy button; a value that is chosen from a list in the other
program (SSL/TLS, "normal password") is plain text without one. The password itself
is never shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from wizard.core.model import AccountDraft, Authentication, OutgoingKind, Protocol, Security
from wizard.core.provider import Provider
from wizard.gui.widgets.copy_row import CopyRow

translate = QCoreApplication.translate


@dataclass(frozen=True)
class SettingRow:
    """One line of the table."""

    key: str  # for object names and tests
    label: str
    value: str
    copyable: bool


def security_text(security: Security) -> str:
    """How the other program names the connection's security."""
    return {
        Security.SSL: translate("PhoneSettings", "SSL/TLS"),
        Security.STARTTLS: translate("PhoneSettings", "STARTTLS"),
        Security.NONE: translate("PhoneSettings", "None"),
    }[security]


def setting_rows(
    draft: AccountDraft, provider: Provider, days_text: Callable[[int], str] = str
) -> list[SettingRow]:
    """The table's values, in the order a phone asks for them; ``days_text`` says "Yes,
    14 days" in the current language (a plural: only a widget's ``tr`` can say it)."""
    incoming = provider.incoming(draft.protocol)
    relay = draft.outgoing.relay if draft.outgoing.kind is OutgoingKind.ISP_RELAY else None
    outgoing = relay or provider.smtp
    protocol = draft.protocol.name  # IMAP, POP3: the same word in every language
    if outgoing.authentication is Authentication.PASSWORD:
        sending = translate("PhoneSettings", "{security}, normal password").format(
            security=security_text(outgoing.security)
        )
    else:
        sending = translate("PhoneSettings", "{security}, no password").format(
            security=security_text(outgoing.security)
        )
    rows = [
        ("name", translate("PhoneSettings", "Your name"), draft.display_name, True),
        ("email", translate("PhoneSettings", "E-mail address"), draft.email, True),
        ("username", translate("PhoneSettings", "Username"), draft.username, True),
        (
            "incomingHost",
            translate("PhoneSettings", "Incoming server ({protocol})").format(protocol=protocol),
            incoming.host,
            True,
        ),
        ("incomingPort", translate("PhoneSettings", "Port"), str(incoming.port), False),
        (
            "incomingSecurity",
            translate("PhoneSettings", "Security"),
            security_text(incoming.security),
            False,
        ),
        *_keep_rows(draft, days_text),
        (
            "outgoingHost",
            translate("PhoneSettings", "Outgoing server (SMTP)"),
            outgoing.host,
            True,
        ),
        ("outgoingPort", translate("PhoneSettings", "Port"), str(outgoing.port), False),
        ("outgoingSecurity", translate("PhoneSettings", "Security"), sending, False),
    ]
    return [SettingRow(*row) for row in rows]


def _keep_rows(
    draft: AccountDraft, days_text: Callable[[int], str]
) -> list[tuple[str, str, str, bool]]:
    """POP3: whether the other program leaves a copy on the server, and how long."""
    if draft.protocol is not Protocol.POP3:
        return []
    if draft.keep_on_server:
        value = days_text(draft.keep_on_server_days)
    else:
        value = translate("PhoneSettings", "No")
    return [("keepCopy", translate("PhoneSettings", "Leave a copy on the server"), value, False)]


# Lines of the table: a server's port and security sit on the server's own line.
_SAME_LINE = {"incomingPort", "incomingSecurity", "outgoingPort", "outgoingSecurity"}
_PORT_COLUMN = 3  # label, field, Copy | "Port 993" | security (a port is typed, not pasted)
_SECURITY_COLUMN = 4


class PhoneSettings(QWidget):
    """The table; :meth:`show_account` fills it (and re-translates it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneSettings")
        self.rows: dict[str, CopyRow] = {}
        self.plain: dict[str, tuple[QLabel, QLabel]] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self._keys: list[str] = []
        self.password_note = QLabel(self)
        self.password_note.setObjectName("passwordNote")
        self.password_note.setWordWrap(True)

    def show_account(self, draft: AccountDraft, provider: Provider) -> None:
        """One line per setting of ``draft`` (a server's port and security on its line).

        The table is made anew only when its lines change (POP3 has one more than IMAP);
        otherwise its texts are updated in place.
        """
        rows = setting_rows(draft, provider, self._days)
        if [row.key for row in rows] == self._keys:
            self._update(rows)
            return
        self._clear()
        self._keys = [row.key for row in rows]
        line = -1
        for row in rows:
            same_line = row.key in _SAME_LINE
            if not same_line:
                line += 1
            column = 0
            if row.key.endswith("Port"):
                column = _PORT_COLUMN
            elif row.key.endswith("Security"):
                column = _SECURITY_COLUMN
            if row.copyable:
                widget = CopyRow(f"{row.key}Copy", self)
                widget.place_in(self._grid, line, column)
                widget.label.setWordWrap(False)
                widget.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                self.rows[row.key] = widget
                if row.key.endswith("Port"):
                    widget.field.setMaximumWidth(
                        widget.field.fontMetrics().horizontalAdvance("99999") * 2
                    )
                continue
            name, value = QLabel(self), QLabel(self)
            name.setObjectName(f"{row.key}Label")
            value.setObjectName(f"{row.key}Value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if same_line:  # the port and security after the server: on its line
                name.hide()
                self._grid.addWidget(value, line, column)
            else:
                self._grid.addWidget(name, line, 0)
                self._grid.addWidget(value, line, 1, 1, 4)
            self.plain[row.key] = (name, value)
        self._grid.addWidget(self.password_note, line + 1, 0, 1, 5)
        self._update(rows)

    def _days(self, days: int) -> str:
        return self.tr("Yes, %n day(s)", "", days)

    def _update(self, rows: list[SettingRow]) -> None:
        """The labels and values of the lines there are, in the current language."""
        for row in rows:
            if row.key in self.rows:
                self.rows[row.key].set_label(row.label)
                self.rows[row.key].set_value(row.value)
            else:
                name, value = self.plain[row.key]
                name.setText(row.label)
                shown = f"{row.label} {row.value}" if row.key.endswith("Port") else row.value
                value.setText(shown)
                value.setAccessibleName(
                    translate("PhoneSettings", "{label}: {value}").format(
                        label=row.label, value=row.value
                    )
                )
        self.password_note.setText(
            translate(
                "PhoneSettings",
                "The password is your all2all password; the assistant never shows it.",
            )
        )

    def _clear(self) -> None:
        self._grid.removeWidget(self.password_note)
        for row in self.rows.values():
            for widget in (row.label, row.field, row.button):
                self._grid.removeWidget(widget)
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
            row.deleteLater()
        for name, value in self.plain.values():
            for widget in (name, value):
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.rows.clear()
        self.plain.clear()
