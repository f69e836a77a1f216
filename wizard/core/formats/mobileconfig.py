"""The account as an Apple configuration profile (``.mobileconfig``) for macOS and iOS Mail.

One unsigned XML property list: a ``Configuration`` profile holding one
``com.apple.mail.managed`` payload, keyed exactly as Apple's published schema
(apple/device-management ``mdm/profiles``) spells them. The password is never written:
Apple allows it only in encrypted profiles, and the interactive install asks for it
(once, because the all2all outgoing server shares the incoming login).

Identifiers are derived from the login and the incoming host, never drawn at random, so
installing the profile of the same account again replaces the installed one instead of
adding a second account, and the same account always gives the same bytes.
"""

from __future__ import annotations

import contextlib
import plistlib
import uuid
from typing import Any

from wizard.core.model import AccountDraft, Authentication, OutgoingKind, Protocol, Security
from wizard.core.provider import Provider

IDENTIFIER_PREFIX = "org.all2all.mailsetup"
MAIL_PAYLOAD_TYPE = "com.apple.mail.managed"
# Fixed namespace of every UUID this module derives (uuid5 of a name we own).
UUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "mailsetup.all2all.org")

ACCOUNT_TYPE = {Protocol.IMAP: "EmailTypeIMAP", Protocol.POP3: "EmailTypePOP"}
AUTHENTICATION = {
    Authentication.PASSWORD: "EmailAuthPassword",
    Authentication.NONE: "EmailAuthNone",
}
# Apple's "Use SSL" means TLS of either kind: implicit on 993/995/465, STARTTLS otherwise.
USE_SSL = {Security.SSL: True, Security.STARTTLS: True, Security.NONE: False}

_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def profile_identifier(login: str, host: str) -> str:
    """The top-level PayloadIdentifier of a login on a server: same account, same id.

    ``org.all2all.mailsetup.<login>.<host>``: the login is one component (any character
    outside ``A-Za-z0-9-``, dots included, becomes ``_XX`` per UTF-8 byte), so two
    different login/host pairs can never give the same identifier. The host is compared
    without case, as DNS does; the login exactly, as the server does.
    """
    return f"{IDENTIFIER_PREFIX}.{_component(login)}.{_host_components(host)}"


def mobileconfig_bytes(
    draft: AccountDraft, provider: Provider, *, description: str | None = None
) -> bytes:
    """The ``.mobileconfig`` file for the draft's account, as UTF-8 XML plist bytes.

    ``description`` replaces the profile's default PayloadDescription (a language-neutral
    list of the servers) by, say, a translated sentence from the GUI. Raises ValueError
    when the draft lacks a login or an address, its outgoing server wants a login of its
    own (which a profile cannot ask for without a password), or a value holds a control
    character (plistlib refuses those).
    """
    return plistlib.dumps(profile(draft, provider, description=description), sort_keys=True)


def profile(
    draft: AccountDraft, provider: Provider, *, description: str | None = None
) -> dict[str, Any]:
    """The profile as a plist dictionary (what :func:`mobileconfig_bytes` serialises)."""
    if not draft.username or not draft.email:
        raise ValueError("the draft needs a login and an e-mail address")
    incoming = provider.incoming(draft.protocol)
    outgoing = (
        provider.smtp if draft.outgoing.kind is OutgoingKind.ALL2ALL else draft.outgoing.relay
    )
    assert outgoing is not None  # guaranteed by OutgoingChoice
    if outgoing.authentication not in AUTHENTICATION:
        raise ValueError("outgoing servers needing another login are not supported")
    identifier = profile_identifier(draft.username, incoming.host)
    mail_identifier = f"{identifier}.mail"
    title = f"{provider.name} ({draft.email})"

    mail: dict[str, Any] = {
        "PayloadType": MAIL_PAYLOAD_TYPE,
        "PayloadVersion": 1,
        "PayloadIdentifier": mail_identifier,
        # The protocol is part of the payload's UUID: a switch between IMAP and POP
        # replaces the account instead of changing the type of an existing one.
        "PayloadUUID": _uuid(f"{mail_identifier}/{draft.protocol.value}"),
        "PayloadDisplayName": title,
        "PayloadOrganization": provider.name,
        "EmailAccountType": ACCOUNT_TYPE[draft.protocol],
        "EmailAccountDescription": title,
        "EmailAddress": draft.email,
        "IncomingMailServerHostName": incoming.host,
        "IncomingMailServerPortNumber": incoming.port,
        "IncomingMailServerUseSSL": USE_SSL[incoming.security],
        "IncomingMailServerAuthentication": AUTHENTICATION[Authentication.PASSWORD],
        "IncomingMailServerUsername": draft.username,
        "OutgoingMailServerHostName": outgoing.host,
        "OutgoingMailServerPortNumber": outgoing.port,
        "OutgoingMailServerUseSSL": USE_SSL[outgoing.security],
        "OutgoingMailServerAuthentication": AUTHENTICATION[outgoing.authentication],
    }
    if draft.display_name:
        mail["EmailAccountName"] = draft.display_name
    if outgoing.authentication is Authentication.PASSWORD:
        # The all2all server: same login, and the install asks for the password once.
        mail["OutgoingMailServerUsername"] = draft.username
        mail["OutgoingPasswordSameAsIncomingPassword"] = True

    servers = (
        f"{draft.protocol.value.upper()} {incoming.host}:{incoming.port}, "
        f"SMTP {outgoing.host}:{outgoing.port}"
    )
    return {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": identifier,
        "PayloadUUID": _uuid(identifier),
        "PayloadDisplayName": title,
        "PayloadDescription": servers if description is None else description,
        "PayloadOrganization": provider.name,
        # Mail accounts live in the user's keychain and Mail settings (macOS only key).
        "PayloadScope": "User",
        "PayloadContent": [mail],
    }


def _uuid(name: str) -> str:
    """A UUID derived from ``name``, upper case as Apple's ``uuidgen`` prints it."""
    return str(uuid.uuid5(UUID_NAMESPACE, name)).upper()


def _component(text: str) -> str:
    """``text`` as one identifier component: only ``A-Za-z0-9-``, the rest as ``_XX``."""
    return "".join(
        char if char in _SAFE else "".join(f"_{byte:02X}" for byte in char.encode("utf-8"))
        for char in text
    )


def _host_components(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    with contextlib.suppress(UnicodeError):  # not a DNS name: every label is escaped below
        host = host.encode("idna").decode("ascii")
    return ".".join(_component(label) for label in host.split("."))
