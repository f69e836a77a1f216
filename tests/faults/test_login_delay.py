"""Fault 3: after a few wrong passwords, the right one was reported as a network fault.

Dovecot, like most servers, answers failed logins late (auth_failure_delay) and
delays the next logins from the same address (2, 4, 8, up to 15 s). The probe waited
for every answer as for any other, so the correct password then gave ``timeout`` and
the user read "the server stopped answering… your connection may be slow". The answer
to the login itself now gets its own, longer wait (up to the test's hard time limit),
and a login answer that never comes is ``login_slow``, told apart from a server that
does not answer at all (``timeout``) in the plain words the user reads.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.faults.conftest import ScriptedProvider
from tests.faults.scripts import imap_server
from tests.mailserver.dovecot import MailServer
from wizard.core.model import AccountDraft, Authentication, Protocol, Security, ServerEndpoint
from wizard.core.probe.account import probe_account
from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.results import ProbeReport, ProbeSettings, Server, Step
from wizard.texts.probe import ProblemContext, probe_problem

pytestmark = pytest.mark.system

SHORT_WAIT = 2.0  # every ordinary answer; shorter than the server's delay after failures


def _logins(report: ProbeReport) -> list[tuple[Server, ProbeErrorCode | None, float]]:
    return [(s.server, s.code, s.seconds) for s in report.steps if s.step is Step.LOGIN]


def test_the_right_password_after_two_wrong_ones_logs_in(
    slow_failures_server: MailServer,
) -> None:
    server = slow_failures_server
    settings = ProbeSettings(timeout=45.0, io_timeout=SHORT_WAIT, ca_file=server.ca_file)

    def probe(password: str) -> ProbeReport:
        draft = AccountDraft(protocol=Protocol.IMAP, username="user0001", password=password)
        return probe_account(draft, server.provider, settings)

    for wrong in ("Wrong-password-1", "Wrong-password-2"):
        report = probe(wrong)
        assert {code for _, code, _ in _logins(report)} == {ProbeErrorCode.AUTH_FAILED}
    report = probe(server.users["user0001"])
    assert report.ok, report.failures()
    # The server did delay the right login beyond an ordinary wait: the fault is real.
    assert max(seconds for _, _, seconds in _logins(report)) > SHORT_WAIT


def _incoming_login(report: ProbeReport) -> ProbeErrorCode | None:
    (code,) = [code for server, code, _ in _logins(report) if server is Server.INCOMING]
    return code


def test_a_login_answer_that_never_comes_is_told_apart_from_silence(
    mail_server: MailServer, scripted_provider: ScriptedProvider
) -> None:
    provider = scripted_provider(imap=imap_server(at_login="silence"))
    draft = AccountDraft(username="user0001", password=mail_server.users["user0001"])
    settings = ProbeSettings(
        timeout=20.0, io_timeout=SHORT_WAIT, login_timeout=3.0, ca_file=mail_server.ca_file
    )
    report = probe_account(draft, provider, settings)
    assert _incoming_login(report) is ProbeErrorCode.LOGIN_SLOW
    where = ProblemContext(Server.INCOMING, "localhost", 993)
    slow = probe_problem(ProbeErrorCode.LOGIN_SLOW, where)
    silent = probe_problem(ProbeErrorCode.TIMEOUT, where)
    assert "wrong password" in slow.explanation
    assert slow.explanation != silent.explanation
    assert "connection may be slow" not in slow.advice


def test_the_time_limit_reached_while_waiting_for_the_login_is_login_slow(
    mail_server: MailServer, scripted_provider: ScriptedProvider
) -> None:
    provider = scripted_provider(imap=imap_server(at_login="silence"))
    draft = AccountDraft(username="user0001", password=mail_server.users["user0001"])
    settings = ProbeSettings(timeout=3.0, io_timeout=SHORT_WAIT, ca_file=mail_server.ca_file)
    report = probe_account(draft, provider, settings)
    assert _incoming_login(report) is ProbeErrorCode.LOGIN_SLOW


def test_a_server_silent_from_the_start_is_still_timeout(
    mail_server: MailServer, fault_servers: object
) -> None:
    from tests.mailserver.dovecot import FaultServers

    assert isinstance(fault_servers, FaultServers)
    endpoint = ServerEndpoint(
        "localhost", fault_servers.silent.port, Security.SSL, Authentication.PASSWORD
    )
    provider = dataclasses.replace(mail_server.provider, imap=endpoint)
    draft = AccountDraft(username="user0001", password=mail_server.users["user0001"])
    settings = ProbeSettings(timeout=20.0, io_timeout=SHORT_WAIT, ca_file=mail_server.ca_file)
    report = probe_account(draft, provider, settings)
    incoming = [s for s in report.steps if s.server is Server.INCOMING and not s.ok]
    assert [(s.step, s.code) for s in incoming] == [(Step.TLS, ProbeErrorCode.TIMEOUT)]
