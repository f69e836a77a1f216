"""What the printable settings sheet says, as typed data: no words, no Qt, no password.

The provider's guide tells everyone how to fill in their mail program with
placeholders ("uw username (bv. user0001)"). The sheet says the same for one person,
filled with their own values, so they can set up a phone or another program later, or
read it to a helpdesk. Here it is only codes and values; ``wizard/gui/settings_sheet_pdf``
turns it into words in the user's language and into a PDF.

The builder takes a :class:`SheetAccount`, a view of the account without the password:
an :class:`AccountDraft` fits it, but code here cannot read the password through it
(mypy refuses), and nothing it returns has a place to hold one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol as Interface

from wizard.core.model import (
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.provider import Provider

__all__ = [
    "Advice",
    "AdviceCode",
    "ByteSize",
    "KeepOnServer",
    "PasswordHint",
    "Section",
    "SectionCode",
    "SettingsSheet",
    "SheetAccount",
    "SheetField",
    "SheetFieldCode",
    "Value",
    "build_settings_sheet",
    "settings_sheet_file_name",
]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")  # as file_exports names the other settings files


class SheetAccount(Interface):
    """The parts of an account the sheet may show: everything but the password."""

    @property
    def display_name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def username(self) -> str: ...
    @property
    def protocol(self) -> Protocol: ...
    @property
    def keep_on_server(self) -> bool: ...
    @property
    def keep_on_server_days(self) -> int: ...
    @property
    def outgoing(self) -> OutgoingChoice: ...


class SectionCode(StrEnum):
    """The sheet's parts, in the order a mail program asks for them."""

    ACCOUNT = "account"
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    LIMITS = "limits"
    WEBMAIL = "webmail"
    ADVICE = "advice"
    ADMINISTRATOR = "administrator"


class SheetFieldCode(StrEnum):
    """The label of one line of the sheet."""

    NAME = "name"
    EMAIL = "email"
    USERNAME = "username"
    PASSWORD = "password"  # noqa: S105  its value is a PasswordHint, never a password
    PROTOCOL = "protocol"
    SERVER = "server"
    PORT = "port"
    ENCRYPTION = "encryption"
    AUTHENTICATION = "authentication"
    KEEP_ON_SERVER = "keep_on_server"
    INTERNET_PROVIDER = "internet_provider"
    QUOTA = "quota"
    MAX_MESSAGE = "max_message"
    WEBMAIL_ADDRESS = "webmail_address"
    WEBMAIL_SERVER = "webmail_server"


class PasswordHint(StrEnum):
    """What to type where a mail program asks for a password (the sheet never holds it)."""

    FROM_ADMINISTRATOR = "from-administrator"
    SAME_AS_INCOMING = "same-as-incoming"
    NOT_NEEDED = "not-needed"
    INTERNET_PROVIDER = "internet-provider"  # a relay that wants the ISP mailbox's login


class AdviceCode(StrEnum):
    """A piece of advice from the provider's guide that applies to this account."""

    PASSWORD_NOT_PRINTED = "password-not-printed"  # noqa: S105  advice, not a secret
    IMAP_QUOTA = "imap-quota"  # mail stays on the server: mind the quota, empty the trash
    POP3_DELETES = "pop3-deletes"  # POP3 empties the server: this computer holds the only copy
    POP3_KEEPS_COPY = "pop3-keeps-copy"  # POP3 leaves a copy (the days are in the fields)
    WEBMAIL_USES_IMAP = "webmail-uses-imap"  # with POP3, mail seems to vanish from webmail
    RELAY_OWN_NETWORK = "relay-own-network"  # the ISP relay works only on that ISP's network
    ADMINISTRATOR_HELPS = "administrator-helps"  # new password, vacation message, forwarding
    ADMINISTRATOR_UNKNOWN = "administrator-unknown"  # "who gave you your access codes"


@dataclass(frozen=True)
class ByteSize:
    """A size limit; the GUI writes it in MB, the unit of the provider's guide."""

    bytes: int


@dataclass(frozen=True)
class KeepOnServer:
    """POP3 only: whether downloaded mail stays on the server, and for how many days."""

    keep: bool
    days: int


# Text values (names, addresses, hosts, URLs) are printed exactly as they are; the
# other kinds are turned into words by the GUI.
Value = str | int | Protocol | Security | Authentication | PasswordHint | ByteSize | KeepOnServer


@dataclass(frozen=True)
class SheetField:
    """One labelled value, such as "Port: 993"."""

    code: SheetFieldCode
    value: Value


@dataclass(frozen=True)
class Advice:
    """One piece of advice; ``size`` and ``isp`` fill in its sentence."""

    code: AdviceCode
    size: ByteSize | None = None
    isp: str = ""


@dataclass(frozen=True)
class Section:
    """A titled group of fields and advice."""

    code: SectionCode
    fields: tuple[SheetField, ...] = ()
    advice: tuple[Advice, ...] = ()

    def value(self, code: SheetFieldCode) -> Value | None:
        """The value of the field ``code``, None when this section lacks it."""
        return next((field.value for field in self.fields if field.code is code), None)


@dataclass(frozen=True)
class SettingsSheet:
    """Everything the sheet shows, for one account, on one day."""

    provider_name: str
    holder: str  # whose settings: the display name, or the address when there is none
    made_on: date
    sections: tuple[Section, ...]

    def section(self, code: SectionCode) -> Section:
        """The section ``code`` (every sheet has all of them)."""
        return next(section for section in self.sections if section.code is code)

    def texts(self) -> tuple[str, ...]:
        """Every text value printed as it is (for checking that a render shows them all)."""
        found = [self.holder]
        for section in self.sections:
            found += [text for field in section.fields if (text := _text(field.value))]
            found += [advice.isp for advice in section.advice if advice.isp]
        return tuple(dict.fromkeys(found))


def _text(value: Value) -> str:
    """A verbatim text value, else "" (StrEnum codes are ``str`` too, but get translated)."""
    return value if isinstance(value, str) and not isinstance(value, StrEnum) else ""


def settings_sheet_file_name(account: SheetAccount) -> str:
    """The sheet's file name: one per login, so a new export replaces the old sheet."""
    return f"all2all-{_UNSAFE.sub('_', account.username) or '_'}-settings.pdf"


def build_settings_sheet(
    account: SheetAccount, provider: Provider, made_on: date | None = None
) -> SettingsSheet:
    """The sheet for ``account``; ``made_on`` defaults to today.

    Raises ValueError when the account lacks a login or an address (there would be
    nothing to set up with).
    """
    if not account.username or not account.email:
        raise ValueError("the account needs a login and an e-mail address")
    outgoing = _outgoing_endpoint(account.outgoing, provider)
    sections = (
        Section(
            SectionCode.ACCOUNT,
            _present(
                SheetField(SheetFieldCode.NAME, account.display_name),
                SheetField(SheetFieldCode.EMAIL, account.email),
                SheetField(SheetFieldCode.USERNAME, account.username),
            ),
        ),
        Section(SectionCode.INCOMING, _incoming_fields(account, provider)),
        Section(SectionCode.OUTGOING, _outgoing_fields(account, provider, outgoing)),
        Section(
            SectionCode.LIMITS,
            (
                SheetField(SheetFieldCode.QUOTA, ByteSize(provider.quota_bytes)),
                SheetField(SheetFieldCode.MAX_MESSAGE, ByteSize(provider.max_message_bytes)),
            ),
        ),
        Section(
            SectionCode.WEBMAIL,
            (
                SheetField(SheetFieldCode.WEBMAIL_ADDRESS, provider.webmail_url),
                SheetField(SheetFieldCode.USERNAME, account.username),
                SheetField(SheetFieldCode.WEBMAIL_SERVER, provider.webmail_server_choice),
            ),
        ),
        Section(SectionCode.ADVICE, advice=_advice(account, provider, outgoing)),
        _administrator(provider),
    )
    return SettingsSheet(
        provider_name=provider.name,
        holder=account.display_name or account.email,
        made_on=made_on or date.today(),
        sections=sections,
    )


def _present(*fields: SheetField) -> tuple[SheetField, ...]:
    """Drop text fields left empty (an account without a display name)."""
    return tuple(field for field in fields if field.value != "")


def _outgoing_endpoint(choice: OutgoingChoice, provider: Provider) -> ServerEndpoint:
    if choice.kind is OutgoingKind.ALL2ALL:
        return provider.smtp
    assert choice.relay is not None  # guaranteed by OutgoingChoice
    return choice.relay


def _incoming_fields(account: SheetAccount, provider: Provider) -> tuple[SheetField, ...]:
    server = provider.incoming(account.protocol)
    fields = [
        SheetField(SheetFieldCode.PROTOCOL, account.protocol),
        SheetField(SheetFieldCode.SERVER, server.host),
        SheetField(SheetFieldCode.PORT, server.port),
        SheetField(SheetFieldCode.ENCRYPTION, server.security),
        SheetField(SheetFieldCode.AUTHENTICATION, server.authentication),
        SheetField(SheetFieldCode.USERNAME, account.username),
        SheetField(SheetFieldCode.PASSWORD, PasswordHint.FROM_ADMINISTRATOR),
    ]
    if account.protocol is Protocol.POP3:
        keep = KeepOnServer(account.keep_on_server, account.keep_on_server_days)
        fields.append(SheetField(SheetFieldCode.KEEP_ON_SERVER, keep))
    return tuple(fields)


def _outgoing_fields(
    account: SheetAccount, provider: Provider, server: ServerEndpoint
) -> tuple[SheetField, ...]:
    fields = [
        SheetField(SheetFieldCode.SERVER, server.host),
        SheetField(SheetFieldCode.PORT, server.port),
        SheetField(SheetFieldCode.ENCRYPTION, server.security),
        SheetField(SheetFieldCode.AUTHENTICATION, server.authentication),
    ]
    if server.authentication is Authentication.PASSWORD:
        fields += [
            SheetField(SheetFieldCode.USERNAME, account.username),
            SheetField(SheetFieldCode.PASSWORD, PasswordHint.SAME_AS_INCOMING),
        ]
    elif server.authentication is Authentication.ISP_PASSWORD:
        fields.append(SheetField(SheetFieldCode.PASSWORD, PasswordHint.INTERNET_PROVIDER))
    else:
        fields.append(SheetField(SheetFieldCode.PASSWORD, PasswordHint.NOT_NEEDED))
    isp = _isp_name(account.outgoing, provider)
    if isp:
        fields.insert(0, SheetField(SheetFieldCode.INTERNET_PROVIDER, isp))
    return tuple(fields)


def _isp_name(choice: OutgoingChoice, provider: Provider) -> str:
    """The internet provider whose relay this is, when the provider data knows it."""
    if choice.kind is OutgoingKind.ALL2ALL or not choice.relay_id:
        return ""
    relay = provider.relay(choice.relay_id)
    return relay.isp if relay else ""


def _advice(
    account: SheetAccount, provider: Provider, outgoing: ServerEndpoint
) -> tuple[Advice, ...]:
    advice = [Advice(AdviceCode.PASSWORD_NOT_PRINTED)]
    if account.protocol is Protocol.IMAP:
        advice.append(Advice(AdviceCode.IMAP_QUOTA, size=ByteSize(provider.quota_bytes)))
    elif account.keep_on_server:
        advice.append(Advice(AdviceCode.POP3_KEEPS_COPY))
    else:
        advice.append(Advice(AdviceCode.POP3_DELETES))
    if account.protocol is Protocol.POP3:
        advice.append(Advice(AdviceCode.WEBMAIL_USES_IMAP))
    if account.outgoing.kind is OutgoingKind.ISP_RELAY and (
        outgoing.authentication is Authentication.NONE
    ):
        isp = _isp_name(account.outgoing, provider)
        advice.append(Advice(AdviceCode.RELAY_OWN_NETWORK, isp=isp))
    return tuple(advice)


def _administrator(provider: Provider) -> Section:
    contact = provider.administrator
    fields = _present(
        SheetField(SheetFieldCode.NAME, contact.name.strip()),
        SheetField(SheetFieldCode.EMAIL, contact.email.strip()),
    )
    advice = [Advice(AdviceCode.ADMINISTRATOR_HELPS)]
    if not fields:
        advice.insert(0, Advice(AdviceCode.ADMINISTRATOR_UNKNOWN))
    return Section(SectionCode.ADMINISTRATOR, fields, tuple(advice))
