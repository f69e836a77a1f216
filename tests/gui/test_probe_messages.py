"""Every connection-test code and step has plain words, in every language we ship."""

from __future__ import annotations

import pytest

from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.results import Server, Step
from wizard.texts.probe import ProblemContext, probe_problem, server_label, step_label

CONTEXTS = [
    ProblemContext(Server.INCOMING, "imap.example.be", 993),
    ProblemContext(Server.OUTGOING, "smtp.example.be", 465),
    ProblemContext(Server.OUTGOING, "relay.example.be", 25, is_relay=True),
]


@pytest.mark.parametrize("code", list(ProbeErrorCode))
@pytest.mark.parametrize("where", CONTEXTS, ids=["incoming", "all2all-smtp", "isp-relay"])
def test_every_code_has_an_explanation_and_advice(qapp, code, where):
    text = probe_problem(code, where)
    assert text.explanation.strip()
    assert text.advice.strip()
    assert "{" not in text.explanation + text.advice  # every placeholder filled


def test_every_step_and_server_has_a_label(qapp):
    labels = [step_label(step) for step in Step] + [server_label(server) for server in Server]
    assert all(label.strip() for label in labels)
    assert len(set(labels)) == len(labels)


def test_blocked_ports_propose_the_other_outgoing_server(qapp):
    on_465 = probe_problem(ProbeErrorCode.PORT_BLOCKED, CONTEXTS[1]).advice
    on_relay = probe_problem(ProbeErrorCode.PORT_BLOCKED, CONTEXTS[2]).advice
    incoming = probe_problem(ProbeErrorCode.PORT_BLOCKED, CONTEXTS[0]).advice
    assert "another outgoing server with the button below" in on_465
    assert "all2all's outgoing server" in on_relay
    assert "port 993" in incoming


def test_explanations_name_the_server_and_port(qapp):
    text = probe_problem(ProbeErrorCode.REFUSED, CONTEXTS[0])
    assert "imap.example.be" in text.explanation
    assert "993" in text.explanation


def test_auth_failure_points_at_the_username_not_the_address(qapp):
    advice = probe_problem(ProbeErrorCode.AUTH_FAILED, CONTEXTS[0]).advice
    assert "not your e-mail address" in advice
    assert "administrator" in advice


def test_untrusted_certificate_suggests_another_network(qapp):
    advice = probe_problem(ProbeErrorCode.TLS_UNTRUSTED, CONTEXTS[0]).advice
    assert "another network" in advice
    assert "inspect secure connections" in advice
