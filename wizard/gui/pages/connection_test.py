"""Connection test: does the account work, exactly as the mail program will use it?

The page starts the test as soon as it is shown (unless the very same choices were
already tested) and says, in one plain sentence per connection, what works: "Receiving
mail works", "Sending mail does not work yet". A failure is one short cause and one
thing to do, in normal text with an icon, with a button where one click fixes it (an
outgoing server this network blocks: choose another one). The mailbox use is a bar,
with the trash advice when it is nearly full. Next is only possible once receiving and
sending work (an internet provider's server that cannot be reached from here is only
a warning: it answers on its own network).

What a helpdesk needs sits under "Details": the step-by-step checklist with times and
server addresses, and a plain-text report to copy (never the password; the username
only when the user ticks a box). Any change of the choices forgets the result; the test
runs again when the page is shown next.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import __version__
from wizard.core.model import AccountDraft, Language, OutgoingKind
from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.helpdesk import helpdesk_report, round_trip_lines
from wizard.core.probe.results import ProbeReport, ProgressEvent, Server
from wizard.core.provider import Provider
from wizard.gui.announce import Announcer
from wizard.gui.colours import Tone
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.base import BasePage
from wizard.gui.round_tripper import RoundTripper
from wizard.gui.tester import ConnectionTester
from wizard.gui.widgets.checklist import planned_steps
from wizard.gui.widgets.details import Details
from wizard.gui.widgets.focus import chain_focus
from wizard.gui.widgets.mailbox_use import MailboxUse
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.gui.widgets.status_line import StatusLine
from wizard.gui.widgets.test_message import TestMessage
from wizard.gui.widgets.test_report import CopyText, TestReport
from wizard.texts.probe import (
    ProblemContext,
    RowState,
    format_seconds,
    probe_problem,
    state_of,
)

# lupdate finds ``translate("Context", "text")`` calls; the context must be a literal.
translate = QCoreApplication.translate
TICK_MS = 100  # how often the elapsed time is refreshed while the test runs
PROBLEM_NOTICES = 3  # receiving, sending, the test message; more are made when needed
# Failures of all2all's own outgoing server that another outgoing server avoids.
_UNREACHABLE = {ProbeErrorCode.PORT_BLOCKED, ProbeErrorCode.TIMEOUT, ProbeErrorCode.REFUSED}


def copy_to_clipboard(text: str) -> None:
    """The default ``copy_text``: the system clipboard."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)


class Phase(Enum):
    """The page's state as a whole."""

    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"


class Outcome(Enum):
    """What one connection's line says."""

    WAITING = "waiting"
    CHECKING = "checking"
    WORKS = "works"
    WARNING = "warning"  # an internet provider's server away from its network
    FAILS = "fails"
    NOT_TESTED = "not_tested"


_LOOK = {  # symbol and meaning of each outcome (colour is never the only signal)
    Outcome.WAITING: ("○", None),
    Outcome.CHECKING: ("◔", Tone.PROGRESS),
    Outcome.WORKS: ("✔", Tone.SUCCESS),
    Outcome.WARNING: ("⚠", Tone.WARNING),
    Outcome.FAILS: ("✘", Tone.ERROR),
    Outcome.NOT_TESTED: ("–", None),
}


def _tested_key(draft: AccountDraft) -> AccountDraft:
    """What a result depends on: everything but the interface language."""
    return draft.with_changes(language=Language.ENGLISH)


class ConnectionTestPage(BasePage):
    """Runs the live connection test and says, per connection, what works.

    ``change_outgoing`` (when given) opens the choice of outgoing server: offered when
    all2all's own cannot be reached from this network.
    """

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        tester: ConnectionTester,
        copy_text: CopyText = copy_to_clipboard,
        version: str = __version__,
        parent: QWidget | None = None,
        change_outgoing: Callable[[], None] | None = None,
        round_tripper: RoundTripper | None = None,
        test_message: bool = True,
    ) -> None:
        super().__init__(store, provider, parent)
        self.tester = tester
        self._version = version
        self._change_outgoing = change_outgoing
        self.phase = Phase.IDLE
        self.report: ProbeReport | None = None
        self._tested: AccountDraft | None = None  # _tested_key of the draft run or shown
        self._elapsed = QElapsedTimer()
        self._stopped_after = 0.0
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._show_elapsed)

        # The outcome in plain words: a headline, then one line per connection.
        self.headline = StatusLine("testStatus", self, large=True)
        # Said to screen readers when it changes: the start, and the result with its cause.
        self._announcer = Announcer(self.headline)
        self.lines = {server: StatusLine(f"{server.value}Outcome", self) for server in Server}
        for line in self.lines.values():
            line.setContentsMargins(24, 0, 0, 0)
        # Once both logins work: a real message to oneself (see widgets/test_message.py).
        self.test_message: TestMessage | None = None
        if round_tripper is not None:
            self.test_message = TestMessage(round_tripper, test_message, self)
            self.test_message.setContentsMargins(24, 0, 0, 0)
            self.test_message.changed.connect(self._on_test_message_changed)

        # What went wrong and what to do, each with the button that fixes it.
        self.problems = QWidget(self)
        self.problems.setObjectName("problems")
        self._problem_layout = QVBoxLayout(self.problems)
        self._problem_layout.setContentsMargins(0, 4, 0, 0)
        self.problem_notices: list[Notice] = []
        for _ in range(PROBLEM_NOTICES):  # made here, so Tab reaches them where they are read
            self._add_problem_notice()
        self.other_server_button = QPushButton(self.problems)
        self.other_server_button.setObjectName("otherOutgoingButton")
        self.other_server_button.clicked.connect(self._other_server)
        self.other_server_button.hide()

        # One place to stop or repeat the test.
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stopTestButton")
        self.stop_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryTestButton")
        self.retry_button.clicked.connect(self.retry)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 0, 0, 0)
        buttons.addWidget(self.other_server_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)

        # Mailbox use as a bar; the trash advice when it is nearly full; the size limit.
        self.mailbox = MailboxUse(provider, self)

        # For the helpdesk: the checklist with times, and the report to copy.
        self.report_view = TestReport(self.helpdesk_text, copy_text)
        self.details = Details(self.report_view, "testDetails", self)

        layout = self.body_layout
        layout.addWidget(self.headline)
        for line in self.lines.values():
            layout.addWidget(line)
        if self.test_message is not None:
            layout.addWidget(self.test_message)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.mailbox)
        layout.addStretch(1)
        layout.addWidget(self.details)

        tester.progress.connect(self._on_progress)
        tester.finished.connect(self._on_finished)
        store.changed.connect(self._on_draft_changed)
        self.report_view.checklists.reset(planned_steps(self.store.draft))
        self.retranslate()

    # -- the wizard's hooks ------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        """Start the test, unless these very choices were tested (or are being tested)."""
        if self._tested == _tested_key(self.store.draft) and self.phase in {
            Phase.RUNNING,
            Phase.DONE,
        }:
            return
        self.start()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        """Going back stops a running test; a finished result stays for the same choices."""
        if self.running:
            self.cancel()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing the window stops a running test (switching pages or minimising not)."""
        if self.running and not self.window().isVisible():
            self.cancel()
        super().hideEvent(event)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Leaving forward needs a working account, even when Next is triggered by code."""
        return self.isComplete()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        """True only when receiving and sending work for the choices now in the draft,
        and the test message (when ticked) is not on its way or showed mail stuck."""
        return (
            self.phase is Phase.DONE
            and self.report is not None
            and self.report.ok
            and self._tested == _tested_key(self.store.draft)
            and not (self.test_message is not None and self.test_message.blocks())
        )

    @property
    def running(self) -> bool:
        """The logins are being tested, or the test message is on its way."""
        message = self.test_message
        return self.phase is Phase.RUNNING or (message is not None and message.running)

    # -- actions -----------------------------------------------------------------------

    def start(self) -> None:
        """Test the current draft from the beginning."""
        draft = self.store.draft
        self._tested = _tested_key(draft)
        self.report = None
        self.phase = Phase.RUNNING
        self.report_view.checklists.reset(planned_steps(draft))
        self._elapsed.start()
        self._ticker.start()
        if self.test_message is not None:
            self.test_message.begin()
        self.tester.start(draft)
        self._render()
        self.completeChanged.emit()

    def retry(self) -> None:
        """The Test again button."""
        self.start()
        self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        """The Stop button: returns at once; whatever the stopped run sends later is ignored.

        While the test message is on its way, Stop stops only that: the logins' result
        stays."""
        message = self.test_message
        if self.phase is not Phase.RUNNING:
            if message is not None and message.running:
                message.stop()  # redraws through _on_test_message_changed
            return
        if message is not None:
            message.stop()
        self.tester.cancel()
        self._ticker.stop()
        self._stopped_after = self._elapsed.elapsed() / 1000
        self.phase = Phase.CANCELLED
        self.report_view.checklists.settle(stopped=True)
        had_focus = self.stop_button.hasFocus()
        self._render()
        if had_focus:
            self.retry_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completeChanged.emit()

    def reset(self) -> None:
        """Forget the result (the choices changed); nothing runs until the page shows."""
        if self.phase is Phase.RUNNING:
            self.tester.cancel()
        if self.test_message is not None:
            self.test_message.reset()
        self._ticker.stop()
        self.phase = Phase.IDLE
        self.report = None
        self._tested = None
        self.report_view.checklists.reset(planned_steps(self.store.draft))
        self._render()
        self.completeChanged.emit()

    def helpdesk_text(self, show_login: bool = False) -> str:
        """The report for the helpdesk ("" before a test finished): the logins' steps
        and, when one was sent, the test message's."""
        if self.report is None:
            return ""
        text = helpdesk_report(
            self.report, self.store.draft.username, self._version, show_login=show_login
        )
        trip = self.test_message.report if self.test_message is not None else None
        if trip is not None:
            text += "\n".join(round_trip_lines(trip)) + "\n"
        return text

    def _other_server(self) -> None:
        if self._change_outgoing is not None:
            self._change_outgoing()

    # -- what the tester says ----------------------------------------------------------

    def _on_test_message_changed(self) -> None:
        """The test message moved on: the lines, the problems and Next follow it."""
        if self.phase is not Phase.DONE:
            return  # the page draws itself when the logins' result is in
        had_focus = self.stop_button.hasFocus()
        self._render()
        if had_focus and not self.running:  # Stop is gone: focus its neighbour
            target = self.other_server_button if self._offers_other_server() else self.retry_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completeChanged.emit()

    def _on_draft_changed(self, draft: AccountDraft) -> None:
        if self._tested is None or self._tested == _tested_key(draft):
            return
        if self.isVisible():
            self.start()
        else:
            self.reset()

    def _on_progress(self, event: ProgressEvent) -> None:
        if self.phase is not Phase.RUNNING:
            return
        row = self.report_view.checklists.row(event.server, event.step)
        if event.result is None:
            row.set_state(RowState.RUNNING)
        else:
            row.set_state(state_of(event.result), event.result)

    def _on_finished(self, report: ProbeReport) -> None:
        if self.phase is not Phase.RUNNING:
            return
        self._ticker.stop()
        self.phase = Phase.DONE
        self.report = report
        checklists = self.report_view.checklists
        for result in report.steps:
            checklists.row(result.server, result.step).set_state(state_of(result), result)
        checklists.settle(stopped=False)
        if self.test_message is not None:
            self.test_message.logins_done(self.store.draft, report.ok)
        self._render()
        if self.stop_button.hasFocus() and not self.running:
            target = self.other_server_button if self._offers_other_server() else self.retry_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completeChanged.emit()

    # -- what the page says ------------------------------------------------------------

    def outcome(self, server: Server) -> Outcome:
        """What the line of ``server`` says now."""
        if self.phase is Phase.IDLE:
            return Outcome.WAITING
        if self.phase is Phase.RUNNING:
            return Outcome.CHECKING
        report = self.report
        if self.phase is Phase.CANCELLED or report is None:
            return Outcome.NOT_TESTED
        steps = report.for_server(server)
        if any(step.blocking for step in steps) or not steps:
            return Outcome.FAILS
        if self.test_message is not None and self.test_message.failed_server() is server:
            return Outcome.FAILS  # logging in worked, but the test message did not get through
        quota = ProbeErrorCode.QUOTA_NEARLY_FULL
        if any(step.warning and step.code is not quota for step in steps):
            return Outcome.WARNING
        return Outcome.WORKS

    def _render(self) -> None:
        """Every text that depends on the state, in the current language."""
        for server in Server:
            where = self._context(server)
            self.report_view.checklists.set_address(
                server, self.tr("{host}, port {port}").format(host=where.host, port=where.port)
            )
        running = self.running
        self.stop_button.setVisible(running)
        self.retry_button.setVisible(not running and self.phase is not Phase.IDLE)
        self._render_headline()
        for server, line in self.lines.items():
            outcome = self.outcome(server)
            symbol, meaning = _LOOK[outcome]
            line.show_state(symbol, meaning, self._line_text(server, outcome))
        self._show_elapsed()
        self._render_problems()
        self.mailbox.show_report(self.report, self._context(Server.INCOMING))
        self.report_view.set_available(self.report is not None)
        self._announce()

    def _announce(self) -> None:
        """Tell screen readers what the headline says now, once per change: the test
        starts, the mail is checked, the result (with what fails and why)."""
        spoken = self.spoken_state()
        if not spoken:
            self._announcer.forget()  # a new test is announced even in the same words
        elif self._on_screen():
            self._announcer.say(spoken)

    def spoken_state(self) -> str:
        """What a screen reader is told about the state now ("" before any test): the
        headline; with a result, also each connection that fails or only warns, and the
        problems with what to do."""
        if self.phase is Phase.IDLE:
            return ""
        parts = [self.headline.text.text()]
        if self.phase is Phase.DONE and not self.running:
            parts += [
                line.text.text()
                for server, line in self.lines.items()
                if self.outcome(server) in {Outcome.FAILS, Outcome.WARNING}
            ]
            parts += [notice.text() for notice in self.problem_notices if notice.text()]
        return " ".join(part for part in parts if part)

    def _on_screen(self) -> bool:
        """This page is the one shown (or being switched to) in a visible window."""
        wizard = self.wizard()
        if wizard is None:
            return self.isVisible()
        return wizard.isVisible() and wizard.currentPage() is self

    def _render_headline(self) -> None:
        report = self.report
        look: tuple[str, Tone | None]
        message = self.test_message
        if self.phase is Phase.RUNNING:
            look, text = ("◔", Tone.PROGRESS), self.tr("Testing your account…")
        elif self.phase is Phase.CANCELLED:
            look, text = ("■", None), self.tr("You stopped the test.")
        elif message is not None and message.running:
            look, text = ("◔", Tone.PROGRESS), self.tr("Checking that your mail really arrives…")
        elif report is not None and report.ok and not (message and message.blocks()):
            look, text = ("✔", Tone.SUCCESS), self.tr("Your account works.")
        elif report is not None:
            look, text = ("✘", Tone.ERROR), self.tr("Your account does not work yet.")
        else:
            look, text = ("○", None), self.tr("The test starts when this page is shown.")
        self.headline.show_state(look[0], look[1], text)

    def _line_text(self, server: Server, outcome: Outcome) -> str:
        incoming = server is Server.INCOMING
        texts = {
            Outcome.WAITING: (self.tr("Receiving mail"), self.tr("Sending mail")),
            Outcome.CHECKING: (
                self.tr("Receiving mail: checking…"),
                self.tr("Sending mail: checking…"),
            ),
            Outcome.WORKS: (self.tr("Receiving mail works."), self.tr("Sending mail works.")),
            Outcome.FAILS: (
                self.tr("Receiving mail does not work yet."),
                self.tr("Sending mail does not work yet."),
            ),
            Outcome.NOT_TESTED: (
                self.tr("Receiving mail: not tested."),
                self.tr("Sending mail: not tested."),
            ),
            Outcome.WARNING: (
                self.tr("Receiving mail works."),
                self.tr(
                    "Sending mail: your internet provider's server does not answer here. "
                    "That is normal away from its own network."
                ),
            ),
        }
        return texts[outcome][0 if incoming else 1]

    def _show_elapsed(self) -> None:
        if self.phase is Phase.RUNNING:
            seconds = self._elapsed.elapsed() / 1000
            text = self.tr("Time so far: {time}").format(time=format_seconds(seconds))
        elif self.phase is Phase.DONE and self.report is not None:
            text = self.tr("Finished in {time}").format(time=format_seconds(self.report.seconds))
        elif self.phase is Phase.CANCELLED:
            text = self.tr("Stopped after {time}").format(time=format_seconds(self._stopped_after))
        else:
            text = ""
        self.report_view.elapsed_label.setText(text)

    def _context(self, server: Server) -> ProblemContext:
        draft = self.store.draft
        relay = draft.outgoing.relay if draft.outgoing.kind is OutgoingKind.ISP_RELAY else None
        if server is Server.INCOMING:
            endpoint = self.provider.incoming(draft.protocol)
        else:
            endpoint = relay or self.provider.smtp
        return ProblemContext(server, endpoint.host, endpoint.port, relay is not None)

    def _offers_other_server(self) -> bool:
        """all2all's outgoing server cannot be reached from this network: another one may."""
        if self._change_outgoing is None or self.phase is not Phase.DONE or self.report is None:
            return False
        trip = self.test_message.report if self.test_message is not None else None
        if trip is not None and trip.code is ProbeErrorCode.RELAY_REFUSED:
            return True  # this network's relay does not pass mail on: another server may
        if self.report.outgoing_is_relay:
            return False
        return any(
            step.server is Server.OUTGOING and step.blocking and step.code in _UNREACHABLE
            for step in self.report.steps
        )

    def _render_problems(self) -> None:
        """One notice per distinct problem: what happened, and what to do."""
        found: dict[tuple[str, str], bool] = {}  # (explanation, advice) -> only a warning
        if self.phase is Phase.DONE and self.report is not None:
            for result in self.report.failures():
                if result.code is None or result.code is ProbeErrorCode.QUOTA_NEARLY_FULL:
                    continue  # the mailbox bar gives the trash advice
                if result.warning and result.code in _UNREACHABLE | {ProbeErrorCode.DNS_FAILED}:
                    continue  # the relay line says it already, calmly
                text = probe_problem(result.code, self._context(result.server))
                key = (text.explanation, text.advice)
                found[key] = found.get(key, True) and result.warning
            trip = self.test_message.problem() if self.test_message is not None else None
            if trip is not None:
                text, warning = trip
                found[(text.explanation, text.advice)] = warning
        while len(self.problem_notices) < len(found):
            previous = self.problem_notices[-1].label
            notice = self._add_problem_notice()
            # Made last, it would come last on Tab: put it where it is read.
            chain_focus([previous, notice.label, self.other_server_button])
        for index, notice in enumerate(self.problem_notices):
            if index >= len(found):
                notice.show_text("")
                continue
            (explanation, advice), warning = list(found.items())[index]
            notice.set_kind(NoticeKind.WARNING if warning else NoticeKind.ERROR)
            notice.show_text(f"{explanation} {advice}")
        self.problems.setVisible(bool(found))
        offer = self._offers_other_server()
        self.other_server_button.setVisible(offer)

    def _add_problem_notice(self) -> Notice:
        notice = Notice(NoticeKind.ERROR, self.problems, focusable=True)
        notice.setObjectName(f"problemNotice{len(self.problem_notices)}")
        notice.hide()
        self._problem_layout.addWidget(notice)
        self.problem_notices.append(notice)
        return notice

    def retranslate(self) -> None:
        self.setTitle(self.tr("Testing your account"))
        self.setSubTitle(
            self.tr("The assistant connects to all2all exactly as your mail program will.")
        )
        self.stop_button.setText(self.tr("&Stop the test"))
        self.stop_button.setAccessibleDescription(self.tr("Stops the test at once."))
        self.retry_button.setText(self.tr("Test &again"))
        self.retry_button.setAccessibleDescription(
            self.tr("Runs the whole test again from the beginning.")
        )
        self.other_server_button.setText(self.tr("Use an&other outgoing server…"))
        self.other_server_button.setAccessibleDescription(
            self.tr("Choose your internet provider's outgoing server, then test again.")
        )
        self.details.set_texts(self.tr("&Details"), self.tr("Details of the test"))
        self._render()
