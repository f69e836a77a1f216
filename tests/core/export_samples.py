"""The accounts the settings-file generators are tested with (mobileconfig, autoconfig)."""

from __future__ import annotations

from typing import Any

from wizard.core.model import (
    AccountDraft,
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.provider import Provider

# In every draft, so a test can prove no generated file carries it.
PASSWORD = "Zonnebloem-Geheim-8472"


def draft(**changes: Any) -> AccountDraft:
    base = AccountDraft(
        display_name="Jan Peeters",
        email="jan.peeters@example.be",
        username="user0001",
        password=PASSWORD,
    )
    return base.with_changes(**changes)


def relay_choice(provider: Provider, relay_id: str = "telenet") -> OutgoingChoice:
    relay = provider.relay(relay_id)
    assert relay is not None
    return OutgoingChoice(OutgoingKind.ISP_RELAY, relay.endpoint, relay.id)


def drafts(provider: Provider) -> dict[str, AccountDraft]:
    """Every kind of account by name: protocols, keep-on-server, relays, no display name."""
    typed = ServerEndpoint("smtp.example.be", 587, Security.STARTTLS, Authentication.NONE)
    return {
        "imap": draft(),
        "pop3": draft(protocol=Protocol.POP3),
        "pop3-delete": draft(protocol=Protocol.POP3, keep_on_server=False),
        "imap-relay": draft(outgoing=relay_choice(provider)),
        "pop3-relay": draft(protocol=Protocol.POP3, outgoing=relay_choice(provider)),
        "typed-relay": draft(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, typed)),
        "no-display-name": draft(display_name=""),
    }
