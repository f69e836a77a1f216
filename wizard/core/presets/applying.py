"""Applying a checked preset: to the provider data, to a new draft, against the command line."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from wizard.core.model import AccountDraft, Language, OutgoingChoice, OutgoingKind
from wizard.core.outgoing import outgoing_from_text
from wizard.core.presets.preset import LOCKABLE, Preset, PresetErrorCode
from wizard.core.provider import Provider
from wizard.core.validation import Problem

_BAD = PresetErrorCode.BAD_VALUE
log = logging.getLogger(__name__)


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
    if choice is Problem.NEEDS_OTHER_LOGIN:
        raise preset.error(_BAD, key, "relay_not_offered")
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


class PresetStart(NamedTuple):
    """What the wizard starts from when a preset is in use, all checked already."""

    preset: Preset
    provider: Provider  # with the preset's extra relays and administrator
    draft: AccountDraft  # with the preset's defaults
    language: Language | None  # the language to speak: --lang, else the preset's, else None


def prepare_preset(
    preset_file: Path, provider_file: Path | None, language: Language | None
) -> PresetStart:
    """Read and check the preset and apply it to the provider data and a new draft.

    ``language`` is the one asked for on the command line (``None``: not given); a
    preset that locks another one is refused. Raises ``PresetError`` or
    ``ProviderDataError``; nothing is shown on screen here.
    """
    from wizard.core.presets.reading import load_preset
    from wizard.core.provider import load_provider

    preset = load_preset(preset_file)
    check_command_line(preset, {"language": language})
    provider = apply_to_provider(preset, load_provider(provider_file))
    chosen = language or preset.defaults.language
    draft = AccountDraft(keep_on_server_days=provider.keep_on_server_days)
    draft = apply_to_draft(preset, draft, provider)
    if chosen is not None:
        draft = draft.with_changes(language=chosen)
    log.info("preset %s: locked %s", preset_file, ",".join(sorted(preset.locked)) or "-")
    return PresetStart(preset, provider, draft, chosen)
