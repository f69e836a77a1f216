"""Every control is reachable by keyboard in a sensible order, and named for screen readers."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
    QWizard,
)

from tests.gui.conftest import ACCOUNT, CONNECTION_TEST_TIMEOUT_MS, walk_to
from wizard.core.flow import PageId
from wizard.core.model import Language
from wizard.gui.pages.outgoing import OTHER_SERVER, OutgoingPage
from wizard.gui.pages.protocol import ProtocolPage
from wizard.gui.setup_wizard import BUILT_IN_PAGES

INPUTS = (QLineEdit, QComboBox, QSpinBox, QAbstractButton)
ROW_TOLERANCE = 8  # pixels: widgets on one line are not exactly aligned
PAGES = tuple(BUILT_IN_PAGES)


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


def test_tab_reaches_every_control_top_to_bottom(make_window, qtbot):
    window = make_window(Language.FRENCH)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for page_id in PAGES:
        walk_to(window, page_id)
        show_everything(window)
        page = window.currentPage()
        expected = [
            w for w in controls(page) if not (isinstance(w, QRadioButton) and not w.isChecked())
        ]
        page_widgets = []
        start = expected[0]
        start.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(start.hasFocus)
        for _ in range(40):
            widget = QApplication.focusWidget()
            if widget in expected and widget not in page_widgets:
                page_widgets.append(widget)
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is start:
                break
        assert set(page_widgets) == set(expected), page_id.name
        centres = [w.mapTo(page, w.rect().center()) for w in page_widgets]
        for before, after in itertools.pairwise(centres):
            same_row = abs(after.y() - before.y()) <= ROW_TOLERANCE
            in_reading_order = after.x() > before.x() if same_row else after.y() > before.y()
            assert in_reading_order, f"{page_id.name}: focus jumps around"


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
