"""Unattended set-up: the wizard's steps without a window, for IT staff and scripts.

The same core steps as the wizard, in the same order: build the draft (program
defaults, then the preset's, then what the command line gave:
:func:`~wizard.core.setup_request.prepare`), test the account live, plan the export
into the chosen mail programs, and commit through the same
:func:`~wizard.core.setup.apply_setup` as the window (the programs, a program that
keeps its own password, the OS keyring). With ``dry_run`` the plans are made and
nothing is written anywhere; the connection test still runs, since it writes nothing.

Without a password, the test and the keyring are skipped: the mail programs then ask for
the password at their first start (useful when IT staff set up a machine for a user
whose password they do not know).

No user text here: failures are codes (``UsageError``, ``PresetError``, export
reports); ``wizard.commands.setup`` turns them into words, JSON and exit codes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wizard.core.exporters import exporter_names, make_exporter
from wizard.core.exporters.base import Environment, Exporter, Status, default_target
from wizard.core.keyring_store import KeyringStatus, KeyringStore
from wizard.core.model import AccountDraft
from wizard.core.presets.preset import Preset
from wizard.core.probe.account import probe_account
from wizard.core.probe.results import ProbeReport, ProbeSettings
from wizard.core.provider import Provider
from wizard.core.setup import (
    ClientResult,
    ProgramJob,
    account_json,
    apply_setup,
    client_json,
    plan_program,
)
from wizard.core.setup_request import Prepared, SetupRequest, prepare

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    """How a run ended; the command maps each to its documented exit code."""

    DONE = "done"
    ACCOUNT_NOT_WORKING = "account_not_working"
    CLIENT_FAILED = "client_failed"


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


def run_unattended(request: SetupRequest, context: Context) -> UnattendedResult:
    """Prepare, test, plan, commit; see the module notes.

    Raises ``UsageError`` or ``PresetError`` before anything is tested or written.
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
    planned, none_found = _plan(prepared, context)
    jobs = [item for item in planned if isinstance(item, ProgramJob)]
    committed = apply_setup(draft, provider, jobs, keyring=context.keyring, dry_run=request.dry_run)
    applied = iter(committed.clients)
    results = tuple(next(applied) if isinstance(item, ProgramJob) else item for item in planned)
    return UnattendedResult(draft, request.dry_run, check, committed.keyring, results, none_found)


def _plan(prepared: Prepared, context: Context) -> tuple[list[ProgramJob | ClientResult], bool]:
    """One job (or failed result) per client asked for; without a list, per supported
    client found here. The second value: none was asked for and none found."""
    chosen = prepared.clients
    planned: list[ProgramJob | ClientResult] = []
    for name in chosen or exporter_names():
        exporter = context.exporter(name)
        try:
            installations = exporter.detect()
        except Exception:  # a broken detection must not hide the other clients
            log.exception("%s: detection failed", name)
            installations = ()
        target = default_target(installations)
        if target is None and not chosen:
            log.info("%s: not found on this computer, skipped", name)
            continue
        planned.append(plan_program(exporter, target, prepared.draft, prepared.provider))
    return planned, not chosen and not planned
