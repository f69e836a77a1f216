"""One value to copy into another program: its label, the value, a Copy button.

The value sits in a read-only field, so it can also be selected by hand; the button puts
it on the clipboard exactly as shown (no trimming, no added line end) and a short
"Copied" appears next to it. The label is the field's buddy, which gives the field its
accessible name; the button's accessible name says what it copies.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

CONFIRMATION_MS = 2000


class CopyRow(QWidget):
    """Label, read-only value and Copy button on one line."""

    copied = Signal(str)  # the text put on the clipboard

    def __init__(self, object_name: str = "copyRow", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.label = QLabel(self)
        self.label.setObjectName(f"{object_name}Label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName(f"{object_name}Value")
        self.field.setReadOnly(True)
        self.field.setCursorPosition(0)
        self.label.setBuddy(self.field)
        self.button = QPushButton(self)
        self.button.setObjectName(f"{object_name}Copy")
        self.button.clicked.connect(self.copy)
        self._copyable = True
        # Always there, empty until a copy: showing it would shift the row sideways.
        self.confirmation = QLabel(self)
        self.confirmation.setObjectName(f"{object_name}Copied")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CONFIRMATION_MS)
        self._timer.timeout.connect(self._show_confirmation)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.field, 3)
        layout.addWidget(self.button)
        layout.addWidget(self.confirmation)
        self._label_text = ""
        self._in_table = False
        self.retranslate()

    def set_label(self, text: str) -> None:
        """The field's name (already translated by the caller), shown and read aloud."""
        self._label_text = text
        self.label.setText(text)
        self.field.setAccessibleName(text)
        self._name_button()

    def set_value(self, value: str) -> None:
        """The exact text to show and copy."""
        self.field.setText(value)
        self.field.setCursorPosition(0)

    def place_in(self, grid: QGridLayout, row: int, column: int = 0) -> None:
        """Put the label, field and button in ``row`` of a table's grid, from ``column``
        on, so that several rows line up (the row widget itself stays empty and hidden).
        In a table the button itself says "Copied" for a moment (no extra column)."""
        layout = self.layout()
        for offset, widget in enumerate((self.label, self.field, self.button)):
            if layout is not None:
                layout.removeWidget(widget)
            widget.setParent(grid.parentWidget())
            grid.addWidget(widget, row, column + offset)
        self.confirmation.setParent(self)
        self._in_table = True
        self.hide()
        self.retranslate()

    def set_copyable(self, copyable: bool) -> None:
        """A value to pick rather than type ("IMAP", "Off (not ticked)") has nothing to
        paste: no Copy button, and no field frame that invites typing."""
        self._copyable = copyable
        self.button.setVisible(copyable)
        self.confirmation.setVisible(copyable)
        self.field.setFrame(copyable)
        self._blend()
        self.retranslate()

    def _blend(self) -> None:
        """A value that is not copied sits on the window's colour, like a label."""
        if self._copyable:
            return
        palette = self.palette()
        palette.setBrush(QPalette.ColorRole.Base, palette.brush(QPalette.ColorRole.Window))
        self.field.setPalette(palette)

    def value(self) -> str:
        """The text the Copy button puts on the clipboard."""
        return self.field.text()

    def copy(self) -> None:
        """Put the value on the clipboard and confirm it for a moment."""
        value = self.value()
        QGuiApplication.clipboard().setText(value)
        self._timer.start()
        self._show_confirmation()
        self.copied.emit(value)

    def retranslate(self) -> None:
        """Set this row's own texts (button, confirmation) in the current language."""
        self.button.setText(self.tr("Copy"))
        self.field.setAccessibleDescription(
            self.tr("The Copy button next to it puts this value on the clipboard.")
            if self._copyable
            else ""
        )
        metrics = self.confirmation.fontMetrics()  # with a margin: the style may still change it
        width = metrics.horizontalAdvance(self.tr("Copied")) + 2 * metrics.averageCharWidth()
        self.confirmation.setMinimumWidth(width)
        if self._in_table:  # the button shows both words: as wide as the longer one
            widest = max(self.tr("Copy"), self.tr("Copied"), key=metrics.horizontalAdvance)
            self.button.setMinimumWidth(
                metrics.horizontalAdvance(widest) + 4 * metrics.averageCharWidth()
            )
        self._name_button()
        self._show_confirmation()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._blend()  # the desktop switched theme: follow it
        super().changeEvent(event)

    def _name_button(self) -> None:
        self.button.setAccessibleName(self.tr("Copy {what}").format(what=self._label_text))

    def _show_confirmation(self) -> None:
        text = self.tr("Copied") if self._timer.isActive() else ""
        self.confirmation.setText(text)
        self.button.setAccessibleDescription(text)
        if self._in_table:
            self.button.setText(text or self.tr("Copy"))
