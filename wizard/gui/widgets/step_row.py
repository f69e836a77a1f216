"""One line of the connection test's checklist.

Each step shows a symbol and a status word (colour is never the only signal), its name
and its time; the words and number formats come from ``gui/messages/probe.py``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from wizard.core.probe.results import Server, Step, StepResult
from wizard.texts.probe import RowState, format_seconds, status_text, step_label


class StepRow(QWidget):
    """One line of the checklist: symbol, step name, status word and time."""

    def __init__(self, server: Server, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.server = server
        self.step = step
        self.state = RowState.WAITING
        self.result: StepResult | None = None
        self._colour = ""
        self.setObjectName(f"{server.value}{step.value.capitalize()}Row")
        self.symbol = QLabel(self)
        self.symbol.setObjectName(f"{self.objectName()}Symbol")
        self.symbol.setFixedWidth(self.fontMetrics().horizontalAdvance("MM"))
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = QLabel(self)
        self.name.setObjectName(f"{self.objectName()}Name")
        self.name.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName(f"{self.objectName()}Status")
        self.seconds = QLabel(self)
        self.seconds.setObjectName(f"{self.objectName()}Time")
        self.seconds.setStyleSheet("color: #5f5f5f;")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.symbol)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.seconds)

    def set_state(self, state: RowState, result: StepResult | None = None) -> None:
        """Show ``state``; ``result`` gives the time once the step is over."""
        self.state = state
        self.result = result
        self.refresh()

    def refresh(self) -> None:
        """(Re)write the texts in the current language."""
        symbol, colour = self.state.value
        self.symbol.setText(symbol)
        if colour != self._colour:  # style sheets are slow to apply: only on a change
            self.symbol.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.status.setStyleSheet(f"color: {colour};")
            self._colour = colour
        self.name.setText(step_label(self.step))
        status = status_text(self.state)
        self.status.setText(status)
        seconds = ""
        if self.result is not None and self.state is not RowState.STOPPED:
            seconds = format_seconds(self.result.seconds, 2)
        self.seconds.setText(seconds)
        # A comma reads as a pause in every language: no sentence to translate.
        self.setAccessibleName(f"{self.name.text()}, {status}")
