"""The one commit of a set-up: the window, ``setup`` and ``export`` all end here.

:func:`apply_setup` carries out plans that were made (and shown) before: it writes the
account into each mail program (backup, atomic write, read-back, restore on error),
hands the password to every program that keeps its own (:class:`PasswordKeeper`, such
as Evolution) when the user agreed, saves the files for a phone or another program,
stores the password in the OS keyring, and returns one :class:`SetupResult` that the
done page shows and the JSON output prints.

The password leaves the draft here and nowhere else; it is registered with the log
filter first, so that even a mistake further down cannot write it into a log.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from wizard.core.exporters.base import (
    REPORT_FOR_CHANGE,
    ClientReport,
    Exporter,
    ExportError,
    ExportErrorCode,
    ExportOptions,
    NoteCode,
    Plan,
    Status,
    Target,
)
from wizard.core.formats.saving import SheetWriter, save_other_files
from wizard.core.keyring_store import KeyringEntry, KeyringOutcome, KeyringStatus, KeyringStore
from wizard.core.log_secrets import protect
from wizard.core.model import AccountDraft, OutgoingKind
from wizard.core.model import Protocol as MailProtocol
from wizard.core.provider import Provider

log = logging.getLogger(__name__)


@runtime_checkable
class PasswordKeeper(Protocol):
    """An exporter whose mail program reads the password from the system's keyring.

    ``keep_password`` is called only after the account was written (Evolution's secret
    monitor removes passwords whose account does not exist) and never raises.
    """

    def keep_password(self, plan: Plan, password: str) -> KeyringOutcome: ...


def keeps_password(exporter: Exporter) -> bool:
    """Whether the program can be handed the password (and the page may offer it)."""
    return isinstance(exporter, PasswordKeeper)


@dataclass(frozen=True)
class ProgramJob:
    """One mail program to write into: its exporter and the plan the user saw.

    ``give_password``: the user agrees that a :class:`PasswordKeeper` gets the password
    (ignored by the other programs, which ask for it at their first start).
    """

    exporter: Exporter
    plan: Plan
    give_password: bool = True


@dataclass(frozen=True)
class FilesJob:
    """The files for a phone or another program, saved into ``folder``.

    ``sheet`` draws the printable PDF (Qt's job, handed in so the core stays Qt-free);
    ``None`` leaves the sheet out.
    """

    folder: Path
    sheet: SheetWriter | None


@dataclass(frozen=True)
class ClientResult:
    """One mail program (or the files): its report, and the plan when one was made."""

    report: ClientReport
    plan: Plan | None = None


@dataclass(frozen=True)
class SetupResult:
    """What a commit did, in the order it was done."""

    clients: tuple[ClientResult, ...]
    keyring: KeyringStatus | None  # None: not attempted (no password, dry run, not asked)

    @property
    def reports(self) -> tuple[ClientReport, ...]:
        """Every report, in order."""
        return tuple(result.report for result in self.clients)

    @property
    def failed(self) -> bool:
        """Whether any program failed (not "finish it yourself": that is no failure)."""
        return any(report.failed for report in self.reports)


def plan_program(
    exporter: Exporter,
    target: Target | None,
    draft: AccountDraft,
    provider: Provider,
    options: ExportOptions | None = None,
    give_password: bool = True,
) -> ProgramJob | ClientResult:
    """The job for one program, or the result that says why there is none
    (no profile here, a damaged or locked profile...). Reads files, writes nothing."""
    plan: Plan | None = None
    try:
        if target is None:
            raise ExportError(ExportErrorCode.CLIENT_NOT_FOUND)
        try:
            plan = exporter.plan(target, draft, provider, options or ExportOptions())
        except ValueError as error:  # a setting the program cannot hold: a report, no crash
            log.warning("%s cannot hold this account: %s", exporter.name, error)
            raise ExportError(ExportErrorCode.UNSUPPORTED_SETTINGS, target.path) from error
    except ExportError as error:
        path = target.path if target is not None else error.path
        return ClientResult(ClientReport.from_error(exporter.name, path, error))
    return ProgramJob(exporter, plan, give_password)


def apply_setup(
    draft: AccountDraft,
    provider: Provider,
    programs: Sequence[ProgramJob],
    *,
    files: FilesJob | None = None,
    keyring: KeyringStore | None = None,
    dry_run: bool = False,
) -> SetupResult:
    """Write the account everywhere it was planned; see the module notes.

    ``keyring`` is the OS keyring to keep the password in (``None``: do not store it,
    for example because it is stored already or nobody gave a password). With
    ``dry_run`` nothing is written anywhere: each program reports what its plan would
    do. Never raises for a program's failure: each one is a report.
    """
    password = draft.password
    if password:
        protect(password)
    results: list[ClientResult] = []
    for job in programs:
        report = _dry_report(job.plan) if dry_run else _apply(job, password)
        log.info("%s: %s %s", job.plan.client, report.status.value, report.code)
        results.append(ClientResult(report, job.plan))
    if files is not None and not dry_run:
        report = save_other_files(draft, provider, files.folder, files.sheet)
        results.append(ClientResult(report))
    keyring_status: KeyringStatus | None = None
    if keyring is not None and password and not dry_run:
        keyring_status = _keep_in_keyring(keyring, provider, draft.username, password)
    return SetupResult(tuple(results), keyring_status)


def _apply(job: ProgramJob, password: str) -> ClientReport:
    plan = job.plan
    try:
        report = job.exporter.apply(plan)
    except Exception:  # apply never raises by contract; a bug must not lose the others
        log.exception("%s export broke its contract and raised", plan.client)
        return ClientReport(
            plan.client, plan.target.path, Status.FAILED, ExportErrorCode.WRITE_FAILED.value
        )
    exporter = job.exporter
    if report.failed or not password or not job.give_password:
        return report
    if not isinstance(exporter, PasswordKeeper):
        return report
    try:
        outcome = exporter.keep_password(plan, password)
    except Exception:  # the account is written; only the password is missing
        log.exception("%s: handing over the password failed", plan.client)
        outcome = KeyringOutcome(KeyringStatus.FAILED)
    return _with_password_note(report, outcome)


def _with_password_note(report: ClientReport, outcome: KeyringOutcome) -> ClientReport:
    """The report says whether the program has the password or will ask for it."""
    notes = list(report.notes)
    if outcome.status is KeyringStatus.STORED:
        notes = [n for n in notes if n is not NoteCode.PASSWORD_ASKED_AT_FIRST_START]
        notes.append(NoteCode.PASSWORD_SAVED)
    else:
        log.warning("%s: password not stored: %s", report.client, outcome.detail)
        notes.append(NoteCode.PASSWORD_NOT_SAVED)
        if NoteCode.PASSWORD_ASKED_AT_FIRST_START not in notes:
            notes.append(NoteCode.PASSWORD_ASKED_AT_FIRST_START)
    return dataclasses.replace(report, notes=tuple(notes))


def _keep_in_keyring(
    keyring: KeyringStore, provider: Provider, username: str, password: str
) -> KeyringStatus:
    try:
        status = keyring.store(KeyringEntry.for_account(provider, username), password).status
    except Exception:  # KeyringStore answers with statuses; this is a last resort
        log.exception("keyring store crashed")
        status = KeyringStatus.FAILED
    log.info("keyring store: %s", status.value)
    return status


def _dry_report(plan: Plan) -> ClientReport:
    """What applying would report, without writing."""
    code = REPORT_FOR_CHANGE[plan.change].value
    return ClientReport(plan.client, plan.target.path, Status.DONE, code, notes=plan.notes)


# -- JSON ----------------------------------------------------------------------------


def account_json(draft: AccountDraft) -> dict[str, Any]:
    """The account as set up (no password)."""
    outgoing = draft.outgoing
    pop3 = draft.protocol is MailProtocol.POP3
    return {
        "username": draft.username,
        "email": draft.email,
        "name": draft.display_name,
        "language": draft.language.value,
        "protocol": draft.protocol.value,
        "keep_on_server": draft.keep_on_server if pop3 else None,
        "keep_on_server_days": (
            draft.keep_on_server_days if pop3 and draft.keep_on_server else None
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
    """One mail program, in the shape of ``setup --json`` and ``export --json``."""
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
