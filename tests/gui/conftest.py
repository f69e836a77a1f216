"""Building the real wizard window for GUI tests, in any language."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from wizard.app import build_window
from wizard.core.model import Language
from wizard.core.provider import Provider, load_provider
from wizard.gui.page_ids import PageId
from wizard.gui.pages.account import AccountPage
from wizard.gui.setup_wizard import SetupWizard
from wizard.translations import Translators

ACCOUNT = {
    "name_edit": "Marie Peeters",
    "email_edit": "marie.peeters@all2all.org",
    "username_edit": "user0001",
    "password_edit": "Kx7-pQ2m-Wz9",
}


@pytest.fixture
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators(qapp)
    yield translators
    translators.remove_all()


@pytest.fixture
def make_window(qtbot, provider, translators) -> Callable[[Language], SetupWizard]:
    def make(language: Language = Language.ENGLISH) -> SetupWizard:
        translators.switch(language)
        window = build_window(provider, translators)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def fill_account(page: AccountPage, **overrides: str) -> None:
    for name, value in {**ACCOUNT, **overrides}.items():
        getattr(page, name).setText(value)


def walk_to(window: SetupWizard, target: PageId) -> None:
    """Press Next until ``target`` shows, filling the account page on the way."""
    while window.currentId() != target:
        page = window.currentPage()
        if isinstance(page, AccountPage):
            fill_account(page)
        before = window.currentId()
        window.next()
        QCoreApplication.processEvents()
        assert window.currentId() != before, f"stuck on page {PageId(before).name}"
