"""Removing the account, in words: what happened to the saved passwords.

Shared by the done page and the doctor's "Remove" in the window and by
``all2all-setup remove``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.exporters.base import ExportErrorCode
from wizard.core.keyring_store import KeyringStatus
from wizard.core.removal import RemovalOutcome, RemovalResult
from wizard.texts.export import client_name, error_message

translate = QCoreApplication.translate


def password_text(result: RemovalResult) -> str:
    """One sentence on the program's saved password and the wizard's keyring entry."""
    name = client_name(result.plan.client)
    if result.program_passwords is KeyringStatus.REMOVED:
        program = translate("Removal", "{client} no longer keeps the password.")
    elif result.plan.passwords_shared:
        program = translate(
            "Removal",
            "{client} keeps the password, because another account on the same server uses it.",
        )
    elif result.program_passwords in {KeyringStatus.NOT_FOUND, None}:
        program = translate("Removal", "{client} had no saved password.")
    else:
        program = translate("Removal", "The password saved by {client} could not be removed.")
    if result.keyring is KeyringStatus.REMOVED:
        keyring = translate("Removal", "The password in this computer's password safe is removed.")
    elif result.keyring is KeyringStatus.NOT_FOUND:
        keyring = translate("Removal", "This computer's password safe had no password for it.")
    else:
        keyring = translate("Removal", "This computer's password safe could not be reached.")
    return f"{program.format(client=name)} {keyring}"


def outcome_text(outcome: RemovalOutcome) -> str:
    """What became of "Remove this account": gone (and the passwords), nothing there,
    or why the program could not be changed and what to do (the window)."""
    name = client_name(outcome.client)
    if outcome.removed:
        assert outcome.result is not None
        text = translate(
            "Removal",
            "The all2all account {username} is removed from {client}. The mail it had "
            "downloaded stays on this computer.",
        ).format(username=outcome.login, client=name)
        if outcome.result.plan.forget_password:
            text += " " + password_text(outcome.result)
        return text
    failure = outcome.failure
    if failure is None:  # nothing (left) to remove
        return translate("Removal", "No all2all account was found in {client}.").format(client=name)
    if failure is ExportErrorCode.CLIENT_RUNNING:
        advice = translate("Removal", "Close {client}, then try to remove the account once more.")
    else:
        advice = translate(
            "Removal", "Try again. If it fails again, ask your administrator for help."
        )
    return f"{error_message(failure, outcome.client)} {advice.format(client=name)}"
