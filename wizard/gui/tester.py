"""Runs the connection test off the GUI thread and hands the results back to it.

:func:`wizard.core.probe.account.probe_account` blocks for up to its time limit, so it runs in a
``QThreadPool`` worker. Its progress callback and its result cross back to the GUI thread
as queued signals. Every run has a number; :meth:`ConnectionTester.cancel` and a new
:meth:`~ConnectionTester.start` move the number on, so anything a stopped run still
delivers is dropped here and the page only ever hears about the run it asked for.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from wizard.core.model import AccountDraft, OutgoingKind
from wizard.core.probe.account import probe_account
from wizard.core.probe.errors import BadCredentialsInputError, ProbeErrorCode
from wizard.core.probe.net import CancelToken
from wizard.core.probe.results import (
    ProbeReport,
    ProbeSettings,
    ProgressEvent,
    Server,
    Step,
    StepResult,
)
from wizard.core.provider import Provider

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; emitted from the worker, so connections are queued."""

    progress = Signal(int, object)  # run number, ProgressEvent
    finished = Signal(int, object)  # run number, ProbeReport


class _ProbeRun(QRunnable):
    """One call of ``probe_account`` in a pool thread."""

    def __init__(
        self,
        number: int,
        draft: AccountDraft,
        provider: Provider,
        settings: ProbeSettings,
        token: CancelToken,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._number = number
        self._draft = draft
        self._provider = provider
        self._settings = settings
        self._token = token
        self._relay = relay

    def run(self) -> None:
        number, relay = self._number, self._relay

        def progress(event: ProgressEvent) -> None:
            relay.progress.emit(number, event)

        try:
            report = probe_account(
                self._draft, self._provider, self._settings, self._token, progress
            )
        except BadCredentialsInputError as error:
            report = _report_without_probe(self._draft, ProbeErrorCode.BAD_CREDENTIALS_INPUT, error)
        except Exception as error:  # a missing CA file, a bug: never leave the page hanging
            log.exception("connection test crashed")
            report = _report_without_probe(self._draft, ProbeErrorCode.PROTOCOL_ERROR, error)
        relay.finished.emit(number, report)


def _report_without_probe(
    draft: AccountDraft, code: ProbeErrorCode, error: BaseException
) -> ProbeReport:
    """A report for a test that could not start; its detail never holds a secret
    (``BadCredentialsInputError`` names the field and the problem, not the value)."""
    detail = str(error) if isinstance(error, BadCredentialsInputError) else type(error).__name__
    step = Step.LOGIN if code is ProbeErrorCode.BAD_CREDENTIALS_INPUT else Step.SESSION
    return ProbeReport(
        steps=(StepResult(Server.INCOMING, step, False, code, 0.0, detail),),
        ok=False,
        protocol=draft.protocol,
        outgoing_is_relay=draft.outgoing.kind is OutgoingKind.ISP_RELAY,
    )


class ConnectionTester(QObject):
    """Starts and stops connection tests; signals arrive on the GUI thread.

    ``progress(ProgressEvent)`` for every step started or finished, ``finished(ProbeReport)``
    once per run that was not cancelled or replaced (whose late report only causes
    ``discarded``). ``running_changed(bool)`` follows :attr:`running`.
    """

    progress = Signal(object)
    finished = Signal(object)
    running_changed = Signal(bool)
    discarded = Signal()  # the report of a cancelled or replaced run arrived and was dropped

    def __init__(
        self,
        provider: Provider,
        settings: ProbeSettings | None = None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._provider = provider
        self._settings = settings or ProbeSettings()
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(4)  # a cancelled run frees its thread within ~0.1 s
        self._pool = pool
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished)
        self._number = 0
        self._token: CancelToken | None = None

    @property
    def running(self) -> bool:
        """True from :meth:`start` until ``finished`` or :meth:`cancel`."""
        return self._token is not None

    @property
    def settings(self) -> ProbeSettings:
        """The limits every run uses."""
        return self._settings

    def start(self, draft: AccountDraft) -> None:
        """Test ``draft`` now; a run still going is cancelled and forgotten first."""
        was_running = self.running
        self._stop_current()
        self._number += 1
        self._token = CancelToken()
        self._pool.start(
            _ProbeRun(self._number, draft, self._provider, self._settings, self._token, self._relay)
        )
        if not was_running:
            self.running_changed.emit(True)

    def cancel(self) -> None:
        """Stop the current run; returns at once, and nothing of that run arrives later."""
        if not self.running:
            return
        self._stop_current()
        self.running_changed.emit(False)

    def wait_for_idle(self, msecs: int = -1) -> bool:
        """Wait for the pool's threads to end (shutdown and tests); True when they did."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Cancel and wait for the worker threads (call before the application quits)."""
        self.cancel()
        self.wait_for_idle()

    def _stop_current(self) -> None:
        token, self._token = self._token, None
        self._number += 1  # whatever the old run still sends is now stale
        if token is not None:
            token.cancel()  # wakes the probe's supervisor; it returns within milliseconds

    @Slot(int, object)
    def _on_progress(self, number: int, event: ProgressEvent) -> None:
        if number == self._number and self._token is not None:
            self.progress.emit(event)

    @Slot(int, object)
    def _on_finished(self, number: int, report: ProbeReport) -> None:
        if number != self._number or self._token is None:
            self.discarded.emit()
            return
        self._token = None
        self.finished.emit(report)
        self.running_changed.emit(False)
