"""Every page fits and speaks to the user, not to the helpdesk.

The real wizard, at its default size, in Dutch, French and English, walks the
recommended path against the suite's Dovecot for the usual cases: one Thunderbird
profile, no mail program, Outlook, Evolution, and a failed test. On every page: no
scroll bar (outside an opened Details area), and no path, profile folder or backup
name in plain sight. Then the recommended path itself is counted: clicks and keys from
the first page to a configured mail program.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
    QWizard,
)

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.test_evolution_export import make_exporter as make_evolution
from tests.exporters.test_outlook_detect import MemoryRegistry, microsoft_365
from tests.gui.conftest import ACCOUNT, CONNECTION_TEST_TIMEOUT_MS, fill_account, wait_until
from tests.mailserver.dovecot import MailServer
from tests.support import no_dns
from wizard.core.exporters.base import Environment, Exporter
from wizard.core.exporters.evolution.exporter import EvolutionExporter
from wizard.core.exporters.outlook.exporter import OutlookExporter
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.flow import PageId
from wizard.core.keyring_store import KeyringStore
from wizard.core.model import Language
from wizard.core.probe.results import ProbeSettings
from wizard.core.safe_files import BACKUP_MARK
from wizard.gui.pages.connection_test import ConnectionTestPage
from wizard.gui.setup_wizard import DEFAULT_SIZE, Collaborators, SetupWizard
from wizard.gui.window import build_window
from wizard.translations import Translators

pytestmark = pytest.mark.system

LANGUAGES = list(Language)
CASES = ["thunderbird", "no-program", "outlook", "evolution", "failed-test"]


def exporters_for(case: str, home: Path, tmp_path: Path) -> list[Exporter]:
    linux = Environment(home, platform="linux")
    if case in {"thunderbird", "failed-test"}:
        make_root(home / ".thunderbird", EXISTING_PREFS)
        return [ThunderbirdExporter(linux), EvolutionExporter(linux, which=lambda _n: None)]
    if case == "no-program":
        return [ThunderbirdExporter(linux), EvolutionExporter(linux, which=lambda _n: None)]
    if case == "evolution":
        return [ThunderbirdExporter(linux), make_evolution(home)]
    outlook = OutlookExporter(
        Environment(home, platform="win32"),
        registry=MemoryRegistry(microsoft_365()),
        running=lambda _image: False,
        export_folder=tmp_path / "exports",
    )
    return [ThunderbirdExporter(Environment(home, platform="win32")), outlook]


@pytest.fixture
def make_calm_window(qtbot, mail_server: MailServer, qapp, tmp_path: Path):
    translators = Translators(qapp)
    windows: list[SetupWizard] = []

    def make(language: Language, case: str) -> SetupWizard:
        translators.switch(language)
        home = tmp_path / f"home-{language.value}-{case}"
        home.mkdir()
        collaborators = Collaborators(
            probe_settings=ProbeSettings(timeout=20.0, ca_file=mail_server.ca_file),
            keyring=KeyringStore(backend=fail.Keyring()),
            exporters=exporters_for(case, home, tmp_path),
            environment=Environment(home, platform="linux"),
            test_message=False,  # the Dovecot delivers only to <login>@all2all.test
            relay_resolver=no_dns,
        )
        window = build_window(mail_server.provider, translators, collaborators=collaborators)
        window.helpdesk_only = [str(home), "inuse.default-default", BACKUP_MARK, "prefs.js"]  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    translators.remove_all()


def shown_texts(page: QWidget) -> Iterator[str]:
    """Every text a user sees on the page now (closed Details areas are hidden)."""
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            yield widget.text()
        elif isinstance(widget, QComboBox):
            yield widget.currentText()
        elif isinstance(widget, QPlainTextEdit):
            yield widget.toPlainText()


def finished(page: ConnectionTestPage) -> bool:
    return page.phase.value == "done"


def check_page(window: SetupWizard, where: str) -> None:
    page = window.currentPage()
    assert window.size().toTuple() == DEFAULT_SIZE, where
    scroll = page.findChild(QScrollArea, "pageScrollArea")
    if scroll is not None:
        assert not scroll.verticalScrollBar().isVisible(), f"{where}: a scroll bar"
    for text in shown_texts(page):
        for secret in window.helpdesk_only:  # type: ignore[attr-defined]
            assert secret not in text, f"{where}: {secret!r} in plain sight: {text!r}"


def next_page(window: SetupWizard, qtbot) -> None:
    before = window.currentId()
    if before == PageId.EXPORT:
        window.button(QWizard.WizardButton.CommitButton).click()
        qtbot.waitUntil(lambda: window.currentId() != before, timeout=15_000)
    else:
        window.next()
    assert window.currentId() != before


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_every_page_fits_and_shows_no_helpdesk_detail(make_calm_window, qtbot, language, case):
    window = make_calm_window(language, case)
    while True:
        page_id = PageId(window.currentId())
        where = f"{language.value}/{case}/{page_id.name}"
        page = window.currentPage()
        if page_id is PageId.ACCOUNT:
            overrides = {"password_edit": "Not-the-password-9"} if case == "failed-test" else {}
            fill_account(page, **overrides)
        if isinstance(page, ConnectionTestPage):
            wait_until(functools.partial(finished, page), CONNECTION_TEST_TIMEOUT_MS)
            check_page(window, where)
            if case == "failed-test":
                assert not page.isComplete()
                return
        else:
            check_page(window, where)
        if page_id is PageId.DONE:
            break
        next_page(window, qtbot)


def test_the_pages_of_choices_fit_too(make_calm_window, qtbot):
    for language in LANGUAGES:
        window = make_calm_window(language, "thunderbird")
        window.currentPage().change_button.click()
        assert window.currentId() == PageId.PROTOCOL
        page = window.currentPage()
        page.pop3_button.click()  # the longer of the two
        page.keep_box.click()  # and the warning that comes with it
        check_page(window, f"{language.value}/PROTOCOL")
        window.next()
        fill_account(window.currentPage())
        window.next()
        assert window.currentId() == PageId.OUTGOING
        window.currentPage().relay_button.click()
        check_page(window, f"{language.value}/OUTGOING")


class Counter:
    """Clicks and key presses a person makes, counted as they are sent."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.clicks = 0
        self.keys = 0

    def click(self, button: QAbstractButton) -> None:
        self.clicks += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))

    def type(self, widget: QWidget, text: str) -> None:
        self.clicks += 1  # into the field
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.keys += len(text)
        QTest.keyClicks(widget, text)


def test_the_recommended_path_takes_five_clicks(make_calm_window, qtbot):
    """Welcome → account → test → set up → done: the four fields, then five clicks
    (Next, Next, Next, Set up, Finish); before: seven pages and seven clicks."""
    window = make_calm_window(Language.ENGLISH, "thunderbird")
    count = Counter(qtbot)
    next_button = window.button(QWizard.WizardButton.NextButton)
    count.click(next_button)
    assert window.currentId() == PageId.ACCOUNT
    page = window.currentPage()
    typing_clicks = 0
    for name in ("name_edit", "email_edit", "username_edit", "password_edit"):
        count.type(getattr(page, name), ACCOUNT[name])
        typing_clicks += 1
    count.click(next_button)
    assert window.currentId() == PageId.CONNECTION_TEST
    test = window.currentPage()
    wait_until(test.isComplete, CONNECTION_TEST_TIMEOUT_MS)
    count.click(next_button)
    assert window.currentId() == PageId.EXPORT
    count.click(window.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE, timeout=15_000)
    assert window.export_session.report("thunderbird").status.value == "done"
    count.click(window.button(QWizard.WizardButton.FinishButton))
    navigation = count.clicks - typing_clicks
    print(
        f"recommended path: {navigation} clicks to navigate, {typing_clicks} clicks into "
        f"fields, {count.keys} key presses for the four fields"
    )
    assert navigation == 5
    assert count.keys == sum(len(ACCOUNT[name]) for name in ACCOUNT)
