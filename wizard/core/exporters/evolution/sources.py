"""GLib key files as Evolution's source registry reads them, edited without losing a byte.

Evolution-Data-Server keeps every account, identity and outgoing server as a GLib key
file ``<UID>.source``. This module parses such a file with GLib's own rules
(``gkeyfile.c``: groups, ``Key=value`` lines, comments, escapes) and changes single
values while keeping everything else (comments, translations, unknown groups, key order)
exactly as it was, so an account Evolution made is updated, not rewritten.

Escaping follows ``g_key_file_parse_string_as_value``: ``\\s`` for leading spaces,
``\\t`` for leading tabs, ``\\n``, ``\\r``, ``\\\\``; everything else (quotes, commas,
semicolons, accents, emoji) is written as plain UTF-8. Reading undoes exactly that and
rejects what ``g_key_file_get_string`` rejects.

It also reads the sources folder itself: every ``<UID>.source`` file GLib could load.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.exporters.base import ExportError, ExportErrorCode
from wizard.core.safe_files import read_optional

SUFFIX = ".source"  # EDS loads <UID>.source; anything else in the folder is ignored

_SPACE = " \t\n\v\f\r"  # g_ascii_isspace
_UNESCAPE = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


class KeyFileError(ValueError):
    """The text is not a key file GLib would load; ``line`` is 1-based (0: whole file)."""

    def __init__(self, line: int, problem: str) -> None:
        self.line = line
        self.problem = problem
        super().__init__(f"line {line}: {problem}" if line else problem)


def escape_value(value: str) -> str:
    """The text GLib's ``g_key_file_set_string`` writes for ``value``."""
    if "\0" in value:
        raise ValueError("a key file value cannot hold a NUL character")
    value.encode("utf-8")  # lone surrogates cannot be written: raise here, not later
    out: list[str] = []
    leading = True
    for char in value:
        if char == " ":
            out.append("\\s" if leading else " ")
        elif char == "\t":
            out.append("\\t" if leading else "\t")
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\\":
            out.append("\\\\")
            leading = False
        else:
            out.append(char)
            leading = False
    return "".join(out)


def unescape_value(raw: str) -> str:
    """The string ``g_key_file_get_string`` returns for the raw value; ValueError if it fails."""
    out: list[str] = []
    chars = iter(raw)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, "")
        if following not in _UNESCAPE:
            raise ValueError(f"invalid escape sequence \\{following}")
        out.append(_UNESCAPE[following])
    return "".join(out)


def format_bool(value: bool) -> str:
    """GLib's boolean spelling."""
    return "true" if value else "false"


def parse_bool(raw: str) -> bool | None:
    """``g_key_file_get_boolean``: "true"/"1" or "false"/"0" (trailing space allowed)."""
    text = raw.rstrip(" ")
    if text in {"true", "1"}:
        return True
    if text in {"false", "0"}:
        return False
    return None


@dataclass
class _Entry:
    """One line of a group: a key line (key set) or a comment/blank line (key None)."""

    text: str
    key: str | None = None
    raw: str = ""  # the escaped value as written after '='


@dataclass
class _Group:
    name: str
    header: str  # the "[name]" line as it was
    entries: list[_Entry] = field(default_factory=list)


def _group_name(stripped: str) -> str | None:
    """The group name if the line (leading space removed) is a group header."""
    if not stripped.startswith("["):
        return None
    end = stripped.find("]")
    if end < 0 or stripped[end + 1 :].strip(_SPACE):
        return None
    return stripped[1:end]


def _check_group_name(name: str, number: int) -> None:
    if not name or "[" in name or any(ord(char) < 0x20 or char == "\x7f" for char in name):
        raise KeyFileError(number, f"invalid group name {name!r}")


def _key_value(stripped: str, number: int) -> tuple[str, str]:
    key, equals, value = stripped.partition("=")
    key = key.rstrip(_SPACE)
    if not equals or not key:
        raise KeyFileError(number, "not a key-value pair, group, or comment")
    return key, value.lstrip(_SPACE)


class KeyFile:
    """A parsed key file that can be changed value by value and written back.

    Lines that are not changed are written back byte for byte; the line ending of the
    file (``\\n`` or ``\\r\\n``) is kept.
    """

    def __init__(self, preamble: list[_Entry], groups: list[_Group], newline: str) -> None:
        self._preamble = preamble  # comments before the first group
        self._groups = groups
        self._newline = newline

    @classmethod
    def new(cls) -> KeyFile:
        """An empty key file."""
        return cls([], [], "\n")

    @classmethod
    def parse(cls, data: bytes) -> KeyFile:
        """Parse UTF-8 bytes as GLib does; raise :class:`KeyFileError` where GLib fails."""
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise KeyFileError(0, "not UTF-8 text") from error
        newline = "\r\n" if "\r\n" in text else "\n"
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        preamble: list[_Entry] = []
        groups: list[_Group] = []
        for number, line in enumerate(lines, start=1):
            line = line.removesuffix("\r")
            stripped = line.lstrip(_SPACE)
            if not stripped or stripped.startswith("#"):
                (groups[-1].entries if groups else preamble).append(_Entry(line))
                continue
            name = _group_name(stripped)
            if name is not None:
                _check_group_name(name, number)
                groups.append(_Group(name, line))
                continue
            key, raw = _key_value(stripped, number)
            if not groups:
                raise KeyFileError(number, "key file does not start with a group")
            groups[-1].entries.append(_Entry(line, key, raw))
        return cls(preamble, groups, newline)

    def groups(self) -> list[str]:
        """Group names in file order, each once."""
        return list(dict.fromkeys(group.name for group in self._groups))

    def has_group(self, group: str) -> bool:
        """Whether the group exists (even empty)."""
        return any(g.name == group for g in self._groups)

    def _find(self, group: str, key: str) -> _Entry | None:
        """The entry GLib uses: the last one of that key in any group of that name."""
        found = None
        for entry in self._entries(group):
            if entry.key == key:
                found = entry
        return found

    def _entries(self, group: str) -> Iterator[_Entry]:
        for candidate in self._groups:
            if candidate.name == group:
                yield from candidate.entries

    def raw(self, group: str, key: str) -> str | None:
        """The value as written in the file (escapes not undone); None when absent."""
        entry = self._find(group, key)
        return None if entry is None else entry.raw

    def get(self, group: str, key: str) -> str | None:
        """The string value; None when absent or not readable as a string."""
        raw = self.raw(group, key)
        if raw is None:
            return None
        try:
            return unescape_value(raw)
        except ValueError:
            return None

    def keys(self, group: str) -> list[str]:
        """Keys of a group in file order, each once."""
        return list(dict.fromkeys(e.key for e in self._entries(group) if e.key is not None))

    def set(self, group: str, key: str, value: str | bool | int) -> None:
        """Set one value (a string is escaped; booleans and numbers as GLib writes them)."""
        if isinstance(value, bool):
            raw = format_bool(value)
        elif isinstance(value, int):
            raw = str(value)
        else:
            raw = escape_value(value)
        self.set_raw(group, key, raw)

    def set_raw(self, group: str, key: str, raw: str) -> None:
        """Set the already escaped text of one value."""
        entry = self._find(group, key)
        if entry is not None:
            if entry.raw != raw:
                entry.text, entry.raw = f"{key}={raw}", raw
            return
        target = next((g for g in reversed(self._groups) if g.name == group), None)
        if target is None:
            if self._groups and (not self._groups[-1].entries or self._groups[-1].entries[-1].text):
                self._groups[-1].entries.append(_Entry(""))
            elif not self._groups and self._preamble and self._preamble[-1].text:
                self._preamble.append(_Entry(""))
            target = _Group(group, f"[{group}]")
            self._groups.append(target)
        position = len(target.entries)
        while position > 0 and target.entries[position - 1].key is None:
            position -= 1  # before the blank lines and comments that end the group
        target.entries.insert(position, _Entry(f"{key}={raw}", key, raw))

    def to_bytes(self) -> bytes:
        """The file's text, UTF-8, ending with a line break."""
        lines = [entry.text for entry in self._preamble]
        for group in self._groups:
            lines.append(group.header)
            lines.extend(entry.text for entry in group.entries)
        if not lines:
            return b""
        return (self._newline.join(lines) + self._newline).encode("utf-8")


# --- Evolution's sources folder


@dataclass
class Source:
    """One ``.source`` file as read: its UID, bytes and parsed key file."""

    uid: str
    path: Path
    original: bytes | None
    keys: KeyFile


def read_sources(folder: Path) -> dict[str, Source]:
    """Every readable, parseable source in the folder by UID (others are not ours)."""
    found: dict[str, Source] = {}
    try:
        paths = sorted(folder.glob(f"*{SUFFIX}"))
    except OSError:
        return found
    for path in paths:
        try:
            data = read_optional(path)
            if data is not None:
                found[path.stem] = Source(path.stem, path, data, KeyFile.parse(data))
        except (ExportError, KeyFileError):
            continue
    return found


def load_source(folder: Path, uid: str) -> Source:
    """The source file of ``uid`` (empty when absent); damaged is a typed error."""
    path = folder / f"{uid}{SUFFIX}"
    data = read_optional(path)
    if data is None:
        return Source(uid, path, None, KeyFile.new())
    try:
        return Source(uid, path, data, KeyFile.parse(data))
    except KeyFileError as error:
        raise ExportError(ExportErrorCode.PREFS_CORRUPT, path, str(error)) from error
