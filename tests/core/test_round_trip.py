"""The round trip against the real test Dovecot: a message really sent, found and deleted.

The submission service relays to the suite's SMTP sink, which delivers mail for
``<login>@all2all.test`` into the mailbox with Dovecot's own delivery agent (and keeps
mail for other domains, as if it had left for the internet). Refusals come from real
SMTP servers saying what real servers say. Timing is never asserted.
"""

from __future__ import annotations

import email
import email.policy
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest

from tests.mailserver.dovecot import MailServer
from tests.mailserver.smtp_sink import Policy, SmtpSink
from wizard.core.model import (
    AccountDraft,
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.probe.errors import BadCredentialsInputError, ProbeErrorCode
from wizard.core.probe.net import CancelToken
from wizard.core.probe.results import ProgressEvent, Server, Step
from wizard.core.probe.round_trip import RoundTripReport, RoundTripSettings, round_trip
from wizard.core.probe.round_trip_message import MESSAGE_ID_PREFIX, MessageText
from wizard.core.probe.submit import Phase, dot_stuffed, refusal_code

pytestmark = pytest.mark.system

TEXT = MessageText("Testbericht van all2all – één", "Dit bericht komt van de test.\n.Punt")


def draft_for(
    server: MailServer,
    protocol: Protocol = Protocol.IMAP,
    user: str | None = None,
    email: str | None = None,
    outgoing: OutgoingChoice | None = None,
) -> AccountDraft:
    user = user or server.trip_user
    return AccountDraft(
        protocol=protocol,
        display_name="Round Trip",
        username=user,
        password=server.users[user],
        email=email or server.address(user),
        outgoing=outgoing or OutgoingChoice(),
    )


def settings(server: MailServer, **changes: Any) -> RoundTripSettings:
    values: dict[str, Any] = {
        "arrival_timeout": 20.0,
        "timeout": 15.0,
        "io_timeout": 5.0,
        "poll_interval": 0.2,
        "ca_file": server.ca_file,
    } | changes
    return RoundTripSettings(**values)


def relay(port: int) -> OutgoingChoice:
    endpoint = ServerEndpoint("localhost", port, Security.NONE, Authentication.NONE)
    return OutgoingChoice(OutgoingKind.ISP_RELAY, endpoint)


def steps_of(report: RoundTripReport, server: Server) -> list[str]:
    return [step.step.value for step in report.steps if step.server is server]


@pytest.fixture
def relay_sink() -> Iterator[SmtpSink]:
    sink = SmtpSink(policy=Policy(refuse_relay=True)).start()
    yield sink
    sink.stop()


@pytest.mark.parametrize("protocol", [Protocol.IMAP, Protocol.POP3], ids=["imap", "pop3"])
def test_the_message_arrives_and_is_gone_again(mail_server: MailServer, protocol: Protocol):
    events: list[ProgressEvent] = []
    with mail_server.sink.delivery_delayed(0.6):  # arrives while we watch, not at once
        report = round_trip(
            draft_for(mail_server, protocol),
            mail_server.provider,
            TEXT,
            settings(mail_server),
            on_progress=events.append,
        )

    assert report.to_json_dict() == {
        "ok": True,
        "code": None,
        "sent": True,
        "received": True,
        "seconds": report.to_json_dict()["seconds"],
        "deleted": True,
    }
    assert report.seconds is not None
    assert report.seconds > 0
    outgoing = ["resolve", "connect", "tls", "greeting", "ehlo", "login", "send", "logout"]
    assert steps_of(report, Server.OUTGOING) == outgoing
    incoming = steps_of(report, Server.INCOMING)
    assert incoming[:6] == ["resolve", "connect", "tls", "greeting", "login", "inbox"]
    assert incoming[6:8] == ["arrival", "delete"]
    inbox_step = next(step for step in report.steps if step.step is Step.INBOX)
    assert ("IDLE" in inbox_step.detail) == (protocol is Protocol.IMAP)
    # It went through the server and into the mailbox, and it is gone from it again.
    sent = [m for m in mail_server.sink_messages() if report.message_id.encode() in m.data]
    assert len(sent) == 1
    assert report.message_id.startswith(f"<{MESSAGE_ID_PREFIX}")
    assert report.message_id not in mail_server.mailbox_message_ids(mail_server.trip_user)
    # Every finished step was announced after it started, in the report's order.
    finished = [(e.server, e.step) for e in events if e.result is not None]
    assert finished == [(step.server, step.step) for step in report.steps]


def test_the_message_is_from_and_to_the_user_in_their_words(mail_server: MailServer):
    report = round_trip(draft_for(mail_server), mail_server.provider, TEXT, settings(mail_server))

    assert report.ok
    data = next(m for m in mail_server.sink_messages() if report.message_id.encode() in m.data)
    address = mail_server.address(mail_server.trip_user)
    assert data.mail_from.startswith(f"FROM:<{address}>")
    assert data.recipients[0].startswith(f"TO:<{address}>")
    data.data.decode("ascii")  # 7-bit: any server takes it
    parsed = email.message_from_bytes(data.data, policy=email.policy.default)
    assert parsed["Subject"] == TEXT.subject
    assert parsed["Auto-Submitted"] == "auto-generated"  # no vacation reply to it
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_content().replace("\r\n", "\n") == TEXT.body + "\n"  # dots intact


def test_only_the_test_message_is_deleted(mail_server: MailServer) -> None:
    """The user's own messages stay, even one they marked as deleted (not expunged)."""
    user = mail_server.trip_user
    mail_server.save_message(user, b"Subject: mine\r\nMessage-ID: <keep-me@t>\r\n\r\nx\r\n")
    mail_server.save_message(user, b"Subject: bin\r\nMessage-ID: <marked@t>\r\n\r\nx\r\n")
    mail_server.mark_deleted(user, "<marked@t>")
    try:
        for protocol in (Protocol.POP3, Protocol.IMAP):
            report = round_trip(
                draft_for(mail_server, protocol), mail_server.provider, TEXT, settings(mail_server)
            )
            assert (report.ok, report.deleted) == (True, True), report.steps
        assert sorted(mail_server.mailbox_message_ids(user)) == ["<keep-me@t>", "<marked@t>"]
    finally:
        mail_server.empty_mailbox(user)


def test_through_an_isp_relay_that_delivers(mail_server: MailServer) -> None:
    """The message goes through exactly the relay chosen, without the password."""
    before = len(mail_server.sink_messages())
    report = round_trip(
        draft_for(mail_server, outgoing=relay(mail_server.sink.port)),
        mail_server.provider,
        TEXT,
        settings(mail_server),
    )

    assert report.ok, report.steps
    assert report.outgoing_is_relay
    assert steps_of(report, Server.OUTGOING) == [
        "resolve",
        "connect",
        "greeting",
        "ehlo",
        "send",
        "logout",
    ]
    received = mail_server.sink_messages()[before:]
    assert len(received) == 1  # straight to the relay, not through the submission service
    assert mail_server.users[mail_server.trip_user].encode() not in received[0].data


def test_a_relay_that_refuses_relaying(mail_server: MailServer, relay_sink: SmtpSink) -> None:
    report = round_trip(
        draft_for(mail_server, outgoing=relay(relay_sink.port)),
        mail_server.provider,
        TEXT,
        settings(mail_server),
    )

    assert report.to_json_dict() == {
        "ok": False,
        "code": "relay_refused",
        "sent": False,
        "received": False,
        "seconds": None,
        "deleted": False,
    }
    failed = report.failed_step
    assert failed is not None
    assert (failed.server, failed.step) == (Server.OUTGOING, Step.SEND)
    assert "Relay access denied" in failed.detail
    assert relay_sink.messages() == []
    assert steps_of(report, Server.INCOMING)[-1] == "logout"  # the inbox was left politely


def test_a_sender_the_server_rejects(mail_server: MailServer) -> None:
    sink = SmtpSink(policy=Policy(reject_sender=True)).start()
    try:
        report = round_trip(
            draft_for(mail_server, outgoing=relay(sink.port)),
            mail_server.provider,
            TEXT,
            settings(mail_server),
        )
    finally:
        sink.stop()

    assert (report.code, report.sent) == (ProbeErrorCode.SENDER_REJECTED, False)


def test_a_recipient_the_server_does_not_know(mail_server: MailServer) -> None:
    draft = draft_for(mail_server, email=f"nobody-here@{mail_server.mail_domain}")
    report = round_trip(draft, mail_server.provider, TEXT, settings(mail_server))

    assert (report.code, report.sent, report.received) == (
        ProbeErrorCode.RECIPIENT_REJECTED,
        False,
        False,
    )


def test_a_full_mailbox(mail_server: MailServer) -> None:
    draft = draft_for(mail_server, user=mail_server.over_quota_user)
    report = round_trip(draft, mail_server.provider, TEXT, settings(mail_server))

    assert (report.code, report.sent) == (ProbeErrorCode.MAILBOX_FULL, False)
    assert "5.2.2" in (report.failed_step.detail if report.failed_step else "")


@pytest.mark.parametrize("protocol", [Protocol.IMAP, Protocol.POP3], ids=["imap", "pop3"])
def test_a_message_never_delivered_reaches_the_ceiling(
    mail_server: MailServer, protocol: Protocol
) -> None:
    """Sent, but it goes elsewhere: a warning that it has not arrived, not a failure."""
    draft = draft_for(mail_server, protocol, email="user0005@elsewhere.example")
    report = round_trip(
        draft, mail_server.provider, TEXT, settings(mail_server, arrival_timeout=1.0)
    )

    assert report.to_json_dict() == {
        "ok": False,
        "code": "not_arrived",
        "sent": True,
        "received": False,
        "seconds": None,
        "deleted": False,
    }
    failed = report.failed_step
    assert failed is not None
    assert (failed.step, failed.warning) == (Step.ARRIVAL, True)
    last = steps_of(report, Server.INCOMING)[-1]
    assert last == ("logout" if protocol is Protocol.IMAP else "arrival")  # POP3: no session


@pytest.mark.parametrize("protocol", [Protocol.IMAP, Protocol.POP3], ids=["imap", "pop3"])
def test_cancel_during_the_wait(mail_server: MailServer, protocol: Protocol) -> None:
    token = CancelToken()
    waiting = threading.Event()
    late: list[ProgressEvent] = []
    returned = threading.Event()

    def progress(event: ProgressEvent) -> None:
        if returned.is_set():
            late.append(event)
        if event.step is Step.ARRIVAL and event.result is None:
            waiting.set()

    draft = draft_for(mail_server, protocol, email="user0005@elsewhere.example")
    result: list[RoundTripReport] = []

    def run() -> None:
        result.append(
            round_trip(
                draft,
                mail_server.provider,
                TEXT,
                settings(mail_server, arrival_timeout=300.0, poll_interval=0.3),
                token,
                progress,
            )
        )
        returned.set()

    thread = threading.Thread(target=run)
    thread.start()
    assert waiting.wait(30)
    token.cancel()
    thread.join(30)
    assert not thread.is_alive()

    (report,) = result
    assert report.cancelled
    assert (report.sent, report.received, report.deleted) == (True, False, False)
    assert report.failed_step is not None
    assert report.failed_step.step is Step.ARRIVAL
    assert late == []  # nothing is announced after round_trip returned


def test_cancel_before_it_starts_sends_nothing(mail_server: MailServer) -> None:
    token = CancelToken()
    token.cancel()
    before = len(mail_server.sink_messages())
    report = round_trip(
        draft_for(mail_server), mail_server.provider, TEXT, settings(mail_server), token
    )

    assert report.cancelled
    assert not report.sent
    assert len(mail_server.sink_messages()) == before


def test_a_wrong_password_stops_before_anything_is_sent(mail_server: MailServer) -> None:
    draft = draft_for(mail_server).with_changes(password="not-the-password")
    before = len(mail_server.sink_messages())
    report = round_trip(draft, mail_server.provider, TEXT, settings(mail_server))

    assert (report.code, report.sent) == (ProbeErrorCode.AUTH_FAILED, False)
    assert steps_of(report, Server.OUTGOING) == []
    assert len(mail_server.sink_messages()) == before


def test_unusable_input_is_refused_before_any_connection(mail_server: MailServer) -> None:
    with pytest.raises(BadCredentialsInputError):
        round_trip(
            draft_for(mail_server).with_changes(username="user 5"),
            mail_server.provider,
            TEXT,
            settings(mail_server),
        )
    with pytest.raises(ValueError, match="e-mail address"):
        round_trip(
            draft_for(mail_server).with_changes(email="not-an-address"),
            mail_server.provider,
            TEXT,
            settings(mail_server),
        )


@pytest.mark.parametrize(
    ("phase", "code", "reply", "is_relay", "expected"),
    [
        (Phase.RCPT, 554, "554 5.7.1 <a@b.be>: Relay access denied", True, "relay_refused"),
        (Phase.RCPT, 553, "553 sorry, that domain isn't in my list of allowed rcpthosts", True,
         "relay_refused"),
        (Phase.MAIL, 530, "530 5.7.0 Authentication required", True, "relay_refused"),
        (Phase.MAIL, 553, "553 5.7.1 <a@b.be>: Sender address rejected: not owned by user",
         False, "sender_rejected"),
        (Phase.RCPT, 550, "550 5.1.1 <a@b.be>: Recipient address rejected: User unknown",
         False, "recipient_rejected"),
        (Phase.RCPT, 552, "552 Requested mail action aborted: exceeded storage allocation",
         False, "mailbox_full"),
        (Phase.RCPT, 452, "452 4.2.2 Mailbox full", False, "mailbox_full"),
        (Phase.DATA, 552, "552 5.3.4 Message size exceeds fixed limit", False,
         "message_too_large"),
        (Phase.MAIL, 552, "552 5.3.4 Message too big for system", False, "message_too_large"),
        (Phase.RCPT, 450, "450 4.7.1 <a@b.be>: Recipient address rejected: Greylisted", True,
         "server_error"),
        (Phase.DATA, 554, "554 5.7.1 Message rejected as spam", False, "server_error"),
    ],
)  # fmt: skip
def test_refusals_get_stable_codes(phase, code, reply, is_relay, expected) -> None:
    assert refusal_code(phase, code, [reply], is_relay).value == expected


def test_dot_stuffing() -> None:
    assert dot_stuffed(b"a\r\n.b\r\n..c\r\n") == b"a\r\n..b\r\n...c\r\n.\r\n"
    assert dot_stuffed(b"no final line break") == b"no final line break\r\n.\r\n"
