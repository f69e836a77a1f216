"""A symbol and a sentence: one outcome in plain words ("Receiving mail works").

The symbol says the state to those who see colour and to those who do not (✔ ✘ ⚠ ◔);
its colour comes from the desktop's palette. The sentence is the accessible name, so
a screen reader reads the outcome, not the symbol.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from wizard.gui.colours import Tone, muted, style_colour, tone
from wizard.gui.widgets.labels import wrapped_label


class StatusLine(QWidget):
    """Symbol (tinted by its meaning) and word-wrapped text."""

    def __init__(
        self, object_name: str, parent: QWidget | None = None, large: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.symbol = QLabel(self)
        self.symbol.setObjectName(f"{object_name}Symbol")
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text = wrapped_label(self, f"{object_name}Text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self._large = large
        if large:
            font = self.text.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(True)
            self.text.setFont(font)
        self.symbol.setFixedWidth(self.fontMetrics().horizontalAdvance("MMM" if large else "MM"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.symbol)
        layout.addWidget(self.text, 1)
        self._meaning: Tone | None = None

    def show_state(self, symbol: str, meaning: Tone | None, text: str) -> None:
        """``meaning`` tints the symbol (None: the quieter text colour)."""
        self.symbol.setText(symbol)
        self._meaning = meaning
        self._tint()
        self.text.setText(text)
        self.setAccessibleName(text)
        self.text.setAccessibleName(text)

    def colour(self) -> str:
        """The symbol's colour now."""
        palette = self.palette()
        meaning = self._meaning
        return style_colour(muted(palette) if meaning is None else tone(palette, meaning))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()
        super().changeEvent(event)

    def _tint(self) -> None:
        size = "font-size: 18pt; " if self._large else ""
        self.symbol.setStyleSheet(f"{size}font-weight: bold; color: {self.colour()};")
