"""Line numbers of keys in a TOML text, which ``tomllib`` does not report.

``key_lines(text)`` maps every dotted key path to the 1-based line where it is
defined, so an error about ``defaults.protocol`` can point at the right line. Paths
use the same spelling as the data ``tomllib`` returns: table names, then keys, with a
0-based index for arrays of tables (``[[provider.relays]]`` gives
``provider.relays.0``, ``provider.relays.1``...) and for array elements
(``locked.2``). A table header records its own path (``defaults``) at its line.

It is a scanner, not a validator: it is meant to run on text that ``tomllib`` has
already accepted, and on anything else it stops quietly and returns what it found.

Limits (documented for the preset file):

* the line is the line of the key (or of the element, for arrays), not of its value;
  a multi-line string or array is reported at its first line;
* a key defined only implicitly (``[a.b]`` without any ``[a]``) is known through its
  first header or dotted key, so ``a`` maps to that line;
* a key whose quoted name contains escapes (``"a\\u0062"``) is recorded with the
  escape sequences left as written, so it is not found under its decoded name;
  :func:`line_of` then falls back to the nearest known parent.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_SPACE = " \t"


class _StopScanError(Exception):
    """The text is not TOML the scanner understands: stop and keep what was found."""


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1
        self.lines: dict[str, int] = {}
        # path of an array of tables -> index of its last element
        self.table_arrays: dict[tuple[str, ...], int] = {}

    # -- characters ---------------------------------------------------------------

    def peek(self, offset: int = 0) -> str:
        index = self.pos + offset
        return self.text[index] if index < len(self.text) else ""

    def advance(self, count: int = 1) -> None:
        for _ in range(count):
            if self.pos >= len(self.text):
                raise _StopScanError
            if self.text[self.pos] == "\n":
                self.line += 1
            self.pos += 1

    def skip_spaces(self) -> None:
        while self.peek() and self.peek() in _SPACE:
            self.advance()

    def skip_comment(self) -> None:
        if self.peek() == "#":
            while self.peek() and self.peek() != "\n":
                self.advance()

    def skip_blank(self) -> None:
        """Spaces, comments and line breaks (inside arrays)."""
        while True:
            self.skip_spaces()
            self.skip_comment()
            if self.peek() in ("\n", "\r"):
                self.advance()
            else:
                return

    # -- records ------------------------------------------------------------------

    def record(self, path: tuple[str, ...], line: int) -> None:
        self.lines.setdefault(".".join(path), line)

    def record_parents(self, path: tuple[str, ...], line: int) -> None:
        for end in range(1, len(path) + 1):
            self.record(path[:end], line)

    def resolve(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """Insert the current element index after every array of tables in ``names``."""
        resolved: tuple[str, ...] = ()
        for index, name in enumerate(names):
            resolved += (name,)
            plain = names[: index + 1]
            if plain in self.table_arrays and index < len(names) - 1:
                resolved += (str(self.table_arrays[plain]),)
        return resolved

    # -- grammar ------------------------------------------------------------------

    def key(self) -> tuple[str, ...]:
        parts: list[str] = []
        while True:
            self.skip_spaces()
            char = self.peek()
            if char in ('"', "'"):
                parts.append(self.quoted_key(char))
            else:
                start = self.pos
                while self.peek() and self.peek() in _BARE:
                    self.advance()
                if self.pos == start:
                    raise _StopScanError
                parts.append(self.text[start : self.pos])
            self.skip_spaces()
            if self.peek() != ".":
                return tuple(parts)
            self.advance()

    def quoted_key(self, quote: str) -> str:
        self.advance()
        start = self.pos
        while self.peek() != quote:
            if not self.peek() or self.peek() == "\n":
                raise _StopScanError
            if quote == '"' and self.peek() == "\\":
                self.advance()
            self.advance()
        name = self.text[start : self.pos]
        self.advance()
        return name

    def header(self) -> tuple[str, ...]:
        line = self.line
        self.advance()
        is_array = self.peek() == "["
        if is_array:
            self.advance()
        names = self.key()
        self.advance(2 if is_array else 1)  # "]]" or "]"
        if is_array:
            index = self.table_arrays.get(names, -1) + 1
            self.table_arrays[names] = index
            # Tables under a previous element are stale now.
            for known in [k for k in self.table_arrays if k[: len(names)] == names and k != names]:
                del self.table_arrays[known]
            prefix = (*self.resolve((*names[:-1], ""))[:-1], names[-1])
            path = (*prefix, str(index))
            self.record_parents(prefix, line)
            self.record(path, line)
            return path
        path = self.resolve(names)
        self.record_parents(path, line)
        return path

    def key_value(self, table: tuple[str, ...]) -> None:
        line = self.line
        path = (*table, *self.key())
        self.record_parents(path, line)
        self.skip_spaces()
        if self.peek() != "=":
            raise _StopScanError
        self.advance()
        self.skip_spaces()
        self.value(path)

    def value(self, path: tuple[str, ...]) -> None:
        char = self.peek()
        if char in ('"', "'"):
            self.string(char)
        elif char == "{":
            self.inline_table(path)
        elif char == "[":
            self.array(path)
        else:
            start = self.pos
            while self.peek() and self.peek() not in ",]}#\n\r" + _SPACE:
                self.advance()
            if self.pos == start:
                raise _StopScanError
            # Dates may contain one space between date and time: "1979-05-27 07:32:00".
            if self.peek() == " " and self.peek(1).isdigit():
                self.advance()
                while self.peek() and self.peek() not in ",]}#\n\r" + _SPACE:
                    self.advance()

    def string(self, quote: str) -> None:
        if self.peek(1) == quote and self.peek(2) == quote:
            self.advance(3)
            while not (self.peek() == quote and self.peek(1) == quote and self.peek(2) == quote):
                if not self.peek():
                    raise _StopScanError
                if quote == '"' and self.peek() == "\\":
                    self.advance()
                self.advance()
            self.advance(3)
            # Up to two quotes may end the content: """a""""" is 'a""'.
            for _ in range(2):
                if self.peek() == quote:
                    self.advance()
            return
        self.quoted_key(quote)

    def inline_table(self, path: tuple[str, ...]) -> None:
        self.advance()
        self.skip_spaces()
        if self.peek() == "}":
            self.advance()
            return
        while True:
            self.key_value(path)
            self.skip_spaces()
            if self.peek() == ",":
                self.advance()
                self.skip_spaces()
            elif self.peek() == "}":
                self.advance()
                return
            else:
                raise _StopScanError

    def array(self, path: tuple[str, ...]) -> None:
        self.advance()
        index = 0
        while True:
            self.skip_blank()
            if self.peek() == "]":
                self.advance()
                return
            element = (*path, str(index))
            self.record(element, self.line)
            self.value(element)
            index += 1
            self.skip_blank()
            if self.peek() == ",":
                self.advance()
            elif self.peek() != "]":
                raise _StopScanError

    def document(self) -> None:
        table: tuple[str, ...] = ()
        while self.peek():
            self.skip_spaces()
            char = self.peek()
            if char in ("\n", "\r"):
                self.advance()
            elif char == "#":
                self.skip_comment()
            elif char == "[":
                table = self.header()
                self.end_of_line()
            elif char:
                self.key_value(table)
                self.end_of_line()

    def end_of_line(self) -> None:
        self.skip_spaces()
        self.skip_comment()
        if self.peek() not in ("", "\n", "\r"):
            raise _StopScanError


def key_lines(text: str) -> dict[str, int]:
    """Every dotted key path of ``text`` with the 1-based line that defines it."""
    scanner = _Scanner(text)
    with contextlib.suppress(_StopScanError, RecursionError):
        scanner.document()
    return scanner.lines


def line_of(lines: Mapping[str, int], key: str) -> int | None:
    """The line of ``key``, else of its nearest known parent, else ``None``."""
    parts = key.split(".") if key else []
    while parts:
        found = lines.get(".".join(parts))
        if found is not None:
            return found
        parts.pop()
    return None
