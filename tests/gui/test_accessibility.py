"""Every control is reachable by keyboard in a sensible order, and named for screen readers."""

from __future__ import annotations

import functools
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QWidget,
    QWizard,
)

from tests.gui.conftest import ACCOUNT, CONNECTION_TEST_TIMEOUT_MS, walk_to
from wizard.core.flow import PageId
from wizard.core.model import Language
from wizard.gui.pages.connection_test import ConnectionTestPage
from wizard.gui.pages.outgoing import OTHER_SERVER, OutgoingPage
from wizard.gui.pages.protocol import ProtocolPage
from wizard.gui.setup_wizard import BUILT_IN_PAGES

INPUTS = (QLineEdit, QComboBox, QSpinBox, QAbstractButton)
ROW_TOLERANCE = 8  # pixels: widgets on one line are not exactly aligned
PAGES = tuple(BUILT_IN_PAGES)
WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def controls(page: QWidget) -> list[QWidget]:
    found = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, INPUTS) and w.isVisibleTo(page) and w.isEnabled()
    ]
    return [w for w in found if not isinstance(w.parent(), QSpinBox | QComboBox)]


def show_everything(window) -> None:
    page = window.currentPage()
    if isinstance(page, ProtocolPage):
        page.pop3_button.click()
    if isinstance(page, OutgoingPage):
        page.relay_button.click()
        page.relay_box.setCurrentIndex(page.relay_box.findData(OTHER_SERVER))
        page.server_edit.setText("smtp.example.be")


def accessible(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(kind)


def test_every_control_has_a_name_a_description_and_an_object_name(make_window):
    window = make_window(Language.DUTCH)
    for page_id in PAGES:
        walk_to(window, page_id)
        show_everything(window)
        page = window.currentPage()
        for widget in controls(page):
            label = f"{page_id.name}/{widget.objectName() or type(widget).__name__}"
            assert widget.objectName(), label
            assert accessible(widget, QAccessible.Text.Name).strip(), label
            if not isinstance(widget, QAbstractButton) or isinstance(widget, QRadioButton):
                assert accessible(widget, QAccessible.Text.Description).strip(), label
            if not isinstance(widget, QRadioButton):  # Qt tabs into a group at its checked one
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, label


def focusable(page: QWidget) -> list[QWidget]:
    """What Tab should stop at on ``page`` now: controls, and explanations made focusable
    (a notice's text), shown and enabled; a radio group only at its checked button."""
    found = [w for w in controls(page) if not (isinstance(w, QRadioButton) and not w.isChecked())]
    found += [
        w
        for w in page.findChildren(QLabel)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(page) and w.text()
    ]
    return found


def reads_before(page: QWidget, first: QWidget, second: QWidget) -> bool:
    """``first`` comes before ``second`` in reading order: on one line (their heights
    overlap) left to right, otherwise top to bottom. Positions are the page's as it
    opens: a body that Tab scrolled is scrolled back first."""
    for area in page.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(0)
    a = first.rect().translated(first.mapTo(page, first.rect().topLeft()))
    b = second.rect().translated(second.mapTo(page, second.rect().topLeft()))
    if a.top() < b.bottom() and b.top() < a.bottom():
        return a.left() < b.left()
    return a.top() < b.top()


def reading_order(page: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` sorted as they are read."""

    def compare(a: QWidget, b: QWidget) -> int:
        return -1 if reads_before(page, a, b) else 1

    return sorted(widgets, key=functools.cmp_to_key(compare))


def describe(widget: QWidget) -> str:
    """The object name, or the text for a notice's label."""
    return widget.objectName() or repr(widget.text() if isinstance(widget, QLabel) else widget)


def tab_chain(qtbot, window: QWizard, start: QWidget) -> list[QWidget]:
    """Every widget Tab visits from ``start`` until it comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    chain = [start]
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None, "the focus left the window"
        if widget is start:
            return chain
        chain.append(widget)
    raise AssertionError("Tab never comes back to where it started")


def show_states(window, qtbot) -> None:
    """The page in the state with the most to read: choices open, a failed test."""
    show_everything(window)
    page = window.currentPage()
    if isinstance(page, ConnectionTestPage):
        window.store.update(password="Wrong-Crème-9")  # the test runs again, and fails
        qtbot.waitUntil(lambda: page.report is not None, timeout=CONNECTION_TEST_TIMEOUT_MS)
        page.details.set_open(True)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.FRENCH])
def test_tab_follows_the_reading_order_then_the_wizard_buttons(make_window, qtbot, language):
    """Tab goes through each page as it is read, explanations included, then Back, Next
    (or Set up, Finish) and Cancel from left to right."""
    window = make_window(language)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for page_id in PAGES:
        walk_to(window, page_id)
        show_states(window, qtbot)
        page = window.currentPage()
        expected = focusable(page)
        first = reading_order(page, expected)[0]
        chain = tab_chain(qtbot, window, first)
        on_page = [w for w in chain if page.isAncestorOf(w)]
        buttons = [w for w in chain if not page.isAncestorOf(w)]
        assert set(on_page) == set(expected), page_id.name
        assert chain[: len(on_page)] == on_page, f"{page_id.name}: a wizard button in between"
        for before, after in itertools.pairwise(on_page):
            assert reads_before(page, before, after), (
                f"{page_id.name}: Tab goes from {describe(before)} to {describe(after)}, "
                "against the reading order"
            )
        shown = [
            window.button(which)
            for which in WIZARD_BUTTONS
            if window.button(which).isVisible() and window.button(which).isEnabled()
        ]
        assert buttons == sorted(shown, key=lambda w: w.mapTo(window, w.rect().topLeft()).x())
        if isinstance(page, ConnectionTestPage):
            window.store.update(password=ACCOUNT["password_edit"])
            qtbot.waitUntil(page.isComplete, timeout=CONNECTION_TEST_TIMEOUT_MS)


def tab_until(qtbot, window, wanted: QWidget) -> None:
    """Press Tab (as a user would) until ``wanted`` has the focus."""
    for _ in range(30):
        if wanted.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {wanted.objectName()}")


def test_the_whole_wizard_can_be_completed_with_the_keyboard(make_window, qtbot):
    window = make_window(Language.ENGLISH)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def press_return():
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)

    welcome = window.currentPage()
    tab_until(qtbot, window, welcome.change_button)  # "Change these settings…"
    qtbot.keyClick(welcome.change_button, Qt.Key.Key_Space)
    assert window.currentId() == PageId.PROTOCOL
    page = window.currentPage()
    tab_until(qtbot, window, page.imap_button)
    qtbot.keyClick(page.imap_button, Qt.Key.Key_Down)  # arrows move within the group
    assert page.pop3_button.isChecked()
    tab_until(qtbot, window, page.days_box)
    qtbot.keyClick(page.days_box, Qt.Key.Key_Up)
    press_return()
    assert (window.draft.protocol.value, window.draft.keep_on_server_days) == ("pop3", 15)

    page = window.currentPage()
    tab_until(qtbot, window, page.name_edit)
    for value in (
        ACCOUNT["name_edit"],
        ACCOUNT["email_edit"],
        ACCOUNT["username_edit"],
        ACCOUNT["password_edit"],
    ):
        qtbot.keyClicks(QApplication.focusWidget(), value)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    press_return()
    assert window.currentId() == PageId.OUTGOING
    assert window.draft.username == ACCOUNT["username_edit"]
    assert window.draft.password == ACCOUNT["password_edit"]
    press_return()
    assert window.currentId() == PageId.CONNECTION_TEST
    qtbot.waitUntil(window.currentPage().isComplete, timeout=CONNECTION_TEST_TIMEOUT_MS)
    press_return()
    assert window.currentId() == PageId.EXPORT
    press_return()  # Return presses "Set up", the commit button
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE, timeout=10_000)
    assert window.button(QWizard.WizardButton.FinishButton).isVisible()
