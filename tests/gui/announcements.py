"""Hearing the wizard's announcements in-process, as Qt hands them to the platform.

Qt passes every accessibility event through ``QAccessible::updateAccessibility``; an
update handler installed with ``QAccessible::installUpdateHandler`` receives each event
instead of the platform bridge (Qt's own accessibility tests work this way). PySide6
does not bind that function, so it is called through ctypes in the loaded QtGui
library, and each event pointer is wrapped back into a Python ``QAccessibleEvent``.
Accessibility is switched on for the duration (it is off under the offscreen platform,
and ``updateAccessibility`` drops every event while it is off).

The real bus (AT-SPI under Xvfb) is tested in tests/accessibility/.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import PySide6
import pytest
import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

_SYMBOL = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"  # Itanium ABI
_Handler = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


@dataclass(frozen=True)
class Announcement:
    """One announcement: its words, whether it interrupts, the object it came from."""

    text: str
    assertive: bool
    source: str  # the objectName of the widget that announced it


def _install_update_handler() -> Any:
    if not sys.platform.startswith("linux"):
        pytest.skip("the update handler is reached through the Linux Qt library")
    library = ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"))
    install = getattr(library, _SYMBOL)
    install.restype = ctypes.c_void_p
    install.argtypes = [ctypes.c_void_p]
    return install


@contextmanager
def recorded_announcements() -> Iterator[list[Announcement]]:
    """Collect every announcement Qt sends while the block runs (and only those)."""
    install = _install_update_handler()
    heard: list[Announcement] = []

    def handler(pointer: int) -> None:
        event = cast(QAccessibleEvent, shiboken6.wrapInstance(pointer, QAccessibleEvent))
        if event.type() != QAccessible.Event.Announcement:
            return
        announcement = cast(
            QAccessibleAnnouncementEvent,
            shiboken6.wrapInstance(pointer, QAccessibleAnnouncementEvent),
        )
        assertive = announcement.politeness() == QAccessible.AnnouncementPoliteness.Assertive
        source = announcement.object()
        name = source.objectName() if source is not None else ""
        heard.append(Announcement(announcement.message(), assertive, name))

    callback = _Handler(handler)  # kept referenced until the handler is removed again
    was_active = QAccessible.isActive()
    QAccessible.setActive(True)
    previous = install(ctypes.cast(callback, ctypes.c_void_p))
    try:
        yield heard
    finally:
        install(previous)
        QAccessible.setActive(was_active)


def texts(heard: list[Announcement]) -> list[str]:
    """Just the words, in order."""
    return [announcement.text for announcement in heard]
