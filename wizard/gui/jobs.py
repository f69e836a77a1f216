"""Blocking work off the interface thread, with results that cannot arrive stale.

The connection test, the keyring, the strength meter and the commit all block (sockets,
D-Bus, a few milliseconds of scoring, file writes), so each runs in a ``QThreadPool``
worker. Python cannot stop a thread, so "cancel" and "the user typed something else"
both mean: ignore what the old run still delivers. :class:`TaggedJobs` does that once
for everyone: every :meth:`~TaggedJobs.start` gets a new tag, and only the latest
tag's progress and result reach ``progress``/``finished``; a result of an older (or
forgotten) run only causes ``discarded``.

Usage::

    jobs = TaggedJobs(pool, parent=self)
    jobs.finished.connect(self._on_result)          # (tag, result)
    tag = jobs.start(lambda progress: slow_call(), on_error=lambda error: fallback)
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[object], None]
Job = Callable[[Progress], object]
ErrorFallback = Callable[[Exception], object]


class _Carrier(QObject):
    """Brings values from a worker thread to the interface thread (queued signals).

    It has no parent on purpose: a running job keeps it alive, so a job that ends after
    its owner was deleted emits into the void instead of into a deleted object.
    """

    progress = Signal(int, object)
    finished = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, carrier: _Carrier, tag: int, job: Job, on_error: ErrorFallback) -> None:
        super().__init__()
        self._carrier = carrier
        self._tag = tag
        self._job: Job | None = job
        self._on_error = on_error

    def run(self) -> None:
        job, self._job = self._job, None  # drop the closure (and any password) at once
        assert job is not None
        tag, carrier = self._tag, self._carrier

        def progress(value: object) -> None:
            carrier.progress.emit(tag, value)

        try:
            result = job(progress)
        except Exception as error:  # the job's own fallback: never leave a page waiting
            log.exception("background job %d failed", tag)
            result = self._on_error(error)
        del job
        carrier.finished.emit(tag, result)


class TaggedJobs(QObject):
    """Runs jobs in ``pool``; only the latest one's signals come through.

    ``progress(tag, value)`` and ``finished(tag, result)`` for the current run;
    ``discarded(tag)`` when an older or forgotten run finishes.
    """

    progress = Signal(int, object)
    finished = Signal(int, object)
    discarded = Signal(int)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._carrier = _Carrier()
        self._carrier.progress.connect(self._on_progress)
        self._carrier.finished.connect(self._on_finished)
        self._tag = 0
        self._running: int | None = None  # the tag whose result is still wanted

    @property
    def running(self) -> bool:
        """True from :meth:`start` until the current run's result arrived or it was
        forgotten."""
        return self._running is not None

    def start(self, job: Job, on_error: ErrorFallback) -> int:
        """Run ``job(progress)`` in the pool; earlier runs become stale. Returns the tag.

        ``on_error`` turns an exception of the job into its result (logged first).
        """
        self._tag += 1
        self._running = self._tag
        self._pool.start(_Task(self._carrier, self._tag, job, on_error))
        return self._tag

    def forget(self) -> None:
        """Nothing of the current run may arrive any more (cancel, or a new question)."""
        self._tag += 1
        self._running = None

    @Slot(int, object)
    def _on_progress(self, tag: int, value: object) -> None:
        if tag == self._running:
            self.progress.emit(tag, value)

    @Slot(int, object)
    def _on_finished(self, tag: int, result: object) -> None:
        if tag != self._running:
            self.discarded.emit(tag)
            return
        self._running = None
        self.finished.emit(tag, result)
