"""One line of the connection test's checklist, and how states and numbers read.

Each step shows a symbol and a status word (colour is never the only signal), its name
and its time. The wording lives in the ConnectionTestPage context of the catalogue, the
page these rows belong to.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from wizard.core.errors import ErrorCode
from wizard.core.probe_types import Server, Step, StepResult
from wizard.core.provider import MIB
from wizard.gui.messages.probe import step_label

# lupdate finds ``translate("Context", "text")`` calls; the context must be a literal.
translate = QCoreApplication.translate


class RowState(Enum):
    """Where one step of the checklist stands: (symbol, colour)."""

    WAITING = ("○", "#5f5f5f")
    RUNNING = ("◔", "#0b5cad")
    OK = ("✔", "#1a7f37")
    WARNING = ("⚠", "#8a5a00")
    FAILED = ("✘", "#a4000f")
    NOT_TESTED = ("–", "#5f5f5f")
    STOPPED = ("■", "#5f5f5f")


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


def status_text(state: RowState) -> str:
    """The status word that goes with the symbol (colour is never the only signal)."""
    texts = {
        RowState.WAITING: translate("ConnectionTestPage", "Waiting"),
        RowState.RUNNING: translate("ConnectionTestPage", "Checking…"),
        RowState.OK: translate("ConnectionTestPage", "OK"),
        RowState.WARNING: translate("ConnectionTestPage", "Warning"),
        RowState.FAILED: translate("ConnectionTestPage", "Failed"),
        RowState.NOT_TESTED: translate("ConnectionTestPage", "Not tested"),
        RowState.STOPPED: translate("ConnectionTestPage", "Stopped"),
    }
    return texts[state]


def format_seconds(seconds: float, decimals: int = 1) -> str:
    """``1.25`` -> "1.3 s" / "1,3 s", in the current locale."""
    number = QLocale().toString(float(seconds), "f", decimals)
    return translate("ConnectionTestPage", "{seconds} s").format(seconds=number)


def format_megabytes(size: int) -> str:
    """Bytes as MB with one decimal ("12.3"), or a whole number when it is one ("25")."""
    locale = QLocale()
    if size % MIB == 0:
        return locale.toString(size // MIB)
    return locale.toString(size / MIB, "f", 1)


def state_of(result: StepResult) -> RowState:
    """The checklist state a finished step shows."""
    if result.ok:
        return RowState.OK
    if result.code is ErrorCode.CANCELLED:
        return RowState.STOPPED
    return RowState.WARNING if result.warning else RowState.FAILED
