"""The connection test against a real Dovecot and real network faults (no protocol mocks).

Every error code is produced by a real server or a real socket misbehaving; timing is
never asserted (see benchmarks/probe.py), only what happened and in which order.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import socket
import threading
from collections.abc import Callable
from typing import Any

import pytest

from tests.mailserver.dovecot import FaultServers, MailServer
from tests.mailserver.faults import FaultServer
from wizard.core.model import (
    AccountDraft,
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.probe.account import probe_account
from wizard.core.probe.errors import BadCredentialsInputError, ProbeErrorCode
from wizard.core.probe.helpdesk import helpdesk_report, mask_login
from wizard.core.probe.net import CancelToken, Link
from wizard.core.probe.results import (
    ProbeReport,
    ProbeSettings,
    ProgressEvent,
    Server,
    Step,
    StepResult,
)
from wizard.core.provider import Provider

pytestmark = pytest.mark.system

IMAP_STEPS = ["resolve", "connect", "tls", "greeting", "login", "quota", "folders", "logout"]
POP3_STEPS = ["resolve", "connect", "tls", "greeting", "login", "stat", "uidl", "logout"]
SMTP_STEPS = ["resolve", "connect", "tls", "greeting", "ehlo", "size", "login", "logout"]
RELAY_STEPS = ["resolve", "connect", "greeting", "ehlo", "logout"]


def endpoint(
    port: int, host: str = "localhost", security: Security = Security.SSL
) -> ServerEndpoint:
    return ServerEndpoint(host, port, security, Authentication.PASSWORD)


def settings(server: MailServer, **changes: Any) -> ProbeSettings:
    """Short limits for the tests, trusting the test CA unless told otherwise."""
    defaults = ProbeSettings(timeout=15.0, io_timeout=5.0, ca_file=server.ca_file)
    return dataclasses.replace(defaults, **changes)


def draft_for(
    server: MailServer,
    user: str | None = None,
    protocol: Protocol = Protocol.IMAP,
    password: str | None = None,
    outgoing: OutgoingChoice | None = None,
) -> AccountDraft:
    user = user or server.ascii_user
    return AccountDraft(
        protocol=protocol,
        username=user,
        password=server.users[user] if password is None else password,
        outgoing=outgoing or OutgoingChoice(),
    )


def names(report: ProbeReport, server: Server) -> list[str]:
    return [step.step.value for step in report.for_server(server)]


def last(report: ProbeReport, server: Server) -> StepResult:
    return report.for_server(server)[-1]


# -- logging in for real ---------------------------------------------------------------


@pytest.mark.parametrize("protocol", [Protocol.IMAP, Protocol.POP3])
@pytest.mark.parametrize("which", ["ascii_user", "utf8_user", "quoted_user"])
def test_every_kind_of_password_logs_in_over_imap_pop3_and_smtp(
    mail_server: MailServer, protocol: Protocol, which: str
) -> None:
    user = getattr(mail_server, which)
    report = probe_account(
        draft_for(mail_server, user, protocol), mail_server.provider, settings(mail_server)
    )

    assert report.ok, report.failures()
    assert all(step.ok for step in report.steps)
    expected = IMAP_STEPS if protocol is Protocol.IMAP else POP3_STEPS
    assert names(report, Server.INCOMING) == expected
    assert names(report, Server.OUTGOING) == SMTP_STEPS
    service = "imap-login" if protocol is Protocol.IMAP else "pop3-login"
    port = mail_server.imaps_port if protocol is Protocol.IMAP else mail_server.pop3s_port
    log = mail_server.log_text()
    for login_service, login_port in (
        (service, port),
        ("submission-login", mail_server.submissions_port),
    ):
        pattern = (
            rf"{login_service}: Info: Login: user=<{user}>, method=PLAIN, .*"
            rf"lport={login_port}, TLS,"
        )
        assert re.search(pattern, log), f"no TLS login of {user} on {login_service}"


def test_reports_quota_size_limit_and_folders(mail_server: MailServer) -> None:
    report = probe_account(draft_for(mail_server), mail_server.provider, settings(mail_server))

    assert report.quota is not None
    assert report.quota.limit_bytes == mail_server.provider.quota_bytes  # 25 MiB
    assert 1_200_000 < report.quota.used_bytes < 1_400_000  # the five stored messages
    assert report.smtp_size_limit_bytes == mail_server.provider.max_message_bytes  # 12 MiB
    assert {"INBOX", "Sent", "Drafts", "Trash", "Templates"} <= set(report.folders)
    assert report.missing_folders == ()


def test_pop3_sees_the_stored_messages(mail_server: MailServer) -> None:
    report = probe_account(
        draft_for(mail_server, protocol=Protocol.POP3), mail_server.provider, settings(mail_server)
    )

    stat = next(step for step in report.steps if step.step is Step.STAT)
    assert stat.detail.startswith("+OK 5 ")
    assert report.quota is None


def test_mailbox_above_80_percent_is_a_warning_not_a_failure(mail_server: MailServer) -> None:
    report = probe_account(
        draft_for(mail_server, mail_server.full_user), mail_server.provider, settings(mail_server)
    )

    quota = next(step for step in report.steps if step.step is Step.QUOTA)
    assert (quota.ok, quota.code, quota.warning) == (False, ProbeErrorCode.QUOTA_NEARLY_FULL, True)
    assert report.quota is not None
    assert report.quota.percent > mail_server.provider.quota_warning_percent
    assert report.ok
    assert names(report, Server.INCOMING) == IMAP_STEPS  # the chain went on after the warning


def test_wrong_password_fails_both_logins_with_the_servers_answer(
    mail_server: MailServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "Wrong-Crème-9"
    report = probe_account(
        draft_for(mail_server, password=wrong), mail_server.provider, settings(mail_server)
    )

    assert not report.ok
    for server in Server:
        failed = last(report, server)
        assert (failed.step, failed.code) == (Step.LOGIN, ProbeErrorCode.AUTH_FAILED)
    assert "AUTHENTICATIONFAILED" in last(report, Server.INCOMING).detail
    assert last(report, Server.OUTGOING).detail.startswith("535")
    assert wrong not in json.dumps(report.to_json_dict())
    assert wrong not in caplog.text
    assert wrong not in helpdesk_report(report, mail_server.ascii_user, "test")


def test_pop3_wrong_password(mail_server: MailServer) -> None:
    report = probe_account(
        draft_for(mail_server, protocol=Protocol.POP3, password="nope-123"),
        mail_server.provider,
        settings(mail_server),
    )

    failed = last(report, Server.INCOMING)
    assert (failed.step, failed.code) == (Step.LOGIN, ProbeErrorCode.AUTH_FAILED)
    assert failed.detail.startswith("-ERR")


def test_the_password_never_reaches_the_log(
    mail_server: MailServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    user = mail_server.utf8_user
    report = probe_account(
        draft_for(mail_server, user), mail_server.provider, settings(mail_server)
    )

    assert report.ok
    assert caplog.records
    assert mail_server.users[user] not in caplog.text


# -- every fault, for real -------------------------------------------------------------


FaultCase = Callable[[MailServer, FaultServers], tuple[Provider, ProbeSettings]]


def incoming_at(port_of: Callable[[FaultServers], int]) -> FaultCase:
    def build(server: MailServer, faults: FaultServers) -> tuple[Provider, ProbeSettings]:
        return server.provider_with(imap=endpoint(port_of(faults))), settings(server)

    return build


def without_ca_file(server: MailServer, faults: FaultServers) -> tuple[Provider, ProbeSettings]:
    """The real Dovecot, but its CA is not in the trust store: ``tls_untrusted``."""
    return server.provider, settings(server, ca_file=None)


def unknown_host(server: MailServer, faults: FaultServers) -> tuple[Provider, ProbeSettings]:
    return server.provider_with(imap=endpoint(993, "no-such-host.invalid")), settings(server)


def short_io_timeout(server: MailServer, faults: FaultServers) -> tuple[Provider, ProbeSettings]:
    provider = server.provider_with(imap=endpoint(faults.silent.port))
    return provider, settings(server, io_timeout=0.3)


def short_connect_timeout(
    server: MailServer, faults: FaultServers
) -> tuple[Provider, ProbeSettings]:
    provider = server.provider_with(imap=endpoint(faults.blocked_port))
    return provider, settings(server, io_timeout=0.3)


@pytest.mark.parametrize(
    ("build", "step", "code"),
    [
        pytest.param(unknown_host, Step.RESOLVE, ProbeErrorCode.DNS_FAILED, id="dns"),
        pytest.param(
            incoming_at(lambda f: f.closed_port),
            Step.CONNECT,
            ProbeErrorCode.REFUSED,
            id="closed-port",
        ),
        pytest.param(
            short_connect_timeout, Step.CONNECT, ProbeErrorCode.PORT_BLOCKED, id="blocked-port"
        ),
        pytest.param(without_ca_file, Step.TLS, ProbeErrorCode.TLS_UNTRUSTED, id="ca-not-trusted"),
        pytest.param(
            incoming_at(lambda f: f.untrusted.port),
            Step.TLS,
            ProbeErrorCode.TLS_UNTRUSTED,
            id="untrusted-ca",
        ),
        pytest.param(
            incoming_at(lambda f: f.wrong_name.port),
            Step.TLS,
            ProbeErrorCode.TLS_HOSTNAME_MISMATCH,
            id="other-name",
        ),
        pytest.param(
            incoming_at(lambda f: f.expired.port),
            Step.TLS,
            ProbeErrorCode.TLS_EXPIRED,
            id="expired",
        ),
        pytest.param(
            incoming_at(lambda f: f.drop_in_handshake.port),
            Step.TLS,
            ProbeErrorCode.TLS_HANDSHAKE_FAILED,
            id="drop-in-handshake",
        ),
        pytest.param(short_io_timeout, Step.TLS, ProbeErrorCode.TIMEOUT, id="silent"),
        pytest.param(
            incoming_at(lambda f: f.bye.port), Step.GREETING, ProbeErrorCode.SERVER_ERROR, id="bye"
        ),
        pytest.param(
            incoming_at(lambda f: f.garbage.port),
            Step.GREETING,
            ProbeErrorCode.PROTOCOL_ERROR,
            id="not-imap",
        ),
    ],
)
def test_incoming_fault_is_reported_with_its_code_and_stops_the_chain(
    mail_server: MailServer,
    fault_servers: FaultServers,
    build: FaultCase,
    step: Step,
    code: ProbeErrorCode,
) -> None:
    provider, probe_settings = build(mail_server, fault_servers)
    report = probe_account(draft_for(mail_server), provider, probe_settings)

    failed = last(report, Server.INCOMING)
    assert (failed.step, failed.code, failed.ok, failed.warning) == (step, code, False, False)
    assert failed.detail
    assert [s for s in report.for_server(Server.INCOMING) if not s.ok] == [failed]
    assert not report.ok
    assert mail_server.users[mail_server.ascii_user] not in json.dumps(report.to_json_dict())


@pytest.mark.parametrize(
    ("port_of", "step", "code"),
    [
        (lambda f: f.expired.port, Step.TLS, ProbeErrorCode.TLS_EXPIRED),
        (lambda f: f.smtp_unavailable.port, Step.GREETING, ProbeErrorCode.SERVER_ERROR),
        (lambda f: f.closed_port, Step.CONNECT, ProbeErrorCode.REFUSED),
    ],
    ids=["expired", "554-greeting", "closed-port"],
)
def test_outgoing_fault_fails_the_account_while_incoming_works(
    mail_server: MailServer,
    fault_servers: FaultServers,
    port_of: Callable[[FaultServers], int],
    step: Step,
    code: ProbeErrorCode,
) -> None:
    provider = mail_server.provider_with(smtp=endpoint(port_of(fault_servers)))
    report = probe_account(draft_for(mail_server), provider, settings(mail_server))

    assert names(report, Server.INCOMING) == IMAP_STEPS
    assert all(s.ok for s in report.for_server(Server.INCOMING))
    failed = last(report, Server.OUTGOING)
    assert (failed.step, failed.code) == (step, code)
    assert not report.ok


def test_untrusted_certificate_means_no_login_is_ever_sent(
    mail_server: MailServer, fault_servers: FaultServers
) -> None:
    """Never "accept anyway": the chain ends at TLS, the server never sees a byte of login."""
    before = fault_servers.untrusted.accepted
    provider = mail_server.provider_with(
        imap=endpoint(fault_servers.untrusted.port), smtp=endpoint(fault_servers.untrusted.port)
    )
    report = probe_account(draft_for(mail_server), provider, settings(mail_server))

    for server in Server:
        assert names(report, server) == ["resolve", "connect", "tls"]
    assert fault_servers.untrusted.accepted == before + 2
    assert fault_servers.untrusted.wait_all_closed()


def test_a_server_configured_without_tls_never_gets_the_password(
    mail_server: MailServer,
) -> None:
    """Even if the provider data said "none", the login is refused before sending it."""
    plain = endpoint(mail_server.sink.port, security=Security.NONE)
    before = len(mail_server.sink_messages())
    report = probe_account(
        draft_for(mail_server), mail_server.provider_with(imap=plain), settings(mail_server)
    )

    failed = last(report, Server.INCOMING)
    assert (failed.step, failed.code) == (Step.TLS, ProbeErrorCode.TLS_HANDSHAKE_FAILED)
    assert names(report, Server.INCOMING) == ["resolve", "connect", "tls"]
    assert len(mail_server.sink_messages()) == before


def test_starttls_relay_without_starttls_is_not_used_in_plaintext(
    mail_server: MailServer,
) -> None:
    relay = ServerEndpoint(
        "localhost", mail_server.sink.port, Security.STARTTLS, Authentication.NONE
    )
    draft = draft_for(mail_server, outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, relay))
    report = probe_account(draft, mail_server.provider, settings(mail_server))

    failed = last(report, Server.OUTGOING)
    assert (failed.step, failed.code, failed.warning) == (
        Step.TLS,
        ProbeErrorCode.TLS_HANDSHAKE_FAILED,
        True,
    )
    assert failed.detail == "STARTTLS not offered"


# -- ISP relay ---------------------------------------------------------------------------


def relay_choice(port: int) -> OutgoingChoice:
    relay = ServerEndpoint("localhost", port, Security.NONE, Authentication.NONE)
    return OutgoingChoice(OutgoingKind.ISP_RELAY, relay, "")


def test_isp_relay_gets_an_ehlo_and_never_the_password(mail_server: MailServer) -> None:
    draft = draft_for(mail_server, outgoing=relay_choice(mail_server.sink.port))
    report = probe_account(draft, mail_server.provider, settings(mail_server))

    assert report.ok
    assert names(report, Server.OUTGOING) == RELAY_STEPS
    assert report.outgoing_is_relay
    assert report.smtp_size_limit_bytes is None


def test_unreachable_isp_relay_is_only_a_warning(
    mail_server: MailServer, fault_servers: FaultServers
) -> None:
    draft = draft_for(mail_server, outgoing=relay_choice(fault_servers.closed_port))
    report = probe_account(draft, mail_server.provider, settings(mail_server))

    failed = last(report, Server.OUTGOING)
    assert (failed.step, failed.code, failed.ok, failed.warning) == (
        Step.CONNECT,
        ProbeErrorCode.REFUSED,
        False,
        True,
    )
    assert report.ok
    assert report.to_json_dict()["ok"] is True


# -- input refused before anything is sent ----------------------------------------------


@pytest.mark.parametrize(
    ("username", "password", "field"),
    [
        ("user0001", "pass\nword", "password"),
        ("user0001", "pass\x00word", "password"),
        ("user\r\n0001", "password", "username"),
        ("user0001", "", "password"),
        ("", "password", "username"),
        # The account page's rules: never sent, each wrong try slows the right one down.
        ("   ", "password", "username"),
        ("user 0001", "password", "username"),
        ("usér0001", "password", "username"),
        ("marie.peeters@all2all.org", "password", "username"),
    ],
)
def test_control_characters_are_refused_before_connecting(
    mail_server: MailServer, fault_servers: FaultServers, username: str, password: str, field: str
) -> None:
    silent = fault_servers.silent
    before = silent.accepted
    provider = mail_server.provider_with(imap=endpoint(silent.port), smtp=endpoint(silent.port))
    draft = AccountDraft(username=username, password=password)

    with pytest.raises(BadCredentialsInputError) as raised:
        probe_account(draft, provider, settings(mail_server))

    assert raised.value.code is ProbeErrorCode.BAD_CREDENTIALS_INPUT
    assert raised.value.field == field
    assert silent.accepted == before


# -- cancellation, time limit, concurrency -----------------------------------------------


class Recorder:
    """Progress events, and any that arrive after the probe has returned."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.events: list[ProgressEvent] = []
        self.late: list[ProgressEvent] = []
        self.returned = False
        self.changed = threading.Condition(self.lock)

    def __call__(self, event: ProgressEvent) -> None:
        with self.lock:
            (self.late if self.returned else self.events).append(event)
            self.changed.notify_all()

    def wait_for(self, predicate: Callable[[list[ProgressEvent]], bool]) -> bool:
        with self.lock:
            return self.changed.wait_for(lambda: predicate(self.events), timeout=30)


def started(server: Server, step: Step) -> Callable[[list[ProgressEvent]], bool]:
    return lambda events: any(
        e.server is server and e.step is step and e.result is None for e in events
    )


def run_in_thread(
    function: Callable[[], ProbeReport], recorder: Recorder
) -> tuple[threading.Thread, dict[str, ProbeReport]]:
    box: dict[str, ProbeReport] = {}

    def target() -> None:
        box["report"] = function()
        with recorder.lock:
            recorder.returned = True

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread, box


def slow_settings(server: MailServer) -> ProbeSettings:
    """Limits far beyond the test's life: only the cancel can end the probe."""
    return settings(server, timeout=300.0, io_timeout=300.0)


@pytest.mark.parametrize("hang_at", ["silent", "blocked"])
def test_cancel_returns_cancelled_and_nothing_continues_afterwards(
    mail_server: MailServer, fault_servers: FaultServers, hang_at: str
) -> None:
    silent: FaultServer = fault_servers.silent
    if hang_at == "silent":
        port, hanging_step = silent.port, Step.TLS
    else:
        port, hanging_step = fault_servers.blocked_port, Step.CONNECT
    provider = mail_server.provider_with(imap=endpoint(port), smtp=endpoint(port))
    recorder, token = Recorder(), CancelToken()
    thread, box = run_in_thread(
        lambda: probe_account(
            draft_for(mail_server), provider, slow_settings(mail_server), token, recorder
        ),
        recorder,
    )
    for server in Server:
        assert recorder.wait_for(started(server, hanging_step))

    token.cancel()
    thread.join(timeout=30)  # a hang guard, not a measurement

    assert not thread.is_alive()
    report = box["report"]
    assert report.cancelled
    assert not report.ok
    for server in Server:
        stopped = last(report, server)
        assert (stopped.step, stopped.code, stopped.ok) == (
            hanging_step,
            ProbeErrorCode.CANCELLED,
            False,
        )
    # The workers really let go: the server sees both connections closed...
    if hang_at == "silent":
        assert silent.wait_all_closed()
    for worker in [t for t in threading.enumerate() if t.name.startswith("probe-")]:
        worker.join(timeout=30)
    # ...and once they are gone, not a single step was reported after the return.
    assert recorder.late == []
    assert [e.result for e in recorder.events if e.result is not None] == list(report.steps)


def test_cancel_before_start_sends_nothing(
    mail_server: MailServer, fault_servers: FaultServers
) -> None:
    token = CancelToken()
    token.cancel()
    report = probe_account(
        draft_for(mail_server), mail_server.provider, settings(mail_server), token
    )

    assert report.cancelled
    assert not report.ok


def test_time_limit_ends_the_whole_test_with_timeout(
    mail_server: MailServer, fault_servers: FaultServers
) -> None:
    provider = mail_server.provider_with(imap=endpoint(fault_servers.silent.port))
    report = probe_account(
        draft_for(mail_server), provider, settings(mail_server, timeout=0.5, io_timeout=300.0)
    )

    stopped = last(report, Server.INCOMING)
    assert (stopped.step, stopped.code) == (Step.TLS, ProbeErrorCode.TIMEOUT)
    assert names(report, Server.OUTGOING) == SMTP_STEPS  # the other chain had finished
    assert not report.ok
    assert fault_servers.silent.wait_all_closed()


def test_incoming_and_outgoing_run_at_the_same_time(
    mail_server: MailServer, fault_servers: FaultServers
) -> None:
    """Outgoing finishes all its steps while incoming still hangs on a silent server."""
    silent = fault_servers.silent
    provider = mail_server.provider_with(imap=endpoint(silent.port))
    recorder, token = Recorder(), CancelToken()
    thread, box = run_in_thread(
        lambda: probe_account(
            draft_for(mail_server), provider, slow_settings(mail_server), token, recorder
        ),
        recorder,
    )

    assert recorder.wait_for(
        lambda events: any(
            e.server is Server.OUTGOING and e.step is Step.LOGOUT and e.result for e in events
        )
    )
    assert started(Server.INCOMING, Step.TLS)(recorder.events)
    token.cancel()
    thread.join(timeout=30)

    report = box["report"]
    assert names(report, Server.OUTGOING) == SMTP_STEPS
    assert all(step.ok for step in report.for_server(Server.OUTGOING))
    assert last(report, Server.INCOMING).code is ProbeErrorCode.CANCELLED


def test_both_connections_are_open_together(
    mail_server: MailServer, fault_servers: FaultServers
) -> None:
    silent = fault_servers.silent
    assert silent.wait_all_closed()
    provider = mail_server.provider_with(imap=endpoint(silent.port), smtp=endpoint(silent.port))
    recorder, token = Recorder(), CancelToken()
    thread, _ = run_in_thread(
        lambda: probe_account(
            draft_for(mail_server), provider, slow_settings(mail_server), token, recorder
        ),
        recorder,
    )

    assert silent.wait_open(2)
    token.cancel()
    thread.join(timeout=30)
    assert not thread.is_alive()


def test_progress_events_pair_up_with_the_report(mail_server: MailServer) -> None:
    recorder = Recorder()
    report = probe_account(
        draft_for(mail_server), mail_server.provider, settings(mail_server), on_progress=recorder
    )

    for server in Server:
        events = [e for e in recorder.events if e.server is server]
        assert [e.step for e in events[::2]] == [e.step for e in events[1::2]]
        assert all(e.result is None for e in events[::2])
        assert [e.result for e in events[1::2]] == report.for_server(server)


# -- small pieces with real sockets -------------------------------------------------------


def test_connect_falls_back_to_ipv4_when_ipv6_loopback_refuses(mail_server: MailServer) -> None:
    """If "localhost" gives ::1 first (Dovecot only listens on 127.0.0.1), we still connect."""
    link = Link(threading.Event(), io_timeout=5.0, deadline=float("inf"))
    addresses = [
        (socket.AF_INET6, ("::1", mail_server.imaps_port)),
        (socket.AF_INET, ("127.0.0.1", mail_server.imaps_port)),
    ]
    try:
        assert link.connect(addresses) == "127.0.0.1"
    finally:
        link.close()


def test_json_shape_is_exactly_the_documented_one(mail_server: MailServer) -> None:
    report = probe_account(draft_for(mail_server), mail_server.provider, settings(mail_server))
    data = json.loads(json.dumps(report.to_json_dict()))

    assert set(data) == {"ok", "steps", "quota", "smtp_size_limit_bytes"}
    assert set(data["quota"]) == {"used_bytes", "limit_bytes"}
    for step in data["steps"]:
        assert set(step) == {"server", "step", "ok", "code", "seconds", "detail"}
        assert step["server"] in {"incoming", "outgoing"}
        assert isinstance(step["seconds"], float)


def test_helpdesk_report_masks_the_login_unless_asked(mail_server: MailServer) -> None:
    user = mail_server.utf8_user
    report = probe_account(
        draft_for(mail_server, user), mail_server.provider, settings(mail_server)
    )

    text = helpdesk_report(report, user, "9.9")
    assert mask_login("user0001") == "us*****01"
    assert "us*****02" in text
    assert user not in text
    assert user in helpdesk_report(report, user, "9.9", show_login=True)
    assert mail_server.users[user] not in text
    assert "all2all-setup 9.9" in text
    assert "SIZE 12582912" in text
