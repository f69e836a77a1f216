"""The Copy row puts exactly its value on the clipboard and says so for a moment."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from wizard.gui.widgets.copy_row import CopyRow

VALUES = [
    "maximusconfessor.all2all.org",
    "user0001",
    'Jan "de Kat" Peeters, Brussel; 😀 👩‍👩‍👧',
    unicodedata.normalize("NFD", "Zoë Ångström"),
    "  leading and trailing spaces  ",
]


@pytest.fixture
def row(qtbot) -> CopyRow:
    widget = CopyRow("serverRow")
    qtbot.addWidget(widget)
    widget.set_label("Server")
    widget.show()
    return widget


@pytest.mark.parametrize("value", VALUES)
def test_clipboard_receives_the_exact_value(qtbot, row, value):
    QGuiApplication.clipboard().setText("something else")
    row.set_value(value)
    with qtbot.waitSignal(row.copied) as signal:
        qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == value
    assert signal.args == [value]


def test_copied_shows_for_a_moment(qtbot, row):
    row._timer.setInterval(50)
    row.set_value("993")
    assert row.confirmation.text() == ""
    width = row.field.width()
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert row.confirmation.text() == "Copied"
    assert row.button.accessibleDescription() == "Copied"
    assert row.field.width() == width  # the row does not shift when "Copied" appears
    qtbot.waitUntil(lambda: row.confirmation.text() == "", timeout=2000)
    assert row.button.accessibleDescription() == ""


def test_value_is_read_only_and_selectable(row):
    row.set_value("user0001")
    assert row.field.isReadOnly()
    row.field.selectAll()
    assert row.field.selectedText() == "user0001"


def test_accessible_names(row):
    assert row.label.buddy() is row.field
    assert row.field.accessibleName() == "Server"
    assert row.button.accessibleName() == "Copy Server"
    assert row.button.text() == "Copy"
    assert row.objectName() == "serverRow"
    assert row.button.objectName() == "serverRowCopy"
