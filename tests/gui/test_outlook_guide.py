"""The Outlook guide: numbered steps, every value of the draft with a Copy button, never
the password, accessible names, and a live language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from tests.core.export_samples import PASSWORD, draft, drafts
from tests.gui.announcements import recorded_announcements, texts
from wizard.core.exporters.outlook.guide import OutlookKind, outlook_steps
from wizard.core.model import Language
from wizard.core.provider import Provider, load_provider
from wizard.gui.widgets.outlook_guide import OutlookGuide, OutlookGuideDialog
from wizard.translations import Translators

HOST = "maximusconfessor.all2all.org"
POSITION = {  # "Steps 1 to 4 of 12", in each language
    Language.DUTCH: "Stappen ",
    Language.FRENCH: "Étapes ",
    Language.GERMAN: "Schritte ",
    Language.ENGLISH: "Steps ",
}


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def guide(qtbot) -> OutlookGuide:
    widget = OutlookGuide()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def all_texts(guide: OutlookGuide) -> list[str]:
    """Every text a person or a screen reader can get from the guide."""
    texts = []
    for widget in [guide, *guide.findChildren(QLabel), *guide.findChildren(QLineEdit)]:
        texts += [widget.accessibleName(), widget.accessibleDescription()]
    texts += [label.text() for label in guide.findChildren(QLabel)]
    texts += [field.text() for field in guide.findChildren(QLineEdit)]
    for button in guide.findChildren(QAbstractButton):
        texts += [button.text(), button.accessibleName(), button.accessibleDescription()]
    return texts


def test_classic_imap_values_in_outlooks_order(guide, provider):
    guide.set_account(OutlookKind.CLASSIC, draft(), provider)
    assert guide.values() == [
        "jan.peeters@example.be",
        "IMAP",
        HOST,
        "993",
        "SSL/TLS",
        "Off (not ticked)",
        HOST,
        "465",
        "SSL/TLS",
        "Off (not ticked)",
        "user0001",
        "user0001",
        "On (ticked)",
        "On (ticked)",
        "Jan Peeters",
    ]
    steps = outlook_steps(OutlookKind.CLASSIC, draft(), provider)
    assert len(guide.step_labels) == len(steps)
    assert guide.step_labels[0].text().startswith("1. Open Outlook. Click File, then Add Account.")
    assert guide.step_labels[-1].text().startswith(f"{len(steps)}. Click Done.")
    assert guide.title.text() == "In Outlook (classic), follow these steps:"


@pytest.mark.parametrize("kind", list(OutlookKind))
@pytest.mark.parametrize("name", list(drafts(load_provider())))
def test_every_draft_value_shown_and_never_the_password(guide, provider, kind, name):
    account = drafts(provider)[name]
    guide.set_account(kind, account, provider)
    values = guide.values()
    assert account.email in values
    assert account.username in values
    if account.display_name:
        assert account.display_name in values
    assert all(PASSWORD not in text for text in all_texts(guide))


def test_new_outlook_words(guide, provider):
    guide.set_account(OutlookKind.NEW, drafts(provider)["pop3"], provider)
    assert guide.title.text() == "In the new Outlook, follow these steps:"
    labels = [row.label.text() for _, row in guide.rows]
    assert "Secure connection type" in labels
    assert "Encryption method" not in labels
    assert "Leave a copy of messages on the server" in labels
    assert "14" in guide.values()
    assert "POP" in guide.values()


def test_relay_shows_no_encryption_and_no_login(guide, provider):
    guide.set_account(OutlookKind.CLASSIC, drafts(provider)["imap-relay"], provider)
    values = guide.values()
    assert "uit.telenet.be" in values
    assert "25" in values
    assert "None" in values


def test_copy_puts_the_exact_value_on_the_clipboard(qtbot, guide, provider):
    name = 'Jan "de Kat" Peeters, 😀'
    guide.set_account(OutlookKind.CLASSIC, draft(display_name=name), provider)
    for wanted in ("user0001", name, HOST):
        row = next(row for _, row in guide.rows if row.value() == wanted)
        qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == wanted


def test_accessible_names(guide, provider):
    guide.set_account(OutlookKind.CLASSIC, draft(), provider)
    assert guide.rows
    for _, row in guide.rows:
        label = row.label.text()
        assert label
        assert row.field.accessibleName() == label
        assert row.button.accessibleName() == f"Copy {label}"
        assert row.label.buddy() is row.field


def test_rebuilding_replaces_the_steps(qtbot, guide, provider):
    guide.set_account(OutlookKind.CLASSIC, drafts(provider)["pop3"], provider)
    guide.set_account(OutlookKind.NEW, draft(), provider)
    QCoreApplication.sendPostedEvents(None, 0)  # run the deleteLater of the old rows
    qtbot.wait(10)
    fields = sum(len(step.fields) for step in outlook_steps(OutlookKind.NEW, draft(), provider))
    assert len(guide.rows) == fields
    assert len(guide.findChildren(QLineEdit)) == fields


def test_a_draft_without_login_shows_the_problem(guide, provider):
    guide.set_account(OutlookKind.CLASSIC, draft(username=""), provider)
    assert guide.rows == []
    assert guide.problem.isVisible()


class MarkingTranslator(QTranslator):
    """A language in which every text of the guide is wrapped in ⟦ ⟧."""

    def translate(self, context, source, disambiguation=None, n=-1):
        del disambiguation, n
        return f"⟦{source}⟧" if context in {"OutlookGuide", "CopyRow"} else ""

    def isEmpty(self):  # noqa: N802
        return False


def test_language_switch_retranslates_every_text_and_keeps_the_values(qapp, guide, provider):
    guide.set_account(OutlookKind.CLASSIC, draft(), provider)
    values = guide.values()
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, 0)
        assert guide.title.text().startswith("⟦")
        assert all(label.text().startswith("⟦") for label in guide.step_labels)
        for _, row in guide.rows:
            assert row.label.text().startswith("⟦")
            assert row.button.text() == "⟦Copy⟧"
        assert [v for v in guide.values() if not v.startswith("⟦")] == [
            v for v in values if v not in {"On (ticked)", "Off (not ticked)"}
        ]
    finally:
        qapp.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, 0)
    assert guide.values() == values
    assert guide.title.text() == "In Outlook (classic), follow these steps:"


def test_only_typed_values_have_a_copy_button(guide, provider):
    """'IMAP', 'SSL/TLS' or 'Off (not ticked)' are picked in Outlook, not pasted."""
    guide.set_account(OutlookKind.CLASSIC, draft(), provider)
    copyable = {row.value(): not row.button.isHidden() for _, row in guide.rows}
    assert copyable["jan.peeters@example.be"]
    assert copyable[HOST]
    assert copyable["993"]
    assert copyable["user0001"]
    for picked in ("IMAP", "SSL/TLS", "Off (not ticked)", "On (ticked)"):
        assert copyable[picked] is False, picked
    picked_rows = [row for _, row in guide.rows if row.value() == "IMAP"]
    assert not picked_rows[0].field.hasFrame()  # it does not look like a field to type in


def test_the_steps_come_in_parts_one_at_a_time(qtbot, guide, provider):
    guide.set_account(OutlookKind.CLASSIC, drafts(provider)["pop3"], provider)
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    assert guide.parts.count() == 3
    assert guide.part() == 0
    assert guide.position.text() == "Steps 1 to 4 of 12"
    assert not guide.previous_button.isEnabled()
    shown = [label.isVisible() for label in guide.step_labels]
    assert shown == [True] * 4 + [False] * 8

    guide.next_button.setFocus()
    with recorded_announcements() as heard:
        qtbot.keyClick(guide.next_button, Qt.Key.Key_Space)
        assert guide.position.text() == "Steps 5 to 8 of 12"
        assert [label.isVisible() for label in guide.step_labels][3:9] == [False] + [True] * 4 + [
            False
        ]
        qtbot.keyClick(guide.next_button, Qt.Key.Key_Space)
    assert guide.position.text() == "Steps 9 to 12 of 12"
    assert texts(heard) == [
        "Steps 5 to 8 of 12. 5. Fill in the part “Incoming mail”:",
        "Steps 9 to 12 of 12. 9. When the account has been added, click File, Account "
        "Settings, then Server Settings, and check these settings:",
    ]
    # The last part: Next leads nowhere, so the focus went to the button that still does.
    assert not guide.next_button.isEnabled()
    assert guide.previous_button.hasFocus()
    qtbot.keyClick(guide.previous_button, Qt.Key.Key_Space)
    assert guide.part() == 1
    assert guide.previous_button.hasFocus()
    # Tab reads the steps' values first, then the buttons.
    assert next_tab_stop(guide.rows[-1][1].button) is guide.previous_button
    assert next_tab_stop(guide.previous_button) is guide.next_button


def next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab goes to after ``widget`` (when both are on screen)."""
    following = widget.nextInFocusChain()
    while following is not None and not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    assert following is not None
    return following


def test_a_guide_without_steps_has_no_buttons_to_turn(guide, provider):
    guide.set_account(OutlookKind.CLASSIC, draft(), provider)
    assert not guide.previous_button.isHidden()
    guide.set_account(OutlookKind.CLASSIC, draft(username=""), provider)  # no steps at all
    assert guide.previous_button.isHidden()
    assert guide.next_button.isHidden()
    assert guide.position.isHidden()


@pytest.mark.parametrize("language", list(Language), ids=lambda language: language.value)
def test_every_part_fits_the_window_in_every_language(
    qtbot, translators: Translators, provider, language
):
    """No scroll bar in any part of any guide (classic, new; each kind of account)."""
    translators.switch(language)
    dialog = OutlookGuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.size().toTuple() == OutlookGuideDialog.SIZE
    scroll_bar = dialog.scroll_area.verticalScrollBar()
    for kind in OutlookKind:
        for name, account in drafts(provider).items():
            if name == "typed-relay" and kind is OutlookKind.NEW:
                continue  # the same rows as the other relay
            dialog.guide.set_account(kind, account, provider)
            for part in range(dialog.guide.parts.count()):
                dialog.guide.show_part(part)
                QCoreApplication.processEvents()
                assert not scroll_bar.isVisible(), (kind, name, part)
                assert dialog.guide.position.text().startswith(POSITION[language])
