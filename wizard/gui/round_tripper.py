"""Runs the round trip (a real test message to oneself) off the GUI thread.

:func:`wizard.core.probe.round_trip.round_trip` blocks until the message arrived, the
arrival ceiling passed or the token fired; :class:`RoundTripper` runs it in a worker
like the connection test (:class:`~wizard.gui.runs.CancellableRun`), so Stop returns at
once and nothing of a stopped run reaches the page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool

from wizard.core.model import AccountDraft
from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.net import CancelToken
from wizard.core.probe.results import Server, Step, StepResult
from wizard.core.probe.round_trip import RoundTripReport, RoundTripSettings, round_trip
from wizard.core.provider import Provider
from wizard.gui.jobs import Progress
from wizard.gui.runs import CancellableRun
from wizard.texts.round_trip import message_text


class RoundTripper(CancellableRun):
    """Sends the test message and watches it arrive; ``progress(ProgressEvent)`` per step,
    ``finished(RoundTripReport)`` once per run that was not stopped or replaced."""

    def __init__(
        self,
        provider: Provider,
        settings: RoundTripSettings | None = None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(pool, parent)
        self._provider = provider
        self._settings = settings or RoundTripSettings()

    @property
    def settings(self) -> RoundTripSettings:
        """The limits every run uses (the arrival ceiling among them)."""
        return self._settings

    def start(self, draft: AccountDraft) -> None:
        """Send the test message for ``draft`` now, in the interface's language."""
        provider, settings = self._provider, self._settings
        text = message_text()  # translated here, on the GUI thread

        def work(token: CancelToken, progress: Progress) -> RoundTripReport:
            return round_trip(draft, provider, text, settings, token, progress)

        self.run(work, on_error=_crashed)


def _crashed(error: Exception) -> RoundTripReport:
    """A bug or an unreadable CA file: a failed round trip, never a page that waits."""
    step = StepResult(
        Server.OUTGOING, Step.SEND, False, ProbeErrorCode.PROTOCOL_ERROR, 0.0, type(error).__name__
    )
    return RoundTripReport(
        ok=False,
        code=ProbeErrorCode.PROTOCOL_ERROR,
        sent=False,
        received=False,
        seconds=None,
        deleted=False,
        steps=(step,),
    )
