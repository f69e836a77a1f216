"""Building the real wizard window for GUI tests, in any language."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.gui.export_wizard import ExportWizard
from tests.mailserver.dovecot import ASCII_USER, USERS
from tests.support import no_dns
from wizard.core.exporters.base import Environment
from wizard.core.flow import CHOICE_PAGES, PageId
from wizard.core.keyring_store import KeyringStore
from wizard.core.model import AccountDraft, Language
from wizard.core.probe.results import ProbeSettings
from wizard.core.provider import Provider, load_provider
from wizard.gui.pages.account import AccountPage
from wizard.gui.pages.connection_test import ConnectionTestPage
from wizard.gui.pages.export import ExportPage, default_exporters
from wizard.gui.setup_wizard import BUILT_IN_PAGES, Collaborators, SetupWizard
from wizard.gui.window import build_window
from wizard.translations import Translators

# A real user of the suite's Dovecot (tests/mailserver/dovecot.py), so that walking
# through the wizard passes the live connection test for real.
ACCOUNT = {
    "name_edit": "Marie Peeters",
    "email_edit": "marie.peeters@all2all.org",
    "username_edit": ASCII_USER,
    "password_edit": USERS[ASCII_USER],
}
CONNECTION_TEST_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def documents_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings files "for a phone" go to a temporary Documents, never the real one."""
    folder = tmp_path / "Documents" / "all2all e-mail"
    monkeypatch.setattr("wizard.gui.pages.export_files.default_folder", lambda: folder)
    return folder


@pytest.fixture
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators(qapp)
    yield translators
    translators.remove_all()


@pytest.fixture
def make_window(qtbot, mail_server, translators, tmp_path) -> Callable[..., SetupWizard]:
    """The real wizard against the suite's Dovecot, mail programs in an empty home."""

    def make(
        language: Language = Language.ENGLISH, pages: Sequence[PageId] = BUILT_IN_PAGES
    ) -> SetupWizard:
        translators.switch(language)
        collaborators = Collaborators(
            probe_settings=ProbeSettings(timeout=20.0, ca_file=mail_server.ca_file),
            keyring=KeyringStore(backend=fail.Keyring()),
            exporters=default_exporters(Environment(tmp_path / "home", platform="linux")),
            pages=pages,
            environment=Environment(tmp_path / "home", platform="linux"),
            # The suite's Dovecot delivers only to <login>@all2all.test: the round trip's
            # own tests tick the box with such an address (test_round_trip_page.py).
            test_message=False,
            relay_resolver=no_dns,
        )
        window = build_window(mail_server.provider, translators, collaborators=collaborators)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def fill_account(page: AccountPage, **overrides: str) -> None:
    for name, value in {**ACCOUNT, **overrides}.items():
        getattr(page, name).setText(value)


def wait_until(condition: Callable[[], bool], timeout_ms: int) -> None:
    """Let the event loop run until ``condition`` holds (as qtbot.waitUntil, without qtbot)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        QTest.qWait(10)


def _moved_on(window: SetupWizard, page_id: int) -> Callable[[], bool]:
    return lambda: window.currentId() != page_id


def walk_to(window: SetupWizard, target: PageId) -> None:
    """Press Next until ``target`` shows, as a user would on each page on the way.

    The account page is filled in; on the connection test it waits for the real test
    to pass; on the export page Next is the commit, which ends in a worker. A page of
    choices (protocol, outgoing server) as the target is reached as a user does: with
    "Change these settings" on the welcome page; the doctor's page with "Check the
    all2all set-up I already have" there.
    """
    if target in CHOICE_PAGES:
        window.show_choices()
    if target is PageId.DOCTOR and window.currentId() != target:
        # Its own path: from the welcome page's "Check the all2all set-up I already have".
        window.restart()
        window.check_existing_setup()
        wait_until(lambda: not window.currentPage().busy(), 10_000)  # type: ignore[attr-defined]
    while window.currentId() != target:
        page = window.currentPage()
        if isinstance(page, AccountPage):
            fill_account(page)
        if isinstance(page, ConnectionTestPage):
            wait_until(page.isComplete, CONNECTION_TEST_TIMEOUT_MS)
        before = window.currentId()
        window.next()
        if isinstance(page, ExportPage):
            wait_until(_moved_on(window, before), 10_000)
        QCoreApplication.processEvents()
        assert window.currentId() != before, f"stuck on page {PageId(before).name}"


# -- the export page's tests ------------------------------------------------------


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def profile(home: Path) -> Path:
    """A Linux Thunderbird with years of accounts; the profile Thunderbird opens."""
    return make_root(home / ".thunderbird", EXISTING_PREFS)


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    pool.waitForDone()


@pytest.fixture
def make_export_window(qtbot, provider, translators, home, pool):
    def make(language: Language = Language.ENGLISH, exporters=None, preset=None) -> ExportWizard:
        translators.switch(language)
        draft = AccountDraft(language=language, keep_on_server_days=provider.keep_on_server_days)
        exporters = exporters or default_exporters(Environment(home, platform="linux"))
        window = ExportWizard(provider, draft, exporters, translators.switch, pool, preset)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        walk_to(window, PageId.EXPORT)
        return window

    return make
