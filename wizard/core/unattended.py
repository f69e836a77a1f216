"""Unattended set-up: the wizard's steps without a window, for IT staff and scripts.

The same core steps as the wizard, in the same order: build the draft (program
defaults, then the preset's, then what the command line gave), test the account live,
write it into the chosen mail programs (plan, then apply), and keep the password in the
OS keyring. With ``dry_run`` the plans are made and nothing is written anywhere (no mail
program, no keyring); the connection test still runs, since it writes nothing.

Without a password, the test and the keyring are skipped: the mail programs then ask for
the password at their first start (useful when IT staff set up a machine for a user
whose password they do not know).

No user text here: failures are codes (:class:`UsageError`, ``PresetError``, export
reports); ``wizard.commands.setup`` turns them into words, JSON and exit codes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wizard.core.exporters import exporter_names, make_exporter
from wizard.core.exporters.base import (
    REPORT_FOR_CHANGE,
    ClientReport,
    Environment,
    Exporter,
    ExportError,
    ExportErrorCode,
    Plan,
    Status,
    Target,
    default_target,
)
from wizard.core.keyring_store import KeyringEntry, KeyringStatus, KeyringStore
from wizard.core.model import AccountDraft, Language, OutgoingChoice, OutgoingKind, Protocol
from wizard.core.outgoing import outgoing_from_text
from wizard.core.presets.applying import apply_to_draft, apply_to_provider, check_command_line
from wizard.core.presets.preset import KEEP_ON_SERVER_DAYS_RANGE, Preset
from wizard.core.probe.account import probe_account
from wizard.core.probe.results import ProbeReport, ProbeSettings
from wizard.core.provider import Provider
from wizard.core.validation import (
    Problem,
    check_display_name,
    check_email,
    check_password,
    check_username,
)

log = logging.getLogger(__name__)

# --keep-days: 0 means "no copy on the server", else the preset's range.
KEEP_DAYS_RANGE = (0, KEEP_ON_SERVER_DAYS_RANGE[1])


class UsageProblem(StrEnum):
    """Why a command-line value is refused, beyond the field checks' ``Problem`` codes."""

    MISSING = "missing"  # a required option is absent
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


class Outcome(StrEnum):
    """How a run ended; the command maps each to its documented exit code."""

    DONE = "done"
    ACCOUNT_NOT_WORKING = "account_not_working"
    CLIENT_FAILED = "client_failed"


@dataclass(frozen=True)
class UnattendedRequest:
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


@dataclass(frozen=True)
class ClientResult:
    """One mail program: its report, and the plan when one could be made."""

    report: ClientReport
    plan: Plan | None


@dataclass(frozen=True)
class UnattendedResult:
    """Everything a run did, for the JSON result, the text summary and the exit code."""

    draft: AccountDraft
    dry_run: bool
    check: ProbeReport | None  # None: not tested (no password)
    keyring: KeyringStatus | None  # None: not attempted (no password, dry run, test failed)
    clients: tuple[ClientResult, ...]
    no_client_found: bool = False  # no clients asked for, and none found here

    @property
    def outcome(self) -> Outcome:
        """Account first (nothing is written for an account that does not work)."""
        if self.check is not None and not self.check.ok:
            return Outcome.ACCOUNT_NOT_WORKING
        if self.no_client_found:
            return Outcome.CLIENT_FAILED
        if any(result.report.status is not Status.DONE for result in self.clients):
            return Outcome.CLIENT_FAILED
        return Outcome.DONE

    def to_json_dict(self) -> dict[str, Any]:
        """The documented ``--json`` shape (docs/deployment.md); never the password."""
        return {
            "ok": self.outcome is Outcome.DONE,
            "outcome": self.outcome.value,
            "dry_run": self.dry_run,
            "account": account_json(self.draft),
            "check": self.check.to_json_dict() if self.check is not None else None,
            "keyring": self.keyring.value if self.keyring is not None else None,
            "clients": [client_json(result) for result in self.clients],
            "no_client_found": self.no_client_found,
        }


ExporterFactory = Callable[[str], Exporter]


@dataclass(frozen=True)
class Context:
    """Where the run looks and what it talks to; tests inject their own."""

    provider: Provider  # as shipped (or --provider); the preset's overrides come on top
    preset: Preset | None = None
    env: Environment = field(default_factory=Environment.from_os)
    probe_settings: ProbeSettings = field(default_factory=ProbeSettings)
    keyring: KeyringStore = field(default_factory=KeyringStore)
    exporter_factory: ExporterFactory | None = None  # None: make_exporter(name, env)

    def exporter(self, name: str) -> Exporter:
        """The exporter of one mail program."""
        if self.exporter_factory is not None:
            return self.exporter_factory(name)
        return make_exporter(name, self.env)


# -- preparing -----------------------------------------------------------------------


def prepare(request: UnattendedRequest, provider: Provider, preset: Preset | None) -> Prepared:
    """Check the request against the preset and build the draft.

    Raises :class:`UsageError` for a bad command-line value and ``PresetError`` for a
    value that contradicts a locked field (or a preset naming an unusable relay).
    """
    _check_account(request)
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
    draft = AccountDraft(keep_on_server_days=provider.keep_on_server_days)
    if preset is not None:
        check_command_line(preset, _overrides(request), provider)
        draft = apply_to_draft(preset, draft, provider)
    draft = draft.with_changes(**_changes(request, outgoing))
    clients = request.clients or (preset.clients if preset and preset.clients else ())
    return Prepared(draft, provider, tuple(clients))


def _check_account(request: UnattendedRequest) -> None:
    checks: list[tuple[str, Problem | None]] = [
        ("--username", check_username(request.username)),
        ("--email", check_email(request.email)),
        ("--name", check_display_name(request.name)),
    ]
    if request.password:
        checks.append(("--password", check_password(request.password)))
    for option, problem in checks:
        if problem is Problem.EMPTY and option == "--username":
            raise UsageError(option, UsageProblem.MISSING)
        if problem is Problem.EMPTY and option == "--email":
            raise UsageError(option, UsageProblem.MISSING)
        if problem is not None:
            raise UsageError(option, problem.value)


def _outgoing(text: str | None, provider: Provider) -> OutgoingChoice | None:
    if text is None:
        return None
    choice = outgoing_from_text(text, provider)
    if isinstance(choice, Problem):
        raise UsageError("--outgoing", choice.value)
    return choice


def _overrides(request: UnattendedRequest) -> Mapping[str, object]:
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


def _changes(request: UnattendedRequest, outgoing: OutgoingChoice | None) -> dict[str, object]:
    changes: dict[str, object] = {
        "username": request.username,
        "email": request.email,
        "display_name": request.name,
        "password": request.password,
    }
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


# -- running -------------------------------------------------------------------------


def run_unattended(request: UnattendedRequest, context: Context) -> UnattendedResult:
    """Prepare, test, export, keep the password; see the module notes.

    Raises :class:`UsageError` or ``PresetError`` before anything is tested or written.
    """
    prepared = prepare(request, context.provider, context.preset)
    draft, provider = prepared.draft, prepared.provider
    log.info(
        "unattended: %s, %s, outgoing %s, clients %s%s",
        draft.username,
        draft.protocol.value,
        draft.outgoing.kind.value,
        ",".join(prepared.clients) or "(all found)",
        ", dry run" if request.dry_run else "",
    )
    check: ProbeReport | None = None
    if draft.password:
        check = probe_account(draft, provider, context.probe_settings)
        log.info("connection test: %s", "ok" if check.ok else "failed")
        if not check.ok:  # as in the wizard: nothing is written for a failing account
            return UnattendedResult(draft, request.dry_run, check, None, ())
    else:
        log.info("no password given: no connection test, nothing for the keyring")
    results, none_found = _export(prepared, context, request.dry_run)
    keyring: KeyringStatus | None = None
    if draft.password and not request.dry_run:
        entry = KeyringEntry.for_account(provider, draft.username)
        keyring = context.keyring.store(entry, draft.password).status
    return UnattendedResult(draft, request.dry_run, check, keyring, results, none_found)


def _export(
    prepared: Prepared, context: Context, dry_run: bool
) -> tuple[tuple[ClientResult, ...], bool]:
    """One result per client asked for; without a list, per supported client found."""
    chosen = prepared.clients
    exporters = [(name, context.exporter(name)) for name in chosen or exporter_names()]
    results: list[ClientResult] = []
    for name, exporter in exporters:
        try:
            installations = exporter.detect()
        except Exception:  # a broken detection must not hide the other clients
            log.exception("%s: detection failed", name)
            installations = ()
        target = default_target(installations)
        if target is None and not chosen:
            log.info("%s: not found on this computer, skipped", name)
            continue
        results.append(_export_one(name, exporter, target, prepared, dry_run))
    return tuple(results), not chosen and not results


def _export_one(
    name: str, exporter: Exporter, target: Target | None, prepared: Prepared, dry_run: bool
) -> ClientResult:
    plan: Plan | None = None
    try:
        if target is None:
            raise ExportError(ExportErrorCode.CLIENT_NOT_FOUND)
        plan = exporter.plan(target, prepared.draft, prepared.provider)
        report = _dry_report(plan) if dry_run else exporter.apply(plan)
    except ExportError as error:
        path = plan.target.path if plan else (target.path if target else error.path)
        report = ClientReport.from_error(name, path, error)
    log.info("%s: %s %s", name, report.status.value, report.code)
    return ClientResult(report, plan)


def _dry_report(plan: Plan) -> ClientReport:
    code = REPORT_FOR_CHANGE[plan.change].value
    return ClientReport(plan.client, plan.target.path, Status.DONE, code, notes=plan.notes)


# -- JSON ----------------------------------------------------------------------------


def account_json(draft: AccountDraft) -> dict[str, Any]:
    """The account as set up (no password)."""
    outgoing = draft.outgoing
    return {
        "username": draft.username,
        "email": draft.email,
        "name": draft.display_name,
        "language": draft.language.value,
        "protocol": draft.protocol.value,
        "keep_on_server": draft.keep_on_server if draft.protocol is Protocol.POP3 else None,
        "keep_on_server_days": (
            draft.keep_on_server_days
            if draft.protocol is Protocol.POP3 and draft.keep_on_server
            else None
        ),
        "outgoing": {
            "kind": outgoing.kind.value,
            "server": (
                str(outgoing.relay)
                if outgoing.kind is OutgoingKind.ISP_RELAY and outgoing.relay
                else None
            ),
            "relay_id": outgoing.relay_id or None,
        },
    }


def client_json(result: ClientResult) -> dict[str, Any]:
    """One mail program, in the shape of ``all2all-setup export --json``."""
    report, plan = result.report, result.plan
    return {
        "client": report.client,
        "profile": str(report.target) if report.target else None,
        "status": report.status.value,
        "code": report.code,
        "change": plan.change.value if plan else None,
        "account": plan.account_ref if plan else None,
        "outgoing": plan.outgoing_ref if plan else None,
        "notes": [note.value for note in report.notes],
        "backups": [str(path) for path in report.backups],
        "details": dict(report.details),
        "actions": [
            {"action": a.code.value, "path": str(a.path), "key": a.key, "old": a.old, "new": a.new}
            for a in (plan.actions if plan else ())
        ],
    }
