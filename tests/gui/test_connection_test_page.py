"""The connection-test page against the real test Dovecot and real network faults.

No part of the test is mocked: the page drives a real :class:`ConnectionTester`, which
runs the real probe in a worker thread against Dovecot or a misbehaving listener. Times
are never asserted (see benchmarks/connection_page.py); only states and texts.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThread, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.mailserver.dovecot import FaultServers, MailServer
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
from wizard.core.probe.results import ProbeSettings, Server, Step
from wizard.core.provider import Provider
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.connection_test import ConnectionTestPage, Outcome, Phase
from wizard.gui.tester import ConnectionTester
from wizard.texts.probe import RowState

pytestmark = pytest.mark.system

WRONG_PASSWORD = "Wrong-Crème-9"


def endpoint(
    port: int, security: Security = Security.SSL, auth: Authentication = Authentication.PASSWORD
) -> ServerEndpoint:
    return ServerEndpoint("localhost", port, security, auth)


def relay_choice(port: int) -> OutgoingChoice:
    relay = endpoint(port, Security.NONE, Authentication.NONE)
    return OutgoingChoice(OutgoingKind.ISP_RELAY, relay, "")


@dataclasses.dataclass
class Harness:
    page: ConnectionTestPage
    store: DraftStore
    tester: ConnectionTester
    copied: list[str]
    completes: list[bool]


Maker = Callable[..., Harness]


@pytest.fixture
def make_page(qtbot, mail_server: MailServer) -> Iterator[Maker]:
    """Build the page alone, shown, with a real tester; ``start`` runs initializePage."""
    testers: list[ConnectionTester] = []

    def make(
        provider: Provider | None = None,
        user: str | None = None,
        password: str | None = None,
        start: bool = True,
        **draft_changes: Any,
    ) -> Harness:
        provider = provider or mail_server.provider
        user = user or mail_server.ascii_user
        settings = ProbeSettings(
            timeout=draft_changes.pop("timeout", 15.0),
            io_timeout=draft_changes.pop("io_timeout", 5.0),
            ca_file=mail_server.ca_file,
        )
        draft = AccountDraft(
            display_name="Marie Peeters",
            email="marie.peeters@all2all.org",
            username=user,
            password=mail_server.users[user] if password is None else password,
            **draft_changes,
        )
        store = DraftStore(draft)
        tester = ConnectionTester(provider, settings)
        testers.append(tester)
        copied: list[str] = []
        changes: list[bool] = []
        page = ConnectionTestPage(
            store,
            provider,
            tester,
            copy_text=copied.append,
            change_outgoing=lambda: changes.append(True),
        )
        page.outgoing_changes = changes  # type: ignore[attr-defined]
        qtbot.addWidget(page)
        completes: list[bool] = []
        page.completeChanged.connect(lambda: completes.append(page.isComplete()))
        page.resize(780, 560)
        page.show()
        qtbot.waitExposed(page)
        if start:
            page.initializePage()
        return Harness(page, store, tester, copied, completes)

    yield make
    for tester in testers:
        tester.shutdown()


def wait_done(qtbot, harness: Harness, timeout_ms: int = 20_000) -> None:
    qtbot.waitUntil(lambda: phase(harness.page) is Phase.DONE, timeout=timeout_ms)


def phase(page: ConnectionTestPage) -> Phase:
    """The page's phase (a call, so mypy does not narrow it across actions)."""
    return page.phase


def states(page: ConnectionTestPage, server: Server) -> dict[Step, RowState]:
    return {step: row.state for step, row in page.report_view.rows[server].items()}


def problem_texts(page: ConnectionTestPage) -> list[str]:
    return [notice.text() for notice in page.problem_notices if notice.text()]


# -- success ---------------------------------------------------------------------------


def test_imap_success_ticks_every_step_and_completes_the_page(qtbot, make_page):
    harness = make_page(start=False)
    page = harness.page
    gui_thread: list[bool] = []
    harness.tester.progress.connect(
        lambda _event: gui_thread.append(QThread.currentThread() is page.thread())
    )
    assert not page.isComplete()
    with qtbot.waitSignal(harness.tester.progress, timeout=10_000):
        page.initializePage()
    assert phase(page) is Phase.RUNNING
    assert not page.isComplete()
    assert page.stop_button.isVisibleTo(page)
    assert not page.retry_button.isVisibleTo(page)  # one button at a time: Stop or Test again
    assert page.lines[Server.INCOMING].text.text() == "Receiving mail: checking…"
    wait_done(qtbot, harness)

    assert page.report is not None
    assert page.report.ok
    for server in Server:
        assert set(states(page, server).values()) == {RowState.OK}, server
    assert [*states(page, Server.INCOMING)] == [
        Step.RESOLVE,
        Step.CONNECT,
        Step.TLS,
        Step.GREETING,
        Step.LOGIN,
        Step.QUOTA,
        Step.FOLDERS,
        Step.LOGOUT,
    ]
    assert page.isComplete()
    assert harness.completes[-1] is True
    assert page.retry_button.isVisibleTo(page)
    assert not page.stop_button.isVisibleTo(page)
    assert problem_texts(page) == []
    assert page.headline.text.text() == "Your account works."
    assert page.lines[Server.INCOMING].text.text() == "Receiving mail works."
    assert page.lines[Server.OUTGOING].text.text() == "Sending mail works."
    assert page.outcome(Server.OUTGOING) is Outcome.WORKS
    assert page.report_view.elapsed_label.text().startswith("Finished in")
    # Steps and times are for the helpdesk: under Details, closed by default.
    assert not page.report_view.checklists.isVisibleTo(page)
    assert not page.details.is_open()
    assert page.mailbox.bar.isVisibleTo(page)
    assert re.fullmatch(r"Your mailbox: \d+\.\d MB of 25 MB used", page.mailbox.bar.format())
    assert not page.mailbox.advice.isVisibleTo(page)  # the test user's mailbox is nearly empty
    # The test server announces 12 MB, as expected: no note about the size.
    assert not page.mailbox.size_note.isVisibleTo(page)
    assert page.report_view.copy_button.isEnabled()
    assert gui_thread
    assert all(gui_thread)  # the worker's progress arrives on the GUI thread


def test_pop3_success_checks_messages_and_has_no_quota_bar(qtbot, make_page):
    harness = make_page(protocol=Protocol.POP3)
    wait_done(qtbot, harness)
    page = harness.page

    incoming = states(page, Server.INCOMING)
    assert Step.STAT in incoming
    assert Step.UIDL in incoming
    assert Step.QUOTA not in incoming
    assert set(incoming.values()) == {RowState.OK}
    assert page.isComplete()
    assert not page.mailbox.bar.isVisibleTo(page)


def test_the_same_draft_is_not_tested_twice(qtbot, make_page):
    harness = make_page()
    wait_done(qtbot, harness)
    report = harness.page.report

    harness.page.cleanupPage()  # Back
    harness.store.update(language=Language.FRENCH)  # only the interface language changed
    harness.page.initializePage()  # Next again

    assert harness.page.report is report
    assert not harness.tester.running
    assert harness.page.isComplete()


# -- failures --------------------------------------------------------------------------


def test_wrong_password_explains_what_to_do_and_blocks_next(qtbot, make_page):
    harness = make_page(password=WRONG_PASSWORD)
    wait_done(qtbot, harness)
    page = harness.page

    assert not page.isComplete()
    assert harness.completes[-1] is False
    for server in Server:
        assert states(page, server)[Step.LOGIN] is RowState.FAILED
        assert states(page, server)[Step.LOGOUT] is RowState.NOT_TESTED
    [problem] = problem_texts(page)  # the same problem on both servers is said once
    assert "does not accept this username and password" in problem
    assert "not your e-mail address" in problem
    assert "administrator" in problem
    assert page.headline.text.text() == "Your account does not work yet."
    assert page.headline.symbol.text() == "✘"  # a symbol next to the text, not colour alone
    assert page.lines[Server.INCOMING].text.text() == "Receiving mail does not work yet."
    assert page.lines[Server.OUTGOING].text.text() == "Sending mail does not work yet."
    assert page.problem_notices[0].label.styleSheet() == ""  # normal text, with an icon
    assert not page.other_server_button.isVisibleTo(page)  # another server would not help


def test_helpdesk_report_never_has_the_password_and_masks_the_login(qtbot, make_page):
    harness = make_page(password=WRONG_PASSWORD)
    page = harness.page
    assert not page.report_view.copy_button.isEnabled()  # nothing to report while running
    wait_done(qtbot, harness)
    page.details.set_open(True)  # the report is for the helpdesk: under Details

    qtbot.mouseClick(page.report_view.copy_button, Qt.MouseButton.LeftButton)
    masked = harness.copied[-1]
    assert WRONG_PASSWORD not in masked
    assert "login: us*****01" in masked
    assert "user0001" not in masked
    assert "[auth_failed]" in masked
    assert "AUTHENTICATIONFAILED" in masked  # the server's own answer
    assert page.report_view.copied_label.isVisibleTo(page)

    page.report_view.show_login_box.click()
    assert not page.report_view.copied_label.isVisibleTo(page)
    qtbot.mouseClick(page.report_view.copy_button, Qt.MouseButton.LeftButton)
    shown = harness.copied[-1]
    assert "login: user0001" in shown
    assert WRONG_PASSWORD not in shown


def test_untrusted_certificate_suggests_another_network(
    qtbot, make_page, mail_server: MailServer, fault_servers: FaultServers
):
    provider = mail_server.provider_with(imap=endpoint(fault_servers.untrusted.port))
    harness = make_page(provider)
    wait_done(qtbot, harness)
    page = harness.page

    assert states(page, Server.INCOMING)[Step.TLS] is RowState.FAILED
    assert states(page, Server.INCOMING)[Step.LOGIN] is RowState.NOT_TESTED
    assert set(states(page, Server.OUTGOING).values()) == {RowState.OK}
    assert not page.isComplete()
    [problem] = problem_texts(page)
    assert page.outcome(Server.INCOMING) is Outcome.FAILS
    assert page.outcome(Server.OUTGOING) is Outcome.WORKS
    assert "certificate is not trusted" in problem
    assert "inspect secure connections" in problem
    assert "another network" in problem


def test_blocked_outgoing_port_proposes_the_internet_providers_server(
    qtbot, make_page, mail_server: MailServer, fault_servers: FaultServers
):
    provider = mail_server.provider_with(smtp=endpoint(fault_servers.blocked_port))
    harness = make_page(provider, io_timeout=1.0, timeout=5.0)
    wait_done(qtbot, harness)
    page = harness.page

    assert page.report is not None
    failed = page.report.for_server(Server.OUTGOING)[-1]
    assert (failed.step, failed.code) == (Step.CONNECT, ProbeErrorCode.PORT_BLOCKED)
    assert states(page, Server.OUTGOING)[Step.CONNECT] is RowState.FAILED
    assert not page.isComplete()
    [problem] = problem_texts(page)
    assert page.lines[Server.OUTGOING].text.text() == "Sending mail does not work yet."
    assert f"does not answer on port {fault_servers.blocked_port}" in problem
    # One click away from the fix, next to the problem.
    assert page.other_server_button.isVisibleTo(page)
    qtbot.mouseClick(page.other_server_button, Qt.MouseButton.LeftButton)
    assert page.outgoing_changes == [True]


def test_unreachable_isp_relay_is_a_warning_that_proposes_all2all(
    qtbot, make_page, fault_servers: FaultServers
):
    harness = make_page(outgoing=relay_choice(fault_servers.closed_port))
    wait_done(qtbot, harness)
    page = harness.page

    assert [*states(page, Server.OUTGOING)] == [
        Step.RESOLVE,
        Step.CONNECT,
        Step.GREETING,
        Step.EHLO,
        Step.LOGOUT,
    ]
    assert states(page, Server.OUTGOING)[Step.CONNECT] is RowState.WARNING
    assert page.isComplete()  # receiving works; the relay only answers on its own network
    assert page.headline.text.text() == "Your account works."
    assert page.outcome(Server.OUTGOING) is Outcome.WARNING
    assert "normal away from its own network" in page.lines[Server.OUTGOING].text.text()
    assert page.lines[Server.OUTGOING].symbol.text() == "⚠"
    assert problem_texts(page) == []  # said once, calmly, in the line itself


def test_silent_server_times_out(
    qtbot, make_page, mail_server: MailServer, fault_servers: FaultServers
):
    provider = mail_server.provider_with(imap=endpoint(fault_servers.silent.port))
    harness = make_page(provider, io_timeout=1.0, timeout=5.0)
    wait_done(qtbot, harness)
    page = harness.page

    assert page.report is not None
    assert page.report.for_server(Server.INCOMING)[-1].code in {
        ProbeErrorCode.TIMEOUT,
        ProbeErrorCode.TLS_HANDSHAKE_FAILED,
    }
    assert RowState.FAILED in states(page, Server.INCOMING).values()
    assert not page.isComplete()
    assert problem_texts(page)


def test_unusable_username_is_explained_without_connecting(qtbot, make_page):
    harness = make_page(start=False)
    harness.store.update(username="user\t0001")
    harness.page.initializePage()
    wait_done(qtbot, harness)

    [problem] = problem_texts(harness.page)
    assert "cannot be sent" in problem
    assert not harness.page.isComplete()


# -- cancel, retry, reset --------------------------------------------------------------


def test_cancel_is_immediate_and_the_late_result_is_ignored(
    qtbot, make_page, mail_server: MailServer, fault_servers: FaultServers
):
    silent = endpoint(fault_servers.silent.port)
    provider = mail_server.provider_with(imap=silent, smtp=silent)
    harness = make_page(provider, start=False, io_timeout=60.0, timeout=120.0)
    page, tester = harness.page, harness.tester
    hanging: set[Server] = set()

    def note(event) -> None:
        if event.step is Step.TLS and event.result is None:
            hanging.add(event.server)

    tester.progress.connect(note)
    page.initializePage()
    qtbot.waitUntil(lambda: hanging == set(Server), timeout=10_000)
    assert states(page, Server.INCOMING)[Step.TLS] is RowState.RUNNING

    page.stop_button.setFocus()
    # The stopped run's report still travels back to the GUI thread (the proof that a
    # late result really arrives), and the page must ignore it.
    with qtbot.waitSignal(tester.discarded, timeout=10_000):
        qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
        # Right after the click, before any event is processed: the page has stopped.
        assert phase(page) is Phase.CANCELLED
        assert not tester.running
        assert page.retry_button.isVisibleTo(page)
        assert not page.stop_button.isVisibleTo(page)
        assert page.retry_button.hasFocus()  # the keyboard focus is not lost
        assert states(page, Server.INCOMING)[Step.TLS] is RowState.STOPPED
        assert page.report_view.elapsed_label.text().startswith("Stopped after")
        assert not page.isComplete()
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))  # the event loop is free
    QCoreApplication.processEvents()

    assert phase(page) is Phase.CANCELLED
    assert page.report is None
    assert states(page, Server.INCOMING)[Step.TLS] is RowState.STOPPED
    assert page.headline.text.text() == "You stopped the test."
    assert page.lines[Server.INCOMING].text.text() == "Receiving mail: not tested."
    assert not page.report_view.copy_button.isEnabled()
    fault_servers.silent.wait_all_closed()


def test_retry_after_cancel_runs_a_fresh_test(qtbot, make_page):
    harness = make_page()
    page = harness.page
    page.cancel()  # before a single result was handled: everything of that run is stale
    assert phase(page) is Phase.CANCELLED

    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    assert phase(page) is Phase.RUNNING
    assert set(states(page, Server.INCOMING).values()) == {RowState.WAITING}
    wait_done(qtbot, harness)
    assert page.isComplete()
    assert set(states(page, Server.OUTGOING).values()) == {RowState.OK}


def test_retry_after_a_failure_tests_again(qtbot, make_page):
    harness = make_page(password=WRONG_PASSWORD)
    wait_done(qtbot, harness)
    first = harness.page.report
    qtbot.mouseClick(harness.page.retry_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, harness)
    assert harness.page.report is not first
    assert not harness.page.isComplete()


def test_a_changed_draft_resets_the_page_and_runs_again(qtbot, make_page, mail_server):
    harness = make_page(password=WRONG_PASSWORD)
    wait_done(qtbot, harness)
    page = harness.page
    page.hide()  # the user went back to the account page...
    page.cleanupPage()

    harness.store.update(password=mail_server.users[mail_server.ascii_user])  # ...fixed it
    assert phase(page) is Phase.IDLE
    assert page.report is None
    assert harness.completes[-1] is False
    assert set(states(page, Server.INCOMING).values()) == {RowState.WAITING}
    assert problem_texts(page) == []

    page.show()
    page.initializePage()  # and pressed Next again
    assert phase(page) is Phase.RUNNING
    wait_done(qtbot, harness)
    assert page.isComplete()


def test_a_draft_change_while_shown_restarts_at_once(qtbot, make_page):
    harness = make_page()
    wait_done(qtbot, harness)
    assert harness.page.isComplete()

    harness.store.update(protocol=Protocol.POP3)
    assert phase(harness.page) is Phase.RUNNING
    assert not harness.page.isComplete()
    assert Step.STAT in states(harness.page, Server.INCOMING)
    wait_done(qtbot, harness)
    assert harness.page.isComplete()


def test_going_back_while_running_stops_the_test(
    qtbot, make_page, mail_server: MailServer, fault_servers: FaultServers
):
    silent = endpoint(fault_servers.silent.port)
    harness = make_page(mail_server.provider_with(imap=silent), io_timeout=60.0, timeout=120.0)
    harness.page.cleanupPage()
    assert phase(harness.page) is Phase.CANCELLED
    assert not harness.tester.running
    harness.page.initializePage()  # Next again: the unfinished test is run again
    assert phase(harness.page) is Phase.RUNNING


def test_closing_the_window_stops_the_test(
    qtbot, make_page, mail_server: MailServer, fault_servers: FaultServers
):
    silent = endpoint(fault_servers.silent.port)
    harness = make_page(mail_server.provider_with(imap=silent), io_timeout=60.0, timeout=120.0)
    assert harness.tester.running
    harness.page.close()
    assert phase(harness.page) is Phase.CANCELLED
    assert not harness.tester.running


# -- quota -------------------------------------------------------------------------------


def test_nearly_full_mailbox_shows_the_bar_and_the_trash_advice(qtbot, make_page, mail_server):
    harness = make_page(user=mail_server.full_user)
    wait_done(qtbot, harness)
    page = harness.page

    assert page.report is not None
    assert page.report.quota is not None
    assert page.report.quota.percent > mail_server.provider.quota_warning_percent
    assert states(page, Server.INCOMING)[Step.QUOTA] is RowState.WARNING
    assert page.isComplete()  # a full mailbox is a warning, not a failure
    assert re.fullmatch(r"Your mailbox: 2\d\.\d MB of 25 MB used", page.mailbox.bar.format())
    assert page.mailbox.bar.value() == round(page.report.quota.percent * 10)
    assert page.mailbox.advice.isVisibleTo(page)
    assert "Empty the trash" in page.mailbox.advice.text()
    assert problem_texts(page) == []  # said once, next to the bar


def test_quota_uses_the_decimal_comma_in_dutch(qtbot, make_page, mail_server):
    before = QLocale()
    QLocale.setDefault(QLocale("nl"))
    try:
        harness = make_page(user=mail_server.full_user)
        wait_done(qtbot, harness)
        assert re.search(r"\b2\d,\d\b", harness.page.mailbox.bar.format())
        assert re.search(r"\d,\d s", harness.page.report_view.elapsed_label.text())
    finally:
        QLocale.setDefault(before)


# -- accessibility -----------------------------------------------------------------------


def accessible(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(kind)


def test_controls_are_named_described_and_reached_by_tab_in_order(qtbot, make_page):
    harness = make_page()
    wait_done(qtbot, harness)
    page = harness.page
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.details.set_open(True)

    controls = [page.retry_button, page.report_view.show_login_box, page.report_view.copy_button]
    for widget in controls:
        assert widget.objectName()
        assert accessible(widget, QAccessible.Text.Name).strip(), widget.objectName()
        assert accessible(widget, QAccessible.Text.Description).strip(), widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert accessible(page.details.button, QAccessible.Text.Name) == "Details of the test"
    assert accessible(page.mailbox.bar, QAccessible.Text.Name) == "Space used in your mailbox"
    assert page.lines[Server.INCOMING].accessibleName() == "Receiving mail works."
    row = page.report_view.rows[Server.INCOMING][Step.LOGIN]
    assert row.accessibleName() == "Username and password, OK"

    # Reading order: Test again (near the result) -> Details -> checkbox -> Copy.
    page.retry_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.retry_button.hasFocus)
    order = [page.retry_button]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    report = page.report_view
    expected = [page.retry_button, page.details.button, report.show_login_box, report.copy_button]
    assert order == expected
    tops = [w.mapTo(page, w.rect().center()).y() for w in order]
    assert tops == sorted(tops)


def test_every_button_has_a_shortcut_and_they_differ(make_page):
    harness = make_page(start=False)
    page = harness.page
    buttons: list[QAbstractButton] = [
        page.stop_button,
        page.retry_button,
        page.other_server_button,
        page.details.button,
        page.report_view.show_login_box,
        page.report_view.copy_button,
    ]
    letters = [re.search(r"&(\w)", b.text()).group(1).lower() for b in buttons]  # type: ignore[union-attr]
    assert len(set(letters)) == len(letters)
    assert not {"b", "n", "f"} & set(letters)  # < &Back, &Next >, &Finish


# -- the tester alone ----------------------------------------------------------------------


def test_a_new_start_replaces_the_running_test(qtbot, make_page):
    harness = make_page(start=False)
    tester, draft = harness.tester, harness.store.draft
    finished: list[object] = []
    tester.finished.connect(finished.append)

    with qtbot.waitSignal(tester.discarded, timeout=20_000):
        tester.start(draft)
        tester.start(draft)  # the first run is cancelled and forgotten
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    assert tester.wait_for_idle(20_000)
    QCoreApplication.processEvents()
    assert len(finished) == 1
    assert not tester.running
