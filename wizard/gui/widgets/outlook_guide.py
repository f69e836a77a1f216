"""Outlook's own "add an account" dialogs, step by step, each value with a Copy button.

Built from :func:`wizard.core.exporters.outlook.guide.outlook_steps` for one account and one
Outlook (classic or new): a numbered sentence per step in plain words, and below it a
:class:`CopyRow` per value in the order Outlook shows the fields. The labels use the
names Outlook gives its fields, so the user can find them on screen. The password is
never shown: its step only says where to type it.

The steps come in parts (:func:`~wizard.core.exporters.outlook.guide.guide_parts`), one
on screen at a time with buttons to the previous and the next part: each part fits
the guide's window, so a person typing into Outlook next to it never has to scroll.
A screen reader hears which steps are shown when the part changes.

All texts are set in :meth:`retranslate`, which a language switch calls (the page may
call it too), so nothing is rebuilt when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.core.exporters.outlook.guide import (
    AccountType,
    Encryption,
    FieldValue,
    GuideField,
    GuideFieldCode,
    GuideStep,
    OutlookKind,
    StepCode,
    guide_parts,
    outlook_steps,
)
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.gui.announce import announce, sentences
from wizard.gui.widgets.copy_row import CopyRow
from wizard.gui.widgets.focus import chain_focus
from wizard.gui.widgets.labels import INDENT, wrapped_label


class OutlookGuide(QWidget):
    """Numbered steps for one Outlook, every value a :class:`CopyRow`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlookGuide")
        self.kind = OutlookKind.CLASSIC
        self.steps: tuple[GuideStep, ...] = ()
        self.step_labels: list[QLabel] = []
        self.rows: list[tuple[GuideField, CopyRow]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 12, 12, 12)  # text off the frame
        self.title = wrapped_label(self, "outlookGuideTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(self.title)
        self.problem = wrapped_label(self, "outlookGuideProblem")
        self.problem.setVisible(False)
        self._layout.addWidget(self.problem)
        self.parts = QStackedWidget(self)
        self.parts.setObjectName("outlookGuideParts")
        self._layout.addWidget(self.parts)
        self._part_steps: list[int] = []  # the number of steps in each part
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("outlookPreviousStepsButton")
        self.previous_button.clicked.connect(lambda: self._go(-1))
        self.position = QLabel(self)
        self.position.setObjectName("outlookGuidePosition")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("outlookNextStepsButton")
        self.next_button.clicked.connect(lambda: self._go(1))
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addStretch(1)
        navigation.addWidget(self.position)
        navigation.addStretch(1)
        navigation.addWidget(self.next_button)
        self._layout.addLayout(navigation)
        self.retranslate()

    def set_account(self, kind: OutlookKind, draft: AccountDraft, provider: Provider) -> None:
        """Show the steps of ``kind`` for this account (replacing any earlier ones)."""
        self.kind = kind
        try:
            self.steps = outlook_steps(kind, draft, provider)
            failed = False
        except ValueError:
            self.steps = ()
            failed = True
        self.problem.setVisible(failed)
        self._build()
        self.retranslate()

    def values(self) -> list[str]:
        """Every value shown, in order (those to pick have no Copy button)."""
        return [row.value() for _, row in self.rows]

    def retranslate(self) -> None:
        """Set every text in the current language."""
        if self.kind is OutlookKind.CLASSIC:
            self.title.setText(self.tr("In Outlook (classic), follow these steps:"))
        else:
            self.title.setText(self.tr("In the new Outlook, follow these steps:"))
        self.problem.setText(
            self.tr("This account cannot be set up in Outlook by hand: a username is missing.")
        )
        for number, (step, label) in enumerate(zip(self.steps, self.step_labels, strict=True), 1):
            label.setText(self.tr("{number}. {step}").format(number=number, step=self._step(step)))
        for field, row in self.rows:
            row.set_label(self._field_label(field.code))
            row.set_value(self._value_text(field.value))
            row.retranslate()
        self.previous_button.setText(self.tr("< &Previous steps"))
        self.next_button.setText(self.tr("&Next steps >"))
        self._show_position()

    def part(self) -> int:
        """The part on screen now (0 for the first)."""
        return self.parts.currentIndex()

    def show_part(self, index: int) -> None:
        """Show part ``index`` (kept within the parts there are)."""
        count = self.parts.count()
        if count:
            self.parts.setCurrentIndex(max(0, min(index, count - 1)))
        self._show_position()

    def _go(self, step: int) -> None:
        """The Previous/Next buttons: the other part, the focus kept on a button that
        still works, and what is shown now said to screen readers."""
        self.show_part(self.part() + step)
        pressed = self.next_button if step > 0 else self.previous_button
        if not pressed.isEnabled():
            other = self.previous_button if step > 0 else self.next_button
            other.setFocus(Qt.FocusReason.OtherFocusReason)
        first = self._first_step_of(self.part())
        announce(self.position, sentences([self.position.text(), self.step_labels[first].text()]))

    def _first_step_of(self, part: int) -> int:
        return sum(self._part_steps[:part])

    def _show_position(self) -> None:
        """ "Steps 5 to 8 of 9", and which buttons lead anywhere (none for one part)."""
        count = len(self._part_steps)
        several = count > 1
        for widget in (self.previous_button, self.position, self.next_button):
            widget.setVisible(several)
        if not several:
            return
        part = self.part()
        first = self._first_step_of(part) + 1
        last = first + self._part_steps[part] - 1
        self.position.setText(
            self.tr("Steps {first} to {last} of {count}").format(
                first=first, last=last, count=len(self.steps)
            )
        )
        self.previous_button.setEnabled(part > 0)
        self.next_button.setEnabled(part < count - 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        while (old := self.parts.widget(0)) is not None:
            self.parts.removeWidget(old)
            old.deleteLater()
        self.step_labels = []
        self.rows = []
        parts = guide_parts(self.steps)
        self._part_steps = [len(part) for part in parts]
        index = 0
        for part in parts:
            page = QWidget(self.parts)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            for step in part:
                index += 1
                label = wrapped_label(page, f"outlookStep{index}")
                label.setTextFormat(Qt.TextFormat.PlainText)
                layout.addWidget(label)
                self.step_labels.append(label)
                for field in step.fields:
                    row = CopyRow(f"outlookStep{index}{_camel(field.code.value)}", page)
                    row.setContentsMargins(INDENT, 0, 0, 0)
                    # Typed values get a Copy button; a tile to pick or a box to tick do not.
                    row.set_copyable(not isinstance(field.value, bool | AccountType | Encryption))
                    layout.addWidget(row)
                    self.rows.append((field, row))
            layout.addStretch(1)
            self.parts.addWidget(page)
        self.parts.setCurrentIndex(0)
        # The rows were made after the buttons: Tab reads the steps first, then moves on.
        fields = [widget for _, row in self.rows for widget in (row.field, row.button)]
        chain_focus([*fields, self.previous_button, self.next_button])

    # -- words ---------------------------------------------------------------------------

    def _step(self, step: GuideStep) -> str:
        classic = self.kind is OutlookKind.CLASSIC
        code = step.code
        if code is StepCode.OPEN_ADD_ACCOUNT:
            if classic:
                return self.tr(
                    "Open Outlook. Click File, then Add Account. (When Outlook starts for "
                    "the first time, this window opens by itself.)"
                )
            return self.tr(
                "Open the new Outlook. Click Settings (the gear), then Accounts, then "
                "Add account. (When it starts for the first time, this window opens by "
                "itself.)"
            )
        if code is StepCode.ENTER_EMAIL:
            if classic:
                return self.tr("Type your e-mail address.")
            return self.tr("Type your e-mail address and click Continue.")
        if code is StepCode.CHOOSE_MANUAL_SETUP:
            return self.tr(
                "Click Advanced options, tick “Let me set up my account manually” and "
                "click Connect."
            )
        if code is StepCode.CHOOSE_ACCOUNT_TYPE:
            return self.tr("Choose this type of account:")
        if code is StepCode.ENTER_PASSWORD:
            if classic:
                return self.tr("Type your password and click Connect.")
            return self.tr("Type your password, then click “Show more”.")
        if code is StepCode.INCOMING_SERVER:
            if classic:
                return self.tr("Fill in the part “Incoming mail”:")
            return self.tr("Fill in the incoming server:")
        if code is StepCode.OUTGOING_SERVER:
            if classic:
                return self.tr("Fill in the part “Outgoing mail”, then click Next:")
            return self.tr(
                "Fill in the outgoing server (SMTP); leave its password empty, Outlook "
                "uses the one you typed. Then click Continue:"
            )
        if code is StepCode.CONNECT:
            return self.tr(
                "If Outlook then shows a small window asking for a user name, type this "
                "user name there and your password again:"
            )
        if code is StepCode.CHECK_SERVER_SETTINGS:
            return self.tr(
                "When the account has been added, click File, Account Settings, then "
                "Server Settings, and check these settings:"
            )
        if code is StepCode.KEEP_ON_SERVER:
            if classic:
                return self.tr(
                    "In the account's settings (More Settings, tab Advanced), set how "
                    "long a copy of your mail stays on the server:"
                )
            return self.tr(
                "In the account's settings, set how long a copy of your mail stays on the server:"
            )
        if code is StepCode.SENDER_NAME:
            return self.tr("If Outlook asks for your name (the name people see), type:")
        return self.tr("Click Done. Then send yourself a test message to check that all works.")

    def _field_label(self, code: GuideFieldCode) -> str:
        if code is GuideFieldCode.EMAIL_ADDRESS:
            return self.tr("E-mail address")
        if code is GuideFieldCode.ACCOUNT_TYPE:
            return self.tr("Account type")
        if code is GuideFieldCode.USER_NAME:
            return self.tr("User name")
        if code is GuideFieldCode.SERVER:
            return self.tr("Server")
        if code is GuideFieldCode.PORT:
            return self.tr("Port")
        if code is GuideFieldCode.ENCRYPTION:
            if self.kind is OutlookKind.CLASSIC:
                return self.tr("Encryption method")
            return self.tr("Secure connection type")
        if code is GuideFieldCode.SECURE_PASSWORD_AUTH:
            return self.tr("Require logon using Secure Password Authentication (SPA)")
        if code is GuideFieldCode.OUTGOING_AUTH:
            return self.tr("My outgoing server (SMTP) requires authentication")
        if code is GuideFieldCode.SAME_LOGIN_AS_INCOMING:
            return self.tr("Use same settings as my incoming mail server")
        if code is GuideFieldCode.LEAVE_ON_SERVER:
            return self.tr("Leave a copy of messages on the server")
        if code is GuideFieldCode.REMOVE_AFTER_DAYS:
            return self.tr("Remove from server after (days)")
        return self.tr("Your name")

    def _value_text(self, value: FieldValue) -> str:
        if value is True:
            return self.tr("On (ticked)")
        if value is False:
            return self.tr("Off (not ticked)")
        if value is Encryption.NONE:
            return self.tr("None")
        if isinstance(value, AccountType | Encryption):
            return value.value  # Outlook's own label, the same in every language
        return str(value)


class OutlookGuideDialog(QDialog):
    """The guide in a window of its own, to keep open next to Outlook: the wizard's
    size, each part of the steps in full (the scroll area is only for very large
    fonts), and Close."""

    SIZE = (780, 660)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlookStepsDialog")
        self.guide = OutlookGuide()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("outlookStepsScrollArea")
        self.scroll_area.setWidget(self.guide)
        self.scroll_area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area)
        layout.addWidget(buttons)
        self.resize(*self.SIZE)


def _camel(code: str) -> str:
    return "".join(part.capitalize() for part in code.split("_"))
