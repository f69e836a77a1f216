"""Giving a mail program the password, for the programs that read it from the keyring.

Evolution reads its passwords from the Secret Service under its own schema, so when the
user agrees the password goes there right after the account files are written (never
before: Evolution's secret monitor removes items whose account does not exist). The
report then says so instead of "the program will ask for it". Thunderbird keeps its
own encrypted store and is not concerned.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Protocol

from wizard.core.exporters.base import ClientReport, NoteCode, Plan
from wizard.core.keyring_store import KeyringStatus

log = logging.getLogger(__name__)


class StoresPasswords(Protocol):
    """An exporter whose program reads the password from the system's keyring."""

    def secret_targets(self, plan: Plan) -> tuple[object, ...]: ...


def takes_password(exporter: object) -> bool:
    """Whether the program can be handed the password (Evolution)."""
    return callable(getattr(exporter, "secret_targets", None))


def hand_over_password(
    exporter: StoresPasswords, plan: Plan, report: ClientReport, password: str
) -> ClientReport:
    """Store the password for the accounts just written; the report says how it went."""
    if report.failed or not password:
        return report
    from wizard.core.exporters.evolution.secret import SecretTarget, store_passwords

    targets = [t for t in exporter.secret_targets(plan) if isinstance(t, SecretTarget)]
    outcome = store_passwords(targets, password)
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
