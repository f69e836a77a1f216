"""Removing the all2all account from a mail program: plan first, then apply.

:func:`plan_removal` finds the all2all account(s) of one login in a Thunderbird profile
or Evolution's sources (by host name, like the doctor) and computes everything that
goes, writing nothing: the window can show it, ``--dry-run`` prints it. Removing both
the IMAP and the POP3 account of a login is one removal; when accounts of several
logins are there, the login must be named. :func:`apply_removal` carries the plan out
through the same safe-file machinery as the exporters: refused while the program runs,
a backup of every file first, atomic writes read back, deletions undone on any error.
With ``forget_password`` the passwords go too: the program's own (Thunderbird's
``logins.json`` entries, Evolution's Secret Service items) and the wizard's keyring
entry for that login.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import wizard.core.removal.evolution as evolution_removal
import wizard.core.removal.thunderbird as thunderbird_removal
from wizard.core.doctor.findings import FoundAccount
from wizard.core.doctor.rules import same_login
from wizard.core.doctor.run import EVOLUTION, THUNDERBIRD
from wizard.core.doctor.thunderbird import found_accounts as thunderbird_accounts
from wizard.core.doctor.thunderbird import read_prefs
from wizard.core.exporters import make_exporter
from wizard.core.exporters.base import (
    Environment,
    Exporter,
    ExportError,
    ExportErrorCode,
    FileWrite,
    Target,
    default_target,
)
from wizard.core.exporters.evolution.exporter import candidate_roots
from wizard.core.exporters.evolution.sources import read_sources
from wizard.core.exporters.thunderbird.exporter import PREFS
from wizard.core.exporters.thunderbird.profiles import find_installations
from wizard.core.keyring_store import KeyringEntry, KeyringStatus, KeyringStore
from wizard.core.provider import Provider
from wizard.core.removal.files import delete_files
from wizard.core.safe_files import apply_writes, read_optional

log = logging.getLogger(__name__)


class RemovalProblem(StrEnum):
    """Why there is nothing to remove yet."""

    NO_ACCOUNT = "no_account"  # no all2all account (of that login) there
    SEVERAL_LOGINS = "several_logins"  # accounts of several logins: say which one


class RemovalError(Exception):
    """Nothing was planned; ``logins`` lists the choices for SEVERAL_LOGINS."""

    def __init__(self, problem: RemovalProblem, logins: tuple[str, ...] = ()) -> None:
        super().__init__(f"{problem.value}: {', '.join(logins)}")
        self.problem = problem
        self.logins = logins


@dataclass(frozen=True)
class RemovalPlan:
    """Everything a removal does, computed without touching the disk."""

    client: str
    target: Target
    accounts: tuple[FoundAccount, ...]
    writes: tuple[FileWrite, ...]  # Thunderbird: prefs.js (and logins.json)
    deletions: tuple[Path, ...]  # Evolution: the .source files
    outgoing: tuple[str, ...]  # outgoing servers that go with the account
    outgoing_kept: tuple[str, ...]  # kept: another account still sends through them
    forget_password: bool = False
    password_uids: tuple[str, ...] = ()  # Evolution's Secret Service items to delete
    passwords_shared: bool = False  # Thunderbird: an origin another account uses stays

    @property
    def login(self) -> str:
        """The login whose account(s) go."""
        return self.accounts[0].login


@dataclass(frozen=True)
class RemovalResult:
    """What happened: ``error`` None when the account is gone."""

    plan: RemovalPlan
    error: ExportErrorCode | None = None
    backups: tuple[Path, ...] = ()
    program_passwords: KeyringStatus | None = None  # None: not asked to forget them
    keyring: KeyringStatus | None = None

    @property
    def removed(self) -> bool:
        """True when the account is gone."""
        return self.error is None

    def to_json_dict(self) -> dict[str, Any]:
        """The documented ``remove --json`` shape (``exit_code`` is added by the command)."""
        plan = self.plan
        passwords = None
        if plan.forget_password:
            passwords = {
                "program": self.program_passwords.value if self.program_passwords else None,
                "keyring": self.keyring.value if self.keyring else None,
            }
        return {
            "client": plan.client,
            "profile": str(plan.target.path),
            "removed": [
                {"key": a.key, "login": a.login, "protocol": a.protocol} for a in plan.accounts
            ],
            "outgoing_removed": list(plan.outgoing),
            "outgoing_kept": list(plan.outgoing_kept),
            "backups": [str(path) for path in self.backups],
            "passwords": passwords,
            "error": self.error.value if self.error else None,
        }


def removal_target(env: Environment, client: str, folder: Path | None = None) -> Target:
    """The profile to work on: ``folder``, else the one the program uses."""
    if folder is not None:
        if not folder.is_dir():
            raise ExportError(ExportErrorCode.PROFILE_NOT_FOUND, folder)
        return Target(client, folder, folder.name, True)
    if client == THUNDERBIRD:
        target = default_target(find_installations(env))
    else:
        target = next(
            (
                Target(EVOLUTION, root / "sources", "default", True, variant, root)
                for root, variant in candidate_roots(env, None)
                if (root / "sources").is_dir()
            ),
            None,
        )
    if target is None:
        raise ExportError(ExportErrorCode.CLIENT_NOT_FOUND)
    return target


def _choose(found: list[FoundAccount], login: str | None, protocol: str | None) -> list[str]:
    chosen = [a for a in found if protocol is None or a.protocol == protocol]
    if login is not None:
        chosen = [a for a in chosen if same_login(a.login, login)]
    logins = sorted({a.login.casefold(): a.login for a in chosen}.values())
    if not chosen:
        raise RemovalError(RemovalProblem.NO_ACCOUNT)
    if len(logins) > 1:
        raise RemovalError(RemovalProblem.SEVERAL_LOGINS, tuple(logins))
    return [a.key for a in chosen]


def plan_removal(
    env: Environment,
    provider: Provider,
    client: str,
    folder: Path | None = None,
    login: str | None = None,
    protocol: str | None = None,
    forget_password: bool = False,
) -> RemovalPlan:
    """What removing the all2all account would do (raises :class:`RemovalError` or
    :class:`ExportError`; writes nothing)."""
    target = removal_target(env, client, folder)
    if client == THUNDERBIRD:
        return _plan_thunderbird(target, provider, login, protocol, forget_password)
    return _plan_evolution(target, provider, login, protocol, forget_password)


def _plan_thunderbird(
    target: Target,
    provider: Provider,
    login: str | None,
    protocol: str | None,
    forget_password: bool,
) -> RemovalPlan:
    read = read_prefs(target)
    if read is None:
        raise RemovalError(RemovalProblem.NO_ACCOUNT)
    prefs, original = read
    found = [account for account, _ in thunderbird_accounts(prefs, target.path, provider)]
    keys = _choose(found, login, protocol)
    removed = thunderbird_removal.remove_accounts(prefs, keys)
    writes = [FileWrite(target.path / PREFS, prefs.to_bytes(), original)]
    shared = False
    if forget_password:
        in_use = thunderbird_removal.origins_in_use(prefs)
        going = {origin for origin in removed.origins if origin not in in_use}
        staying = set(removed.origins) - going
        path = thunderbird_removal.logins_path(target.path)
        stored = read_optional(path)
        content = thunderbird_removal.forget_logins(stored, going) if stored else None
        if content is not None:
            writes.append(FileWrite(path, content, stored))
        # A password kept for a server another account still uses, if there is one.
        shared = stored is not None and (
            thunderbird_removal.forget_logins(stored, staying) is not None
        )
    return RemovalPlan(
        client=THUNDERBIRD,
        target=target,
        accounts=tuple(a for a in found if a.key in keys),
        writes=tuple(writes),
        deletions=(),
        outgoing=tuple(removed.outgoing),
        outgoing_kept=tuple(removed.outgoing_kept),
        forget_password=forget_password,
        passwords_shared=shared,
    )


def _plan_evolution(
    target: Target,
    provider: Provider,
    login: str | None,
    protocol: str | None,
    forget_password: bool,
) -> RemovalPlan:
    from wizard.core.doctor.evolution import found_accounts

    sources = read_sources(target.path)
    found = [account for account, _ in found_accounts(sources, target.path, provider)]
    keys = _choose(found, login, protocol)
    removed = evolution_removal.removal_files(sources, keys)
    return RemovalPlan(
        client=EVOLUTION,
        target=target,
        accounts=tuple(a for a in found if a.key in keys),
        writes=(),
        deletions=tuple(removed.files),
        outgoing=tuple(removed.outgoing),
        outgoing_kept=tuple(removed.outgoing_kept),
        forget_password=forget_password,
        password_uids=tuple(removed.secret_uids),
    )


def apply_removal(
    plan: RemovalPlan,
    env: Environment,
    provider: Provider,
    exporter: Exporter | None = None,
    keyring: KeyringStore | None = None,
    secret_connection: Any = None,
) -> RemovalResult:
    """Carry the plan out (see the module doc); every failure is in the result.

    ``exporter`` says whether the program runs (default: its own exporter for
    ``env``); ``keyring`` and ``secret_connection`` point the password removal at a
    test keyring and a private Secret Service.
    """
    exporter = exporter or make_exporter(plan.client, env)
    try:
        if exporter.is_running(plan.target):
            raise ExportError(ExportErrorCode.CLIENT_RUNNING, plan.target.path)
        backups = apply_writes(plan.writes) if plan.writes else ()
        backups += delete_files(plan.deletions) if plan.deletions else ()
    except ExportError as error:
        log.warning("removal from %s failed: %s", plan.target.path, error)
        return RemovalResult(plan, error.code)
    log.info("removed %s from %s", [a.key for a in plan.accounts], plan.target.path)
    if not plan.forget_password:
        return RemovalResult(plan, None, backups)
    if plan.client == EVOLUTION:
        from wizard.core.exporters.evolution.secret import forget_passwords

        program = forget_passwords(plan.password_uids, secret_connection).status
    else:
        logins_written = any(w.path.name == thunderbird_removal.LOGINS for w in plan.writes)
        program = KeyringStatus.REMOVED if logins_written else KeyringStatus.NOT_FOUND
    store = keyring or KeyringStore()
    entry = KeyringEntry.for_account(provider, plan.login)
    return RemovalResult(plan, None, backups, program, store.remove(entry).status)


@dataclass(frozen=True)
class RemovalOutcome:
    """Planning and applying in one, for the window: exactly one of ``result``,
    ``problem`` (nothing to remove) or ``error`` (the profile could not be read) is set."""

    client: str
    login: str
    result: RemovalResult | None = None
    problem: RemovalProblem | None = None
    error: ExportErrorCode | None = None

    @property
    def removed(self) -> bool:
        """True when the account is gone."""
        return self.result is not None and self.result.removed

    @property
    def failure(self) -> ExportErrorCode | None:
        """Why the program could not be changed (None: removed, or nothing to remove)."""
        if self.result is not None:
            return self.result.error
        return self.error


def remove_account(
    env: Environment,
    provider: Provider,
    client: str,
    login: str,
    protocol: str | None = None,
    folder: Path | None = None,
    forget_password: bool = False,
    exporter: Exporter | None = None,
    keyring: KeyringStore | None = None,
) -> RemovalOutcome:
    """Plan and apply the removal of ``login``'s account; every failure is in the outcome."""
    try:
        plan = plan_removal(env, provider, client, folder, login, protocol, forget_password)
    except RemovalError as error:
        return RemovalOutcome(client, login, problem=error.problem)
    except ExportError as error:
        return RemovalOutcome(client, login, error=error.code)
    result = apply_removal(plan, env, provider, exporter, keyring)
    return RemovalOutcome(client, plan.login, result=result)
