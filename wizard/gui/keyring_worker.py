"""Keyring look-ups off the interface thread, answered by a signal.

A keyring call can block (an unlock prompt, a slow D-Bus), so each one runs in a worker
(:class:`~wizard.gui.jobs.TaggedJobs`). Only the latest request is answered: when the
user types another login meanwhile, the answer about the old one is dropped. Storing
the password is not done here: that is part of the commit
(:func:`wizard.core.setup.apply_setup`).

Usage (the account page offers a password saved by an earlier run)::

    worker = KeyringWorker(KeyringStore(), pool, parent=self)
    worker.finished.connect(self._on_keyring)  # (tag, operation, KeyringOutcome)
    tag = worker.find(KeyringEntry.for_account(provider, username))
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from wizard.core.keyring_store import KeyringEntry, KeyringOutcome, KeyringStatus, KeyringStore
from wizard.gui.jobs import TaggedJobs
from wizard.gui.worker_pool import wait_at_exit

FIND = "find"
REMOVE = "remove"


class KeyringWorker(QObject):
    """Runs :class:`KeyringStore` calls in ``pool``; ``finished`` brings the outcome back.

    ``finished(tag, operation, outcome)``: ``operation`` is ``"find"`` or ``"remove"``;
    ``outcome`` a :class:`KeyringOutcome` (its password is hidden from ``repr``). Never
    raises: a missing or locked keyring is a status.
    """

    finished = Signal(int, str, object)

    def __init__(
        self, store: KeyringStore, pool: QThreadPool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = TaggedJobs(wait_at_exit(pool), self)
        self._jobs.finished.connect(self._answered)

    def find(self, entry: KeyringEntry) -> int:
        """Look up the saved password of ``entry``; returns the request's tag."""
        return self._start(FIND, lambda: self._store.find(entry))

    def remove(self, entry: KeyringEntry) -> int:
        """Delete the saved password of ``entry``; returns the tag."""
        return self._start(REMOVE, lambda: self._store.remove(entry))

    def _start(self, operation: str, call: Callable[[], KeyringOutcome]) -> int:
        return self._jobs.start(
            lambda _progress: (operation, call()),
            on_error=lambda error: (
                operation,
                KeyringOutcome(KeyringStatus.FAILED, detail=type(error).__name__),
            ),
        )

    def _answered(self, tag: int, result: tuple[str, KeyringOutcome]) -> None:
        operation, outcome = result
        self.finished.emit(tag, operation, outcome)
