"""Faults of the network and the servers beyond the nine: a server that hangs up in
the middle of the login, answers in a strange encoding, or shows a certificate that a
computer with a clock set years wrong sees as expired or not yet valid.

What the user sees is the plain explanation of one stable code, with advice; what is
guaranteed is that nothing is written (a failing account is never set up), the JSON
and the helpdesk report stay valid text, and no password is in either.
"""

from __future__ import annotations

import json

import pytest

from tests.faults.conftest import ScriptedProvider
from tests.faults.scripts import imap_server, smtp_server
from tests.mailserver.dovecot import FaultServers, MailServer
from wizard.core.model import AccountDraft, Authentication, Security, ServerEndpoint
from wizard.core.probe.account import probe_account
from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.helpdesk import helpdesk_report
from wizard.core.probe.results import ProbeReport, ProbeSettings, Server, Step
from wizard.texts.probe import ProblemContext, probe_problem

pytestmark = pytest.mark.system


def _probe(mail_server: MailServer, provider: object, password: str | None = None) -> ProbeReport:
    from wizard.core.provider import Provider

    assert isinstance(provider, Provider)
    secret = mail_server.users["user0001"] if password is None else password
    draft = AccountDraft(username="user0001", password=secret)
    settings = ProbeSettings(timeout=15.0, io_timeout=5.0, ca_file=mail_server.ca_file)
    return probe_account(draft, provider, settings)


def _failure(report: ProbeReport, server: Server) -> tuple[Step, ProbeErrorCode | None, str]:
    (step,) = [s for s in report.steps if s.server is server and not s.ok]
    return step.step, step.code, step.detail


def _outputs_are_clean(report: ProbeReport, password: str) -> None:
    text = json.dumps(report.to_json_dict(), ensure_ascii=False)
    json.loads(text)
    helpdesk = helpdesk_report(report, "user0001", "test")
    helpdesk.encode("utf-8")  # no lone surrogate: it can be saved and sent
    assert password not in text
    assert password not in helpdesk


# -- a server that hangs up in the middle of the login --------------------------------


def test_an_imap_server_hanging_up_at_the_login(
    mail_server: MailServer, scripted_provider: ScriptedProvider
) -> None:
    report = _probe(mail_server, scripted_provider(imap=imap_server(at_login="close")))
    assert not report.ok
    step, code, detail = _failure(report, Server.INCOMING)
    assert (step, code) == (Step.LOGIN, ProbeErrorCode.SERVER_ERROR)
    assert "closed the connection" in detail
    where = ProblemContext(Server.INCOMING, "localhost", 993)
    assert "closed the connection" in probe_problem(ProbeErrorCode.SERVER_ERROR, where).explanation
    _outputs_are_clean(report, mail_server.users["user0001"])


def test_an_smtp_server_hanging_up_at_the_login(
    mail_server: MailServer, scripted_provider: ScriptedProvider
) -> None:
    report = _probe(mail_server, scripted_provider(smtp=smtp_server(at_login="close")))
    assert not report.ok
    step, code, _ = _failure(report, Server.OUTGOING)
    assert (step, code) == (Step.LOGIN, ProbeErrorCode.SERVER_ERROR)
    _outputs_are_clean(report, mail_server.users["user0001"])


# -- answers in a strange encoding -------------------------------------------------------


def test_latin1_answers_are_read_and_reported_as_valid_text(
    mail_server: MailServer, scripted_provider: ScriptedProvider
) -> None:
    imap = imap_server(
        greeting=b"* OK Bienvenue sur le serveur \xe9t\xe9 \xa9 2026\r\n",
        at_login="refuse",
        refusal=b"NO Mot de passe incorrect (\xe9chec)",
    )
    report = _probe(mail_server, scripted_provider(imap=imap), password="Wrong-password-1")
    step, code, detail = _failure(report, Server.INCOMING)
    assert (step, code) == (Step.LOGIN, ProbeErrorCode.AUTH_FAILED)
    assert "\ufffdchec" in detail
    greeting = next(
        s for s in report.steps if s.step is Step.GREETING and s.server is Server.INCOMING
    )
    assert greeting.ok
    assert "\ufffd" in greeting.detail
    _outputs_are_clean(report, "Wrong-password-1")


@pytest.mark.parametrize(
    "greeting",
    [
        pytest.param("* OK ready\r\n".encode("utf-16"), id="utf-16"),
        pytest.param(b"\x00\x00\x00* OK ready\r\n", id="nul-bytes"),
        pytest.param(b"\xff\xfe\xfd\xfc garbage\r\n", id="not-text"),
        pytest.param(b"* OK " + b"x" * 70_000 + b"\r\n", id="endless-line"),
    ],
)
def test_an_answer_that_is_no_text_is_not_a_mail_server(
    mail_server: MailServer, scripted_provider: ScriptedProvider, greeting: bytes
) -> None:
    report = _probe(mail_server, scripted_provider(imap=imap_server(greeting=greeting)))
    step, code, _ = _failure(report, Server.INCOMING)
    assert (step, code) == (Step.GREETING, ProbeErrorCode.PROTOCOL_ERROR)
    _outputs_are_clean(report, mail_server.users["user0001"])


# -- a clock set years wrong ------------------------------------------------------------


@pytest.mark.parametrize(
    "which",
    [
        pytest.param("expired", id="clock-years-ahead"),
        pytest.param("not_yet_valid", id="clock-years-behind"),
    ],
)
def test_a_clock_set_years_wrong_says_to_check_the_date(
    mail_server: MailServer, fault_servers: FaultServers, which: str
) -> None:
    """The probe uses the system clock through Python's ssl; a certificate whose
    validity window excludes now is what a right certificate looks like to a wrong
    clock."""
    port = getattr(fault_servers, which).port
    endpoint = ServerEndpoint("localhost", port, Security.SSL, Authentication.PASSWORD)
    report = _probe(mail_server, mail_server.provider_with(imap=endpoint))
    step, code, detail = _failure(report, Server.INCOMING)
    assert (step, code) == (Step.TLS, ProbeErrorCode.TLS_EXPIRED)
    expected = "not yet valid" if which == "not_yet_valid" else "expired"
    assert expected in detail
    where = ProblemContext(Server.INCOMING, "localhost", port)
    problem = probe_problem(ProbeErrorCode.TLS_EXPIRED, where)
    assert "expired or is not valid yet" in problem.explanation
    assert "date and time of this computer" in problem.advice


# -- an answer without end ---------------------------------------------------------------


def test_an_endless_folder_list_is_cut_off_not_kept(
    mail_server: MailServer, scripted_provider: ScriptedProvider
) -> None:
    """A mailbox with a few hundred folders is large; 100,001 is no mailbox."""
    from wizard.core.limits import MAX_ANSWER_LINES

    imap = imap_server(at_login="accept", folders=MAX_ANSWER_LINES + 1)
    report = _probe(mail_server, scripted_provider(imap=imap))
    step, code, detail = _failure(report, Server.INCOMING)
    assert (step, code, detail) == (Step.FOLDERS, ProbeErrorCode.PROTOCOL_ERROR, "answer too long")
    assert len(report.folders) == 0


def test_a_normal_folder_list_is_read(
    mail_server: MailServer, scripted_provider: ScriptedProvider
) -> None:
    report = _probe(mail_server, scripted_provider(imap=imap_server(at_login="accept")))
    assert report.folders == ("folder0", "folder1", "folder2")


# -- STARTTLS with a forged answer slipped in before the handshake ------------------------


def test_a_starttls_injection_is_refused(mail_server: MailServer) -> None:
    from tests.faults.scripts import smtp_starttls_injection
    from tests.mailserver.faults import Behaviour, FaultServer
    from wizard.core.model import OutgoingChoice, OutgoingKind

    relay = FaultServer(Behaviour.PLAIN_SCRIPT, script=smtp_starttls_injection()).start()
    try:
        endpoint = ServerEndpoint("localhost", relay.port, Security.STARTTLS, Authentication.NONE)
        draft = AccountDraft(
            username="user0001",
            password=mail_server.users["user0001"],
            outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, endpoint),
        )
        settings = ProbeSettings(timeout=15.0, io_timeout=5.0, ca_file=mail_server.ca_file)
        report = probe_account(draft, mail_server.provider, settings)
    finally:
        relay.stop()
    step, code, detail = _failure(report, Server.OUTGOING)
    assert (step, code) == (Step.TLS, ProbeErrorCode.PROTOCOL_ERROR)
    assert "data before TLS" in detail
