"""Removing the account, in words: what happened to the saved passwords.

Shared by the done page and the doctor's "Remove" in the window and by
``all2all-setup remove``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.keyring_store import KeyringStatus
from wizard.core.removal import RemovalResult
from wizard.texts.export import client_name

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
