"""Reading an outgoing-server choice from text: the GUI's typed server and the CLIs' flag.

One rule for all front ends: ``all2all``, the id of a relay in the provider data, or a
``host[:port]`` typed by the user (port 25 when omitted, the usual ISP relay). A typed
host that is in the provider's relay list gets that entry's id, so reports can name it.
A relay the provider data knows to need another login (the internet provider's own
mailbox login, which the wizard never asks for) is refused here, by id or by address,
so no front end can hand such a server to a mail program.
"""

from __future__ import annotations

from wizard.core.model import (
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Security,
    ServerEndpoint,
)
from wizard.core.provider import Provider, Relay
from wizard.core.validation import Problem, parse_host_port

ALL2ALL = OutgoingKind.ALL2ALL.value
DEFAULT_RELAY_PORT = 25
# Ports whose security is fixed by convention (RFC 8314 for 465, RFC 6409 for 587);
# anything else is taken as a plain relay, which never carries a password.
SECURITY_BY_PORT = {465: Security.SSL, 587: Security.STARTTLS}


def outgoing_from_text(text: str, provider: Provider) -> OutgoingChoice | Problem:
    """The choice ``text`` names, or why it names none."""
    text = text.strip()
    if text == ALL2ALL:
        return OutgoingChoice()
    relay = provider.relay(text)
    if relay is not None:
        return _known(relay)
    parsed = parse_host_port(text, DEFAULT_RELAY_PORT)
    if isinstance(parsed, Problem):
        return parsed
    host, port = parsed
    for relay in provider.relays:
        known = relay.endpoint
        if known.host.lower() == host.lower() and known.port == port:
            return _known(relay)
    security = SECURITY_BY_PORT.get(port, Security.NONE)
    endpoint = ServerEndpoint(host, port, security, Authentication.NONE)
    return OutgoingChoice(OutgoingKind.ISP_RELAY, endpoint)


def _known(relay: Relay) -> OutgoingChoice | Problem:
    """A relay of the provider data, unless it needs a login the wizard does not have."""
    if not relay.offered:
        return Problem.NEEDS_OTHER_LOGIN
    return OutgoingChoice(OutgoingKind.ISP_RELAY, relay.endpoint, relay.id)
