"""Preset files: defaults, locked fields and provider overrides chosen by IT staff.

A preset is a small TOML file (``docs/preset-example.toml`` documents every key). It is
read and checked completely before the wizard starts, so an invalid preset never
leads to a half-configured wizard. Every fault is a :class:`PresetError` with a stable
code, the file, the line and the dotted key; turning that into a sentence in the
user's language is the front end's job (no user text here).

Where the preset comes from, in order (:func:`~wizard.core.preset_files.preset_locations`,
in a module of its own so that looking costs nothing at start-up): ``--preset FILE``;
``all2all-setup.toml`` next to the executable; a system-wide file
(Linux and other Unix ``/etc/all2all-setup/preset.toml``, Windows
``%ProgramData%\\all2all-setup\\preset.toml``, macOS
``/Library/Application Support/all2all-setup/preset.toml``).
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from wizard.core.exporters import exporter_names
from wizard.core.model import (
    AccountDraft,
    Authentication,
    Language,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.outgoing import ALL2ALL, DEFAULT_RELAY_PORT, outgoing_from_text
from wizard.core.preset_files import (  # finding presets is cheap, kept apart; re-exported
    PRESET_FILE_NAME,
    SYSTEM_DIR_NAME,
    SYSTEM_FILE_NAME,
    find_preset,
    preset_locations,
)
from wizard.core.provider import Administrator, Provider, Relay
from wizard.core.toml_positions import key_lines, line_of
from wizard.core.validation import (
    Problem,
    check_display_name,
    check_email,
    is_valid_host,
    parse_host_port,
)

SCHEMA_VERSION = 1

# Same ranges as provider.toml (wizard/core/provider.py).
PORT_RANGE = (1, 65535)
KEEP_ON_SERVER_DAYS_RANGE = (1, 3650)

# Fields of [defaults] that ``locked`` may name; the wizard shows them read-only.
LOCKABLE = (
    "language",
    "protocol",
    "outgoing",
    "keep_on_server",
    "keep_on_server_days",
    "clients",
)

_TOP_KEYS = ("schema_version", "locked", "defaults", "administrator", "provider")
_ADMINISTRATOR_KEYS = ("name", "email")
_PROVIDER_KEYS = ("relays",)
_RELAY_KEYS = (
    "id",
    "isp",
    "host",
    "port",
    "security",
    "authentication",
    "own_network_only",
    "source",
    "checked",
)
_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")

_Choice = TypeVar("_Choice", Language, Protocol, Security, Authentication)

__all__ = [
    "LOCKABLE",
    "PRESET_FILE_NAME",
    "SYSTEM_DIR_NAME",
    "SYSTEM_FILE_NAME",
    "Preset",
    "PresetDefaults",
    "PresetError",
    "PresetErrorCode",
    "apply_to_draft",
    "apply_to_provider",
    "check_command_line",
    "find_preset",
    "load_preset",
    "parse_preset",
    "preset_locations",
    "resolve_outgoing",
]


class PresetErrorCode(StrEnum):
    """Why a preset is refused; stable, for messages, logs and tests."""

    UNREADABLE = "unreadable"  # missing file, no permission, a directory...
    NOT_TOML = "not_toml"  # not UTF-8 or not TOML; line from the TOML parser
    UNKNOWN_KEY = "unknown_key"  # a key the preset format does not have (a typo)
    MISSING_KEY = "missing_key"  # a required key of an extra relay is absent
    WRONG_TYPE = "wrong_type"  # detail: the expected type
    OUT_OF_RANGE = "out_of_range"  # detail: "minimum..maximum"
    BAD_VALUE = "bad_value"  # detail: allowed values or a validation Problem code
    LOCKED_CONFLICT = "locked_conflict"  # detail: the value given on the command line


_BAD = PresetErrorCode.BAD_VALUE


class PresetError(ValueError):
    """A preset that cannot be used.

    ``key`` is the dotted path (``defaults.protocol``, ``provider.relays.0.port``) or
    empty for the file as a whole; ``line`` is 1-based, or ``None`` when unknown;
    ``detail`` is machine-readable (an expected type, a range, allowed values).
    """

    def __init__(
        self,
        code: PresetErrorCode,
        path: Path,
        line: int | None = None,
        key: str = "",
        detail: str = "",
    ) -> None:
        self.code = code
        self.path = path
        self.line = line
        self.key = key
        self.detail = detail
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(" ".join(part for part in (f"{where}:", code.value, key, detail) if part))


@dataclass(frozen=True)
class PresetDefaults:
    """Values the wizard starts with; ``None`` leaves the program's own default."""

    language: Language | None = None
    protocol: Protocol | None = None
    # As on the command line: "all2all", a relay id, or host[:port].
    outgoing: str | None = None
    keep_on_server: bool | None = None
    keep_on_server_days: int | None = None


@dataclass(frozen=True)
class Preset:
    """One checked preset file."""

    defaults: PresetDefaults
    locked: frozenset[str]
    extra_relays: tuple[Relay, ...]
    administrator: Administrator | None
    clients: tuple[str, ...] | None
    source: Path
    # dotted key -> line, for errors found after parsing (command line, provider)
    lines: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False
    )

    def is_locked(self, name: str) -> bool:
        """Whether the wizard must show this field read-only."""
        return name in self.locked

    def error(self, code: PresetErrorCode, key: str, detail: str = "") -> PresetError:
        """A :class:`PresetError` pointing at ``key`` in this preset's file."""
        return PresetError(code, self.source, line_of(self.lines, key), key, detail)


# -- reading ------------------------------------------------------------------------


def load_preset(path: Path) -> Preset:
    """Read and check a preset file; raise :class:`PresetError` on any fault."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PresetError(
            PresetErrorCode.UNREADABLE, path, detail=error.strerror or type(error).__name__
        ) from error
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise PresetError(PresetErrorCode.NOT_TOML, path, line, detail="utf-8") from error
    return parse_preset(text, path)


def parse_preset(text: str, path: Path) -> Preset:
    """Check a preset's text; ``path`` is only used to name the file in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_POSITION.search(str(error))
        line = int(found.group(1)) if found else text.count("\n") + 1
        raise PresetError(PresetErrorCode.NOT_TOML, path, line, detail=str(error)) from error
    except RecursionError as error:  # arrays nested thousands deep
        raise PresetError(PresetErrorCode.NOT_TOML, path, detail="nesting") from error
    reader = _Reader(data, path, MappingProxyType(key_lines(text)))
    return reader.preset()


class _Reader:
    """Walks the parsed TOML, checking keys and types, and builds the preset."""

    def __init__(self, data: Mapping[str, Any], path: Path, lines: Mapping[str, int]) -> None:
        self.data = data
        self.path = path
        self.lines = lines

    def fail(self, code: PresetErrorCode, key: str, detail: str = "") -> PresetError:
        return PresetError(code, self.path, line_of(self.lines, key), key, detail)

    def table(self, data: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> None:
        for name in data:
            if name not in allowed:
                raise self.fail(PresetErrorCode.UNKNOWN_KEY, f"{key}.{name}" if key else name)

    def sub_table(self, data: Mapping[str, Any], key: str) -> Mapping[str, Any] | None:
        value = data.get(key.rpartition(".")[2])
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self.fail(PresetErrorCode.WRONG_TYPE, key, "table")
        return value

    # typed values: key is the full dotted key, value already looked up

    def text(self, key: str, value: object, allow_empty: bool = False) -> str:
        if not isinstance(value, str):
            raise self.fail(PresetErrorCode.WRONG_TYPE, key, "string")
        if not allow_empty and not value.strip():
            raise self.fail(PresetErrorCode.BAD_VALUE, key, Problem.EMPTY.value)
        return value

    def integer(self, key: str, value: object, limits: tuple[int, int]) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(PresetErrorCode.WRONG_TYPE, key, "integer")
        if not limits[0] <= value <= limits[1]:
            raise self.fail(PresetErrorCode.OUT_OF_RANGE, key, f"{limits[0]}..{limits[1]}")
        return value

    def boolean(self, key: str, value: object) -> bool:
        if not isinstance(value, bool):
            raise self.fail(PresetErrorCode.WRONG_TYPE, key, "boolean")
        return value

    def choice(self, key: str, value: object, kind: type[_Choice]) -> _Choice:
        text = self.text(key, value)
        try:
            return kind(text)
        except ValueError:
            allowed = ",".join(member.value for member in kind)
            raise self.fail(PresetErrorCode.BAD_VALUE, key, allowed) from None

    def strings(self, key: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(PresetErrorCode.WRONG_TYPE, key, "array")
        items = tuple(self.text(f"{key}.{index}", item) for index, item in enumerate(value))
        for index, item in enumerate(items):
            if item in items[:index]:
                raise self.fail(PresetErrorCode.BAD_VALUE, f"{key}.{index}", "duplicate")
        return items

    def one_of(self, key: str, items: tuple[str, ...], allowed: tuple[str, ...]) -> None:
        for index, item in enumerate(items):
            if item not in allowed:
                raise self.fail(PresetErrorCode.BAD_VALUE, f"{key}.{index}", ",".join(allowed))

    # sections

    def preset(self) -> Preset:
        self.table(self.data, "", _TOP_KEYS)
        if "schema_version" in self.data:
            limits = (SCHEMA_VERSION, SCHEMA_VERSION)
            self.integer("schema_version", self.data["schema_version"], limits)
        defaults, clients = self.defaults()
        locked = self.locked(defaults, clients)
        return Preset(
            defaults=defaults,
            locked=locked,
            extra_relays=self.relays(),
            administrator=self.administrator(),
            clients=clients,
            source=self.path,
            lines=self.lines,
        )

    def defaults(self) -> tuple[PresetDefaults, tuple[str, ...] | None]:
        table = self.sub_table(self.data, "defaults")
        if table is None:
            return PresetDefaults(), None
        self.table(table, "defaults", LOCKABLE)
        values: dict[str, Any] = {}
        if "language" in table:
            values["language"] = self.choice("defaults.language", table["language"], Language)
        if "protocol" in table:
            values["protocol"] = self.choice("defaults.protocol", table["protocol"], Protocol)
        if "outgoing" in table:
            values["outgoing"] = self.outgoing("defaults.outgoing", table["outgoing"])
        if "keep_on_server" in table:
            values["keep_on_server"] = self.boolean(
                "defaults.keep_on_server", table["keep_on_server"]
            )
        if "keep_on_server_days" in table:
            values["keep_on_server_days"] = self.integer(
                "defaults.keep_on_server_days",
                table["keep_on_server_days"],
                KEEP_ON_SERVER_DAYS_RANGE,
            )
        clients = None
        if "clients" in table:
            clients = self.strings("defaults.clients", table["clients"])
            if not clients:
                raise self.fail(PresetErrorCode.BAD_VALUE, "defaults.clients", "empty")
            self.one_of("defaults.clients", clients, exporter_names())
        return PresetDefaults(**values), clients

    def outgoing(self, key: str, value: object) -> str:
        """Checked as far as possible without the provider (see ``apply_to_draft``)."""
        text = self.text(key, value).strip()
        if text == ALL2ALL:
            return text
        parsed = parse_host_port(text, DEFAULT_RELAY_PORT)
        if parsed is Problem.BAD_PORT:
            # Out of range or not a number: "host:0", "host:70000", "host:x".
            port_text = text.rpartition(":")[2]
            code = PresetErrorCode.OUT_OF_RANGE if port_text.isdigit() else _BAD
            raise self.fail(code, key, f"{PORT_RANGE[0]}..{PORT_RANGE[1]}")
        if isinstance(parsed, Problem):
            raise self.fail(PresetErrorCode.BAD_VALUE, key, parsed.value)
        return text

    def locked(self, defaults: PresetDefaults, clients: tuple[str, ...] | None) -> frozenset[str]:
        if "locked" not in self.data:
            return frozenset()
        names = self.strings("locked", self.data["locked"])
        self.one_of("locked", names, LOCKABLE)
        for index, name in enumerate(names):
            # A locked field must say what it is locked to.
            value = clients if name == "clients" else getattr(defaults, name)
            if value is None:
                raise self.fail(PresetErrorCode.BAD_VALUE, f"locked.{index}", "no_default")
        return frozenset(names)

    def administrator(self) -> Administrator | None:
        table = self.sub_table(self.data, "administrator")
        if table is None:
            return None
        self.table(table, "administrator", _ADMINISTRATOR_KEYS)
        name = self.text("administrator.name", table.get("name", ""), allow_empty=True)
        email = self.text("administrator.email", table.get("email", ""), allow_empty=True)
        problem = check_display_name(name)
        if problem is not None:
            raise self.fail(PresetErrorCode.BAD_VALUE, "administrator.name", problem.value)
        if email:
            problem = check_email(email)
            if problem is not None:
                raise self.fail(PresetErrorCode.BAD_VALUE, "administrator.email", problem.value)
        return Administrator(name=name, email=email)

    def relays(self) -> tuple[Relay, ...]:
        table = self.sub_table(self.data, "provider")
        if table is None:
            return ()
        self.table(table, "provider", _PROVIDER_KEYS)
        entries = table.get("relays", [])
        if not isinstance(entries, list):
            raise self.fail(PresetErrorCode.WRONG_TYPE, "provider.relays", "array of tables")
        relays = tuple(self.relay(index, entry) for index, entry in enumerate(entries))
        ids = [relay.id for relay in relays]
        for index, relay_id in enumerate(ids):
            if relay_id in ids[:index]:
                key = f"provider.relays.{index}.id"
                raise self.fail(PresetErrorCode.BAD_VALUE, key, "duplicate")
        return relays

    def relay(self, index: int, entry: object) -> Relay:
        prefix = f"provider.relays.{index}"
        if not isinstance(entry, dict):
            raise self.fail(PresetErrorCode.WRONG_TYPE, prefix, "table")
        self.table(entry, prefix, _RELAY_KEYS)
        for name in _RELAY_KEYS:
            if name not in entry:
                raise self.fail(PresetErrorCode.MISSING_KEY, f"{prefix}.{name}")
        relay_id = self.text(f"{prefix}.id", entry["id"]).strip()
        if relay_id == ALL2ALL or not is_valid_host(relay_id):
            # Ids are typed after --outgoing; they must not read as anything else.
            raise self.fail(PresetErrorCode.BAD_VALUE, f"{prefix}.id", "relay_id")
        host = self.text(f"{prefix}.host", entry["host"])
        if not is_valid_host(host):
            raise self.fail(PresetErrorCode.BAD_VALUE, f"{prefix}.host", Problem.BAD_HOST.value)
        endpoint = ServerEndpoint(
            host,
            self.integer(f"{prefix}.port", entry["port"], PORT_RANGE),
            self.choice(f"{prefix}.security", entry["security"], Security),
            self.choice(f"{prefix}.authentication", entry["authentication"], Authentication),
        )
        return Relay(
            id=relay_id,
            isp=self.text(f"{prefix}.isp", entry["isp"]),
            endpoint=endpoint,
            own_network_only=self.boolean(f"{prefix}.own_network_only", entry["own_network_only"]),
            source=self.text(f"{prefix}.source", entry["source"]),
            checked=self.text(f"{prefix}.checked", entry["checked"]),
        )


# -- using ---------------------------------------------------------------------------


def apply_to_provider(preset: Preset, provider: Provider) -> Provider:
    """The provider data with the preset's overrides.

    An extra relay whose id the provider already knows replaces that entry (a renamed
    server); others are added after the provider's own. Applying twice changes nothing.
    """
    replaced = {relay.id: relay for relay in preset.extra_relays}
    relays = tuple(replaced.pop(relay.id, relay) for relay in provider.relays)
    relays += tuple(relay for relay in preset.extra_relays if relay.id in replaced)
    provider = dataclasses.replace(provider, relays=relays)
    if preset.administrator is not None:
        provider = provider.with_administrator(preset.administrator)
    return provider


def resolve_outgoing(preset: Preset, provider: Provider) -> OutgoingChoice | None:
    """The preset's outgoing server as a choice, or ``None`` when it sets none.

    Stricter than the command line, since nobody is there to notice a typo: a name
    without a dot or port must be a relay id, and a relay must be one the wizard offers.
    """
    text = preset.defaults.outgoing
    if text is None:
        return None
    key = "defaults.outgoing"
    provider = apply_to_provider(preset, provider)
    choice = outgoing_from_text(text, provider)
    if isinstance(choice, Problem):  # cannot happen after parsing; kept for safety
        raise preset.error(_BAD, key, choice.value)
    if choice.kind is OutgoingKind.ISP_RELAY:
        relay = provider.relay(choice.relay_id) if choice.relay_id else None
        if relay is None and "." not in text and ":" not in text:
            raise preset.error(_BAD, key, "unknown_relay")
        if relay is not None and not relay.offered:
            raise preset.error(_BAD, key, "relay_not_offered")
    return choice


def apply_to_draft(preset: Preset, draft: AccountDraft, provider: Provider) -> AccountDraft:
    """The draft with the preset's defaults (``provider``: with or without overrides).

    Raises :class:`PresetError` (``bad_value`` on ``defaults.outgoing``) when the
    outgoing server names no usable relay; call it before showing any page.
    """
    defaults = preset.defaults
    changes: dict[str, object] = {}
    for name in ("language", "protocol", "keep_on_server", "keep_on_server_days"):
        value = getattr(defaults, name)
        if value is not None:
            changes[name] = value
    outgoing = resolve_outgoing(preset, provider)
    if outgoing is not None:
        changes["outgoing"] = outgoing
    return draft.with_changes(**changes) if changes else draft


def check_command_line(
    preset: Preset,
    overrides: Mapping[str, object],
    provider: Provider | None = None,
) -> None:
    """Refuse a command-line value for a locked field that differs from the preset.

    ``overrides`` maps field names of :data:`LOCKABLE` to what the command line gave
    (``None`` = not given): enums or their text, ``"all2all"``/relay id/host:port for
    ``outgoing`` (compared as servers when ``provider`` is given, else as text), a
    sequence of names for ``clients``. The same value as the preset is accepted.
    """
    for name, value in overrides.items():
        if name not in LOCKABLE:
            raise KeyError(name)
        if value is None or name not in preset.locked:
            continue
        if not _same(preset, name, value, provider):
            key = f"defaults.{name}"
            raise preset.error(PresetErrorCode.LOCKED_CONFLICT, key, _as_text(value))


def _same(preset: Preset, name: str, value: object, provider: Provider | None) -> bool:
    if name == "clients":
        given = (value,) if isinstance(value, str) else value
        if not isinstance(given, tuple | list | frozenset | set):
            return False
        return preset.clients is not None and set(map(str, given)) == set(preset.clients)
    locked = getattr(preset.defaults, name)
    if name == "outgoing" and provider is not None and isinstance(value, str):
        mine = resolve_outgoing(preset, provider)
        theirs = outgoing_from_text(value, apply_to_provider(preset, provider))
        return isinstance(theirs, OutgoingChoice) and _same_server(mine, theirs)
    if name == "outgoing":
        return isinstance(value, str) and value.strip().lower() == str(locked).lower()
    if isinstance(locked, bool) or isinstance(value, bool):
        return locked is value
    if isinstance(locked, int):
        return isinstance(value, int) and value == locked
    return str(value) == str(locked)  # StrEnum members compare as their text


def _same_server(mine: OutgoingChoice | None, theirs: OutgoingChoice) -> bool:
    if mine is None or mine.kind is not theirs.kind:
        return False
    if mine.relay is None or theirs.relay is None:
        return mine.relay is theirs.relay
    return (mine.relay.host.lower(), mine.relay.port) == (
        theirs.relay.host.lower(),
        theirs.relay.port,
    )


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, tuple | list | frozenset | set):
        return ",".join(sorted(map(str, value)))
    return str(value)
