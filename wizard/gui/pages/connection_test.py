"""Connection test: does the account work, exactly as the mail program will use it?

The page starts the test as soon as it is shown (unless the very same choices were
already tested) and shows a checklist per connection, live, with the elapsed time. Each
failure says in plain words what happened and what to do, proposing the other outgoing
server where that avoids the problem. The mailbox use is a bar, with the trash advice
when it is nearly full. Next is only possible once receiving and sending work (an
internet provider's relay that cannot be reached from here is only a warning).

Any change of the choices (going back and changing something) forgets the result; the
test runs again when the page is shown next. A plain-text report for the helpdesk can be
copied: it never contains the password, and the username only if the user ticks a box.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import __version__
from wizard.core.model import AccountDraft, Language, OutgoingKind, Protocol, Security
from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.helpdesk import helpdesk_report
from wizard.core.probe.results import ProbeReport, ProgressEvent, Server, Step
from wizard.core.provider import MIB, Provider
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.base import BasePage
from wizard.gui.tester import ConnectionTester
from wizard.gui.widgets.labels import wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.gui.widgets.step_row import StepRow
from wizard.texts.probe import (
    ProblemContext,
    RowState,
    format_megabytes,
    format_seconds,
    probe_problem,
    server_label,
    state_of,
)

CopyText = Callable[[str], None]
# lupdate finds ``translate("Context", "text")`` calls; the context must be a literal.
translate = QCoreApplication.translate
TICK_MS = 100  # how often the elapsed time is refreshed while the test runs


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


def planned_steps(draft: AccountDraft, provider: Provider) -> dict[Server, list[Step]]:
    """The steps each connection is expected to go through, in order (shown as waiting)."""
    incoming = [Step.RESOLVE, Step.CONNECT, Step.TLS, Step.GREETING, Step.LOGIN]
    if draft.protocol is Protocol.IMAP:
        incoming += [Step.QUOTA, Step.FOLDERS]
    else:
        incoming += [Step.STAT, Step.UIDL]
    outgoing = [Step.RESOLVE, Step.CONNECT]
    relay = draft.outgoing.relay if draft.outgoing.kind is OutgoingKind.ISP_RELAY else None
    if relay is None:
        outgoing += [Step.TLS, Step.GREETING, Step.EHLO, Step.SIZE, Step.LOGIN]
    else:
        outgoing += [Step.TLS] if relay.security is Security.SSL else []
        outgoing += [Step.GREETING, Step.EHLO]
        outgoing += [Step.TLS] if relay.security is Security.STARTTLS else []
    del provider  # the same plan for every provider; kept for symmetry with the probe
    return {Server.INCOMING: [*incoming, Step.LOGOUT], Server.OUTGOING: [*outgoing, Step.LOGOUT]}


def _tested_key(draft: AccountDraft) -> AccountDraft:
    """What a result depends on: everything but the interface language."""
    return draft.with_changes(language=Language.ENGLISH)


class ConnectionTestPage(BasePage):
    """Runs the live connection test and shows, step by step, what works."""

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        tester: ConnectionTester,
        copy_text: CopyText = copy_to_clipboard,
        version: str = __version__,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, provider, parent)
        self.tester = tester
        self._copy_text = copy_text
        self._version = version
        self.phase = Phase.IDLE
        self.report: ProbeReport | None = None
        self._tested: AccountDraft | None = None  # _tested_key of the draft run or shown
        self._elapsed = QElapsedTimer()
        self._stopped_after = 0.0
        self._status_colour = ""
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._show_elapsed)

        # Overall status, the elapsed time, and the two buttons that act on the test.
        self.status_symbol = QLabel(self)
        self.status_symbol.setObjectName("testStatusSymbol")
        self.status_symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.status_symbol.setFixedWidth(self.fontMetrics().horizontalAdvance("MMM"))
        self.status_text = wrapped_label(self, "testStatusText")
        self.status_text.setTextFormat(Qt.TextFormat.PlainText)
        self.elapsed_label = QLabel(self)
        self.elapsed_label.setObjectName("elapsedLabel")
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stopTestButton")
        self.stop_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryTestButton")
        self.retry_button.clicked.connect(self.retry)
        status_texts = QVBoxLayout()
        status_texts.addWidget(self.status_text)
        status_texts.addWidget(self.elapsed_label)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_symbol)
        status_row.addLayout(status_texts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)

        # One checklist per connection, side by side.
        self.boxes: dict[Server, QGroupBox] = {}
        self.rows: dict[Server, dict[Step, StepRow]] = {}
        self._row_layouts: dict[Server, QVBoxLayout] = {}
        self.server_labels: dict[Server, QLabel] = {}
        checklists = QGridLayout()
        for column, server in enumerate(Server):
            box = QGroupBox(self)
            box.setObjectName(f"{server.value}Checklist")
            box_layout = QVBoxLayout(box)
            box_layout.setSpacing(2)
            address = wrapped_label(box, f"{server.value}ServerLabel")
            address.setStyleSheet("color: #5f5f5f;")
            box_layout.addWidget(address)
            self.server_labels[server] = address
            self.boxes[server] = box
            self.rows[server] = {}
            self._row_layouts[server] = box_layout
            checklists.addWidget(box, 0, column, Qt.AlignmentFlag.AlignTop)
            checklists.setColumnStretch(column, 1)

        # What went wrong and what to do (one notice per distinct problem).
        self.problems = QWidget(self)
        self.problems.setObjectName("problems")
        self._problem_layout = QVBoxLayout(self.problems)
        self._problem_layout.setContentsMargins(0, 0, 0, 0)
        self.problem_notices: list[Notice] = []

        # Mailbox use as a bar; the trash advice when it is nearly full.
        self.quota_box = QGroupBox(self)
        self.quota_box.setObjectName("quotaBox")
        self.quota_bar = QProgressBar(self.quota_box)
        self.quota_bar.setObjectName("quotaBar")
        self.quota_bar.setRange(0, 1000)
        self.quota_bar.setTextVisible(True)
        self.quota_advice = Notice(NoticeKind.WARNING, self.quota_box)
        self.quota_advice.setObjectName("quotaAdvice")
        self.quota_advice.hide()
        quota_layout = QVBoxLayout(self.quota_box)
        quota_layout.addWidget(self.quota_bar)
        quota_layout.addWidget(self.quota_advice)
        self.quota_box.hide()
        self.size_note = Notice(NoticeKind.INFO, self)
        self.size_note.setObjectName("sizeLimitNote")
        self.size_note.hide()

        # The report for the helpdesk.
        self.report_box = QGroupBox(self)
        self.report_box.setObjectName("helpdeskBox")
        self.report_text = wrapped_label(self.report_box, "helpdeskText")
        self.show_login_box = QCheckBox(self.report_box)
        self.show_login_box.setObjectName("showLoginBox")
        self.copy_button = QPushButton(self.report_box)
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.clicked.connect(self.copy_report)
        self.copied_label = wrapped_label(self.report_box, "reportCopiedLabel")
        self.copied_label.hide()
        self.show_login_box.toggled.connect(lambda _checked: self.copied_label.hide())
        report_layout = QVBoxLayout(self.report_box)
        report_layout.addWidget(self.report_text)
        report_layout.addWidget(self.show_login_box)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        report_layout.addLayout(copy_row)
        report_layout.addWidget(self.copied_label)

        layout = self.body_layout
        layout.addLayout(status_row)
        layout.addLayout(buttons)
        layout.addLayout(checklists)
        layout.addWidget(self.problems)
        layout.addWidget(self.quota_box)
        layout.addWidget(self.size_note)
        layout.addWidget(self.report_box)
        layout.addStretch(1)
        QWidget.setTabOrder(self.stop_button, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.show_login_box)
        QWidget.setTabOrder(self.show_login_box, self.copy_button)

        tester.progress.connect(self._on_progress)
        tester.finished.connect(self._on_finished)
        store.changed.connect(self._on_draft_changed)
        self._reset_rows()
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
        if self.phase is Phase.RUNNING:
            self.cancel()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing the window stops a running test (switching pages or minimising not)."""
        if self.phase is Phase.RUNNING and not self.window().isVisible():
            self.cancel()
        super().hideEvent(event)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Leaving forward needs a working account, even when Next is triggered by code."""
        return self.isComplete()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        """True only when receiving and sending work for the choices now in the draft."""
        return (
            self.phase is Phase.DONE
            and self.report is not None
            and self.report.ok
            and self._tested == _tested_key(self.store.draft)
        )

    # -- actions -----------------------------------------------------------------------

    def start(self) -> None:
        """Test the current draft from the beginning."""
        draft = self.store.draft
        self._tested = _tested_key(draft)
        self.report = None
        self.phase = Phase.RUNNING
        self._reset_rows()
        self._elapsed.start()
        self._ticker.start()
        self.tester.start(draft)
        self._render()
        self.completeChanged.emit()

    def retry(self) -> None:
        """The Test again button."""
        self.start()
        self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        """The Stop button: returns at once; whatever the stopped run sends later is ignored."""
        if self.phase is not Phase.RUNNING:
            return
        self.tester.cancel()
        self._ticker.stop()
        self._stopped_after = self._elapsed.elapsed() / 1000
        self.phase = Phase.CANCELLED
        for rows in self.rows.values():
            for row in rows.values():
                if row.state is RowState.RUNNING:
                    row.set_state(RowState.STOPPED)
                elif row.state is RowState.WAITING:
                    row.set_state(RowState.NOT_TESTED)
        had_focus = self.stop_button.hasFocus()
        self._render()
        if had_focus:
            self.retry_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completeChanged.emit()

    def reset(self) -> None:
        """Forget the result (the choices changed); nothing runs until the page shows."""
        if self.phase is Phase.RUNNING:
            self.tester.cancel()
        self._ticker.stop()
        self.phase = Phase.IDLE
        self.report = None
        self._tested = None
        self._reset_rows()
        self._render()
        self.completeChanged.emit()

    def helpdesk_text(self) -> str:
        """The report as it would be copied now ("" before a test finished)."""
        if self.report is None:
            return ""
        return helpdesk_report(
            self.report,
            self.store.draft.username,
            self._version,
            show_login=self.show_login_box.isChecked(),
        )

    def copy_report(self) -> None:
        """Copy the plain-text report (never the password) for the helpdesk."""
        text = self.helpdesk_text()
        if not text:
            return
        self._copy_text(text)
        self.copied_label.show()

    # -- what the tester says ----------------------------------------------------------

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
        row = self._row(event.server, event.step)
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
        for result in report.steps:
            self._row(result.server, result.step).set_state(state_of(result), result)
        for rows in self.rows.values():
            for row in rows.values():
                if row.state in {RowState.WAITING, RowState.RUNNING}:
                    row.set_state(RowState.NOT_TESTED)
        self._render()
        if self.stop_button.hasFocus():
            self.retry_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completeChanged.emit()

    # -- drawing -------------------------------------------------------------------------

    def _reset_rows(self) -> None:
        plan = planned_steps(self.store.draft, self.provider)
        for server, rows in self.rows.items():
            if list(rows) == plan[server]:
                for row in rows.values():
                    row.set_state(RowState.WAITING)
                continue
            for row in rows.values():
                self._row_layouts[server].removeWidget(row)
                row.hide()  # deleted later; must not be drawn until then
                row.deleteLater()
            rows.clear()
            for step in plan[server]:
                self._row(server, step)

    def _row(self, server: Server, step: Step) -> StepRow:
        rows = self.rows[server]
        if step not in rows:
            row = StepRow(server, step, self.boxes[server])
            row.refresh()
            self._row_layouts[server].addWidget(row)
            rows[step] = row
        return rows[step]

    def _render(self) -> None:
        """Every text that depends on the state, in the current language."""
        for server, label in self.server_labels.items():
            where = self._context(server)
            label.setText(self.tr("{host}, port {port}").format(host=where.host, port=where.port))
        running = self.phase is Phase.RUNNING
        self.stop_button.setEnabled(running)
        self.retry_button.setEnabled(not running)
        self._render_status()
        self._show_elapsed()
        self._render_problems()
        self._render_quota()
        self._render_size_limit()
        self.copy_button.setEnabled(self.report is not None)
        if self.report is None:
            self.copied_label.hide()

    def _render_status(self) -> None:
        report = self.report
        if self.phase is Phase.RUNNING:
            state, text = (
                RowState.RUNNING,
                self.tr("Testing your account the way your mail program will use it…"),
            )
        elif self.phase is Phase.CANCELLED:
            state = RowState.STOPPED
            text = probe_problem(
                ProbeErrorCode.CANCELLED, self._context(Server.INCOMING)
            ).explanation
            text += " " + self.tr("Press Test again to start the test once more.")
        elif report is not None and report.ok:
            relay_warning = any(s.warning for s in report.for_server(Server.OUTGOING))
            if relay_warning and report.outgoing_is_relay:
                state, text = (
                    RowState.WARNING,
                    self.tr(
                        "Receiving mail works. Your internet provider's outgoing server could not "
                        "be reached from here, which is normal outside that provider's network."
                    ),
                )
            else:
                state, text = (
                    RowState.OK,
                    self.tr(
                        "Everything works: you can receive and send mail. Press Next to continue."
                    ),
                )
        elif report is not None:
            state, text = (
                RowState.FAILED,
                self.tr(
                    "Your account does not work yet. Below you see what went wrong and what to do."
                ),
            )
        else:
            state, text = RowState.WAITING, self.tr("The test starts when this page is shown.")
        symbol, colour = state.value
        self.status_symbol.setText(symbol)
        if colour != self._status_colour:
            self.status_symbol.setStyleSheet(
                f"color: {colour}; font-size: 20pt; font-weight: bold;"
            )
            self._status_colour = colour
        self.status_text.setText(text)
        self.status_text.setAccessibleName(text)

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
        self.elapsed_label.setText(text)

    def _context(self, server: Server) -> ProblemContext:
        draft = self.store.draft
        relay = draft.outgoing.relay if draft.outgoing.kind is OutgoingKind.ISP_RELAY else None
        if server is Server.INCOMING:
            endpoint = self.provider.incoming(draft.protocol)
        else:
            endpoint = relay or self.provider.smtp
        return ProblemContext(server, endpoint.host, endpoint.port, relay is not None)

    def _render_problems(self) -> None:
        """One notice per distinct problem, naming the connection(s) it concerns."""
        found: dict[tuple[str, str, bool], set[Server]] = {}
        if self.phase is Phase.DONE and self.report is not None:
            for result in self.report.failures():
                if result.code is None or result.code is ProbeErrorCode.QUOTA_NEARLY_FULL:
                    continue  # the mailbox bar below gives the trash advice
                text = probe_problem(result.code, self._context(result.server))
                key = (text.explanation, text.advice, result.warning)
                found.setdefault(key, set()).add(result.server)
        while len(self.problem_notices) < len(found):
            notice = Notice(NoticeKind.ERROR, self.problems)
            notice.setObjectName(f"problemNotice{len(self.problem_notices)}")
            self._problem_layout.addWidget(notice)
            self.problem_notices.append(notice)
        for index, notice in enumerate(self.problem_notices):
            if index >= len(found):
                notice.show_text("")
                continue
            (explanation, advice, warning), servers = list(found.items())[index]
            if len(servers) == len(Server):
                where = self.tr("Receiving and sending mail")
            else:
                where = server_label(next(iter(servers)))
            notice.set_kind(NoticeKind.WARNING if warning else NoticeKind.ERROR)
            notice.show_text(
                self.tr("{where}: {explanation}\nWhat to do: {advice}").format(
                    where=where, explanation=explanation, advice=advice
                )
            )
        self.problems.setVisible(bool(found))

    def _render_quota(self) -> None:
        quota = self.report.quota if self.report is not None else None
        self.quota_box.setVisible(quota is not None)
        if quota is None:
            return
        text = self.tr("{used} MB of {limit} MB used").format(
            used=QLocale().toString(quota.used_bytes / MIB, "f", 1),
            limit=format_megabytes(quota.limit_bytes),
        )
        self.quota_bar.setValue(min(1000, round(quota.percent * 10)))
        self.quota_bar.setFormat(text)
        self.quota_bar.setAccessibleDescription(text)
        nearly_full = quota.percent > self.provider.quota_warning_percent
        if nearly_full:
            advice = probe_problem(ProbeErrorCode.QUOTA_NEARLY_FULL, self._context(Server.INCOMING))
            self.quota_advice.show_text(f"{advice.explanation} {advice.advice}")
        else:
            self.quota_advice.show_text("")

    def _render_size_limit(self) -> None:
        limit = self.report.smtp_size_limit_bytes if self.report is not None else None
        if limit is None or limit >= self.provider.max_message_bytes:
            self.size_note.show_text("")
            return
        self.size_note.show_text(
            self.tr(
                "The outgoing server accepts messages up to {size} MB, less than the "
                "{max} MB your mailbox allows. Larger messages, attachments included, will "
                "be refused."
            ).format(
                size=format_megabytes(limit),
                max=format_megabytes(self.provider.max_message_bytes),
            )
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Testing your account"))
        self.setSubTitle(
            self.tr("The wizard connects to the servers exactly as your mail program will.")
        )
        self.stop_button.setText(self.tr("&Stop the test"))
        self.stop_button.setAccessibleDescription(self.tr("Stops the test at once."))
        self.retry_button.setText(self.tr("Test &again"))
        self.retry_button.setAccessibleDescription(
            self.tr("Runs the whole test again from the beginning.")
        )
        for server, box in self.boxes.items():
            box.setTitle(server_label(server))
        for rows in self.rows.values():
            for row in rows.values():
                row.refresh()
        self.quota_box.setTitle(self.tr("Space in your mailbox"))
        self.quota_bar.setAccessibleName(self.tr("Space used in your mailbox"))
        self.report_box.setTitle(self.tr("Help from the helpdesk"))
        self.report_text.setText(
            self.tr(
                "If something does not work, copy this report and paste it into an e-mail "
                "to the helpdesk. It shows what the test did and what the servers answered. "
                "It never contains your password."
            )
        )
        self.show_login_box.setText(self.tr("Show my &username in the report"))
        self.show_login_box.setAccessibleDescription(
            self.tr("Otherwise your username is partly hidden with stars.")
        )
        self.copy_button.setText(self.tr("&Copy report for the helpdesk"))
        self.copy_button.setAccessibleDescription(
            self.tr("Copies the report, without your password, so that you can paste it.")
        )
        self.copied_label.setText(
            self.tr("Copied. Paste the report into your e-mail to the helpdesk.")
        )
        self._render()
