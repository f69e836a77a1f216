"""A "Details" disclosure: what only a helpdesk needs, out of sight until asked for.

Paths, profile folders, backup names, step timings and server answers help the person
on the phone with the user, not the user. They sit under a small arrow button, closed
by default. The button is in the Tab order and says whether it is open (a push button
whose accessible description is "Collapsed. Press Space to expand." or the reverse: a
checkable button would reach a screen reader as a check box, "not checked"), and
opening it lets the window grow to show the content
without a scroll bar; closing never shrinks the window under the user's hands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QToolButton, QVBoxLayout, QWidget

FRAME_ALLOWANCE = 40  # the window's title bar and frame, outside its own height


class Details(QWidget):
    """A toggle button and, below it, ``content`` (any widget), hidden by default."""

    toggled = Signal(bool)

    def __init__(self, content: QWidget, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.content = content
        self.button = QToolButton(self)
        self.button.setObjectName(f"{object_name}Button")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.clicked.connect(self._clicked)
        self._open = False
        content.setParent(self)
        content.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(content)
        self._label = ""
        self._what = ""

    def set_texts(self, label: str, what: str) -> None:
        """``label``: the button's text ("&Details"); ``what``: what it shows, for the
        accessible name ("Details of the test")."""
        self._label = label
        self._what = what
        self.button.setText(label)
        self._name()

    def is_open(self) -> bool:
        """Whether the content is shown."""
        return self._open

    def set_open(self, shown: bool) -> None:
        """Open or close it (as the button does)."""
        if shown == self._open:
            return
        self._open = shown
        self.button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.content.setVisible(shown)
        self._name()
        self.toggled.emit(shown)

    def _clicked(self) -> None:
        """Only a person's click grows the window; a page that opens it itself fits."""
        self.set_open(not self._open)
        if self._open:
            QTimer.singleShot(0, self._grow_window)  # once the layouts know the new size

    def _name(self) -> None:
        self.button.setAccessibleName(self._what or self._label.replace("&", ""))
        self.button.setAccessibleDescription(
            self.tr("Expanded. Press Space to collapse.")
            if self._open
            else self.tr("Collapsed. Press Space to expand.")
        )

    def _grow_window(self) -> None:
        """Let the window grow so the page shows the opened content without scrolling,
        as far as the screen allows (the page scrolls beyond that)."""
        window = self.window()
        scroll = self._scroll_area()
        if window is None or scroll is None or not window.isVisible() or not self.is_open():
            return
        body = scroll.widget()
        if body is None:
            return
        width = scroll.viewport().width()
        needed = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        if needed < 0:
            needed = body.sizeHint().height()
        extra = needed - scroll.viewport().height()
        if extra <= 0:
            return
        height = window.height() + extra
        screen = window.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - FRAME_ALLOWANCE)
        if height > window.height():
            window.resize(window.width(), height)

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent
