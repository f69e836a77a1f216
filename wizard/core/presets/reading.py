"""Reading a preset file: TOML, then every key and type checked, with its line.

Nothing is applied here (:mod:`wizard.core.presets.applying`): a preset is read and
checked completely before the wizard starts, so an invalid one never leads to a
half-configured wizard.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from wizard.core.exporters import exporter_names
from wizard.core.file_access import TooLargeError, read_bounded
from wizard.core.limits import MAX_PRESET_FILE
from wizard.core.model import Authentication, Language, Protocol, Security, ServerEndpoint
from wizard.core.outgoing import ALL2ALL, DEFAULT_RELAY_PORT
from wizard.core.presets.preset import (
    KEEP_ON_SERVER_DAYS_RANGE,
    LOCKABLE,
    PORT_RANGE,
    SCHEMA_VERSION,
    Preset,
    PresetDefaults,
    PresetError,
    PresetErrorCode,
)
from wizard.core.presets.toml_positions import key_lines, line_of
from wizard.core.provider import Administrator, Relay
from wizard.core.validation import (
    Problem,
    check_email,
    check_name_text,
    is_valid_host,
    parse_host_port,
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
_BAD = PresetErrorCode.BAD_VALUE


def load_preset(path: Path) -> Preset:
    """Read and check a preset file; raise :class:`PresetError` on any fault.

    A file larger than :data:`~wizard.core.limits.MAX_PRESET_FILE` is refused unread.
    """
    try:
        raw = read_bounded(path, MAX_PRESET_FILE, follow_links=True)
    except TooLargeError as error:
        raise PresetError(PresetErrorCode.TOO_LARGE, path, detail=str(error.limit)) from error
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
    reader = _PresetReader(data, path, MappingProxyType(key_lines(text)))
    return reader.preset()


class _PresetReader:
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
        problem = check_name_text(name)
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
