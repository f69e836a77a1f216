"""The saved-password offer on the account page, against a real Secret Service.

The page asks the keyring (in a worker) once the login is typed; a password saved by an
earlier run can be used or forgotten. A computer without a usable keyring gets one plain
line and the wizard goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import ACCOUNT, fill_account
from tests.keyring_service.fixture import lock_collection, unlock_and_empty
from wizard.core.keyring_store import KeyringEntry, KeyringStatus, KeyringStore
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.gui.draft_store import DraftStore
from wizard.gui.keyring_worker import FIND, REMOVE, KeyringWorker
from wizard.gui.pages.account import AccountPage

SAVED = "Opgeslagen-Kx7-pQ2m"


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    pool.waitForDone()


def make_page(qtbot, provider: Provider, backend: Any, pool: QThreadPool) -> AccountPage:
    page = AccountPage(
        DraftStore(AccountDraft()), provider, keyring=KeyringStore(backend), pool=pool
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def type_username(qtbot, page: AccountPage, username: str) -> None:
    """Type the login and leave the field, as a user does."""
    page.username_edit.setFocus()
    page.username_edit.clear()
    qtbot.keyClicks(page.username_edit, username)
    qtbot.keyClick(page.username_edit, Qt.Key.Key_Tab)  # leaving the field finishes it
    qtbot.waitUntil(page.password_edit.hasFocus)


@pytest.mark.system
class TestSecretService:
    def test_saved_password_is_offered_and_used(
        self, qtbot, provider, secret_service_keyring, pool
    ):
        entry = KeyringEntry.for_account(provider, ACCOUNT["username_edit"])
        assert KeyringStore(secret_service_keyring).store(entry, SAVED).status is (
            KeyringStatus.STORED
        )
        page = make_page(qtbot, provider, secret_service_keyring, pool)
        type_username(qtbot, page, ACCOUNT["username_edit"])
        qtbot.waitUntil(page.use_saved_button.isVisible)

        assert ACCOUNT["username_edit"] in page.keyring_notice.text()
        assert SAVED not in page.keyring_notice.text()
        assert page.password_edit.text() == ""  # only filled when the user asks
        page.use_saved_button.click()
        assert page.password_edit.text() == SAVED
        fill_account(page, password_edit=SAVED)
        assert page.validatePage()
        assert page.store.draft.password == SAVED

    def test_saved_password_can_be_forgotten(self, qtbot, provider, secret_service_keyring, pool):
        entry = KeyringEntry.for_account(provider, ACCOUNT["username_edit"])
        KeyringStore(secret_service_keyring).store(entry, SAVED)
        page = make_page(qtbot, provider, secret_service_keyring, pool)
        type_username(qtbot, page, ACCOUNT["username_edit"])
        qtbot.waitUntil(page.forget_saved_button.isVisible)

        page.forget_saved_button.click()
        qtbot.waitUntil(lambda: "removed" in page.keyring_notice.text())
        assert not page.use_saved_button.isVisible()
        assert secret_service_keyring.get_password(entry.service, entry.username) is None

    def test_another_login_is_not_offered_the_password(
        self, qtbot, provider, secret_service_keyring, pool
    ):
        entry = KeyringEntry.for_account(provider, "user0002")
        KeyringStore(secret_service_keyring).store(entry, SAVED)
        page = make_page(qtbot, provider, secret_service_keyring, pool)
        answers = []
        assert page._keyring is not None
        page._keyring.finished.connect(lambda *answer: answers.append(answer))
        type_username(qtbot, page, ACCOUNT["username_edit"])
        qtbot.waitUntil(lambda: len(answers) == 1)
        assert answers[0][2].status is KeyringStatus.NOT_FOUND
        assert not page.keyring_box.isVisible()

    def test_a_locked_keyring_is_said_plainly(
        self, qtbot, provider, secret_service_keyring, secret_service, pool
    ):
        entry = KeyringEntry.for_account(provider, ACCOUNT["username_edit"])
        KeyringStore(secret_service_keyring).store(entry, SAVED)
        lock_collection(secret_service.address)
        try:
            page = make_page(qtbot, provider, secret_service_keyring, pool)
            type_username(qtbot, page, ACCOUNT["username_edit"])
            qtbot.waitUntil(page.keyring_notice.isVisible)
            assert "locked" in page.keyring_notice.text()
            assert not page.use_saved_button.isVisible()
            fill_account(page)
            assert page.validatePage()
        finally:
            unlock_and_empty(secret_service.address)

    def test_worker_finds_and_removes(self, qtbot, provider, secret_service_keyring, pool):
        """The asynchronous API the account page uses for a saved password."""
        worker = KeyringWorker(KeyringStore(secret_service_keyring), pool)
        entry = KeyringEntry.for_account(provider, ACCOUNT["username_edit"])
        KeyringStore(secret_service_keyring).store(entry, SAVED)
        for operation, start, status in (
            (FIND, lambda: worker.find(entry), KeyringStatus.FOUND),
            (REMOVE, lambda: worker.remove(entry), KeyringStatus.REMOVED),
            (FIND, lambda: worker.find(entry), KeyringStatus.NOT_FOUND),
        ):
            with qtbot.waitSignal(worker.finished) as blocker:
                tag = start()
            assert blocker.args[:2] == [tag, operation]
            assert blocker.args[2].status is status
        assert SAVED not in repr(blocker.args)


def test_no_keyring_is_said_plainly_and_the_user_goes_on(qtbot, provider, pool):
    from keyring.backends.fail import Keyring

    page = make_page(qtbot, provider, Keyring(), pool)
    type_username(qtbot, page, ACCOUNT["username_edit"])
    qtbot.waitUntil(page.keyring_notice.isVisible)

    text = page.keyring_notice.text()
    assert "no password safe" in text
    assert "Everything else works" in text
    assert text.count(".") <= 2  # one plain line, not a lecture
    assert not page.use_saved_button.isVisible()
    assert not page.forget_saved_button.isVisible()
    fill_account(page)
    assert page.validatePage()
    assert page.store.draft.password == ACCOUNT["password_edit"]


def test_a_page_without_keyring_never_asks(qtbot, provider, pool):
    page = AccountPage(DraftStore(AccountDraft()), provider, pool=pool)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    type_username(qtbot, page, ACCOUNT["username_edit"])
    assert not page.keyring_box.isVisible()
    assert pool.activeThreadCount() == 0


def test_a_wrong_login_is_not_looked_up(qtbot, provider, pool):
    from keyring.backends.fail import Keyring

    page = make_page(qtbot, provider, Keyring(), pool)
    type_username(qtbot, page, "marie@all2all.org")
    assert page._keyring_tag == 0
    assert not page.keyring_box.isVisible()


def test_keyring_buttons_are_named_for_screen_readers(qtbot, provider, pool):
    from keyring.backends.fail import Keyring

    page = make_page(qtbot, provider, Keyring(), pool)
    for button in (page.use_saved_button, page.forget_saved_button, page.admin_button):
        assert isinstance(button, QWidget)
        assert button.objectName()
        assert button.text().replace("&", "").strip()
        assert button.accessibleDescription() or not button.isVisible()


def test_only_the_latest_question_is_answered(qtbot, provider, pool):
    """The user typed another login before the keyring answered: the old answer is dropped."""
    from keyring.backends.fail import Keyring

    worker = KeyringWorker(KeyringStore(Keyring()), pool)
    answers = []
    worker.finished.connect(lambda tag, operation, outcome: answers.append(tag))
    first = worker.find(KeyringEntry.for_account(provider, "user0001"))
    second = worker.find(KeyringEntry.for_account(provider, "user0002"))
    qtbot.waitUntil(lambda: answers == [second])
    pool.waitForDone()
    QCoreApplication.processEvents()
    assert first not in answers
