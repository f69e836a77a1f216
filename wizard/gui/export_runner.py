"""Applies export plans on a worker thread, so the window stays responsive while writing.

Each run is tagged; the page ignores a result whose tag is not the one it waits for.
``Exporter.apply`` never raises by contract; should one break that promise anyway, the
client gets a failed report and the traceback goes to the log.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from wizard.core.exporters.base import ClientReport, Exporter, ExportErrorCode, Plan, Status
from wizard.core.exporters.client_passwords import (
    StoresPasswords,
    hand_over_password,
    takes_password,
)

log = logging.getLogger(__name__)

# The exporter, its plan, and the password to hand over to a program that reads it
# from the keyring (Evolution) after a successful write; "" for none.
Job = tuple[Exporter, Plan, str]


class ExportRunner(QObject):
    """Starts apply runs on a thread pool and reports ``finished(run_id, reports)``."""

    finished = Signal(int, object)  # run id, tuple[ClientReport, ...]

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._last_id = 0

    def start(self, jobs: Sequence[Job]) -> int:
        """Apply ``jobs`` in order on the pool; returns the run's tag."""
        self._last_id += 1
        self._pool.start(_ApplyTask(self._last_id, tuple(jobs), self))
        return self._last_id


class _ApplyTask(QRunnable):
    def __init__(self, run_id: int, jobs: tuple[Job, ...], runner: ExportRunner) -> None:
        super().__init__()
        self._run_id = run_id
        self._jobs = jobs
        self._runner = runner

    def run(self) -> None:
        reports = tuple(_apply(*job) for job in self._jobs)
        self._runner.finished.emit(self._run_id, reports)


def _apply(exporter: Exporter, plan: Plan, password: str) -> ClientReport:
    try:
        report = exporter.apply(plan)
    except Exception:
        log.exception("%s export broke its contract and raised", plan.client)
        return ClientReport(
            plan.client, plan.target.path, Status.FAILED, ExportErrorCode.WRITE_FAILED.value
        )
    if not password or not takes_password(exporter):
        return report
    try:
        return hand_over_password(cast(StoresPasswords, exporter), plan, report, password)
    except Exception:  # the account is written; only the password is missing
        log.exception("%s: handing over the password failed", plan.client)
        return report
