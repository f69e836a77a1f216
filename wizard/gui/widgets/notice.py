"""A short message with an icon: information, a warning or an error.

Colour is never the only signal (colour-blind users, screen readers): every notice has
an icon of its kind and its text says what is wrong and what to do. Page-level notices
are written in the normal text colour (a paragraph in red is hard to read and alarming);
only the short error under a field is tinted, in a red taken from the desktop's palette
that keeps 4.5:1 contrast on light and dark themes alike.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class FocusFrameLabel(QLabel):
    """A label Tab stops at: a screen reader reads it, and a one-pixel frame in the text
    colour shows the focus (a style sheet would do it too, but a widget with a style
    sheet no longer follows a palette change, so a dark desktop would dim the text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # see Notice: kept off the first page's path

        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # set again after any interaction flags
        self.setLineWidth(1)
        self._show_frame(False)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self._show_frame(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self._show_frame(False)
        super().focusOutEvent(event)

    def _show_frame(self, shown: bool) -> None:
        """The frame takes the place of an equal margin: the text never moves."""
        self.setFrameShape(QFrame.Shape.Box if shown else QFrame.Shape.NoFrame)
        margin = 0 if shown else self.lineWidth()
        self.setContentsMargins(margin, margin, margin, margin)


class NoticeKind(Enum):
    """How serious the notice is (values name a ``QStyle.StandardPixmap``)."""

    INFO = "SP_MessageBoxInformation"
    WARNING = "SP_MessageBoxWarning"
    ERROR = "SP_MessageBoxCritical"


class Notice(QWidget):
    """Icon plus word-wrapped text; hidden while it has nothing to say.

    The icon is fetched from the style only when there is something to show: PySide
    builds the large ``QStyle`` class on first use, tens of milliseconds that must not
    delay the first page (whose notices stay empty). ``tinted``: an error's text takes
    the palette's error colour (the error line under a field). ``focusable``: Tab stops
    on the text, so a keyboard or screen-reader user meets an explanation that matters
    (why the test failed, what POP3 does) in reading order instead of never at all.
    """

    def __init__(
        self,
        kind: NoticeKind = NoticeKind.INFO,
        parent: QWidget | None = None,
        tinted: bool = False,
        focusable: bool = False,
    ) -> None:
        from PySide6.QtCore import Qt  # see the class notes: kept off the first page's path

        super().__init__(parent)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        # Focusable: Tab stops here and a screen reader reads the text (keyboard selection
        # is not switched on: it would draw a text cursor).
        self.label = FocusFrameLabel(self) if focusable else QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if focusable:  # after the flags: QLabel derives its focus policy from them
            self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._icon)
        layout.addWidget(self.label, 1)
        self._kind = kind
        self._tinted = tinted
        self._icon_shown: NoticeKind | None = None

    def set_kind(self, kind: NoticeKind) -> None:
        """Change the icon (and the tint of a tinted error)."""
        self._kind = kind
        if self.label.text():
            self._load_icon()
            self._tint()

    def show_text(self, text: str) -> None:
        """Show ``text``, or hide the notice when it is empty."""
        self.label.setText(text)
        if text:
            self._load_icon()
            self._tint()
        self.setVisible(bool(text))

    def text(self) -> str:
        """The message shown now ("" when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange and self.label.text():
            self._tint()
        super().changeEvent(event)

    def _tint(self) -> None:
        if not (self._tinted and self._kind is NoticeKind.ERROR):
            self.label.setStyleSheet("")
            return
        from wizard.gui.colours import Tone, style_colour, tone

        self.label.setStyleSheet(f"color: {style_colour(tone(self.palette(), Tone.ERROR))};")

    def _load_icon(self) -> None:
        if self._icon_shown is self._kind:
            return
        from PySide6.QtWidgets import QStyle  # PySide builds this large class on first use

        style = self.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = getattr(QStyle.StandardPixmap, self._kind.value)
        self._icon.setPixmap(style.standardIcon(pixmap).pixmap(size, size))
        self._icon_shown = self._kind
