"""One line of the connection test's checklist (shown under "Details").

Each step shows a symbol and a status word (colour is never the only signal), its name
and its time; the words and number formats come from ``wizard.texts.probe``, the
colours from the desktop's palette (``wizard.gui.colours``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from wizard.core.probe.results import Server, Step, StepResult
from wizard.gui.colours import Tone, muted, style_colour, tone
from wizard.texts.probe import RowState, format_seconds, status_text, step_label

# The meaning of each state's colour; None: the quieter text colour.
STATE_TONES: dict[RowState, Tone | None] = {
    RowState.WAITING: None,
    RowState.RUNNING: Tone.PROGRESS,
    RowState.OK: Tone.SUCCESS,
    RowState.WARNING: Tone.WARNING,
    RowState.FAILED: Tone.ERROR,
    RowState.NOT_TESTED: None,
    RowState.STOPPED: None,
}


class StepRow(QWidget):
    """One line of the checklist: symbol, step name, status word and time."""

    def __init__(self, server: Server, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.server = server
        self.step = step
        self.state = RowState.WAITING
        self.result: StepResult | None = None
        self._coloured: tuple[RowState, str] | None = None
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

    def colour(self) -> str:
        """The colour of the symbol and status word now (for tests of contrast)."""
        meaning = STATE_TONES[self.state]
        palette = self.palette()
        return style_colour(muted(palette) if meaning is None else tone(palette, meaning))

    def refresh(self) -> None:
        """(Re)write the texts in the current language."""
        self.symbol.setText(self.state.value)
        colour = self.colour()
        if self._coloured != (self.state, colour):  # style sheets are slow: only on a change
            self.symbol.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.status.setStyleSheet(f"color: {colour};")
            self.seconds.setStyleSheet(f"color: {style_colour(muted(self.palette()))};")
            self._coloured = (self.state, colour)
        self.name.setText(step_label(self.step))
        status = status_text(self.state)
        self.status.setText(status)
        seconds = ""
        if self.result is not None and self.state is not RowState.STOPPED:
            seconds = format_seconds(self.result.seconds, 2)
        self.seconds.setText(seconds)
        # A comma reads as a pause in every language: no sentence to translate.
        self.setAccessibleName(f"{self.name.text()}, {status}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)
