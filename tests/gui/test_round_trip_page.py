"""The connection-test page's test message, against the suite's real Dovecot.

Nothing is mocked: the page drives a real ConnectionTester and RoundTripper; the
message really goes through Dovecot's submission service (or a refusing relay on
loopback), the sink delivers mail for ``<login>@all2all.test`` into that user's INBOX,
and the page deletes it again. An address elsewhere is accepted but never arrives,
which is how "not arrived in time" and Stop-while-waiting are reached. Times are never
asserted (benchmarks/probe.py measures them).
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tests.mailserver.dovecot import MailServer
from tests.mailserver.smtp_sink import Policy, SmtpSink
from wizard.core.model import (
    AccountDraft,
    Authentication,
    Language,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.results import ProbeSettings, Server
from wizard.core.probe.round_trip import RoundTripSettings
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.connection_test import ConnectionTestPage, Outcome, Phase
from wizard.gui.round_tripper import RoundTripper
from wizard.gui.tester import ConnectionTester
from wizard.gui.widgets.test_message import TripState
from wizard.translations import Translators

pytestmark = pytest.mark.system

ELSEWHERE = "user0005@elsewhere.example"  # accepted by the submission service, never delivered


@dataclasses.dataclass
class Harness:
    page: ConnectionTestPage
    store: DraftStore
    round_tripper: RoundTripper
    changes: list[bool]


Maker = Callable[..., Harness]


@pytest.fixture
def make_page(qtbot, mail_server: MailServer) -> Iterator[Maker]:
    """The page alone, shown, for the round-trip user; ``start`` runs initializePage."""
    runs: list[ConnectionTester | RoundTripper] = []

    def make(
        email: str | None = None,
        arrival_timeout: float = 20.0,
        ticked: bool = True,
        start: bool = True,
        **draft_changes: Any,
    ) -> Harness:
        user = mail_server.trip_user
        provider = mail_server.provider
        probe = ProbeSettings(timeout=15.0, io_timeout=5.0, ca_file=mail_server.ca_file)
        trip = RoundTripSettings(
            arrival_timeout=arrival_timeout,
            timeout=15.0,
            io_timeout=5.0,
            poll_interval=0.2,
            ca_file=mail_server.ca_file,
        )
        draft = AccountDraft(
            display_name="Marie Peeters",
            email=email or mail_server.address(user),
            username=user,
            password=mail_server.users[user],
            **draft_changes,
        )
        store = DraftStore(draft)
        tester = ConnectionTester(provider, probe)
        round_tripper = RoundTripper(provider, trip)
        runs.extend([tester, round_tripper])
        changes: list[bool] = []
        page = ConnectionTestPage(
            store,
            provider,
            tester,
            copy_text=lambda _text: None,
            change_outgoing=lambda: changes.append(True),
            round_tripper=round_tripper,
            test_message=ticked,
        )
        qtbot.addWidget(page)
        page.resize(780, 560)
        page.show()
        qtbot.waitExposed(page)
        if start:
            page.initializePage()
        return Harness(page, store, round_tripper, changes)

    yield make
    for run in runs:
        run.shutdown()


def trip_state(page: ConnectionTestPage) -> TripState:
    assert page.test_message is not None
    return page.test_message.state


def wait_trip(qtbot, page: ConnectionTestPage, state: TripState, timeout_ms: int = 40_000) -> None:
    qtbot.waitUntil(lambda: trip_state(page) is state, timeout=timeout_ms)


def line_text(page: ConnectionTestPage) -> str:
    assert page.test_message is not None
    return page.test_message.line.text.text()


def notices(page: ConnectionTestPage) -> list[str]:
    return [notice.text() for notice in page.problem_notices if notice.isVisibleTo(page)]


@pytest.mark.parametrize("protocol", [Protocol.IMAP, Protocol.POP3])
def test_the_message_arrives_and_is_deleted_again(
    qtbot, make_page, mail_server: MailServer, protocol: Protocol
):
    harness = make_page(start=False, protocol=protocol)
    page = harness.page
    before = mail_server.mailbox_message_ids(mail_server.trip_user)
    page.initializePage()
    assert trip_state(page) is TripState.WAITING
    assert line_text(page) == "Test message: sent once receiving and sending work."
    qtbot.waitUntil(lambda: trip_state(page) is TripState.RUNNING, timeout=20_000)
    assert not page.isComplete()  # the message is on its way: Next waits for it
    assert page.stop_button.isVisibleTo(page)
    assert page.headline.text.text() == "Checking that your mail really arrives…"
    wait_trip(qtbot, page, TripState.DONE)

    report = page.test_message.report if page.test_message else None
    assert report is not None
    assert report.ok, report
    assert (report.sent, report.received, report.deleted) == (True, True, True)
    assert line_text(page).startswith("Test message: sent ✔ — arrived after ")
    assert line_text(page).endswith(" ✔ — deleted again ✔")
    assert page.headline.text.text() == "Your account works."
    assert page.isComplete()
    assert not page.stop_button.isVisibleTo(page)
    assert page.retry_button.isVisibleTo(page)
    assert notices(page) == []
    # Only the test message came and went: the mailbox is as it was.
    assert mail_server.mailbox_message_ids(mail_server.trip_user) == before
    assert report.message_id not in mail_server.mailbox_message_ids(mail_server.trip_user)
    assert "round trip: ok" in page.helpdesk_text()
    assert report.message_id in page.helpdesk_text()


def test_a_message_that_does_not_arrive_is_a_warning_not_a_stop(qtbot, make_page):
    harness = make_page(email=ELSEWHERE, arrival_timeout=1.5)
    page = harness.page
    wait_trip(qtbot, page, TripState.DONE)

    report = page.test_message.report if page.test_message else None
    assert report is not None
    assert report.code is ProbeErrorCode.NOT_ARRIVED
    assert line_text(page) == "Test message: sent ✔ — not arrived yet ⚠"
    assert page.headline.text.text() == "Your account works."
    assert page.outcome(Server.OUTGOING) is Outcome.WORKS
    assert page.isComplete()  # sending worked; a late message is not the set-up's fault
    (text,) = notices(page)
    assert "not a fault of the set-up" in text


def test_a_relay_that_refuses_relaying_stops_the_user_and_offers_another_server(
    qtbot, make_page, translators_nl
):
    sink = SmtpSink(policy=Policy(refuse_relay=True)).start()
    try:
        relay = ServerEndpoint("localhost", sink.port, Security.NONE, Authentication.NONE)
        harness = make_page(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, relay, ""))
        page = harness.page
        wait_trip(qtbot, page, TripState.DONE)
    finally:
        sink.stop()

    report = page.test_message.report if page.test_message else None
    assert report is not None
    assert report.code is ProbeErrorCode.RELAY_REFUSED
    assert not page.isComplete()
    assert page.outcome(Server.INCOMING) is Outcome.WORKS
    assert page.outcome(Server.OUTGOING) is Outcome.FAILS  # logging in is not sending
    assert page.lines[Server.OUTGOING].text.text() == translate(
        "ConnectionTestPage", "Sending mail does not work yet."
    )
    assert line_text(page).startswith(translate("RoundTrip", "Test message: {parts}")[:12])
    assert page.headline.text.text() == translate(
        "ConnectionTestPage", "Your account does not work yet."
    )
    assert page.other_server_button.isVisibleTo(page)
    page.other_server_button.click()
    assert harness.changes == [True]
    assert notices(page), "the refusal is explained"
    assert all("Test message" not in text for text in notices(page))  # Dutch, not English


def test_stop_while_waiting_returns_at_once_and_lets_the_user_go_on(qtbot, make_page):
    harness = make_page(email=ELSEWHERE, arrival_timeout=30.0)
    page = harness.page
    qtbot.waitUntil(lambda: "waiting for it to arrive" in line_text(page), timeout=20_000)
    assert not page.isComplete()
    page.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)
    page.stop_button.click()

    assert trip_state(page) is TripState.STOPPED
    assert line_text(page) == "Test message: sent ✔ — stopped while waiting ■"
    assert not harness.round_tripper.running
    assert page.phase is Phase.DONE  # the logins' result stays
    assert page.isComplete()  # the user chose not to wait
    assert page.retry_button.isVisibleTo(page)
    assert page.retry_button.hasFocus() or not page.isActiveWindow()
    # Nothing of the stopped run arrives later.
    with qtbot.waitSignal(harness.round_tripper.discarded, timeout=10_000):
        pass
    assert trip_state(page) is TripState.STOPPED


def test_unticking_stops_the_message_and_ticking_sends_it(qtbot, make_page):
    harness = make_page(email=ELSEWHERE, arrival_timeout=30.0)
    page = harness.page
    assert page.test_message is not None
    qtbot.waitUntil(lambda: trip_state(page) is TripState.RUNNING, timeout=20_000)
    page.test_message.box.setChecked(False)

    assert trip_state(page) is TripState.OFF
    assert not page.test_message.line.isVisibleTo(page)
    assert not harness.round_tripper.running
    assert page.isComplete()
    assert page.headline.text.text() == "Your account works."

    page.test_message.box.setChecked(True)  # the logins work: it goes at once
    assert trip_state(page) is TripState.RUNNING
    assert not page.isComplete()


def test_unticked_no_message_is_sent(qtbot, make_page, mail_server: MailServer):
    sent_before = len(mail_server.sink_messages())
    harness = make_page(ticked=False)
    page = harness.page
    qtbot.waitUntil(lambda: page.phase is Phase.DONE, timeout=20_000)

    assert page.isComplete()
    assert trip_state(page) is TripState.OFF
    assert page.test_message is not None
    assert not page.test_message.line.isVisibleTo(page)
    assert not harness.round_tripper.running
    assert len(mail_server.sink_messages()) == sent_before


def test_failed_logins_send_nothing(qtbot, make_page, mail_server: MailServer):
    sent_before = len(mail_server.sink_messages())
    harness = make_page(start=False)
    harness.store.update(password="Wrong-Crème-9")
    harness.page.initializePage()
    page = harness.page
    qtbot.waitUntil(lambda: page.phase is Phase.DONE, timeout=20_000)

    assert trip_state(page) is TripState.NOT_SENT
    assert line_text(page) == "Test message: not sent."
    assert not harness.round_tripper.running
    assert len(mail_server.sink_messages()) == sent_before


def test_a_change_of_choices_forgets_the_message(qtbot, make_page):
    harness = make_page(email=ELSEWHERE, arrival_timeout=30.0)
    page = harness.page
    qtbot.waitUntil(lambda: trip_state(page) is TripState.RUNNING, timeout=20_000)
    page.hide()
    harness.store.update(keep_on_server_days=3)  # any change of what was tested

    assert page.phase is Phase.IDLE
    assert trip_state(page) is TripState.OFF
    assert not harness.round_tripper.running


# -- the message in the user's language ------------------------------------------------


translate = QCoreApplication.translate


@pytest.fixture
def translators_nl(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators(qapp)
    translators.switch(Language.DUTCH)
    yield translators
    translators.remove_all()


def test_the_message_and_its_line_are_dutch(qtbot, make_page, mail_server, translators_nl):
    harness = make_page(language=Language.DUTCH)
    page = harness.page
    wait_trip(qtbot, page, TripState.DONE)

    assert line_text(page).startswith("Testbericht: verstuurd ✔")
    report = page.test_message.report if page.test_message else None
    assert report is not None
    assert report.ok
    # The message itself is in the user's language, as the sink received it.
    (sent,) = [m for m in mail_server.sink_messages() if report.message_id.encode() in m.data]
    parsed = email.message_from_bytes(sent.data, policy=email.policy.default)
    assert parsed["Subject"] == "all2all: testbericht"
    body = parsed.get_body()
    assert body is not None
    assert "Het bericht wordt meteen weer verwijderd." in body.get_content()
    assert page.test_message is not None
    assert page.test_message.box.text() == "Een test&bericht naar mezelf sturen"
    assert page.headline.text.text() == "Uw account werkt."


# -- in the whole window: the recommended path waits for the message -------------------


def test_the_window_goes_on_once_the_message_came_back(
    qtbot, mail_server: MailServer, qapp, tmp_path
):
    from keyring.backends import fail

    from tests.gui.conftest import fill_account, wait_until
    from tests.support import no_dns
    from wizard.core.exporters.base import Environment
    from wizard.core.flow import PageId
    from wizard.core.keyring_store import KeyringStore
    from wizard.gui.pages.export import default_exporters
    from wizard.gui.setup_wizard import Collaborators
    from wizard.gui.window import build_window

    translators = Translators(qapp)
    translators.switch(Language.ENGLISH)
    home = Environment(tmp_path / "home", platform="linux")
    collaborators = Collaborators(
        probe_settings=ProbeSettings(timeout=15.0, ca_file=mail_server.ca_file),
        keyring=KeyringStore(backend=fail.Keyring()),
        exporters=default_exporters(home),
        environment=home,
        round_trip_settings=RoundTripSettings(
            arrival_timeout=20.0, poll_interval=0.2, ca_file=mail_server.ca_file
        ),
        relay_resolver=no_dns,
    )
    window = build_window(mail_server.provider, translators, collaborators=collaborators)
    qtbot.addWidget(window)
    window.show()
    try:
        window.next()
        user = mail_server.trip_user
        fill_account(
            window.currentPage(),  # type: ignore[arg-type]
            email_edit=mail_server.address(user),
            username_edit=user,
            password_edit=mail_server.users[user],
        )
        window.next()
        page = window.currentPage()
        assert isinstance(page, ConnectionTestPage)
        assert page.test_message is not None
        assert page.test_message.wanted  # ticked by default
        wait_until(lambda: trip_state(page) is TripState.RUNNING, 20_000)
        window.next()  # too early: the message is on its way
        assert window.currentId() == PageId.CONNECTION_TEST
        wait_until(page.isComplete, 40_000)
        assert trip_state(page) is TripState.DONE
        window.next()
        assert window.currentId() == PageId.EXPORT
    finally:
        window.close()
        translators.remove_all()
