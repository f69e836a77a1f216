"""The strength meter on the account page, driven by typing as a user would."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool, QUrl
from PySide6.QtWidgets import QLineEdit

from tests.gui.conftest import ACCOUNT, fill_account, walk_to
from wizard.core.flow import PageId
from wizard.core.model import AccountDraft, Language
from wizard.core.strength.rating import Reason, StrengthResult
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.account import AccountPage
from wizard.gui.widgets.strength_meter import STEP_HUES, StrengthMeter
from wizard.texts import strength as strength_messages

STRONG = "q8Tz2LmR4vXp9W"  # 14 random characters


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    pool.waitForDone()


def type_password(qtbot, page: AccountPage, password: str) -> None:
    """Clear the field and type ``password`` key by key, then wait for the meter."""
    page.password_edit.clear()
    page.password_edit.setFocus()
    qtbot.keyClicks(page.password_edit, password)
    assert page.password_edit.text() == password
    qtbot.waitUntil(lambda: page.strength() is not None and not page.meter.pending())


@pytest.fixture
def page(make_window) -> Iterator[AccountPage]:
    """The account page of a real wizard, filled in except for the password."""
    window = make_window(Language.ENGLISH)
    walk_to(window, PageId.ACCOUNT)
    page = window.currentPage()
    assert isinstance(page, AccountPage)
    fill_account(page, password_edit="")
    yield page
    window.close()


def test_every_reason_code_has_its_own_advice(qapp):
    texts = [strength_messages.reason_advice(reason) for reason in Reason]
    assert all(text.strip() for text in texts)
    assert len(set(texts)) == len(texts)


def test_every_score_has_a_label_and_a_step(qapp):
    labels = [strength_messages.score_label(score) for score in range(5)]
    assert labels == ["Very weak", "Weak", "Fair", "Strong", "Very strong"]
    assert strength_messages.level_text(0) == "Password strength: Very weak (step 1 of 5)"
    assert len(set(STEP_HUES)) == 5


def test_empty_field_shows_nothing(page):
    assert not page.meter.isVisible()
    assert not page.weak_box.isVisible()


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("zonnebloem", Reason.DICTIONARY_WORD),
        ("azertyuiop", Reason.KEYBOARD_PATTERN),
        (ACCOUNT["username_edit"], Reason.CONTAINS_PERSONAL_INFO),
    ],
)
def test_weak_password_shows_level_advice_and_the_guide(page, qtbot, password, reason):
    type_password(qtbot, page, password)

    result = page.strength()
    assert result is not None
    assert result.weak
    assert reason in result.reasons
    meter = page.meter
    assert meter.isVisible()
    assert meter.level_label.text().startswith("Password strength: ")
    assert strength_messages.score_label(result.score) in meter.level_label.text()
    assert f"step {result.score + 1} of 5" in meter.level_label.text()
    assert meter.bar.filled_steps() == result.score + 1
    assert strength_messages.reason_advice(reason) in meter.advice_label.text()
    # The screen reader hears the level and the advice too.
    assert meter.level_label.text() in meter.accessibleDescription()
    assert strength_messages.reason_advice(reason) in meter.accessibleDescription()
    # The guide's explanation and the way out, but the user may still continue.
    assert page.weak_box.isVisible()
    assert "not in a dictionary" in page.weak_notice.text()
    assert "ask your administrator" in page.weak_notice.text()
    assert page.admin_button.isVisible()
    assert page.validatePage()
    assert page.store.draft.password == password


def test_strong_password_shows_no_warning(page, qtbot):
    type_password(qtbot, page, "zonnebloem")
    type_password(qtbot, page, STRONG)

    result = page.strength()
    assert result is not None
    assert not result.weak
    assert page.meter.level_label.text() == "Password strength: Very strong (step 5 of 5)"
    assert page.meter.bar.filled_steps() == 5
    assert page.meter.advice_label.text() == ""
    assert not page.weak_box.isVisible()


def test_clearing_the_field_hides_the_meter(page, qtbot):
    type_password(qtbot, page, "zonnebloem")
    page.password_edit.clear()
    assert page.strength() is None
    assert not page.meter.isVisible()
    assert not page.weak_box.isVisible()


def test_spaces_at_the_ends_are_pointed_out_even_for_a_strong_password(page, qtbot):
    type_password(qtbot, page, STRONG + " ")
    assert page.meter.space_warning.isVisible()
    assert "space" in page.meter.space_warning.text()
    assert not page.weak_box.isVisible()


def test_the_users_own_words_count_as_they_are_typed(page, qtbot):
    fill_account(page, name_edit="Wilfried Vandenbroucke")
    type_password(qtbot, page, "Vandenbroucke")
    result = page.strength()
    assert result is not None
    assert Reason.CONTAINS_PERSONAL_INFO in result.reasons


class _Gate(QRunnable):
    """Holds the pool's only thread until released, so that jobs queue up behind it."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self._gate = gate

    def run(self) -> None:
        self._gate.wait(timeout=30)


def test_a_result_for_an_older_text_is_dropped(qtbot, pool):
    pool.setMaxThreadCount(1)
    meter = StrengthMeter(pool, delay_ms=0)
    qtbot.addWidget(meter)
    shown: list[StrengthResult] = []
    meter.evaluated.connect(shown.append)
    gate = threading.Event()
    pool.start(_Gate(gate))
    meter.set_password("zonnebloem")
    qtbot.waitUntil(lambda: not meter.checker._timer.isActive())  # its check is queued
    meter.set_password(STRONG)  # typed on before the first check ran
    qtbot.waitUntil(lambda: not meter.checker._timer.isActive())
    gate.set()
    qtbot.waitUntil(lambda: not meter.pending())
    pool.waitForDone()
    qtbot.wait(0)  # any late signal would be delivered now
    assert [result.weak for result in shown] == [False]
    assert meter.result is not None
    assert not meter.result.weak


def test_typing_fast_scores_only_once_typing_pauses(qtbot, pool):
    meter = StrengthMeter(pool, delay_ms=50)
    qtbot.addWidget(meter)
    shown: list[StrengthResult] = []
    meter.evaluated.connect(shown.append)
    for text in ("z", "zo", "zon", "zonnebloem"):
        meter.set_password(text)
    qtbot.waitUntil(lambda: not meter.pending())
    assert len(shown) == 1
    assert shown[0].weak


def administrator_page(qtbot, provider, opened: list[QUrl]) -> AccountPage:
    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    page = AccountPage(DraftStore(AccountDraft()), provider, open_url=record)
    qtbot.addWidget(page)
    page.show()
    fill_account(page, password_edit="zonnebloem")
    qtbot.waitUntil(page.weak_box.isVisible)
    return page


def mail_parts(url: QUrl) -> tuple[str, str, str]:
    parts = urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    query = parse_qs(parts.query)
    return unquote(parts.path), query["subject"][0], query["body"][0]


def test_ask_administrator_opens_a_draft_without_the_password(qtbot, provider):
    opened: list[QUrl] = []
    page = administrator_page(qtbot, provider, opened)
    page.admin_button.click()

    assert len(opened) == 1
    url = opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert url.startswith("mailto:")
    recipient, subject, body = mail_parts(opened[0])
    assert recipient == provider.administrator.email  # empty: the user picks the recipient
    assert ACCOUNT["email_edit"] in subject
    assert ACCOUNT["email_edit"] in body
    assert ACCOUNT["username_edit"] in body
    assert "new" in subject.lower()
    assert "password" in body
    assert "zonnebloem" not in url
    assert "zonnebloem" not in subject + body


def test_the_draft_goes_to_the_administrator_of_a_preset(qtbot, provider):
    from wizard.core.provider import Administrator

    opened: list[QUrl] = []
    preset = provider.with_administrator(Administrator("Jan", "beheer@example.be"))
    page = administrator_page(qtbot, preset, opened)
    page.admin_button.click()
    assert mail_parts(opened[0])[0] == "beheer@example.be"


def test_ask_administrator_in_french(qtbot, provider, translators):
    translators.switch(Language.FRENCH)
    source = "New password for my mailbox {email}"
    if QCoreApplication.translate("AccountPage", source) == source:
        pytest.skip("the strength texts are not in the compiled catalogues yet")
    opened: list[QUrl] = []
    page = administrator_page(qtbot, provider, opened)
    page.admin_button.click()
    _, subject, body = mail_parts(opened[0])
    assert "mot de passe" in subject
    assert "Bonjour" in body
    assert ACCOUNT["email_edit"] in body
    assert ACCOUNT["username_edit"] in body
    assert "zonnebloem" not in subject + body


def test_the_password_never_leaves_the_field(page, qtbot):
    """Not in the meter's texts, the accessible texts or any label of the page."""
    secret = "Zonnebloem-Geheim"
    type_password(qtbot, page, secret)
    texts = [
        page.meter.level_label.text(),
        page.meter.advice_label.text(),
        page.meter.accessibleDescription(),
        page.weak_notice.text(),
        repr(page.strength()),
    ]
    assert all(secret not in text for text in texts)
    edits = page.findChildren(QLineEdit)
    assert [edit for edit in edits if edit.text() == secret] == [page.password_edit]


def test_weak_password_controls_are_named_and_reached_by_tab(page, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible

    type_password(qtbot, page, "zonnebloem")
    button = page.admin_button
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface is not None
    assert "administrator" in interface.text(QAccessible.Text.Name)
    assert "not in it" in interface.text(QAccessible.Text.Description)
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    page.show_password.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.show_password.hasFocus)
    qtbot.keyClick(page.show_password, Qt.Key.Key_Tab)
    assert page.weak_notice.label.hasFocus()  # the warning itself, read in order
    qtbot.keyClick(page.weak_notice.label, Qt.Key.Key_Tab)
    assert button.hasFocus()  # then the button that acts on it
