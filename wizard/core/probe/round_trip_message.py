"""The round trip's test message: from and to the user, findable by a unique Message-ID.

The words come from the caller (the window or the command line translate them; the
core has no user text). The message is plain 7-bit text (quoted-printable), so any
server takes it without 8BITMIME, and it says that it is automatic
(``Auto-Submitted``, RFC 3834) so a vacation reply set up for the mailbox does not
answer it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

MESSAGE_ID_PREFIX = "all2all-setup-test."


@dataclass(frozen=True)
class MessageText:
    """What the test message says, in the user's language."""

    subject: str
    body: str


@dataclass(frozen=True)
class TestMessage:
    """A message ready to send: its envelope address, Message-ID and bytes (CRLF)."""

    __test__ = False  # not a pytest test class, whatever its name

    address: str  # envelope sender and recipient, domain in ASCII (IDNA)
    message_id: str  # with its angle brackets, as in the header
    data: bytes

    @property
    def token(self) -> str:
        """The Message-ID without brackets: what a search in the inbox looks for."""
        return self.message_id.strip("<>")


def ascii_address(address: str) -> str:
    """``local@domain`` with an internationalised domain in its ASCII (IDNA) form."""
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.encode('idna').decode('ascii')}"


def build_test_message(
    address: str,
    text: MessageText,
    display_name: str = "",
    now: datetime | None = None,
    token: str | None = None,
) -> TestMessage:
    """The message from ``address`` to itself, with a Message-ID nobody else has."""
    envelope = ascii_address(address)
    local, _, domain = envelope.rpartition("@")
    message_id = f"<{MESSAGE_ID_PREFIX}{token or secrets.token_hex(16)}@{domain}>"
    message = EmailMessage(policy=policy.SMTP)
    person = Address(display_name=display_name, username=local, domain=domain)
    message["From"] = person
    message["To"] = person
    message["Subject"] = text.subject
    message["Date"] = format_datetime(now or datetime.now(UTC))
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"  # the same for Exchange's out-of-office
    message.set_content(text.body, charset="utf-8", cte="quoted-printable")
    return TestMessage(envelope, message_id, message.as_bytes())
