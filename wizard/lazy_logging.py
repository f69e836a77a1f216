"""Loggers for the code that runs before the first paint, without importing ``logging``.

``logging`` (with ``traceback``, ``linecache`` and ``tokenize``) costs about 13 ms to
import; the start-up path only needs it once the window is on screen. Modules on that
path call :func:`get_logger` where they log instead of holding a module-level logger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging


def get_logger(name: str) -> logging.Logger:
    """``logging.getLogger(name)``, importing ``logging`` on first use."""
    import logging

    return logging.getLogger(name)
