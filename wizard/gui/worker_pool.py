"""Thread pools that are never destroyed while a job of theirs still runs Python.

Two ways to crash or hang a PySide program with a ``QThreadPool``:

- at exit, a pool thread still running Python code when the interpreter finalizes
  crashes the process (Qt's threads are not Python threads, so Python does not wait);
- at run time, destroying a pool (as the child of a window or page being deleted) makes
  Qt wait for its threads while the deleting thread holds the GIL, which those threads
  need to finish: a deadlock.

So every pool made here has no parent and lives until the program ends, when an
``atexit`` handler drains it (with the GIL released while it waits). A closed window's
pool simply goes idle; its threads expire on their own.
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QObject, QThreadPool

EXIT_WAIT_MS = 5000  # a keyring call blocked on a prompt must not hold the exit forever

_pools: list[QThreadPool] = []


def wait_at_exit(pool: QThreadPool) -> QThreadPool:
    """Let ``pool``'s running jobs finish when the program exits; returns ``pool``."""
    if not _pools:
        atexit.register(_drain)
    if pool not in _pools:
        _pools.append(pool)
    return pool


def new_pool(parent: QObject | None = None, max_threads: int = 2) -> QThreadPool:
    """A pool for interface work (strength checks, keyring calls, the connection test).

    ``parent`` is accepted for symmetry with Qt's constructors and not used: the pool
    must outlive whatever asked for it (see the module notes).
    """
    del parent
    pool = QThreadPool()
    pool.setMaxThreadCount(max_threads)
    return wait_at_exit(pool)


def _drain() -> None:
    for pool in list(_pools):
        try:
            pool.clear()  # jobs not started yet are dropped
            pool.waitForDone(EXIT_WAIT_MS)
        except RuntimeError:  # its C++ object is gone already: nothing left to wait for
            pass
