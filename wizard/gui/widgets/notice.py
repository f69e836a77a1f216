"""A short message with an icon: information, a warning or an error.

Colour is never the only signal (colour-blind users, screen readers): every notice has
an icon of its kind and its text says what is wrong and what to do.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class NoticeKind(Enum):
    """How serious the notice is (values name a ``QStyle.StandardPixmap``)."""

    INFO = "SP_MessageBoxInformation"
    WARNING = "SP_MessageBoxWarning"
    ERROR = "SP_MessageBoxCritical"


class Notice(QWidget):
    """Icon plus word-wrapped text; hidden while it has nothing to say.

    The icon is fetched from the style only when there is something to show: PySide
    builds the large ``QStyle`` class on first use, tens of milliseconds that must not
    delay the first page (whose notices stay empty).
    """

    def __init__(self, kind: NoticeKind = NoticeKind.INFO, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # see the class notes: kept off the first page's path

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
        self._kind = kind
        self._icon_shown: NoticeKind | None = None
        self.label.setStyleSheet("color: #a4000f;" if kind is NoticeKind.ERROR else "")

    def set_kind(self, kind: NoticeKind) -> None:
        """Change the icon (and text colour for errors)."""
        self._kind = kind
        self.label.setStyleSheet("color: #a4000f;" if kind is NoticeKind.ERROR else "")
        if self.label.text():
            self._load_icon()

    def show_text(self, text: str) -> None:
        """Show ``text``, or hide the notice when it is empty."""
        self.label.setText(text)
        if text:
            self._load_icon()
        self.setVisible(bool(text))

    def text(self) -> str:
        """The message shown now ("" when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def _load_icon(self) -> None:
        if self._icon_shown is self._kind:
            return
        from PySide6.QtWidgets import QStyle  # PySide builds this large class on first use

        style = self.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = getattr(QStyle.StandardPixmap, self._kind.value)
        self._icon.setPixmap(style.standardIcon(pixmap).pixmap(size, size))
        self._icon_shown = self._kind
