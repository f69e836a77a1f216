"""The account as a Mail Autoconfig file (``clientConfig`` version 1.1).

The format Thunderbird defined and Thunderbird, KMail, Evolution, K-9/Thunderbird for
Android, FairEmail and others read (draft-ietf-mailmaint-autoconfig). It is written to
pass Thunderbird's own parser (``readFromXML.sys.mjs``), the strictest reader: one
``emailProvider`` with an ASCII ``id`` and ``domain``, every server with hostname, port,
socketType, authentication and username, values from its fixed lists.

The username is the literal all2all login, never a placeholder such as
``%EMAILLOCALPART%``: all2all logins are not derived from the address. No password is
ever written (Thunderbird would take a ``<password>`` element as "remember password").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # builds XML only; nothing is parsed here

from wizard.core.model import AccountDraft, Authentication, OutgoingKind, Protocol, Security
from wizard.core.provider import Provider

VERSION = "1.1"
SOCKET_TYPE = {Security.SSL: "SSL", Security.STARTTLS: "STARTTLS", Security.NONE: "plain"}
# Cleartext inside TLS, as all2all wants; "none" is an ISP relay that knows its network.
AUTHENTICATION = {Authentication.PASSWORD: "password-cleartext", Authentication.NONE: "none"}
MAX_SHORT_NAME = 20  # Thunderbird's limit for displayShortName

# Characters XML 1.0 cannot carry (C0 controls but tab and line feed, surrogates,
# U+FFFE/U+FFFF); a carriage return would come back as a line feed, so it is refused too.
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


def autoconfig_bytes(draft: AccountDraft, provider: Provider) -> bytes:
    """The autoconfig XML for the draft's account, as UTF-8 bytes without a BOM.

    Raises ValueError when the draft lacks a login or an address, its outgoing server
    wants a login of its own, or a value holds a character XML cannot carry.
    """
    if not draft.username or not draft.email:
        raise ValueError("the draft needs a login and an e-mail address")
    domain = mail_domain(draft.email)
    outgoing = (
        provider.smtp if draft.outgoing.kind is OutgoingKind.ALL2ALL else draft.outgoing.relay
    )
    assert outgoing is not None  # guaranteed by OutgoingChoice
    if outgoing.authentication not in AUTHENTICATION:
        raise ValueError("outgoing servers needing another login are not supported")
    incoming = provider.incoming(draft.protocol)

    root = ET.Element("clientConfig", version=VERSION)
    email_provider = ET.SubElement(root, "emailProvider", id=domain)
    _text(email_provider, "domain", domain)
    _text(email_provider, "displayName", provider.name)
    if len(provider.name) <= MAX_SHORT_NAME:
        _text(email_provider, "displayShortName", provider.name)

    server = ET.SubElement(email_provider, "incomingServer", type=draft.protocol.value)
    _text(server, "hostname", incoming.host)
    _text(server, "port", str(incoming.port))
    _text(server, "socketType", SOCKET_TYPE[incoming.security])
    _text(server, "authentication", AUTHENTICATION[Authentication.PASSWORD])
    _text(server, "username", draft.username)
    if draft.protocol is Protocol.POP3:
        pop3 = ET.SubElement(server, "pop3")
        _text(pop3, "leaveMessagesOnServer", _boolean(draft.keep_on_server))
        if draft.keep_on_server:
            _text(pop3, "daysToLeaveMessagesOnServer", str(draft.keep_on_server_days))
        _text(pop3, "downloadOnBiff", _boolean(True))

    server = ET.SubElement(email_provider, "outgoingServer", type="smtp")
    _text(server, "hostname", outgoing.host)
    _text(server, "port", str(outgoing.port))
    _text(server, "socketType", SOCKET_TYPE[outgoing.security])
    _text(server, "authentication", AUTHENTICATION[outgoing.authentication])
    if outgoing.authentication is Authentication.PASSWORD:
        _text(server, "username", draft.username)

    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'.encode()


def mail_domain(address: str) -> str:
    """The domain of an address as autoconfig wants it: lower case, IDN as punycode.

    Thunderbird accepts only ASCII host names in ``id`` and ``<domain>``.
    """
    domain = address.rpartition("@")[2].strip().rstrip(".").lower()
    if not domain:
        raise ValueError("the e-mail address has no domain")
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise ValueError("the e-mail address has no valid domain") from error


def _text(parent: ET.Element, tag: str, value: str) -> None:
    if _NOT_XML.search(value):
        raise ValueError(f"<{tag}> would hold a character XML cannot carry")
    ET.SubElement(parent, tag).text = value


def _boolean(value: bool) -> str:
    return "true" if value else "false"
