"""Preset files: defaults, locked fields and provider overrides chosen by IT staff.

A preset is a small TOML file (``docs/preset-example.toml`` documents every key). It is
read and checked completely before the wizard starts, so an invalid preset never
leads to a half-configured wizard. Every fault is a :class:`PresetError` with a stable
code, the file, the line and the dotted key; turning that into a sentence in the
user's language is the front end's job (no user text here).

Where the preset comes from, in order (:func:`~wizard.core.presets.locations.preset_locations`,
in a module of its own so that looking costs nothing at start-up): ``--preset FILE``;
``all2all-setup.toml`` next to the executable; a system-wide file
(Linux and other Unix ``/etc/all2all-setup/preset.toml``, Windows
``%ProgramData%\\all2all-setup\\preset.toml``, macOS
``/Library/Application Support/all2all-setup/preset.toml``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from wizard.core.model import Language, Protocol
from wizard.core.presets.toml_positions import line_of
from wizard.core.provider import Administrator, Relay

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
    TOO_LARGE = "too_large"  # far larger than any preset; not read (detail: the bound)


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
