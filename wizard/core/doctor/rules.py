"""The provider's guide as rules: what a found all2all account must look like.

Incoming: SSL/TLS on the protocol's port (IMAPS 993, POP3S 995), the password inside
it. Outgoing, when it is all2all's own server: SSL/TLS on 465 with the same login.
An ISP relay or another outgoing server is the user's choice and is left alone. POP3
keeps a copy on the server, and one mailbox has one account per profile.
"""

from __future__ import annotations

from collections.abc import Sequence

from wizard.core.doctor.findings import (
    FindingCode,
    FoundAccount,
    LoginMethod,
)
from wizard.core.model import Protocol, Security
from wizard.core.provider import Provider

SMTP_PLAIN_PORT = 25


def same_host(first: str, second: str) -> bool:
    """Host names compare without case and without a final dot, as DNS does."""
    return first.strip().lower().rstrip(".") == second.strip().lower().rstrip(".")


def same_login(first: str, second: str) -> bool:
    """The mail server takes a login in any case (``User0001`` is ``user0001``)."""
    return first.casefold() == second.casefold()


def check_account(
    account: FoundAccount, provider: Provider, expected_login: str | None = None
) -> list[FindingCode]:
    """What is wrong with one account, in a stable order (incoming, outgoing, mailbox)."""
    found = _incoming(account, provider)
    found += _outgoing(account, provider)
    if expected_login is not None and not same_login(account.login, expected_login):
        found.append(FindingCode.LOGIN_DIFFERS)
    if account.protocol == Protocol.POP3.value and account.keeps_mail is False:
        found.append(FindingCode.POP3_DELETES_FROM_SERVER)
    return found


def _incoming(account: FoundAccount, provider: Provider) -> list[FindingCode]:
    server = account.incoming
    wanted = provider.incoming(Protocol(account.protocol))
    found = []
    if server.security is Security.NONE:
        found.append(FindingCode.INCOMING_NO_ENCRYPTION)
    elif server.security is Security.STARTTLS:
        found.append(FindingCode.INCOMING_STARTTLS)
    elif server.security is not wanted.security or server.port != wanted.port:
        found.append(FindingCode.INCOMING_WRONG_PORT)
    if server.authentication is not LoginMethod.PASSWORD:
        found.append(FindingCode.INCOMING_WRONG_AUTHENTICATION)
    return found


def _outgoing(account: FoundAccount, provider: Provider) -> list[FindingCode]:
    server = account.outgoing
    if server is None:
        return [FindingCode.OUTGOING_MISSING]
    wanted = provider.smtp
    if not same_host(server.host, wanted.host):
        return []  # an ISP relay or another server: the user's choice
    found = []
    if server.port == SMTP_PLAIN_PORT:
        found.append(FindingCode.OUTGOING_PORT_25)
    elif server.security is Security.NONE:
        found.append(FindingCode.OUTGOING_NO_ENCRYPTION)
    elif server.security is Security.STARTTLS:
        found.append(FindingCode.OUTGOING_STARTTLS)
    elif server.security is not wanted.security or server.port != wanted.port:
        found.append(FindingCode.OUTGOING_WRONG_PORT)
    if server.authentication is LoginMethod.NONE:
        found.append(FindingCode.OUTGOING_NO_AUTHENTICATION)
    elif server.authentication is LoginMethod.OTHER:
        found.append(FindingCode.OUTGOING_WRONG_AUTHENTICATION)
    elif not same_login(server.login, account.login):
        found.append(FindingCode.OUTGOING_LOGIN_DIFFERS)
    return found


def duplicates(accounts: Sequence[FoundAccount]) -> set[str]:
    """Keys of accounts that share their mailbox (login) with another in one profile."""
    seen: dict[tuple[str, str, str], list[str]] = {}
    for account in accounts:
        mailbox = (account.client, str(account.profile), account.login.casefold())
        seen.setdefault(mailbox, []).append(account.key)
    return {key for keys in seen.values() if len(keys) > 1 for key in keys}
