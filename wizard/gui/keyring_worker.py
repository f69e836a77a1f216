"""Keyring calls off the interface thread: find, store and remove, answered by a signal.

A keyring call can block (an unlock prompt, a slow D-Bus), so each one runs in a
``QThreadPool`` worker. Every request gets a tag; the caller keeps the tag of the request
it still cares about and ignores the others (the user typed another login meanwhile).

Usage (the export page stores the password only when the user commits)::

    worker = KeyringWorker(KeyringStore(), pool, parent=self)
    worker.finished.connect(self._on_keyring)  # (tag, operation, KeyringOutcome)
    tag = worker.store(KeyringEntry.for_account(provider, draft.username), draft.password)
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from wizard.core.keyring_store import KeyringEntry, KeyringOutcome, KeyringStatus, KeyringStore
from wizard.gui.worker_pool import wait_at_exit

log = logging.getLogger(__name__)

FIND = "find"
STORE = "store"
REMOVE = "remove"


class _Relay(QObject):
    """Carries a result from the worker thread to the interface thread.

    It has no parent on purpose: the running job keeps it alive, so a job that ends after
    its page was closed emits into the void instead of into a deleted object.
    """

    done = Signal(int, str, object)


class _Job(QRunnable):
    def __init__(
        self, relay: _Relay, tag: int, operation: str, call: Callable[[], KeyringOutcome]
    ) -> None:
        super().__init__()
        self._relay = relay
        self._tag = tag
        self._operation = operation
        self._call: Callable[[], KeyringOutcome] | None = call

    def run(self) -> None:
        call, self._call = self._call, None  # drop the closure (and any password) at once
        assert call is not None
        try:
            outcome = call()
        except Exception as error:  # KeyringStore returns statuses; this is a last resort
            log.exception("keyring %s crashed", self._operation)
            outcome = KeyringOutcome(KeyringStatus.FAILED, detail=type(error).__name__)
        self._relay.done.emit(self._tag, self._operation, outcome)


class KeyringWorker(QObject):
    """Runs :class:`KeyringStore` calls in ``pool``; ``finished`` brings the outcome back.

    ``finished(tag, operation, outcome)``: ``operation`` is ``"find"``, ``"store"`` or
    ``"remove"``; ``outcome`` a :class:`KeyringOutcome` (its password is hidden from
    ``repr``). Never raises: a missing or locked keyring is a status.
    """

    finished = Signal(int, str, object)

    def __init__(
        self, store: KeyringStore, pool: QThreadPool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._pool = wait_at_exit(pool)
        self._relay = _Relay()
        self._relay.done.connect(self.finished)
        self._last_tag = 0

    def find(self, entry: KeyringEntry) -> int:
        """Look up the saved password of ``entry``; returns the request's tag."""
        return self._start(FIND, lambda: self._store.find(entry))

    def store(self, entry: KeyringEntry, password: str) -> int:
        """Save ``password`` for ``entry`` (replacing an older one); returns the tag."""
        if not password:
            raise ValueError("refusing to store an empty password")
        return self._start(STORE, lambda: self._store.store(entry, password))

    def remove(self, entry: KeyringEntry) -> int:
        """Delete the saved password of ``entry``; returns the tag."""
        return self._start(REMOVE, lambda: self._store.remove(entry))

    def _start(self, operation: str, call: Callable[[], KeyringOutcome]) -> int:
        self._last_tag += 1
        self._pool.start(_Job(self._relay, self._last_tag, operation, call))
        return self._last_tag
