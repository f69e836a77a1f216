"""One reading of an outgoing-server choice for the GUI and every command."""

from __future__ import annotations

import pytest

from wizard.core.model import OutgoingKind, Security
from wizard.core.outgoing import outgoing_from_text
from wizard.core.provider import load_provider
from wizard.core.validation import Problem


@pytest.mark.parametrize(
    ("text", "host", "port", "security", "relay_id"),
    [
        ("telenet", "uit.telenet.be", 25, Security.NONE, "telenet"),
        ("uit.telenet.be", "uit.telenet.be", 25, Security.NONE, "telenet"),
        ("RELAY.SKYNET.BE:25", "relay.skynet.be", 25, Security.NONE, "proximus-legacy"),
        ("smtp.example.be", "smtp.example.be", 25, Security.NONE, ""),
        ("smtp.example.be:465", "smtp.example.be", 465, Security.SSL, ""),
        ("smtp.example.be:2525", "smtp.example.be", 2525, Security.NONE, ""),
    ],
)
def test_relays(text, host, port, security, relay_id):
    choice = outgoing_from_text(text, load_provider())
    assert not isinstance(choice, Problem)
    assert choice.kind is OutgoingKind.ISP_RELAY
    assert choice.relay is not None
    assert (choice.relay.host.lower(), choice.relay.port) == (host, port)
    assert (choice.relay.security, choice.relay_id) == (security, relay_id)


def test_all2all():
    choice = outgoing_from_text("all2all", load_provider())
    assert not isinstance(choice, Problem)
    assert choice.kind is OutgoingKind.ALL2ALL


@pytest.mark.parametrize(
    ("text", "problem"),
    [("", Problem.EMPTY), ("smtp example.be", Problem.BAD_HOST), ("a.be:0", Problem.BAD_PORT)],
)
def test_refused(text, problem):
    assert outgoing_from_text(text, load_provider()) == problem
