"""From what a command line asked for to a checked draft: ``export`` and ``setup`` share it.

The draft is built in one order everywhere: the program's defaults, then the preset's
(when there is one), then what the command line gave. Every value goes through the
same rule set as the account page (:mod:`wizard.core.validation`), so a login the
window refuses is refused here too, with the same code.

No user text here: a refused value is a :class:`UsageError` naming the option as typed
and a code; ``wizard.commands`` turns it into a sentence in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from wizard.core.exporters import exporter_names
from wizard.core.model import AccountDraft, Language, OutgoingChoice, Protocol
from wizard.core.outgoing import outgoing_from_text
from wizard.core.presets.applying import apply_to_draft, apply_to_provider, check_command_line
from wizard.core.presets.preset import KEEP_ON_SERVER_DAYS_RANGE, Preset
from wizard.core.provider import Provider
from wizard.core.validation import (
    FIELDS_TO_WRITE,
    AccountField,
    Problem,
    account_problems,
    check_password,
)

# --keep-days: 0 means "no copy on the server", else the preset's range.
KEEP_DAYS_RANGE = (0, KEEP_ON_SERVER_DAYS_RANGE[1])

# The option that carries each account field on the command line.
OPTION_OF_FIELD = {
    AccountField.USERNAME: "--username",
    AccountField.EMAIL: "--email",
    AccountField.DISPLAY_NAME: "--name",
    AccountField.PASSWORD: "--password",
}


class UsageProblem(StrEnum):
    """Why a command-line value is refused, beyond the rule set's ``Problem`` codes."""

    MISSING = "missing"  # a required option is absent (or empty)
    UNKNOWN_CLIENT = "unknown_client"  # not a mail program the wizard can configure
    OUT_OF_RANGE = "out_of_range"  # a number outside its range


class UsageError(ValueError):
    """A command-line value that cannot be used; nothing was done.

    ``option`` is the flag as typed (``--email``); ``problem`` a :class:`UsageProblem`
    or a ``validation.Problem`` value.
    """

    def __init__(self, option: str, problem: str) -> None:
        self.option = option
        self.problem = problem
        super().__init__(f"{option}: {problem}")


@dataclass(frozen=True)
class SetupRequest:
    """What the command line asked for; ``None`` (or empty) = not given.

    The password is excluded from ``repr`` so it cannot reach a log line that way.
    """

    username: str
    email: str
    name: str = ""
    password: str = field(default="", repr=False)
    language: Language | None = None
    protocol: Protocol | None = None
    outgoing: str | None = None  # "all2all", a relay id, or host[:port]
    keep_days: int | None = None  # POP3: 0 = no copy on the server
    clients: tuple[str, ...] = ()
    dry_run: bool = False


@dataclass(frozen=True)
class Prepared:
    """The checked draft, the provider data with the preset's overrides, the clients
    asked for (empty: every supported one found on this computer)."""

    draft: AccountDraft
    provider: Provider
    clients: tuple[str, ...]


def prepare(request: SetupRequest, provider: Provider, preset: Preset | None) -> Prepared:
    """Check the request against the rule set and the preset, and build the draft.

    Raises :class:`UsageError` for a bad command-line value and ``PresetError`` for a
    value that contradicts a locked field (or a preset naming an unusable relay).
    """
    draft = AccountDraft(
        username=request.username,
        email=request.email,
        display_name=request.name.strip(),
        password=request.password,
    )
    check_account(draft)
    for client in request.clients:
        if client not in exporter_names():
            raise UsageError("--client", UsageProblem.UNKNOWN_CLIENT)
    if request.keep_days is not None:
        low, high = KEEP_DAYS_RANGE
        if not low <= request.keep_days <= high:
            raise UsageError("--keep-days", UsageProblem.OUT_OF_RANGE)
    if preset is not None:
        provider = apply_to_provider(preset, provider)
    outgoing = _outgoing(request.outgoing, provider)
    defaults = AccountDraft(keep_on_server_days=provider.keep_on_server_days)
    if preset is not None:
        check_command_line(preset, _overrides(request), provider)
        defaults = apply_to_draft(preset, defaults, provider)
    changes = _changes(request, outgoing)
    draft = defaults.with_changes(
        username=draft.username,
        email=draft.email,
        display_name=draft.display_name,
        password=draft.password,
        **changes,
    )
    clients = request.clients or (preset.clients if preset and preset.clients else ())
    return Prepared(draft, provider, tuple(clients))


def check_account(draft: AccountDraft) -> None:
    """The rule set's verdict on the fields a mail program needs, and the password
    when one is given; the first problem, by option, as a :class:`UsageError`."""
    problems = account_problems(draft, FIELDS_TO_WRITE)
    for account_field, problem in problems.items():
        option = OPTION_OF_FIELD[account_field]
        if problem is Problem.EMPTY:
            raise UsageError(option, UsageProblem.MISSING)
        raise UsageError(option, problem.value)
    refused = check_password(draft.password) if draft.password else None
    if refused is not None:
        raise UsageError(OPTION_OF_FIELD[AccountField.PASSWORD], refused.value)


def _outgoing(text: str | None, provider: Provider) -> OutgoingChoice | None:
    if text is None:
        return None
    choice = outgoing_from_text(text, provider)
    if isinstance(choice, Problem):
        raise UsageError("--outgoing", choice.value)
    return choice


def _overrides(request: SetupRequest) -> Mapping[str, object]:
    """The request's values for the fields a preset can lock."""
    days = request.keep_days
    return {
        "language": request.language,
        "protocol": request.protocol,
        "outgoing": request.outgoing,
        "keep_on_server": None if days is None else days > 0,
        "keep_on_server_days": days if days else None,
        "clients": request.clients or None,
    }


def _changes(request: SetupRequest, outgoing: OutgoingChoice | None) -> dict[str, object]:
    changes: dict[str, object] = {}
    if request.language is not None:
        changes["language"] = request.language
    if request.protocol is not None:
        changes["protocol"] = request.protocol
    if outgoing is not None:
        changes["outgoing"] = outgoing
    if request.keep_days is not None:
        changes["keep_on_server"] = request.keep_days > 0
        if request.keep_days > 0:
            changes["keep_on_server_days"] = request.keep_days
    return changes
