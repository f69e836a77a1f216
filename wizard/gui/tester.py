"""Runs the connection test off the GUI thread and hands the results back to it.

:func:`wizard.core.probe.account.probe_account` blocks for up to its time limit, so it
runs in a worker (:class:`~wizard.gui.jobs.TaggedJobs`). :meth:`ConnectionTester.cancel`
and a new :meth:`~ConnectionTester.start` make the old run stale and close its sockets,
so the page only ever hears about the run it asked for.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from wizard.core.model import AccountDraft, OutgoingKind
from wizard.core.probe.account import probe_account
from wizard.core.probe.errors import BadCredentialsInputError, ProbeErrorCode
from wizard.core.probe.net import CancelToken
from wizard.core.probe.results import (
    ProbeReport,
    ProbeSettings,
    Server,
    Step,
    StepResult,
)
from wizard.core.provider import Provider
from wizard.gui.jobs import Job, Progress, TaggedJobs
from wizard.gui.worker_pool import new_pool

log = logging.getLogger(__name__)


def _probe_job(
    draft: AccountDraft, provider: Provider, settings: ProbeSettings, token: CancelToken
) -> Job:
    """One call of ``probe_account`` for the worker; a refused login is a report too."""

    def job(progress: Progress) -> ProbeReport:
        try:
            return probe_account(draft, provider, settings, token, progress)
        except BadCredentialsInputError as error:
            return _report_without_probe(draft, ProbeErrorCode.BAD_CREDENTIALS_INPUT, error)

    return job


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
        if pool is None:  # a cancelled run frees its thread within ~0.1 s
            pool = new_pool(max_threads=4)
        self._pool = pool
        self._jobs = TaggedJobs(pool, self)
        self._jobs.progress.connect(lambda _tag, event: self.progress.emit(event))
        self._jobs.finished.connect(self._on_finished)
        self._jobs.discarded.connect(lambda _tag: self.discarded.emit())
        self._token: CancelToken | None = None

    @property
    def running(self) -> bool:
        """True from :meth:`start` until ``finished`` or :meth:`cancel`."""
        return self._jobs.running

    @property
    def settings(self) -> ProbeSettings:
        """The limits every run uses."""
        return self._settings

    def start(self, draft: AccountDraft) -> None:
        """Test ``draft`` now; a run still going is cancelled and forgotten first."""
        was_running = self.running
        self._stop_current()
        self._token = CancelToken()
        job = _probe_job(draft, self._provider, self._settings, self._token)
        self._jobs.start(job, on_error=lambda error: _crashed(draft, error))
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
        self._jobs.forget()  # whatever the old run still sends is now stale
        token, self._token = self._token, None
        if token is not None:
            token.cancel()  # wakes the probe's supervisor; it returns within milliseconds

    @Slot(int, object)
    def _on_finished(self, _tag: int, report: ProbeReport) -> None:
        self._token = None
        self.finished.emit(report)
        self.running_changed.emit(False)


def _crashed(draft: AccountDraft, error: Exception) -> ProbeReport:
    """A missing CA file, a bug: the page shows a failed test, never hangs."""
    return _report_without_probe(draft, ProbeErrorCode.PROTOCOL_ERROR, error)
