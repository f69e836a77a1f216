"""The account being set up, as immutable values.

Every page of the wizard reads one :class:`AccountDraft` and hands back a new one
(``dataclasses.replace``), so a choice can never be changed behind a page's back and
the command line builds exactly the same object as the GUI.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum

from wizard.core.language import Language

__all__ = [
    "AccountDraft",
    "Authentication",
    "Language",
    "OutgoingChoice",
    "OutgoingKind",
    "Protocol",
    "Security",
    "ServerEndpoint",
]


class Protocol(StrEnum):
    """How the mail program fetches incoming mail."""

    IMAP = "imap"
    POP3 = "pop3"


class Security(StrEnum):
    """Transport security of one server connection."""

    SSL = "ssl"  # implicit TLS from the first byte (IMAPS 993, POP3S 995, SMTPS 465)
    STARTTLS = "starttls"
    NONE = "none"  # only for an ISP's port-25 relay, which never carries a password


class Authentication(StrEnum):
    """What a server wants to know before it accepts mail."""

    PASSWORD = "password"  # noqa: S105  the all2all login and password, inside TLS
    NONE = "none"  # an ISP relay that recognises its own network instead
    ISP_PASSWORD = "isp-password"  # noqa: S105  an ISP mailbox login, not asked by us


class OutgoingKind(StrEnum):
    """Which outgoing server the account sends through."""

    ALL2ALL = "all2all"
    ISP_RELAY = "isp_relay"


@dataclass(frozen=True)
class ServerEndpoint:
    """One server as a mail program connects to it."""

    host: str
    port: int
    security: Security
    authentication: Authentication

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class OutgoingChoice:
    """The outgoing server: all2all's own, or a relay of the user's ISP.

    ``relay_id`` names an entry of the provider's relay list, or is empty for a
    server the user typed as host:port.
    """

    kind: OutgoingKind = OutgoingKind.ALL2ALL
    relay: ServerEndpoint | None = None
    relay_id: str = ""

    def __post_init__(self) -> None:
        if self.kind is OutgoingKind.ISP_RELAY and self.relay is None:
            raise ValueError("an ISP relay choice needs a relay server")
        if self.kind is OutgoingKind.ALL2ALL and self.relay is not None:
            raise ValueError("the all2all choice carries no relay server")


@dataclass(frozen=True)
class AccountDraft:
    """Every choice the user made so far; the single source of truth of the wizard.

    The password is excluded from ``repr`` so that it can never reach a log line or a
    traceback through formatting the draft.
    """

    language: Language = Language.ENGLISH
    protocol: Protocol = Protocol.IMAP
    keep_on_server: bool = True
    keep_on_server_days: int = 14
    display_name: str = ""
    email: str = ""
    username: str = ""
    password: str = field(default="", repr=False)
    outgoing: OutgoingChoice = field(default_factory=OutgoingChoice)

    def with_changes(self, **changes: object) -> AccountDraft:
        """Return a copy with some fields changed (a typed-friendly ``replace``)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
