"""Account: name, e-mail address, username and password, checked as the user types.

The e-mail address is asked, never derived from the login: all2all logins (user0001)
and addresses are unrelated, and the administrator hands out both. Errors appear once a
field has been left (not while the first letters are typed) and disappear as soon as the
value is right.

Under the password sits the strength meter, fed with the user's own words as typed (a
password containing the login or the name is weak). A weak password gets the guide's
explanation and a button that opens a mail draft asking the administrator for a new one
(never with the password in it); the user may still continue. When the login is filled
in, the keyring is asked in a worker whether a password was saved by an earlier run; if
so, the page offers to use it or to forget it. A missing or locked keyring is said in
one plain line and changes nothing else. Nothing is written to the keyring here: that
happens when the user commits on the export page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import texts
from wizard.core import validation
from wizard.core.keyring_store import KeyringEntry, KeyringOutcome, KeyringStatus, KeyringStore
from wizard.core.mailto import mailto_url
from wizard.core.provider import Provider
from wizard.core.strength.rating import StrengthResult, user_inputs_for
from wizard.core.validation import AccountField, Problem
from wizard.gui.announce import Announcer
from wizard.gui.draft_store import DraftStore
from wizard.gui.keyring_worker import FIND, KeyringWorker
from wizard.gui.pages.base import BasePage
from wizard.gui.widgets.field import Field
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.gui.widgets.strength_meter import StrengthMeter
from wizard.gui.worker_pool import new_pool, wait_at_exit
from wizard.texts import strength as strength_messages

UrlOpener = Callable[[QUrl], bool]
# The strength is said to screen readers once typing has paused this long (and the
# meter has scored what was typed): not after every key, which would drown the echo.
VERDICT_PAUSE_MS = 1000


class AccountPage(BasePage):
    """The four account fields with inline validation, the strength meter and the keyring.

    ``open_url`` opens the mail draft to the administrator; ``keyring`` (None: never
    asked) is looked up for a saved password; ``pool`` runs the strength checks and the
    keyring calls (the page makes its own when none is given).
    """

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        parent: QWidget | None = None,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
        keyring: KeyringStore | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(store, provider, parent)
        self._open_url = open_url
        self._pool = wait_at_exit(pool) if pool is not None else new_pool(self)
        self.name_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.username_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        plain = Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        self.email_edit.setInputMethodHints(plain | Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.username_edit.setInputMethodHints(plain)
        self.name_field = Field(self.name_edit, "nameEdit", self)
        self.email_field = Field(self.email_edit, "emailEdit", self)
        self.username_field = Field(self.username_edit, "usernameEdit", self)
        self.password_field = Field(self.password_edit, "passwordEdit", self)
        self.show_password = QCheckBox(self)
        self.show_password.setObjectName("showPasswordBox")
        self.show_password.toggled.connect(self._toggle_password)
        # The saved-password offer, the strength meter and the weak-password advice are
        # made in reading order, which is also their Tab order.
        self.keyring_box = QWidget(self)
        self.keyring_box.setObjectName("keyringBox")
        self.keyring_notice = Notice(NoticeKind.INFO, self.keyring_box)
        self.keyring_notice.setObjectName("keyringNotice")
        self.use_saved_button = QPushButton(self.keyring_box)
        self.use_saved_button.setObjectName("useSavedPasswordButton")
        self.use_saved_button.clicked.connect(self._use_saved_password)
        self.forget_saved_button = QPushButton(self.keyring_box)
        self.forget_saved_button.setObjectName("forgetSavedPasswordButton")
        self.forget_saved_button.clicked.connect(self._forget_saved_password)
        keyring_buttons = QHBoxLayout()
        keyring_buttons.setContentsMargins(0, 0, 0, 0)
        keyring_buttons.addWidget(self.use_saved_button)
        keyring_buttons.addWidget(self.forget_saved_button)
        keyring_buttons.addStretch(1)
        keyring_layout = QVBoxLayout(self.keyring_box)
        keyring_layout.setContentsMargins(0, 4, 0, 4)
        keyring_layout.addWidget(self.keyring_notice)
        keyring_layout.addLayout(keyring_buttons)

        self.meter = StrengthMeter(self._pool, parent=self)
        self.meter.evaluated.connect(self._strength_changed)
        self._verdict = Announcer(self.meter)
        self._verdict_pause = QTimer(self)
        self._verdict_pause.setSingleShot(True)
        self._verdict_pause.setInterval(VERDICT_PAUSE_MS)
        self._verdict_pause.timeout.connect(self._say_verdict)
        self.password_edit.textEdited.connect(lambda _text: self._verdict_pause.start())
        self.meter_slot = QVBoxLayout()
        self.meter_slot.setContentsMargins(0, 6, 0, 0)
        self.meter_slot.addWidget(self.meter)

        self.weak_box = QWidget(self)
        self.weak_box.setObjectName("weakPasswordBox")
        self.weak_notice = Notice(NoticeKind.WARNING, self.weak_box, focusable=True)
        self.weak_notice.setObjectName("weakPasswordExplanation")
        self.admin_button = QPushButton(self.weak_box)
        self.admin_button.setObjectName("askNewPasswordButton")
        self.admin_button.clicked.connect(self._ask_administrator)
        admin_row = QHBoxLayout()
        admin_row.setContentsMargins(0, 0, 0, 0)
        admin_row.addWidget(self.admin_button)
        admin_row.addStretch(1)
        weak_layout = QVBoxLayout(self.weak_box)
        weak_layout.setContentsMargins(0, 4, 0, 0)
        weak_layout.addWidget(self.weak_notice)
        weak_layout.addLayout(admin_row)
        self.weak_box.setVisible(False)

        self._keyring = KeyringWorker(keyring, self._pool, self) if keyring else None
        if self._keyring is not None:
            self._keyring.finished.connect(self._keyring_answered)
        self._keyring_entry: KeyringEntry | None = None  # the entry asked about last
        self._keyring_tag = 0  # the request whose answer is still wanted
        self._keyring_state: tuple[str, KeyringStatus] | None = None  # what is shown
        self._saved_password = ""  # found in the keyring; used only if the user asks
        self._show_keyring()

        # The core's one rule set, as the command line and the connection test use it.
        checks = validation.ACCOUNT_CHECKS
        self._checks: dict[str, tuple[Field, Callable[[str], Problem | None]]] = {
            "display_name": (self.name_field, checks[AccountField.DISPLAY_NAME]),
            "email": (self.email_field, checks[AccountField.EMAIL]),
            "username": (self.username_field, checks[AccountField.USERNAME]),
            "password": (self.password_field, checks[AccountField.PASSWORD]),
        }
        self._touched: set[str] = set()
        for key, (field, _) in self._checks.items():
            editor = field.editor
            assert isinstance(editor, QLineEdit)
            editor.textChanged.connect(lambda _text, key=key: self._revalidate(key, typing=True))
            editor.editingFinished.connect(lambda key=key: self._revalidate(key, typing=False))
            editor.textChanged.connect(lambda _text: self._update_meter())
        self.username_edit.editingFinished.connect(self._look_up_saved_password)

        layout = self.body_layout
        layout.addWidget(self.name_field)
        layout.addWidget(self.email_field)
        layout.addWidget(self.username_field)
        layout.addWidget(self.password_field)
        layout.addWidget(self.show_password)
        layout.addWidget(self.keyring_box)
        layout.addLayout(self.meter_slot)
        layout.addWidget(self.weak_box)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        draft = self.store.draft
        self.name_edit.setText(draft.display_name)
        self.email_edit.setText(draft.email)
        self.username_edit.setText(draft.username)
        self.password_edit.setText(draft.password)
        self._touched.clear()
        for field, _ in self._checks.values():
            field.set_error("")
        self._look_up_saved_password()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        first_bad: QWidget | None = None
        for key, (field, _) in self._checks.items():
            self._touched.add(key)
            if self._revalidate(key, typing=False) and first_bad is None:
                first_bad = field.editor
        if first_bad is not None:
            first_bad.setFocus()
            return False
        self.store.update(
            display_name=self.name_edit.text().strip(),
            email=self.email_edit.text(),
            username=self.username_edit.text(),
            password=self.password_edit.text(),
        )
        return True

    def problems(self) -> dict[str, Problem]:
        """The problem of every field now, whether or not it is shown yet."""
        found = {}
        for key, (field, check) in self._checks.items():
            editor = field.editor
            assert isinstance(editor, QLineEdit)
            problem = check(editor.text())
            if problem is not None:
                found[key] = problem
        return found

    def _revalidate(self, key: str, typing: bool) -> Problem | None:
        field, check = self._checks[key]
        editor = field.editor
        assert isinstance(editor, QLineEdit)
        problem = check(editor.text())
        if not typing and editor.text():
            self._touched.add(key)
        if problem is None:
            field.set_error("")
        elif key in self._touched and not (typing and problem is Problem.EMPTY):
            field.set_error(texts.field_problem(key, problem))
        return problem

    def strength(self) -> StrengthResult | None:
        """The strength shown for the password now (None while the field is empty)."""
        return self.meter.result

    def user_inputs(self) -> tuple[str, ...]:
        """The user's own words as typed now: a password should contain none of them."""
        typed = self.store.draft.with_changes(
            display_name=self.name_edit.text(),
            email=self.email_edit.text(),
            username=self.username_edit.text(),
        )
        return user_inputs_for(typed, self.provider)

    def administrator_mailto(self) -> str:
        """The draft asking the administrator for a new password (never containing it)."""
        email, username = self.email_edit.text().strip(), self.username_edit.text().strip()
        subject = self.tr("New password for my mailbox {email}").format(email=email)
        body = self.tr(
            "Hello,\n\nThe all2all setup assistant tells me that the password of my "
            "mailbox is weak. Could you give me a new, stronger password?\n\n"
            "E-mail address: {email}\nUsername: {username}\n\nThank you,\n{name}"
        ).format(email=email, username=username, name=self.name_edit.text().strip())
        return mailto_url(self.provider.administrator.email, subject, body)

    def _update_meter(self) -> None:
        password = self.password_edit.text()
        self.meter.set_password(password, self.user_inputs() if password else ())

    def _strength_changed(self, result: StrengthResult | None) -> None:
        self.weak_box.setVisible(result is not None and result.weak and not result.refused)
        if result is None:
            self._verdict.forget()  # an emptied field: the next password's verdict is new
        self._say_verdict()

    def _say_verdict(self) -> None:
        """Once typing pauses and the meter has scored what was typed: say its verdict,
        unless it is what was said last. Only while the user is in the password field."""
        if self._verdict_pause.isActive() or self.meter.pending() or self.meter.result is None:
            return
        if self.password_edit.hasFocus():
            self._verdict.say(self.meter.verdict())

    def _ask_administrator(self) -> None:
        self._open_url(QUrl(self.administrator_mailto()))

    def _look_up_saved_password(self) -> None:
        """Ask the keyring (in a worker) for a password saved for the login typed."""
        if self._keyring is None:
            return
        username = self.username_edit.text()
        if not username or validation.check_username(username) is not None:
            self._keyring_entry, self._keyring_tag = None, 0
            self._set_keyring_state(None)
            return
        entry = KeyringEntry.for_account(self.provider, username)
        if entry == self._keyring_entry:
            return  # asked already (or being asked)
        self._keyring_entry = entry
        self._set_keyring_state(None)
        self._keyring_tag = self._keyring.find(entry)

    def _keyring_answered(self, tag: int, operation: str, outcome: KeyringOutcome) -> None:
        if tag != self._keyring_tag:
            return  # the login changed meanwhile
        self._keyring_tag = 0
        if operation == FIND and outcome.status is KeyringStatus.FOUND:
            self._saved_password = outcome.password or ""
        self._set_keyring_state((operation, outcome.status))

    def _use_saved_password(self) -> None:
        if self._saved_password:
            self.password_edit.setText(self._saved_password)
            self.password_edit.setFocus()

    def _forget_saved_password(self) -> None:
        if self._keyring is None or self._keyring_entry is None:
            return
        self.use_saved_button.setEnabled(False)
        self.forget_saved_button.setEnabled(False)
        self._keyring_tag = self._keyring.remove(self._keyring_entry)

    def _set_keyring_state(self, state: tuple[str, KeyringStatus] | None) -> None:
        if state is None or state != (FIND, KeyringStatus.FOUND):
            self._saved_password = ""
        self._keyring_state = state
        self._show_keyring()

    def _show_keyring(self) -> None:
        state = self._keyring_state
        found = state == (FIND, KeyringStatus.FOUND)
        text = ""
        if found:
            text = strength_messages.saved_password_offer(self.username_edit.text())
        elif state is not None:
            text = strength_messages.keyring_message(*state)
        kind = NoticeKind.INFO
        if state is not None and state[1] in {KeyringStatus.FAILED, KeyringStatus.LOCKED}:
            kind = NoticeKind.WARNING
        self.keyring_notice.set_kind(kind)
        self.keyring_notice.show_text(text)
        self.use_saved_button.setVisible(found)
        self.forget_saved_button.setVisible(found)
        self.use_saved_button.setEnabled(found)
        self.forget_saved_button.setEnabled(found)
        self.keyring_box.setVisible(bool(text))
        self.keyring_box.setAccessibleDescription(text)
        for button in (self.use_saved_button, self.forget_saved_button):
            button.setAccessibleDescription(text)

    def _toggle_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your account"))
        self.setSubTitle(
            self.tr("Type these details exactly as you received them from your administrator.")
        )
        self.name_field.set_texts(
            self.tr("Your na&me:"),
            self.tr("Shown to the people you write to, for example Marie Peeters."),
            self.tr("Your name"),
        )
        self.email_field.set_texts(
            self.tr("&E-mail address:"),
            self.tr("Your all2all e-mail address, exactly as your administrator wrote it."),
            self.tr("E-mail address"),
        )
        self.username_field.set_texts(
            self.tr("&Username:"),
            self.tr("A short name such as user0001. It is not your e-mail address."),
            self.tr("Username"),
        )
        self.password_field.set_texts(
            self.tr("&Password:"),
            self.tr("The password that goes with your username."),
            self.tr("Password"),
        )
        self.show_password.setText(self.tr("&Show the password"))
        self.show_password.setAccessibleDescription(
            self.tr("Shows the password as plain text, so you can check what you typed.")
        )
        for key in self._checks:
            if self._checks[key][0].error_text():
                self._revalidate(key, typing=False)
        self.meter.retranslate()
        self.weak_notice.show_text(strength_messages.weak_explanation())
        self.admin_button.setText(self.tr("&Ask my administrator for a new password"))
        self.admin_button.setAccessibleDescription(
            self.tr(
                "Opens a new message to your administrator in your mail program. "
                "Your password is not in it."
            )
        )
        self.use_saved_button.setText(self.tr("Use the sa&ved password"))
        self.forget_saved_button.setText(self.tr("&Forget the saved password"))
        self._show_keyring()
