"""Test-only fault: one control of the wizard loses its accessible name.

tests/accessibility/ puts this folder first on PYTHONPATH of the wizard process it
starts, so Python imports this file at start-up; nothing else ever does, and the
program never reads the variable. With ALL2ALL_TEST_UNNAME=<objectName>, the widget of
that objectName gets an accessible interface whose name is empty (what a button without
text or a forgotten translation would give): the AT-SPI checker must find it.

Qt asks the accessibility factory installed last first, and QApplication installs the
widgets' own while it is made. The program makes its QApplication with
``from PySide6.QtWidgets import QApplication`` at that moment, so it gets the subclass
below, which adds this factory once Qt's own is in place.
"""

from __future__ import annotations

import os

_TARGET = os.environ.get("ALL2ALL_TEST_UNNAME", "")

if _TARGET:
    from typing import Any, cast

    from PySide6 import QtWidgets
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessible, QAccessibleInterface
    from PySide6.QtWidgets import QAccessibleWidget, QCheckBox, QRadioButton, QWidget

    class _Unnamed(QAccessibleWidget):
        def text(self, kind: QAccessible.Text) -> str:
            return "" if kind == QAccessible.Text.Name else super().text(kind)

    _made: list[_Unnamed] = []  # Qt keeps the interface; Python must keep its wrapper

    def _factory(_key: str, thing: QObject) -> QAccessibleInterface | None:
        if thing is None or not thing.isWidgetType() or thing.objectName() != _TARGET:
            return None
        role = QAccessible.Role.Button
        if isinstance(thing, QCheckBox):
            role = QAccessible.Role.CheckBox
        elif isinstance(thing, QRadioButton):
            role = QAccessible.Role.RadioButton
        interface = _Unnamed(cast(QWidget, thing), role)
        _made.append(interface)
        return interface

    class _Application(QtWidgets.QApplication):
        def __init__(self, *arguments: Any) -> None:
            super().__init__(*arguments)
            QAccessible.installFactory(_factory)

    QtWidgets.QApplication = _Application  # type: ignore[misc,assignment]  # the one the wizard makes
