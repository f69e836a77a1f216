"""The connection-test page's test message: a box to tick and one line that follows it.

Logging in proves the username and password; only a real message proves that mail
flows (a relay that refuses relaying, a From address the server rejects, a full
mailbox all pass a login test). Once both logins work, this section sends one short
message to the user's own address through the outgoing server chosen, watches it
arrive and deletes it again (:class:`~wizard.gui.round_tripper.RoundTripper`), and
says where it stands in one line: "Test message: sent ✔ — arrived after 1.2 s ✔ —
deleted again ✔".

The page decides when: :meth:`TestMessage.begin` when a test starts,
:meth:`TestMessage.logins_done` when the logins' result is in, :meth:`TestMessage.stop`
for its Stop button. ``changed`` tells it to redraw and re-check whether Next is
allowed (:meth:`TestMessage.blocks`).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from wizard.core.model import AccountDraft
from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.results import ProgressEvent, Server, Step
from wizard.core.probe.round_trip import RoundTripReport
from wizard.gui.announce import announce
from wizard.gui.colours import Tone
from wizard.gui.round_tripper import RoundTripper
from wizard.gui.widgets.status_line import StatusLine
from wizard.texts.probe import ProblemText
from wizard.texts.round_trip import (
    not_sent_line,
    outcome_line,
    round_trip_problem,
    running_line,
    waiting_line,
)

# Outcomes that leave the account usable: the message is late (or the user stopped).
_NOT_A_FAULT = {ProbeErrorCode.NOT_ARRIVED, ProbeErrorCode.CANCELLED}


class TripState(Enum):
    """Where the test message stands."""

    OFF = "off"  # not ticked, or no test started yet
    WAITING = "waiting"  # ticked; the logins are being tested
    RUNNING = "running"
    DONE = "done"
    STOPPED = "stopped"  # the user pressed Stop while it ran
    NOT_SENT = "not_sent"  # the logins failed, or the test was stopped before


class TestMessage(QWidget):
    """Checkbox "Send a test message to myself" and the line that says how it went."""

    changed = Signal()

    def __init__(
        self, round_tripper: RoundTripper, ticked: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("testMessage")
        self.round_tripper = round_tripper
        self.state = TripState.OFF
        self.report: RoundTripReport | None = None
        self._draft: AccountDraft | None = None  # the draft whose logins work
        self._sent = False
        self._arrived_after: float | None = None
        self.box = QCheckBox(self)
        self.box.setObjectName("testMessageBox")
        self.box.setChecked(ticked)
        self.box.toggled.connect(self._toggled)
        self.line = StatusLine("testMessageOutcome", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.box)
        round_tripper.progress.connect(self._on_progress)
        round_tripper.finished.connect(self._on_finished)
        self.retranslate()

    # -- what the page tells it --------------------------------------------------------

    @property
    def wanted(self) -> bool:
        """The box is ticked."""
        return self.box.isChecked()

    @property
    def running(self) -> bool:
        """The message is on its way (Stop stops it)."""
        return self.state is TripState.RUNNING

    def begin(self) -> None:
        """A new test starts: forget the last message; wait for the logins."""
        self._forget()
        self.state = TripState.WAITING if self.wanted else TripState.OFF
        self._render()

    def logins_done(self, draft: AccountDraft, works: bool) -> None:
        """The logins' result is in: send the message when both work (and it is wanted)."""
        self._draft = draft if works else None
        if not self.wanted:
            self.state = TripState.OFF
        elif works:
            self._send()
            return
        else:
            self.state = TripState.NOT_SENT
        self._render()

    def stop(self) -> None:
        """Stop: a message on its way is no longer waited for; one not sent stays unsent."""
        if self.state is TripState.RUNNING:
            self.round_tripper.cancel()
            self.state = TripState.STOPPED
            self._announce_outcome()
        elif self.state is TripState.WAITING:
            self.state = TripState.NOT_SENT
        self._render()

    def reset(self) -> None:
        """The choices changed: nothing is known any more."""
        self._forget()
        self._draft = None
        self.state = TripState.OFF
        self._render()

    def blocks(self) -> bool:
        """True while the message runs, or when it showed that mail does not flow."""
        if self.state is TripState.RUNNING:
            return True
        report = self.report
        return (
            self.state is TripState.DONE
            and report is not None
            and not report.ok
            and report.code not in _NOT_A_FAULT
        )

    def failed_server(self) -> Server | None:
        """The connection the message showed not to work (None: none, or only late)."""
        if not self.blocks() or self.report is None:
            return None
        failed = self.report.failed_step
        return failed.server if failed is not None else Server.OUTGOING

    def problem(self) -> tuple[ProblemText, bool] | None:
        """What went wrong and what to do, and whether it is only a warning."""
        if self.state is not TripState.DONE or self.report is None:
            return None
        text = round_trip_problem(self.report)
        if text is None:
            return None
        return text, self.report.code in _NOT_A_FAULT

    # -- the round trip's signals ------------------------------------------------------

    def _send(self) -> None:
        assert self._draft is not None
        self._forget()
        self.state = TripState.RUNNING
        self.round_tripper.start(self._draft)
        self._render()

    def _forget(self) -> None:
        if self.round_tripper.running:
            self.round_tripper.cancel()
        self.report = None
        self._sent = False
        self._arrived_after = None

    def _toggled(self, ticked: bool) -> None:
        if not ticked:
            self._forget()
            self.state = TripState.OFF
        elif self._draft is not None:  # the logins work already: send it now
            self._send()
            return
        self._render()

    def _on_progress(self, event: ProgressEvent) -> None:
        if self.state is not TripState.RUNNING or event.result is None or not event.result.ok:
            return
        if event.step is Step.SEND:
            self._sent = True
        elif event.step is Step.ARRIVAL:
            self._arrived_after = event.result.seconds
        self._render()

    def _on_finished(self, report: RoundTripReport) -> None:
        if self.state is not TripState.RUNNING:
            return
        self.report = report
        self.state = TripState.DONE
        self._announce_outcome()
        self._render()  # the page's headline follows, and is announced after this

    # -- what it shows -----------------------------------------------------------------

    def _announce_outcome(self) -> None:
        """The message arrived, failed or was stopped: screen readers hear the line."""
        if self.isVisible():
            announce(self.line, self._look_and_text()[1])

    def _render(self) -> None:
        self.line.setVisible(self.state is not TripState.OFF)
        look, text = self._look_and_text()
        self.line.show_state(look[0], look[1], text)
        self.changed.emit()

    def _look_and_text(self) -> tuple[tuple[str, Tone | None], str]:
        """The line's symbol, its meaning and its words for the state now."""
        look: tuple[str, Tone | None]
        if self.state is TripState.WAITING:
            look, text = ("○", None), waiting_line()
        elif self.state is TripState.NOT_SENT:
            look, text = ("–", None), not_sent_line()
        elif self.state is TripState.RUNNING:
            look, text = ("◔", Tone.PROGRESS), running_line(self._sent, self._arrived_after)
        elif self.state is TripState.STOPPED:
            stopped = RoundTripReport(
                ok=False,
                code=ProbeErrorCode.CANCELLED,
                sent=self._sent,
                received=False,
                seconds=None,
                deleted=False,
            )
            look, text = ("■", None), outcome_line(stopped)
        elif self.state is TripState.DONE and self.report is not None:
            look, text = self._done_look(self.report), outcome_line(self.report)
        else:
            look, text = ("○", None), ""
        return look, text

    @staticmethod
    def _done_look(report: RoundTripReport) -> tuple[str, Tone | None]:
        if report.ok:
            return "✔", Tone.SUCCESS
        if report.code in _NOT_A_FAULT:
            return "⚠", Tone.WARNING
        return "✘", Tone.ERROR

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The box's words and the line, in the current language."""
        self.box.setText(self.tr("Send a &test message to myself"))
        self.box.setAccessibleDescription(
            self.tr(
                "Sends one short message to your own address, waits until it arrives and "
                "deletes it again."
            )
        )
        self._render()
