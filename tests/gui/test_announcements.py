"""What screen readers are told, and when: exactly these announcements, never per key.

The fast layer: Qt's announcement events are caught in-process as Qt hands them to the
platform (tests/gui/announcements.py), in the real window against the suite's Dovecot.
tests/accessibility/ hears the same announcements through the real AT-SPI bus.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.announcements import recorded_announcements, texts
from tests.gui.conftest import CONNECTION_TEST_TIMEOUT_MS, fill_account, wait_until, walk_to
from tests.gui.export_wizard import commit
from tests.mailserver.dovecot import MailServer
from wizard.core.flow import PageId
from wizard.core.model import Language
from wizard.gui.announce import Announcer, Politeness, announce, sentences
from wizard.gui.pages.account import VERDICT_PAUSE_MS, AccountPage
from wizard.gui.pages.connection_test import ConnectionTestPage, Phase
from wizard.gui.setup_wizard import SetupWizard
from wizard.texts import strength as strength_messages

pytestmark = pytest.mark.system  # the real window tests against the suite's Dovecot

TESTING = "Testing your account…"
WORKS = "Your account works."
QUIET_MS = 600  # after the last expected announcement: long enough for a stray one


def test_the_helper_sends_what_it_is_given_and_nothing_empty(qtbot):
    label = QLabel("Your account works.")
    label.setObjectName("shown")
    qtbot.addWidget(label)
    label.show()
    hidden = QLabel(label)
    hidden.hide()
    with recorded_announcements() as heard:
        announce(label, "  ")  # nothing to say: nothing sent
        announce(label, "Your account works.")
        announce(label, "It failed.", Politeness.ASSERTIVE)
        announce(hidden, "From the window.")  # not on screen: said by its window
        announcer = Announcer(label)
        assert announcer.say("Twice?")
        assert not announcer.say("Twice?")
        announcer.forget()
        assert announcer.say("Twice?")
    assert [(a.text, a.assertive, a.source) for a in heard] == [
        ("Your account works.", False, "shown"),
        ("It failed.", True, "shown"),
        ("From the window.", False, "shown"),
        ("Twice?", False, "shown"),
        ("Twice?", False, "shown"),
    ]
    assert sentences(["Done: your settings are saved", "", "Saved.", "Ready?"]) == (
        "Done: your settings are saved. Saved. Ready?"
    )


def connection_page(window: SetupWizard) -> ConnectionTestPage:
    page = window.pages[PageId.CONNECTION_TEST]
    assert isinstance(page, ConnectionTestPage)
    return page


def account_page(window: SetupWizard) -> AccountPage:
    page = window.pages[PageId.ACCOUNT]
    assert isinstance(page, AccountPage)
    return page


def test_a_working_account_is_announced_when_the_test_starts_and_when_it_ends(make_window, qtbot):
    window = make_window(Language.ENGLISH)
    with recorded_announcements() as heard:
        walk_to(window, PageId.CONNECTION_TEST)
        page = connection_page(window)
        wait_until(page.isComplete, CONNECTION_TEST_TIMEOUT_MS)
        qtbot.wait(QUIET_MS)
        assert texts(heard) == [TESTING, WORKS]
        page.retranslate()  # redrawn in the same words: nothing new to say
        qtbot.wait(50)
        assert texts(heard) == [TESTING, WORKS]
        page.retry_button.click()
        wait_until(page.isComplete, CONNECTION_TEST_TIMEOUT_MS)
        qtbot.wait(QUIET_MS)
    assert texts(heard) == [TESTING, WORKS, TESTING, WORKS]  # a new run is said again
    assert not any(announcement.assertive for announcement in heard)


def test_a_failure_is_announced_once_with_its_cause(make_window, qtbot):
    window = make_window(Language.ENGLISH)
    walk_to(window, PageId.ACCOUNT)
    fill_account(account_page(window), password_edit="Wrong-Crème-9")
    with recorded_announcements() as heard:
        window.next()
        page = connection_page(window)
        qtbot.waitUntil(lambda: page.phase is Phase.DONE, timeout=CONNECTION_TEST_TIMEOUT_MS)
        qtbot.wait(QUIET_MS)
    [start, result] = heard
    assert start.text == TESTING
    [cause] = [notice.text() for notice in page.problem_notices if notice.text()]
    assert "does not accept this username and password" in cause
    assert result.text == (
        "Your account does not work yet. Receiving mail does not work yet. "
        f"Sending mail does not work yet. {cause}"
    )
    assert not result.assertive
    assert result.source == "testStatus"  # the headline, on screen


def test_stopping_the_test_is_announced(make_window, qtbot):
    window = make_window(Language.ENGLISH)
    walk_to(window, PageId.ACCOUNT)
    fill_account(account_page(window))
    with recorded_announcements() as heard:
        window.next()
        connection_page(window).stop_button.click()
        qtbot.wait(QUIET_MS)
    assert texts(heard) == [TESTING, "You stopped the test."]


def test_the_test_message_and_the_result_are_announced_in_order(
    make_window, qtbot, mail_server: MailServer
):
    window = make_window(Language.ENGLISH)
    walk_to(window, PageId.ACCOUNT)
    user = mail_server.trip_user  # its mailbox is for round trips
    fill_account(
        account_page(window),
        email_edit=mail_server.address(user),  # the suite's Dovecot delivers only these
        username_edit=user,
        password_edit=mail_server.users[user],
    )
    page = connection_page(window)
    assert page.test_message is not None
    page.test_message.box.setChecked(True)
    with recorded_announcements() as heard:
        window.next()
        wait_until(page.isComplete, CONNECTION_TEST_TIMEOUT_MS)
        qtbot.wait(QUIET_MS)
    said = texts(heard)
    assert said[:2] == [TESTING, "Checking that your mail really arrives…"]
    assert re.fullmatch(
        r"Test message: sent ✔ — arrived after [\d.]+ s ✔ — deleted again ✔", said[2]
    ), said
    assert said[3:] == [WORKS]
    assert heard[2].source == "testMessageOutcome"


# -- the password's strength ------------------------------------------------------------


def type_slowly(qtbot, text: str, gap_ms: int = 200) -> None:
    """Key by key into the focused field, slower than the meter's debounce."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClicks(widget, char)
        qtbot.wait(gap_ms)


@pytest.fixture
def password_field(make_window, qtbot) -> AccountPage:
    """The account page of an active window, filled in but the password, focus in it."""
    window = make_window(Language.ENGLISH)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    walk_to(window, PageId.ACCOUNT)
    page = account_page(window)
    fill_account(page, password_edit="")
    page.password_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.password_edit.hasFocus)
    return page


def wait_for_verdict(qtbot, page: AccountPage) -> None:
    qtbot.waitUntil(lambda: page.strength() is not None and not page.meter.pending())
    qtbot.wait(VERDICT_PAUSE_MS + QUIET_MS)


def test_ten_typed_characters_give_one_announcement_of_the_strength(password_field, qtbot):
    page = password_field
    scores: list[int] = []
    page.meter.evaluated.connect(lambda result: scores.append(result.score))
    with recorded_announcements() as heard:
        type_slowly(qtbot, "q8Tz2LmR4v")  # 10 keys, each one scored by the meter
        wait_for_verdict(qtbot, page)
    assert page.password_edit.text() == "q8Tz2LmR4v"
    assert len(set(scores)) >= 3  # the meter's level changed while typing...
    verdict = strength_messages.level_text(scores[-1])
    assert texts(heard) == [verdict]  # ...but only the level once typing paused is said
    assert heard[0].source == "strengthMeter"


def test_the_strength_is_said_again_only_when_it_changes(password_field, qtbot):
    page = password_field
    with recorded_announcements() as heard:
        qtbot.keyClicks(page.password_edit, "zonnebloem")
        wait_for_verdict(qtbot, page)
        qtbot.keyClicks(page.password_edit, "1")  # still very weak: nothing new to say
        wait_for_verdict(qtbot, page)
        assert len(heard) == 1
        qtbot.keyClicks(page.password_edit, "-Kw8!vQz#2Lm")
        wait_for_verdict(qtbot, page)
    first, second = texts(heard)
    assert first != second
    assert second == page.meter.verdict()


def test_a_password_filled_in_without_typing_is_not_announced(password_field, qtbot):
    page = password_field
    page.password_edit.clearFocus()
    with recorded_announcements() as heard:
        page.password_edit.setText("zonnebloem")  # e.g. the draft shown again
        wait_for_verdict(qtbot, page)
    assert heard == []


# -- the export ---------------------------------------------------------------------------


def test_a_successful_set_up_is_announced_with_what_was_done(
    make_export_window, qtbot, documents_folder: Path
):
    window = make_export_window()  # no mail program: the settings files are saved
    with recorded_announcements() as heard:
        commit(window, qtbot)
        qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
        qtbot.wait(QUIET_MS)
    [done] = heard
    summary = window.summary_page
    lines = [text for _status, text in summary.result_texts()]
    assert done.text == " ".join([f"{summary.title()}.", *lines])  # as the done page says
    assert done.text.startswith(
        "Done: your settings are saved. "
        "The settings for a phone are saved in “all2all e-mail” in your Documents."
    )
    assert not done.assertive


def test_a_failed_set_up_is_announced_with_its_cause(make_export_window, qtbot, tmp_path):
    window = make_export_window()
    other = window.export_page.other
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    other.folder_edit.setText(str(blocked / "inside"))
    with recorded_announcements() as heard:
        commit(window, qtbot)
        qtbot.wait(QUIET_MS)
    assert window.currentId() == PageId.EXPORT
    [failure] = texts(heard)
    assert failure == f"{window.export_page.status.text()} {other.problem.text()}"
    assert "could not be written" in failure
