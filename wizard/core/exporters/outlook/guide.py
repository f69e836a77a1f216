"""Outlook's own "add an account" dialogs as data: the steps in the order Outlook shows
them, each with the values to type or pick there.

This is the main Outlook path (no file route exists for the new Outlook, and the PRF
route for classic Outlook is experimental). The GUI turns each :class:`StepCode` and
:class:`GuideFieldCode` into plain words in the user's language and every value into a Copy
button; nothing here is user text. The password is never a value: the step that asks
for it only says where to type it.

Order of the dialogs, as published by Microsoft and mail providers:

* classic Outlook (Microsoft 365, 2016-2024, "simplified account creation"): File ›
  Add Account › e-mail address › Advanced options › "Let me set up my account
  manually" › Connect › IMAP or POP › one page with Incoming mail (server, port,
  encryption method, "Require logon using Secure Password Authentication (SPA)") and
  Outgoing mail (the same four) › Next › password › Connect. That page has no user
  name field: Outlook logs in with the e-mail address first, and asks for a user name
  in its "Internet E-mail" logon window when that fails; File › Account Settings ›
  Server Settings shows and fixes the user name and the outgoing server's logon.
  POP3's "Leave a copy of messages on the server" is in the account's More Settings ›
  Advanced.
* new Outlook for Windows: Settings › Accounts › Add account › e-mail address ›
  Continue › IMAP or POP › password › "Show more" › IMAP/POP user name, incoming
  server, port, secure connection type, SMTP user name, outgoing server, port, secure
  connection type › Continue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from wizard.core.model import AccountDraft, Authentication, OutgoingKind, Protocol, Security
from wizard.core.provider import Provider


class OutlookKind(StrEnum):
    """Which Outlook the guide is for."""

    CLASSIC = "classic"
    NEW = "new"


class StepCode(StrEnum):
    """One screen (or one action) in Outlook's own dialogs."""

    OPEN_ADD_ACCOUNT = "open_add_account"  # classic: File › Add Account; new: Settings › Accounts
    ENTER_EMAIL = "enter_email"  # type the address, then Connect/Continue
    CHOOSE_MANUAL_SETUP = "choose_manual_setup"  # classic: Advanced options › set up manually
    CHOOSE_ACCOUNT_TYPE = "choose_account_type"  # IMAP or POP
    # classic: the password page; new: the password, then "Show more"
    ENTER_PASSWORD = "enter_password"  # noqa: S105  a step name, never a password
    INCOMING_SERVER = "incoming_server"
    OUTGOING_SERVER = "outgoing_server"
    CONNECT = "connect"  # classic: Connect (and the user name if Outlook asks for one)
    CHECK_SERVER_SETTINGS = (
        "check_server_settings"  # classic: File › Account Settings › Server Settings
    )
    KEEP_ON_SERVER = "keep_on_server"  # POP3: leave a copy on the server, remove after N days
    SENDER_NAME = "sender_name"  # the name people see as the sender
    FINISH = "finish"  # Done / Continue, then send a test message


class GuideFieldCode(StrEnum):
    """One field of a step (its label is Outlook's, put into words by the GUI)."""

    EMAIL_ADDRESS = "email_address"
    ACCOUNT_TYPE = "account_type"
    USER_NAME = "user_name"
    SERVER = "server"
    PORT = "port"
    ENCRYPTION = "encryption"  # classic: "Encryption method"; new: "Secure connection type"
    # "Require logon using Secure Password Authentication (SPA)": always off
    SECURE_PASSWORD_AUTH = "secure_password_auth"  # noqa: S105  a field name
    OUTGOING_AUTH = "outgoing_auth"  # "My outgoing (SMTP) server requires authentication"
    SAME_LOGIN_AS_INCOMING = "same_login_as_incoming"  # "Use same settings as my incoming..."
    LEAVE_ON_SERVER = "leave_on_server"
    REMOVE_AFTER_DAYS = "remove_after_days"
    DISPLAY_NAME = "display_name"


class AccountType(StrEnum):
    """The tile to pick; the value is Outlook's own label (the same in every language)."""

    IMAP = "IMAP"
    POP = "POP"


class Encryption(StrEnum):
    """Outlook's encryption choices; the values are its labels ("None" is translated)."""

    SSL_TLS = "SSL/TLS"
    STARTTLS = "STARTTLS"
    NONE = "None"


FieldValue = str | int | bool | AccountType | Encryption

ENCRYPTION = {
    Security.SSL: Encryption.SSL_TLS,
    Security.STARTTLS: Encryption.STARTTLS,
    Security.NONE: Encryption.NONE,
}
ACCOUNT_TYPE = {Protocol.IMAP: AccountType.IMAP, Protocol.POP3: AccountType.POP}


@dataclass(frozen=True)
class GuideField:
    """A value to type or pick in one field."""

    code: GuideFieldCode
    value: FieldValue


@dataclass(frozen=True)
class GuideStep:
    """One step, with its fields in the order Outlook shows them (maybe none)."""

    code: StepCode
    fields: tuple[GuideField, ...] = ()

    def value(self, code: GuideFieldCode) -> FieldValue | None:
        """The value of a field of this step, None when the step has no such field."""
        return next((field.value for field in self.fields if field.code is code), None)


def outlook_steps(
    kind: OutlookKind, draft: AccountDraft, provider: Provider
) -> tuple[GuideStep, ...]:
    """The steps for the draft's account in the given Outlook, in Outlook's order.

    Raises ValueError when the draft lacks a login or an address, or its outgoing
    server wants a login of its own (Outlook would need a second password).
    """
    if not draft.username or not draft.email:
        raise ValueError("the draft needs a login and an e-mail address")
    smtp = provider.smtp if draft.outgoing.kind is OutgoingKind.ALL2ALL else draft.outgoing.relay
    assert smtp is not None  # guaranteed by OutgoingChoice
    if smtp.authentication not in (Authentication.PASSWORD, Authentication.NONE):
        raise ValueError("outgoing servers needing another login are not supported")
    incoming = provider.incoming(draft.protocol)
    smtp_login = smtp.authentication is Authentication.PASSWORD
    login = GuideField(GuideFieldCode.USER_NAME, draft.username)
    spa_off = GuideField(GuideFieldCode.SECURE_PASSWORD_AUTH, False)
    incoming_fields = (
        GuideField(GuideFieldCode.SERVER, incoming.host),
        GuideField(GuideFieldCode.PORT, incoming.port),
        GuideField(GuideFieldCode.ENCRYPTION, ENCRYPTION[incoming.security]),
    )
    outgoing_fields = (
        GuideField(GuideFieldCode.SERVER, smtp.host),
        GuideField(GuideFieldCode.PORT, smtp.port),
        GuideField(GuideFieldCode.ENCRYPTION, ENCRYPTION[smtp.security]),
    )
    outgoing_auth = GuideField(GuideFieldCode.OUTGOING_AUTH, smtp_login)
    steps: list[GuideStep] = []
    if kind is OutlookKind.CLASSIC:
        server_settings = [login, outgoing_auth]
        if smtp_login:
            server_settings.append(GuideField(GuideFieldCode.SAME_LOGIN_AS_INCOMING, True))
        steps += [
            GuideStep(StepCode.OPEN_ADD_ACCOUNT),
            GuideStep(
                StepCode.ENTER_EMAIL, (GuideField(GuideFieldCode.EMAIL_ADDRESS, draft.email),)
            ),
            GuideStep(StepCode.CHOOSE_MANUAL_SETUP),
            _account_type(draft),
            GuideStep(StepCode.INCOMING_SERVER, (*incoming_fields, spa_off)),
            GuideStep(StepCode.OUTGOING_SERVER, (*outgoing_fields, spa_off)),
            GuideStep(StepCode.ENTER_PASSWORD),
            GuideStep(StepCode.CONNECT, (login,)),
            GuideStep(StepCode.CHECK_SERVER_SETTINGS, tuple(server_settings)),
        ]
    else:
        outgoing = (login, *outgoing_fields) if smtp_login else (*outgoing_fields, outgoing_auth)
        steps += [
            GuideStep(StepCode.OPEN_ADD_ACCOUNT),
            GuideStep(
                StepCode.ENTER_EMAIL, (GuideField(GuideFieldCode.EMAIL_ADDRESS, draft.email),)
            ),
            _account_type(draft),
            GuideStep(StepCode.ENTER_PASSWORD),
            GuideStep(StepCode.INCOMING_SERVER, (login, *incoming_fields)),
            GuideStep(StepCode.OUTGOING_SERVER, outgoing),
        ]
    if draft.protocol is Protocol.POP3:
        keep = [GuideField(GuideFieldCode.LEAVE_ON_SERVER, draft.keep_on_server)]
        if draft.keep_on_server:
            keep.append(GuideField(GuideFieldCode.REMOVE_AFTER_DAYS, draft.keep_on_server_days))
        steps.append(GuideStep(StepCode.KEEP_ON_SERVER, tuple(keep)))
    if draft.display_name:
        steps.append(
            GuideStep(
                StepCode.SENDER_NAME, (GuideField(GuideFieldCode.DISPLAY_NAME, draft.display_name),)
            )
        )
    steps.append(GuideStep(StepCode.FINISH))
    return tuple(steps)


# Where Outlook moves on to another window: a part of the guide starts there.
_SERVER_WINDOW = frozenset({StepCode.INCOMING_SERVER})
_AFTER_SET_UP = frozenset(
    {StepCode.CHECK_SERVER_SETTINGS, StepCode.KEEP_ON_SERVER, StepCode.SENDER_NAME, StepCode.FINISH}
)


def guide_parts(steps: Sequence[GuideStep]) -> tuple[tuple[GuideStep, ...], ...]:
    """The steps in the parts a person follows one at a time: adding the account, the
    window of server settings (with the password and Connect, for classic Outlook),
    and what comes after the account exists. A part is what fits in the guide's window
    next to Outlook's own, so nobody has to scroll while typing into Outlook."""
    parts: list[list[GuideStep]] = []
    for step in steps:
        starts = (
            not parts
            or step.code in _SERVER_WINDOW
            or (step.code in _AFTER_SET_UP and parts[-1][0].code not in _AFTER_SET_UP)
        )
        if starts:
            parts.append([])
        parts[-1].append(step)
    return tuple(tuple(part) for part in parts)


def _account_type(draft: AccountDraft) -> GuideStep:
    field = GuideField(GuideFieldCode.ACCOUNT_TYPE, ACCOUNT_TYPE[draft.protocol])
    return GuideStep(StepCode.CHOOSE_ACCOUNT_TYPE, (field,))
