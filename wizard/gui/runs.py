"""One cancellable blocking call at a time, off the interface thread.

The connection test, the round trip, the relay search and the doctor each block for
seconds and can be stopped: the core takes a :class:`CancelToken` and returns at once
when it fires. :class:`CancellableRun` pairs that token with :class:`TaggedJobs`, so
stopping or starting anew also means that nothing of the old run reaches the page.
A subclass (or a caller) hands :meth:`CancellableRun.run` the work as
``work(token, progress)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from wizard.core.probe.net import CancelToken
from wizard.gui.jobs import ErrorFallback, Progress, TaggedJobs
from wizard.gui.worker_pool import new_pool

Work = Callable[[CancelToken, Progress], object]


class CancellableRun(QObject):
    """Starts and stops one kind of blocking work; signals arrive on the GUI thread.

    ``progress(value)`` for what the work reports while it runs, ``finished(result)``
    once per run that was not cancelled or replaced (whose late result only causes
    ``discarded``). ``running_changed(bool)`` follows :attr:`running`.
    """

    progress = Signal(object)
    finished = Signal(object)
    running_changed = Signal(bool)
    discarded = Signal()  # the result of a cancelled or replaced run arrived and was dropped

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if pool is None:  # a cancelled run frees its thread within ~0.1 s
            pool = new_pool(max_threads=4)
        self._pool = pool
        self._jobs = TaggedJobs(pool, self)
        self._jobs.progress.connect(lambda _tag, value: self.progress.emit(value))
        self._jobs.finished.connect(self._on_finished)
        self._jobs.discarded.connect(lambda _tag: self.discarded.emit())
        self._token: CancelToken | None = None

    @property
    def running(self) -> bool:
        """True from :meth:`run` until ``finished`` or :meth:`cancel`."""
        return self._jobs.running

    def run(self, work: Work, on_error: ErrorFallback) -> None:
        """Start ``work``; a run still going is cancelled and forgotten first.

        ``on_error`` turns an exception of the work into its result (a bug, a missing
        file): the page then shows a failure instead of waiting for ever.
        """
        was_running = self.running
        self._stop_current()
        token = self._token = CancelToken()
        self._jobs.start(lambda progress: work(token, progress), on_error=on_error)
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
            token.cancel()  # the core's supervisor wakes and returns within milliseconds

    @Slot(int, object)
    def _on_finished(self, _tag: int, result: object) -> None:
        self._token = None
        self.finished.emit(result)
        self.running_changed.emit(False)
