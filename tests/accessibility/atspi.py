"""A small AT-SPI client, as a screen reader talks to applications: pure D-Bus (jeepney).

The session bus names the accessibility bus (``org.a11y.Bus.GetAddress``); on that bus
every accessible application exports its objects (``org.a11y.atspi.Accessible``: name,
description, role, states, relations, children), the registry lists the applications,
and events arrive as ``org.a11y.atspi.Event.*`` signals. Qt sends an event only when a
client registered for it with the registry (``RegisterEvent``), as Orca does; without
that, Qt stays silent (measured with Qt 6.11 and at-spi2-core 2.46).

Key presses go through the registry's ``DeviceEventController``, which makes them with
the X server's XTEST extension: real key events, as from a keyboard.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

REGISTRY = "org.a11y.atspi.Registry"
ROOT_PATH = "/org/a11y/atspi/accessible/root"
ACCESSIBLE = "org.a11y.atspi.Accessible"
EVENT_OBJECT = "org.a11y.atspi.Event.Object"
CALL_TIMEOUT = 10.0

# AtspiStateType (at-spi2-core's atspi-constants.h): bit numbers in GetState's two words.
STATES = [
    *("invalid", "active", "armed", "busy", "checked", "collapsed", "defunct", "editable"),
    *("enabled", "expandable", "expanded", "focusable", "focused", "has-tooltip"),
    *("horizontal", "iconified", "modal", "multi-line", "multiselectable", "opaque"),
    *("pressed", "resizable", "selectable", "selected", "sensitive", "showing"),
    *("single-line", "stale", "transient", "vertical", "visible", "manages-descendants"),
    *("indeterminate", "required", "truncated", "animated", "invalid-entry"),
    *("supports-autocompletion", "selectable-text", "is-default", "visited", "checkable"),
    *("has-popup", "read-only"),
]
# AtspiRole (atspi-constants.h) by number, as far as a desktop application uses them. The
# role is read as a number (GetRole), as Orca does: Qt's GetRoleName says "text" for a
# password field whose number is "password text".
ROLES = [
    *("invalid", "accelerator label", "alert", "animation", "arrow", "calendar", "canvas"),
    *("check box", "check menu item", "color chooser", "column header", "combo box"),
    *("date editor", "desktop icon", "desktop frame", "dial", "dialog", "directory pane"),
    *("drawing area", "file chooser", "filler", "focus traversable", "font chooser"),
    *("frame", "glass pane", "html container", "icon", "image", "internal frame", "label"),
    *("layered pane", "list", "list item", "menu", "menu bar", "menu item", "option pane"),
    *("page tab", "page tab list", "panel", "password text", "popup menu", "progress bar"),
    *("push button", "radio button", "radio menu item", "root pane", "row header"),
    *("scroll bar", "scroll pane", "separator", "slider", "spin button", "split pane"),
    *("status bar", "table", "table cell", "table column header", "table row header"),
    *("tearoff menu item", "terminal", "text", "toggle button", "tool bar", "tool tip"),
    *("tree", "tree table", "unknown", "viewport", "window", "extended", "header"),
    *("footer", "paragraph", "ruler", "application", "autocomplete", "editbar", "embedded"),
    *("entry", "chart", "caption", "document frame", "heading", "page", "section"),
    *("redundant object", "form", "link", "input method window", "table row", "tree item"),
]
# AtspiRelationType, the ones these tests read.
LABELLED_BY = 2

KEY_SYM = 3  # AtspiKeySynthType: press and release the key of a keysym
# X keysyms of the keys the tests press.
KEYSYMS = {"Tab": 0xFF09, "Return": 0xFF0D, "space": 0x20, "Escape": 0xFF1B, "Down": 0xFF54}


class Node(NamedTuple):
    """One accessible object: the application's bus name and the object's path."""

    bus_name: str
    path: str


@dataclass(frozen=True)
class Event:
    """An ``org.a11y.atspi.Event.*`` signal: e.g. Object/Announcement, with its arguments."""

    source: Node
    interface: str
    member: str
    detail: str
    detail1: int
    detail2: int
    data: Any

    @property
    def kind(self) -> str:
        """Like ``object:announcement`` or ``object:state-changed:focused``."""
        family = self.interface.rsplit(".", 1)[-1].lower()
        member = "".join(
            f"-{char.lower()}" if char.isupper() else char for char in self.member
        ).lstrip("-")
        return f"{family}:{member}" + (f":{self.detail}" if self.detail else "")


def a11y_bus_address(session_address: str) -> str:
    """Ask the session bus where the accessibility bus is (at-spi-bus-launcher answers)."""
    connection = open_dbus_connection(session_address)
    try:
        call = new_method_call(
            DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus"), "GetAddress"
        )
        reply = connection.send_and_get_reply(call, timeout=CALL_TIMEOUT)
        return str(_body(reply)[0])
    finally:
        connection.close()


class AtSpi:
    """A connection to the accessibility bus: read the tree, hear events, press keys."""

    def __init__(self, address: str) -> None:
        self.connection: DBusConnection = open_dbus_connection(address)
        self.events: deque[Message] = deque()
        rule = MatchRule(type="signal", path_namespace="/org/a11y/atspi")
        self._filter = self.connection.filter(rule, queue=self.events)  # kept until close
        self.connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT)

    def close(self) -> None:
        """Leave the bus (the registry forgets this client's event registrations)."""
        self._filter.close()
        self.connection.close()

    # -- calls -------------------------------------------------------------------------

    def call(
        self, node: Node, interface: str, method: str, signature: str = "", *args: Any
    ) -> tuple[Any, ...]:
        """A method call on ``node``; its reply's values."""
        address = DBusAddress(node.path, bus_name=node.bus_name, interface=interface)
        message = new_method_call(address, method, signature or None, args)
        return _body(self.connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))

    def get(self, node: Node, interface: str, name: str) -> Any:
        """A D-Bus property of ``node``."""
        value = self.call(node, "org.freedesktop.DBus.Properties", "Get", "ss", interface, name)
        return value[0][1]

    def register(self, *kinds: str) -> None:
        """Ask the registry for events, e.g. ``object:announcement``, as a screen reader does."""
        registry = Node(REGISTRY, "/org/a11y/atspi/registry")
        for kind in kinds:
            self.call(registry, "org.a11y.atspi.Registry", "RegisterEvent", "s", kind)

    # -- the tree ----------------------------------------------------------------------

    def applications(self) -> list[Node]:
        """The applications the registry knows now."""
        return self.children(Node(REGISTRY, ROOT_PATH))

    def application_of(self, pid: int) -> Node | None:
        """The accessible application of process ``pid`` (None: not on the bus yet)."""
        bus = Node("org.freedesktop.DBus", "/org/freedesktop/DBus")
        for node in self.applications():
            owner = self.call(
                bus, "org.freedesktop.DBus", "GetConnectionUnixProcessID", "s", node.bus_name
            )
            if owner[0] == pid:
                return node
        return None

    def children(self, node: Node) -> list[Node]:
        return [
            Node(str(bus), str(path)) for bus, path in self.call(node, ACCESSIBLE, "GetChildren")[0]
        ]

    def name(self, node: Node) -> str:
        return str(self.get(node, ACCESSIBLE, "Name"))

    def description(self, node: Node) -> str:
        return str(self.get(node, ACCESSIBLE, "Description"))

    def identifier(self, node: Node) -> str:
        """The AT-SPI accessible id (Qt: built from the objectName)."""
        return str(self.get(node, ACCESSIBLE, "AccessibleId"))

    def role(self, node: Node) -> str:
        """The role's name, as AT-SPI spells it: "push button", "password text"..."""
        number = int(self.call(node, ACCESSIBLE, "GetRole")[0])
        return ROLES[number] if number < len(ROLES) else f"role {number}"

    def states(self, node: Node) -> set[str]:
        words = self.call(node, ACCESSIBLE, "GetState")[0]
        bits = sum(int(word) << (32 * index) for index, word in enumerate(words))
        return {name for index, name in enumerate(STATES) if bits >> index & 1}

    def labelled_by(self, node: Node) -> list[Node]:
        relations = self.call(node, ACCESSIBLE, "GetRelationSet")[0]
        return [
            Node(str(bus), str(path))
            for kind, targets in relations
            if kind == LABELLED_BY
            for bus, path in targets
        ]

    def walk(self, node: Node, showing_only: bool = True) -> Iterator[tuple[Node, set[str]]]:
        """``node`` and its descendants with their states; hidden branches left out."""
        states = self.states(node)
        if showing_only and "showing" not in states:
            return
        yield node, states
        for child in self.children(node):
            yield from self.walk(child, showing_only)

    # -- events ------------------------------------------------------------------------

    def receive(self, timeout: float = 0.0) -> list[Event]:
        """The events that arrived, waiting up to ``timeout`` seconds for the first."""
        with contextlib.suppress(TimeoutError):
            self.connection.recv_messages(timeout=timeout)
            while True:
                self.connection.recv_messages(timeout=0)
        found = []
        while self.events:
            event = _event(self.events.popleft())
            if event is not None:
                found.append(event)
        return found

    # -- the keyboard ------------------------------------------------------------------

    def press(self, key: str) -> None:
        """Press and release one key (``Tab``, ``Return``, ``space``...)."""
        self._key(KEYSYMS[key])

    def type_text(self, text: str) -> None:
        """Type ``text`` key by key (Shift and the like as the keyboard map needs)."""
        for char in text:
            code = ord(char)
            self._key(code if code < 0x100 else 0x1000000 + code)  # X's Unicode keysyms

    def _key(self, keysym: int) -> None:
        controller = Node(REGISTRY, "/org/a11y/atspi/registry/deviceeventcontroller")
        interface = "org.a11y.atspi.DeviceEventController"
        self.call(controller, interface, "GenerateKeyboardEvent", "isu", keysym, "", KEY_SYM)


def _body(reply: Message) -> tuple[Any, ...]:
    if reply.header.message_type.name == "error":
        name = reply.header.fields.get(HeaderFields.error_name)
        raise RuntimeError(f"D-Bus error {name}: {reply.body}")
    return tuple(reply.body)


def _event(message: Message) -> Event | None:
    fields = message.header.fields
    interface = str(fields.get(HeaderFields.interface, ""))
    if not interface.startswith("org.a11y.atspi.Event."):
        return None
    detail, detail1, detail2, (_signature, data), *_ = message.body
    sender = str(fields.get(HeaderFields.sender, ""))
    source = Node(sender, str(fields.get(HeaderFields.path, "")))
    member = str(fields.get(HeaderFields.member, ""))
    return Event(source, interface, member, str(detail), int(detail1), int(detail2), data)
