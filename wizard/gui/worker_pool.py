"""Thread pools whose work is finished before the Python interpreter shuts down.

A ``QThreadPool`` thread that is still running Python code (a strength check, a
keyring call) when the interpreter finalizes crashes the process: Qt's threads are not
Python threads, so Python does not wait for them. Every pool handed to
:func:`wait_at_exit` (or made by :func:`new_pool`) is drained by an ``atexit`` handler,
which runs before the interpreter starts tearing itself down.
"""

from __future__ import annotations

import atexit
import weakref

from PySide6.QtCore import QObject, QThreadPool

EXIT_WAIT_MS = 5000  # a keyring call blocked on a prompt must not hold the exit forever

_pools: weakref.WeakSet[QThreadPool] = weakref.WeakSet()


def wait_at_exit(pool: QThreadPool) -> QThreadPool:
    """Let ``pool``'s running jobs finish when the program exits; returns ``pool``."""
    if not _pools:
        atexit.register(_drain)
    _pools.add(pool)
    return pool


def new_pool(parent: QObject | None = None, max_threads: int = 2) -> QThreadPool:
    """A pool for interface work (strength checks, keyring calls), drained at exit."""
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(max_threads)
    return wait_at_exit(pool)


def _drain() -> None:
    for pool in list(_pools):
        try:
            pool.clear()  # jobs not started yet are dropped
            pool.waitForDone(EXIT_WAIT_MS)
        except RuntimeError:  # its C++ object is gone already: nothing left to wait for
            pass
