"""What a screen reader finds on a page, and a keyboard user's moves, over AT-SPI.

:func:`read_page` lists the controls on screen with what a screen reader says of them:
role, name, description, the labels that name them. :func:`problems` is the checker:
a control a blind user cannot identify (no name, or a role that says nothing), a combo
box without a label (AT-SPI gives its current item as its name, so only a label says
what it chooses), or a known control with the wrong role.

The moves (:class:`Keyboard`) are key presses only; the focus is followed through the
``object:state-changed:focused`` events, as a screen reader follows it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from tests.accessibility.atspi import AtSpi, Event, Node

# Roles a person can operate, and so needs to hear named.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "password text",
    "combo box",
    "spin button",
    "slider",
    "link",
    "list",
    "list item",
    "page tab",
    "menu item",
}
# A label may take the focus (text selectable with the keyboard): it is read, not operated.
READ_ONLY = {"label"}


@dataclass(frozen=True)
class Control:
    """One object on screen as a screen reader sees it."""

    node: Node
    ident: str  # the widget's objectName (the last part of the AT-SPI accessible id)
    role: str
    name: str
    description: str
    states: frozenset[str]
    labels: tuple[str, ...]  # the names of the objects it is labelled by

    def __str__(self) -> str:
        return f"{self.role} {self.ident or '(no id)'} {self.name!r}"


def read(atspi: AtSpi, node: Node, states: set[str]) -> Control:
    """What a screen reader learns about ``node``."""
    labels = tuple(atspi.name(label) for label in atspi.labelled_by(node))
    return Control(
        node=node,
        ident=atspi.identifier(node).rsplit(".", 1)[-1],
        role=atspi.role(node),
        name=atspi.name(node),
        description=atspi.description(node),
        states=frozenset(states),
        labels=labels,
    )


def read_page(atspi: AtSpi, window: Node, also: set[str] | None = None) -> list[Control]:
    """Every control on screen in the window (the page and the wizard's own buttons):
    whatever can take the focus or has a role a person operates; and the objects named
    in ``also`` (by objectName), such as the labels that say a result."""
    found = []
    for node, states in atspi.walk(window):
        wanted = "focusable" in states or atspi.role(node) in INTERACTIVE
        if wanted or (also and atspi.identifier(node).rsplit(".", 1)[-1] in also):
            found.append(read(atspi, node, states))
    return found


def page_name(atspi: AtSpi, window: Node) -> str:
    """The class of the wizard page on screen ("AccountPage"): Qt's accessible id names a
    widget by its objectName, or by its class when it has none (the pages have none)."""
    for node, _states in atspi.walk(window):
        last = atspi.identifier(node).rsplit(".", 1)[-1]
        if last.endswith("Page"):
            return last
    return ""


def problems(controls: list[Control], roles: dict[str, str]) -> list[str]:
    """What a blind user could not use: one line per fault (none: all is well).

    ``roles``: the role each known control must have, by objectName.
    """
    found = []
    for control in controls:
        if control.role not in INTERACTIVE | READ_ONLY:
            found.append(f"{control}: takes the focus, but its role says nothing")
        if control.role == "combo box":
            if not any(label.strip() for label in control.labels):
                found.append(f"{control}: a combo box without a label (labelled-by)")
        elif not control.name.strip():
            found.append(f"{control}: has no name")
        expected = roles.get(control.ident)
        if expected is not None and control.role != expected:
            found.append(f"{control}: should be a {expected}")
    present = {control.ident for control in controls}
    found += [
        f"{ident} ({role}): not on screen" for ident, role in roles.items() if ident not in present
    ]
    return found


class Keyboard:
    """Key presses, and where the focus went (followed through AT-SPI's events)."""

    def __init__(self, atspi: AtSpi, window: Node) -> None:
        self.atspi = atspi
        self.window = window
        self.events: list[Event] = []
        self.focus: Node | None = next(
            (node for node, states in atspi.walk(window) if "focused" in states), None
        )

    def listen(self, timeout: float = 0.0) -> None:
        """Take the events that arrived (waiting up to ``timeout`` for the first)."""
        for event in self.atspi.receive(timeout):
            self.events.append(event)
            if event.kind == "object:state-changed:focused" and event.detail1 == 1:
                self.focus = event.source

    def wait_until(self, condition: Callable[[], bool], what: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
            self.listen(0.1)

    def announcements(self) -> list[Event]:
        return [event for event in self.events if event.kind == "object:announcement"]

    def announced(self, start: str) -> Callable[[], bool]:
        """A condition: an announcement beginning with ``start`` has arrived."""
        return lambda: any(str(e.data).startswith(start) for e in self.announcements())

    def focused(self) -> Control:
        assert self.focus is not None, "nothing has the focus"
        return read(self.atspi, self.focus, self.atspi.states(self.focus))

    def press(self, key: str, settle: bool = True) -> None:
        """One key; returns once the application has handled it (a round trip to it),
        unless ``settle`` is False (a key that closes the window)."""
        self.atspi.press(key)
        if settle:
            self._settle()

    def tab(self) -> Control:
        """Press Tab; return the control that gets the focus."""
        before = self.focus
        self.press("Tab")
        self.wait_until(lambda: self.focus != before, "the focus to move on Tab", 5)
        return self.focused()

    def type_text(self, text: str) -> None:
        self.atspi.type_text(text)
        self._settle()

    def tab_to(self, wanted: Callable[[Control], bool], what: str, limit: int = 40) -> Control:
        """Press Tab until the focused control is ``wanted``."""
        for _ in range(limit):
            self.listen()
            if self.focus is not None:
                control = self.focused()
                if wanted(control):
                    return control
            self.tab()
        raise AssertionError(f"Tab never reached {what}")

    def _settle(self) -> None:
        """The key events go through the X server to the application; asking the
        application something afterwards returns once it has handled them."""
        self.atspi.states(self.window)
        self.listen(0.05)
