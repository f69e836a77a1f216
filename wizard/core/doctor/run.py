"""The doctor: find every all2all account of this user, say what is wrong, repair it.

:func:`examine` reads every Thunderbird profile and Evolution's sources folder (or one
folder given) and returns a :class:`DoctorReport`: each all2all account found, by host
name whatever its login or name, with its findings. :func:`repair` does the same and
repairs what can be repaired: the files are written through the exporters' safe-write
machinery (refused while the program runs, backup, atomic write, read back), then read
again, and a finding counts as fixed only when it is gone from what is on disk.
Everything the doctor did not repair is left byte for byte.

Both only read and write local files (no network): quick enough for a worker thread
of the window, with nothing to cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import wizard.core.doctor.evolution as evolution_doctor
import wizard.core.doctor.thunderbird as thunderbird_doctor
from wizard.core.doctor.findings import AccountCheck, Finding, FindingCode, FoundAccount
from wizard.core.doctor.rules import check_account, duplicates
from wizard.core.exporters import make_exporter
from wizard.core.exporters.base import (
    Environment,
    Exporter,
    ExportError,
    ExportErrorCode,
    FileWrite,
    Target,
)
from wizard.core.exporters.evolution.exporter import candidate_roots
from wizard.core.exporters.evolution.sources import SUFFIX, read_sources
from wizard.core.exporters.thunderbird.exporter import PREFS
from wizard.core.exporters.thunderbird.profiles import find_installations
from wizard.core.provider import Provider
from wizard.core.safe_files import apply_writes

log = logging.getLogger(__name__)
THUNDERBIRD = "thunderbird"
EVOLUTION = "evolution"
CLIENTS = (THUNDERBIRD, EVOLUTION)


class Outcome(StrEnum):
    """What is left after the doctor (the command's exit code follows from it)."""

    CLEAN = "clean"  # nothing (left) to fix
    PROBLEMS_LEFT = "problems_left"  # findings not repaired (not asked, or not repairable)
    PROGRAM_NOT_CHANGED = "program_not_changed"  # a program's files could not be read/written


@dataclass(frozen=True)
class PlaceFailure:
    """A profile or sources folder that could not be read or changed."""

    client: str
    path: Path
    code: ExportErrorCode

    def to_json_dict(self) -> dict[str, Any]:
        """As ``doctor --json`` lists it under ``errors``."""
        return {"client": self.client, "profile": str(self.path), "code": self.code.value}


@dataclass(frozen=True)
class DoctorReport:
    """Every all2all account found, its findings, and what could not be done."""

    accounts: tuple[AccountCheck, ...]
    failures: tuple[PlaceFailure, ...] = ()
    backups: tuple[Path, ...] = ()

    @property
    def repairable(self) -> int:
        """How many findings a repair would set right now (the Repair button's work)."""
        return sum(f.fixable for check in self.accounts for f in check.problems_left)

    @property
    def repaired(self) -> int:
        """How many findings this run repaired (verified by reading back)."""
        return sum(f.fixed for check in self.accounts for f in check.findings)

    @property
    def by_hand(self) -> int:
        """How many findings only the user can settle (another username, a duplicate)."""
        return sum(not f.fixable for check in self.accounts for f in check.findings)

    @property
    def outcome(self) -> Outcome:
        """Clean, problems left, or a program that could not be changed."""
        if self.failures:
            return Outcome.PROGRAM_NOT_CHANGED
        if any(check.problems_left for check in self.accounts):
            return Outcome.PROBLEMS_LEFT
        return Outcome.CLEAN

    def to_json_dict(self) -> dict[str, Any]:
        """``accounts`` and ``errors`` of the documented ``doctor --json`` shape."""
        return {
            "accounts": [check.to_json_dict() for check in self.accounts],
            "errors": [failure.to_json_dict() for failure in self.failures],
        }


class _ClientDoctor(Protocol):
    """What the doctor needs from one mail program."""

    client: str

    def places(self) -> list[Target]: ...

    def accounts(self, target: Target, provider: Provider) -> list[FoundAccount]: ...

    def writes(
        self, target: Target, provider: Provider, fixes: Mapping[str, set[FindingCode]]
    ) -> list[FileWrite]: ...


class _Thunderbird:
    client = THUNDERBIRD

    def __init__(self, env: Environment, folder: Path | None) -> None:
        self._env = env
        self._folder = folder

    def places(self) -> list[Target]:
        if self._folder is not None:
            return [Target(THUNDERBIRD, self._folder, self._folder.name, True)]
        found: dict[Path, Target] = {}
        for installation in find_installations(self._env):
            for target in installation.targets:
                found.setdefault(target.path, target)
        return list(found.values())

    def accounts(self, target: Target, provider: Provider) -> list[FoundAccount]:
        read = thunderbird_doctor.read_prefs(target)
        if read is None:
            return []
        accounts = thunderbird_doctor.found_accounts(read[0], target.path, provider)
        return [account for account, _ in accounts]

    def writes(
        self, target: Target, provider: Provider, fixes: Mapping[str, set[FindingCode]]
    ) -> list[FileWrite]:
        read = thunderbird_doctor.read_prefs(target)
        if read is None:
            return []
        prefs, original = read
        for key, codes in fixes.items():
            # Read again after each repair: an earlier one may have moved an identity.
            found = thunderbird_doctor.found_accounts(prefs, target.path, provider)
            current = [account for account, _ in found]
            account = next((a for a in current if a.key == key), None)
            if account is not None:
                thunderbird_doctor.repair(prefs, account, codes, provider, current)
        content = prefs.to_bytes()
        return [FileWrite(target.path / PREFS, content, original)] if content != original else []


class _Evolution:
    client = EVOLUTION

    def __init__(self, env: Environment, folder: Path | None) -> None:
        self._env = env
        self._folder = folder

    def places(self) -> list[Target]:
        if self._folder is not None:
            return [Target(EVOLUTION, self._folder, self._folder.name, True)]
        return [
            Target(EVOLUTION, root / "sources", "default", True, variant, root)
            for root, variant in candidate_roots(self._env, None)
            if (root / "sources").is_dir()
        ]

    def accounts(self, target: Target, provider: Provider) -> list[FoundAccount]:
        sources = read_sources(target.path)
        return [a for a, _ in evolution_doctor.found_accounts(sources, target.path, provider)]

    def writes(
        self, target: Target, provider: Provider, fixes: Mapping[str, set[FindingCode]]
    ) -> list[FileWrite]:
        sources = read_sources(target.path)
        changed = {}
        for account, files in evolution_doctor.found_accounts(sources, target.path, provider):
            codes = fixes.get(account.key)
            if codes:
                for source in evolution_doctor.repair(target.path, account, files, codes, provider):
                    changed[source.path] = source
        return [
            FileWrite(source.path, source.keys.to_bytes(), source.original)
            for source in changed.values()
            if source.keys.to_bytes() != source.original
        ]


def guess_client(folder: Path) -> str | None:
    """Which program's settings a folder holds: a profile's prefs.js, or sources."""
    if (folder / PREFS).is_file():
        return THUNDERBIRD
    if any(folder.glob(f"*{SUFFIX}")):
        return EVOLUTION
    return None


def _doctors(env: Environment, clients: Sequence[str], folder: Path | None) -> list[_ClientDoctor]:
    doctors: list[_ClientDoctor] = []
    if THUNDERBIRD in clients:
        doctors.append(_Thunderbird(env, folder))
    if EVOLUTION in clients:
        doctors.append(_Evolution(env, folder))
    return doctors


def _checks(
    accounts: list[FoundAccount], provider: Provider, expected_login: str | None
) -> list[AccountCheck]:
    shared = duplicates(accounts)
    checks = []
    for account in accounts:
        codes = check_account(account, provider, expected_login)
        if account.key in shared:
            codes.append(FindingCode.DUPLICATE_ACCOUNT)
        checks.append(AccountCheck(account, tuple(Finding(code) for code in codes)))
    return checks


def examine(
    env: Environment,
    provider: Provider,
    expected_login: str | None = None,
    clients: Sequence[str] = CLIENTS,
    folder: Path | None = None,
) -> DoctorReport:
    """Every all2all account of this user (or in ``folder``) and what is wrong with it."""
    return _run(env, provider, expected_login, clients, folder, None, dry_run=True)


def repair(
    env: Environment,
    provider: Provider,
    expected_login: str | None = None,
    clients: Sequence[str] = CLIENTS,
    folder: Path | None = None,
    exporters: Mapping[str, Exporter] | None = None,
) -> DoctorReport:
    """Like :func:`examine`, then repair what can be repaired (see the module doc).

    ``exporters`` (by client name) decide whether a program runs; by default the
    programs' own exporters for ``env``.
    """
    return _run(env, provider, expected_login, clients, folder, exporters, dry_run=False)


def _run(
    env: Environment,
    provider: Provider,
    expected_login: str | None,
    clients: Sequence[str],
    folder: Path | None,
    exporters: Mapping[str, Exporter] | None,
    dry_run: bool,
) -> DoctorReport:
    checks: list[AccountCheck] = []
    failures: list[PlaceFailure] = []
    backups: list[Path] = []
    for doctor in _doctors(env, clients, folder):
        for target in doctor.places():
            try:
                found = _checks(doctor.accounts(target, provider), provider, expected_login)
                if not dry_run:
                    exporter = (exporters or {}).get(doctor.client) or make_exporter(
                        doctor.client, env
                    )
                    found, made = _repair_place(doctor, exporter, target, provider, found)
                    backups += made
            except ExportError as error:
                log.warning("doctor: %s %s: %s", doctor.client, target.path, error)
                failures.append(PlaceFailure(doctor.client, error.path or target.path, error.code))
                found = _checks_or_empty(doctor, target, provider, expected_login)
            checks += found
    return DoctorReport(tuple(checks), tuple(failures), tuple(backups))


def _checks_or_empty(
    doctor: _ClientDoctor, target: Target, provider: Provider, expected_login: str | None
) -> list[AccountCheck]:
    """The findings of a place that could not be changed (none if it cannot be read)."""
    try:
        return _checks(doctor.accounts(target, provider), provider, expected_login)
    except ExportError:
        return []


def _repair_place(
    doctor: _ClientDoctor,
    exporter: Exporter,
    target: Target,
    provider: Provider,
    checks: list[AccountCheck],
) -> tuple[list[AccountCheck], tuple[Path, ...]]:
    """Write the repairs of one place, then read it back to see what is really fixed."""
    fixes = {
        check.account.key: {finding.code for finding in check.findings if finding.fixable}
        for check in checks
    }
    fixes = {key: codes for key, codes in fixes.items() if codes}
    if not fixes:
        return checks, ()
    writes = doctor.writes(target, provider, fixes)
    if exporter.is_running(target):
        raise ExportError(ExportErrorCode.CLIENT_RUNNING, target.path)
    backups = apply_writes(writes) if writes else ()
    for write in writes:
        log.info("doctor repaired %s (backup made)", write.path)
    after = {
        account.key: set(check_account(account, provider))
        for account in doctor.accounts(target, provider)
    }
    repaired = []
    for check in checks:
        still = after.get(check.account.key, set())
        findings = tuple(
            Finding(finding.code, fixed=finding.fixable and finding.code not in still)
            for finding in check.findings
        )
        repaired.append(AccountCheck(check.account, findings))
    return repaired, backups
