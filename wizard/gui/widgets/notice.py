"""A short message with an icon: information, a warning or an error.

Colour is never the only signal (colour-blind users, screen readers): every notice has
an icon of its kind and its text says what is wrong and what to do.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget


class NoticeKind(Enum):
    """How serious the notice is."""

    INFO = QStyle.StandardPixmap.SP_MessageBoxInformation
    WARNING = QStyle.StandardPixmap.SP_MessageBoxWarning
    ERROR = QStyle.StandardPixmap.SP_MessageBoxCritical


class Notice(QWidget):
    """Icon plus word-wrapped text; hidden while it has nothing to say."""

    def __init__(self, kind: NoticeKind = NoticeKind.INFO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._icon)
        layout.addWidget(self.label, 1)
        self.set_kind(kind)

    def set_kind(self, kind: NoticeKind) -> None:
        """Change the icon (and text colour for errors)."""
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(kind.value).pixmap(size, size))
        self.label.setStyleSheet("color: #a4000f;" if kind is NoticeKind.ERROR else "")
        self._kind = kind

    def show_text(self, text: str) -> None:
        """Show ``text``, or hide the notice when it is empty."""
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        """The message shown now ("" when hidden)."""
        return self.label.text() if not self.isHidden() else ""
