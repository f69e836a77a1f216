"""Runs the connection test off the GUI thread and hands the results back to it.

:func:`wizard.core.probe.account.probe_account` blocks for up to its time limit, so it
runs in a worker (:class:`~wizard.gui.runs.CancellableRun`). :meth:`~CancellableRun.cancel`
and a new :meth:`~ConnectionTester.start` make the old run stale and close its sockets,
so the page only ever hears about the run it asked for.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool

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
from wizard.gui.jobs import Progress
from wizard.gui.runs import CancellableRun

log = logging.getLogger(__name__)


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


class ConnectionTester(CancellableRun):
    """Starts and stops connection tests; signals arrive on the GUI thread.

    ``progress(ProgressEvent)`` for every step started or finished, ``finished(ProbeReport)``
    once per run that was not cancelled or replaced (whose late report only causes
    ``discarded``). ``running_changed(bool)`` follows :attr:`running`.
    """

    def __init__(
        self,
        provider: Provider,
        settings: ProbeSettings | None = None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(pool, parent)
        self._provider = provider
        self._settings = settings or ProbeSettings()

    @property
    def settings(self) -> ProbeSettings:
        """The limits every run uses."""
        return self._settings

    def start(self, draft: AccountDraft) -> None:
        """Test ``draft`` now; a run still going is cancelled and forgotten first."""
        provider, settings = self._provider, self._settings

        def work(token: CancelToken, progress: Progress) -> ProbeReport:
            try:
                return probe_account(draft, provider, settings, token, progress)
            except BadCredentialsInputError as error:
                return _report_without_probe(draft, ProbeErrorCode.BAD_CREDENTIALS_INPUT, error)

        self.run(work, on_error=lambda error: _crashed(draft, error))


def _crashed(draft: AccountDraft, error: Exception) -> ProbeReport:
    """A missing CA file, a bug: the page shows a failed test, never hangs."""
    return _report_without_probe(draft, ProbeErrorCode.PROTOCOL_ERROR, error)
