"""Account: name, e-mail address, username and password, checked as the user types.

The e-mail address is asked, never derived from the login: all2all logins (user0001)
and addresses are unrelated, and the administrator hands out both. Errors appear once a
field has been left (not while the first letters are typed) and disappear as soon as the
value is right. The password strength meter will sit under the password (own issue).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from wizard.core import validation
from wizard.core.provider import Provider
from wizard.core.validation import Problem
from wizard.gui import messages
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.base import BasePage
from wizard.gui.widgets.field import Field


class AccountPage(BasePage):
    """The four account fields with inline validation."""

    def __init__(
        self, store: DraftStore, provider: Provider, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, provider, parent)
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
        # Reserved for the password strength meter (added by its own piece of work).
        self.meter_slot = QVBoxLayout()

        self._checks: dict[str, tuple[Field, Callable[[str], Problem | None]]] = {
            "display_name": (self.name_field, _required(validation.check_display_name)),
            "email": (self.email_field, validation.check_email),
            "username": (self.username_field, validation.check_username),
            "password": (self.password_field, validation.check_password),
        }
        self._touched: set[str] = set()
        for key, (field, _) in self._checks.items():
            editor = field.editor
            assert isinstance(editor, QLineEdit)
            editor.textChanged.connect(lambda _text, key=key: self._revalidate(key, typing=True))
            editor.editingFinished.connect(lambda key=key: self._revalidate(key, typing=False))

        layout = self.body_layout
        layout.addWidget(self.name_field)
        layout.addWidget(self.email_field)
        layout.addWidget(self.username_field)
        layout.addWidget(self.password_field)
        layout.addWidget(self.show_password)
        layout.addLayout(self.meter_slot)
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
            field.set_error(messages.field_problem(key, problem))
        return problem

    def _toggle_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your account"))
        self.setSubTitle(
            self.tr("Type these details exactly as you received them from your administrator.")
        )
        self.name_field.set_texts(
            self.tr("Your &name:"),
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
            self.tr("Your login, for example user0001. This is not your e-mail address."),
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


def _required(check: Callable[[str], Problem | None]) -> Callable[[str], Problem | None]:
    """Make an optional-field check also refuse an empty (or blank) value."""

    def required(value: str) -> Problem | None:
        return Problem.EMPTY if not value.strip() else check(value)

    return required
