"""Heavy parts loaded in the background once the first page is on screen.

zxcvbn and the Dutch/French and German word lists take 250-400 ms to load (about 240 ms
of CPU: ``benchmarks/strength.py``, ``benchmarks/strength_gui.py``), and ``keyring``
50-90 ms to import. None of that may delay the first paint, and none of it should make
the user wait at the first key press in the password field: the application calls
:func:`start_background_loading` right after the first paint, and the work runs in a
worker while the user reads the welcome page. If the user is faster, the first strength
check simply loads the lists itself (thread-safe, once).
"""

from __future__ import annotations

import importlib
import logging
import time

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from wizard.gui.worker_pool import wait_at_exit

log = logging.getLogger(__name__)


class BackgroundLoading(QObject):
    """Tells when the background loading is over (``finished``, once)."""

    finished = Signal()


class _Load(QRunnable):
    def __init__(self, signals: BackgroundLoading) -> None:
        super().__init__()
        self._signals = signals

    def run(self) -> None:
        from wizard.core.strength.rating import load_dictionaries

        started = time.perf_counter()
        try:
            load_dictionaries()
        except Exception:  # the first evaluation will try again and report it
            log.exception("could not load the password word lists")
        loaded = time.perf_counter()
        try:
            importlib.import_module("keyring")  # the backend is chosen at its first use
        except Exception as error:  # a broken install: the keyring store says "unavailable"
            log.warning("keyring cannot be imported: %s", type(error).__name__)
        done = time.perf_counter()
        log.info(
            "background loading: word lists %.0f ms, keyring %.0f ms",
            (loaded - started) * 1000,
            (done - loaded) * 1000,
        )
        self._signals.finished.emit()


def start_background_loading(pool: QThreadPool) -> BackgroundLoading:
    """Load the strength dictionaries and import keyring in ``pool``; returns at once.

    Keep the returned object if you want its ``finished`` signal.
    """
    signals = BackgroundLoading()
    wait_at_exit(pool)
    pool.start(_Load(signals))
    return signals
