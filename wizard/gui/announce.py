"""Announcements: a change that matters, said to screen readers once, politely.

A sighted user sees the connection test's headline turn into "Your account works."; a
blind user hears nothing unless the change is announced. Qt (6.8 and newer) carries a
``QAccessibleAnnouncementEvent`` to the system's accessibility layer: on Linux the AT-SPI
event ``object:announcement`` (measured: ``org.a11y.atspi.Event.Object.Announcement``
with the text and the politeness, 1 polite, 2 assertive), which Orca speaks without
moving the focus. A polite announcement waits until the screen reader has finished what
it is saying; an assertive one interrupts it.

The wizard announces only the outcomes a person waits for (the connection test's start
and result, the test message's outcome, the password's strength once typing pauses, the
export's result, what the relay search found, the doctor's search, repair and removal),
always with the words already on screen, and politely: a failure
arrives while the user is waiting for it, and interrupting would cut off the focus
change that comes with it (the Retry button). With an older Qt nothing is announced;
the texts stay readable on the page.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6 import QtGui
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

# Qt 6.8 added the event; the wizard still runs (silently) on 6.7.
_EVENT: Any = getattr(QtGui, "QAccessibleAnnouncementEvent", None)


class Politeness(Enum):
    """Whether the screen reader finishes what it says first (polite) or stops (assertive)."""

    POLITE = "Polite"
    ASSERTIVE = "Assertive"


def announce(widget: QWidget, text: str, politeness: Politeness = Politeness.POLITE) -> None:
    """Have screen readers say ``text`` (nothing for an empty text, or without Qt 6.8).

    The event comes from ``widget`` when it is on screen, else from its window (a page
    announces its first state while the wizard is still switching to it).
    """
    text = text.strip()
    if not text or _EVENT is None:
        return
    source = widget if widget.isVisible() else widget.window()
    event = _EVENT(source, text)
    event.setPoliteness(getattr(QAccessible.AnnouncementPoliteness, politeness.value))
    QAccessible.updateAccessibility(event)


def sentences(parts: list[str]) -> str:
    """The texts as one announcement: empty ones left out, a full stop after a text that
    ends without one (a page title), so that the screen reader pauses between them."""
    kept = [part.strip() for part in parts if part.strip()]
    return " ".join(part if part[-1] in ".!?…:" else f"{part}." for part in kept)


class Announcer:
    """Announces one part of a page when what it says changes: never the same words twice
    in a row, so redrawing a page (a new language, a timer) says nothing new."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self._said = ""

    def say(self, text: str, politeness: Politeness = Politeness.POLITE) -> bool:
        """Announce ``text`` unless it was the last thing said; True when announced."""
        if not text.strip() or text == self._said:
            return False
        self._said = text
        announce(self.widget, text, politeness)
        return True

    def forget(self) -> None:
        """The state was cleared: the next text is announced even if said before."""
        self._said = ""
