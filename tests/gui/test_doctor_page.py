"""The doctor in the window: "Check the all2all set-up I already have", Repair, Remove.

The real wizard, with Thunderbird profiles in a temporary home that hold every problem
the doctor knows (``tests/exporters/doctor_profiles.py``) next to other providers'
accounts. The page's findings are read as a user reads them; the profile is read back
from disk after Repair and Remove. A running Thunderbird is a real process holding the
profile's locks (``LockHolder``), as in the exporters' own tests.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from tests.exporters.conftest import make_root
from tests.exporters.doctor_profiles import EXPECTED, problem_prefs
from tests.exporters.lock_holder import LockHolder
from tests.exporters.test_doctor_thunderbird import is_others
from tests.gui.announcements import recorded_announcements, texts
from tests.gui.test_calm_pages import shown_texts
from wizard.core.doctor import Finding, FindingCode, examine
from wizard.core.exporters.base import Environment
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.flow import PageId
from wizard.core.keyring_store import KeyringStore
from wizard.core.model import Language
from wizard.core.provider import Provider
from wizard.core.safe_files import BACKUP_MARK, list_backups
from wizard.gui.pages.doctor import DoctorPage
from wizard.gui.pages.export import default_exporters
from wizard.gui.pages.welcome import WelcomePage
from wizard.gui.setup_wizard import BUILT_IN_PAGES, DEFAULT_SIZE, Collaborators, SetupWizard
from wizard.gui.window import build_window
from wizard.texts import Surface
from wizard.texts.doctor import finding_text, fixed_label, fixed_title, nothing_found

# No mail server is needed: the doctor only reads and writes local files.
PAGES = tuple(page for page in BUILT_IN_PAGES if page is not PageId.CONNECTION_TEST)
LANGUAGES = list(Language)
# user0005's account given user0001's login (in another case): a duplicate of user0001's.
DUPLICATE = (
    'user_pref("mail.server.server6.userName", "user0005");',
    'user_pref("mail.server.server6.userName", "User0001");',
)


@pytest.fixture
def make_doctor_window(qtbot, translators, provider: Provider, home: Path):
    def make(language: Language = Language.ENGLISH) -> SetupWizard:
        translators.switch(language)
        env = Environment(home, platform="linux")
        collaborators = Collaborators(
            keyring=KeyringStore(backend=fail.Keyring()),
            exporters=default_exporters(env),
            pages=PAGES,
            environment=env,
            test_message=False,
        )
        window = build_window(provider, translators, collaborators=collaborators)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def problem_profile(home: Path, provider: Provider, duplicate: bool = False) -> Path:
    text = problem_prefs(provider.incoming_host)
    if duplicate:
        text = text.replace(*DUPLICATE)
    return make_root(home / ".thunderbird", text)


def open_doctor(window: SetupWizard, qtbot) -> DoctorPage:
    """Press "Check the all2all set-up I already have" and wait for the findings."""
    welcome = window.currentPage()
    assert isinstance(welcome, WelcomePage)
    assert welcome.check_button.isVisible()
    welcome.check_button.click()
    assert window.currentId() == PageId.DOCTOR
    page = window.currentPage()
    assert isinstance(page, DoctorPage)
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    return page


def wait_idle(page: DoctorPage, qtbot) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)


def shown_findings(page: DoctorPage) -> dict[str, list[str]]:
    """Per account key, what each finding says on screen."""
    return {
        view.check.account.key: [finding.shown_text() for finding in view.findings]
        for view in page.account_views
    }


def heading(code: FindingCode, protocol: str, provider: Provider) -> str:
    return finding_text(Finding(code), protocol, provider, Surface.WINDOW).title


def other_lines(data: bytes) -> list[str]:
    return [line for line in data.decode().splitlines() if is_others(line)]


def account_prefs(data: bytes, prefixes: tuple[str, ...]) -> dict[str, object]:
    prefs = PrefsFile.parse(data)
    return {name: prefs.get(name) for name in prefs.names() if name.startswith(prefixes)}


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_the_welcome_button_shows_every_finding(
    make_doctor_window, qtbot, provider, home, language
) -> None:
    profile = problem_profile(home, provider)
    window = make_doctor_window(language)
    page = open_doctor(window, qtbot)

    assert window.size().toTuple() == DEFAULT_SIZE
    shown = shown_findings(page)
    assert set(shown) == set(EXPECTED)
    for key, (login, protocol, codes) in EXPECTED.items():
        titles = {heading(code, protocol, provider) for code in codes}
        texts = shown[key]
        assert len(texts) == len(codes)
        assert all(any(title in text for text in texts) for title in titles), (key, texts)
        # The findings' headings say they can be repaired, in the user's language.
        label = fixed_label(Finding(next(iter(codes))))
        assert all(f"({label})" in text for text in texts)
        view = next(v for v in page.account_views if v.check.account.key == key)
        assert login in view.title.text()
        # A screen reader hears the icon's meaning, then the heading, in the language's
        # typography (French: a no-break space before the colon).
        spoken = view.findings[0].accessibleName()
        colon = "\u00a0: " if language is Language.FRENCH else ": "
        assert spoken.endswith(colon + view.findings[0].heading.text()), spoken
    assert page.repair_button.isVisible()
    assert page.repair_button.isEnabled()
    # The first screen: the state and Repair, with no profile folder in plain sight.
    for text in shown_texts(page):
        assert str(profile) not in text
        assert "inuse.default-default" not in text
    assert str(profile) in page.details_text.text()  # for the helpdesk, under Details
    assert not page.details.is_open()
    # Finish ends the doctor's path; there is no Next.
    assert window.nextId() == -1


def test_repair_fixes_what_it_can_and_leaves_everything_else(
    make_doctor_window, qtbot, provider, home
) -> None:
    profile = problem_profile(home, provider, duplicate=True)
    before = (profile / "prefs.js").read_bytes()
    window = make_doctor_window()
    window.store.update(username="user0001")  # typed on the account page before
    page = open_doctor(window, qtbot)
    report = page.report
    assert report is not None
    by_hand = {FindingCode.DUPLICATE_ACCOUNT, FindingCode.LOGIN_DIFFERS}
    assert {f.code for c in report.accounts for f in c.findings} >= by_hand

    page.repair_button.click()
    assert page.busy()
    wait_idle(page, qtbot)

    after = (profile / "prefs.js").read_bytes()
    again = examine(Environment(home, platform="linux"), provider, "user0001")
    assert {f.code for c in again.accounts for f in c.findings} == by_hand
    assert other_lines(after) == other_lines(before)  # other providers', byte for byte
    backups = list_backups(profile / "prefs.js")
    assert len(backups) == 1
    assert backups[0].read_bytes() == before
    assert str(backups[0]) in page.details_text.text()
    assert BACKUP_MARK not in "".join(shown_texts(page))  # only under Details
    # What was repaired says so; what is left says it is for the user to do.
    texts = [text for texts in shown_findings(page).values() for text in texts]
    hand = fixed_label(Finding(FindingCode.DUPLICATE_ACCOUNT))
    left = [text for text in texts if f"({hand})" in text]
    assert len(left) == sum(1 for c in again.accounts for _ in c.findings)
    # A repaired problem is told by what is true now, never by the problem's own title.
    assert page.report is not None
    fixed = {fixed_title(f.code) for c in page.report.accounts for f in c.findings if f.fixed}
    assert fixed
    assert {t.strip() for t in texts if t not in left} <= fixed
    assert page.report is not None
    assert page.report.repairable == 0
    assert not page.repair_button.isEnabled() or not page.repair_button.isVisible()


def test_repair_is_refused_while_thunderbird_runs(
    make_doctor_window, qtbot, provider, home
) -> None:
    profile = problem_profile(home, provider)
    before = (profile / "prefs.js").read_bytes()
    window = make_doctor_window()
    page = open_doctor(window, qtbot)

    with LockHolder(profile):
        page.repair_button.click()
        wait_idle(page, qtbot)
        assert (profile / "prefs.js").read_bytes() == before
        notice = page.failure_notices[0]
        assert notice.isVisible()
        assert "Close Thunderbird, then press Repair again." in notice.text()
        assert page.repair_button.isEnabled()  # try again once it is closed
        scroll = page.findChild(QScrollArea, "pageScrollArea")
        assert scroll is not None
        assert scroll.verticalScrollBar().value() == 0  # the refusal is in sight

    page.repair_button.click()
    wait_idle(page, qtbot)
    assert not page.failure_notices[0].isVisible()
    assert (profile / "prefs.js").read_bytes() != before
    assert page.report is not None
    assert page.report.repaired == sum(len(codes) for _, _, codes in EXPECTED.values())


def test_the_work_and_its_outcome_are_announced(make_doctor_window, qtbot, provider, home):
    """A screen reader hears the search start, what it found, Repair start, a refusal
    with what to do, and the repair's outcome: each once, in the words of the page."""
    profile = problem_profile(home, provider)
    problems = sum(len(codes) for _, _, codes in EXPECTED.values())
    with recorded_announcements() as heard:
        window = make_doctor_window()
        page = open_doctor(window, qtbot)
        found = page.spoken_state()
        with LockHolder(profile):
            page.repair_button.click()
            wait_idle(page, qtbot)
            refused = page.spoken_state()
        page.repair_button.click()
        wait_idle(page, qtbot)
        qtbot.wait(100)
    assert found == (
        f"Some settings are not right. Repair sets right {problems} problems; nothing "
        "else in your mail programs changes."
    )
    assert refused.startswith("Nothing was changed. ")
    assert "Close Thunderbird, then press Repair again." in refused
    assert texts(heard) == [
        "Looking for all2all accounts on this computer…",
        found,
        "Repairing…",
        refused,
        "Repairing…",
        f"Everything that was wrong is repaired. {problems} problems repaired.",
    ]
    # The first is said while the page is still being shown: by its window.
    assert [announcement.source for announcement in heard[1:]] == ["doctorStatus"] * 5
    assert not any(announcement.assertive for announcement in heard)


def test_a_removal_is_announced_once_with_its_outcome(make_doctor_window, qtbot, provider, home):
    problem_profile(home, provider)
    window = make_doctor_window()
    page = open_doctor(window, qtbot)
    view = next(v for v in page.account_views if v.check.account.key == "account4")
    view.remove_button.click()
    dialog = page.remove_dialog
    assert dialog is not None
    with recorded_announcements() as heard:
        dialog.remove_button.click()
        qtbot.waitUntil(lambda: page.removal is not None and not page.busy(), timeout=10_000)
        qtbot.wait(100)
    removed = page.removal_notice.text()
    assert "user0003" in removed
    # No "Looking for…" between: the check after a removal only confirms it.
    assert texts(heard) == ["Removing the account…", page.spoken_state()]
    assert removed in texts(heard)[1]


def test_no_account_found_offers_to_set_up(make_doctor_window, qtbot, home) -> None:
    window = make_doctor_window(Language.DUTCH)
    page = open_doctor(window, qtbot)

    assert page.status.text.text() == nothing_found()  # "Er werd geen all2all-account…"
    assert page.account_views == []
    assert not page.repair_button.isVisible()
    assert page.set_up_button.isVisible()
    page.set_up_button.click()
    assert window.currentId() == PageId.ACCOUNT
    assert not window.doctor


def test_remove_from_the_doctor_page(make_doctor_window, qtbot, provider, home) -> None:
    profile = problem_profile(home, provider)
    before = (profile / "prefs.js").read_bytes()
    window = make_doctor_window()
    page = open_doctor(window, qtbot)
    view = next(v for v in page.account_views if v.check.account.key == "account4")

    view.remove_button.click()  # asked first; Cancel changes nothing
    dialog = page.remove_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert "user0003@all2all.org" in dialog.question.text()
    assert "stays on this computer" in dialog.explanation.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not page.busy()
    assert (profile / "prefs.js").read_bytes() == before

    view.remove_button.click()
    dialog = page.remove_dialog
    assert dialog is not None
    dialog.forget_box.setChecked(True)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: page.removal is not None and not page.busy(), timeout=10_000)

    assert page.removal is not None
    assert page.removal.removed
    assert "account4" not in shown_findings(page)
    assert set(shown_findings(page)) == set(EXPECTED) - {"account4"}
    after = (profile / "prefs.js").read_bytes()
    accounts = '"mail.accountmanager.accounts"'
    assert [line for line in other_lines(after) if accounts not in line] == [
        line for line in other_lines(before) if accounts not in line
    ]
    listed = PrefsFile.parse(after).get("mail.accountmanager.accounts")
    assert listed == "account1,account2,account3,account5,account6,account7,account10,account9"
    others = ("mail.server.server2.", "mail.server.server3.", "mail.identity.id2.")
    assert account_prefs(after, others) == account_prefs(before, others)
    assert not [n for n in PrefsFile.parse(after).names() if n.startswith("mail.server.server4.")]
    assert page.removal_notice.isVisible()
    assert "user0003" in page.removal_notice.text()
    assert list_backups(profile / "prefs.js")


def test_back_to_welcome_then_next_sets_up(make_doctor_window, qtbot, provider, home) -> None:
    problem_profile(home, provider)
    window = make_doctor_window()
    open_doctor(window, qtbot)

    window.back()
    assert window.currentId() == PageId.WELCOME
    assert not window.doctor
    window.next()
    assert window.currentId() == PageId.ACCOUNT


def test_the_welcome_page_still_fits(make_doctor_window) -> None:
    for language in LANGUAGES:
        window: SetupWizard = make_doctor_window(language)
        page = window.currentPage()
        assert isinstance(page, WelcomePage)
        assert page.check_button.isVisible()
        # It does not scroll: everything, the language box last, is inside the window.
        bottom = page.language_field.mapTo(page, page.language_field.rect().bottomLeft())
        assert bottom.y() <= page.height(), language
        _check_mnemonics(page, window)
        window.close()


def _check_mnemonics(page: WelcomePage, window: SetupWizard) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

    texts: list[str] = [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in page.findChildren(QLabel) if w.isVisible() and w.buddy()]
    texts += [window.buttonText(QWizard.WizardButton.NextButton)]
    keys = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert len(keys) == len(set(keys)), texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_findings_are_read_in_order_and_keys_do_not_clash(
    make_doctor_window, qtbot, provider, home, language
) -> None:
    """With findings on screen: one Alt key per control, Tab in reading order."""
    from tests.gui.test_accessibility import (
        describe,
        focusable,
        reading_order,
        reads_before,
        tab_chain,
    )
    from tests.gui.test_mnemonics import owners

    problem_profile(home, provider, duplicate=True)
    window = make_doctor_window(language)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = open_doctor(window, qtbot)
    assert page.account_views

    clashes = {letter: names for letter, names in owners(page, window).items() if len(names) > 1}
    assert clashes == {}
    expected = focusable(page)
    chain = tab_chain(qtbot, window, reading_order(page, expected)[0])
    on_page = [widget for widget in chain if page.isAncestorOf(widget)]
    assert set(on_page) == set(expected)
    for a, b in itertools.pairwise(on_page):
        assert reads_before(page, a, b), f"Tab goes from {describe(a)} to {describe(b)}"
