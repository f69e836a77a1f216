"""The doctor: the all2all accounts already on this computer, what is wrong, and Repair.

Reached from the welcome page ("Check the all2all set-up I already have"); it is the
last page of that path (Finish closes, Back returns to the welcome page, where Next
sets up as usual). When shown it looks through Thunderbird's profiles and Evolution
(:func:`wizard.core.doctor.examine`, in a worker), then shows one block per account:
the program and the account, and each finding in the words the command line uses too
(:mod:`wizard.texts.doctor`). One Repair button sets right everything that can be
(:func:`wizard.core.doctor.repair`); what only the user can settle stays, saying so.
Each account can also be removed (:mod:`wizard.gui.removal`). Profile folders and the
copies of earlier settings sit under Details, for the helpdesk.

Screen readers hear the work start ("Looking for…", "Repairing…") and its outcome: the
state, what a removal did, what failed and the summary, as the top of the page says it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from wizard.core.doctor import AccountCheck, DoctorReport, Finding, examine, repair
from wizard.core.doctor.run import CLIENTS
from wizard.core.probe.net import CancelToken
from wizard.core.provider import Provider
from wizard.core.removal import RemovalOutcome
from wizard.core.validation import check_username
from wizard.gui.announce import Announcer, sentences
from wizard.gui.colours import Tone
from wizard.gui.draft_store import DraftStore
from wizard.gui.jobs import Progress
from wizard.gui.pages.base import BasePage
from wizard.gui.removal import (
    RemovalContext,
    RemovalRequest,
    RemoveDialog,
    Remover,
    ask_to_remove,
)
from wizard.gui.runs import CancellableRun
from wizard.gui.widgets.details import Details
from wizard.gui.widgets.focus import chain_focus
from wizard.gui.widgets.labels import INDENT, wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.gui.widgets.status_line import StatusLine
from wizard.texts import Surface
from wizard.texts.doctor import (
    advice_line,
    failure_text,
    finding_text,
    fixed_title,
    has_own_advice,
    nothing_found,
    severity_label,
    window_heading,
)
from wizard.texts.export import client_name
from wizard.texts.removal import outcome_text


class Phase(Enum):
    """What the page is doing."""

    LOOKING = "looking"
    REPAIRING = "repairing"
    REMOVING = "removing"
    SHOWN = "shown"  # a report is on screen
    BROKEN = "broken"  # the settings could not be read at all (a bug, an OS error)


_KIND = {"error": NoticeKind.ERROR, "warning": NoticeKind.WARNING}


class FindingView(QWidget):
    """One finding: its icon and heading, what it means and what to do; once repaired,
    one quiet line with a tick."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.heading = Notice(NoticeKind.WARNING, self)
        self.heading.setObjectName(f"{object_name}Heading")
        bold = self.heading.label.font()
        bold.setBold(True)
        self.heading.label.setFont(bold)
        self.text = wrapped_label(self, f"{object_name}Text", INDENT)
        self.repaired = StatusLine(f"{object_name}Repaired", self)
        self.repaired.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.repaired)

    def show_finding(self, kind: NoticeKind, heading: str, text: str, severity: str) -> None:
        """The heading with the icon of ``kind``; ``text`` under it (hidden when empty).
        ``severity`` ("Problem", "Warning") is what the icon shows, for screen readers."""
        self.repaired.hide()
        self.heading.set_kind(kind)
        self.heading.show_text(heading)
        spoken = self.tr("{severity}: {heading}").format(severity=severity, heading=heading)
        self.heading.label.setAccessibleName(spoken)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setAccessibleName(spoken)

    def show_repaired(self, text: str) -> None:
        """A finding the repair set right (verified by reading the settings back)."""
        self.heading.show_text("")
        self.text.hide()
        self.repaired.show_state("✔", Tone.SUCCESS, text)
        self.repaired.show()
        self.setAccessibleName(text)

    def shown_text(self) -> str:
        """What the finding says now (tests read it as a user does)."""
        if not self.repaired.isHidden():
            return self.repaired.text.text()
        return f"{self.heading.label.text()}\n{self.text.text()}"


class AccountView(QWidget):
    """One account found: program and account, its findings, and "Remove…"."""

    def __init__(
        self,
        check: AccountCheck,
        provider: Provider,
        object_name: str,
        on_remove: Callable[[AccountCheck], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.check = check
        self._provider = provider
        self.title = wrapped_label(self, f"{object_name}Title")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName(f"{object_name}Remove")
        self.remove_button.clicked.connect(lambda: on_remove(self.check))
        self.about = wrapped_label(self, f"{object_name}About")
        self.clean = StatusLine(f"{object_name}Clean", self)
        self.findings = [
            FindingView(f"{object_name}Finding{index}", self)
            for index, _ in enumerate(check.findings)
        ]
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.about)
        layout.addWidget(self.clean)
        for view in self.findings:
            layout.addWidget(view)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text, in the language of the moment."""
        account = self.check.account
        name = client_name(account.client)
        self.title.setText(
            self.tr("{client}: {account}").format(
                client=name, account=account.email or account.login
            )
        )
        if account.protocol == "pop3":
            kind = self.tr("POP3: your mail is downloaded to this computer")
        else:
            kind = self.tr("IMAP: your mail stays on the server")
        self.about.setText(
            self.tr("Username {username} · {kind}").format(username=account.login, kind=kind)
        )
        self.remove_button.setText(self.tr("Remove this account…"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the account {account} from {client}").format(
                account=account.email or account.login, client=name
            )
        )
        self.clean.show_state("✔", Tone.SUCCESS, self.tr("This account is set up correctly."))
        self.clean.setVisible(not self.check.problems_left and not self.check.findings)
        for view, finding in zip(self.findings, self.check.findings, strict=True):
            self._show(view, finding)

    def _show(self, view: FindingView, finding: Finding) -> None:
        text = finding_text(finding, self.check.account.protocol, self._provider, Surface.WINDOW)
        if finding.fixed:
            view.show_repaired(fixed_title(finding.code))
            return
        heading = window_heading(finding, text.title)
        explanation = text.explanation
        if has_own_advice(finding):  # else the heading says it: "(can be repaired)"
            explanation = f"{explanation}\n{advice_line(text.advice)}"
        view.show_finding(
            _KIND[finding.severity.value], heading, explanation, severity_label(finding.severity)
        )


class DoctorPage(BasePage):
    """Checks the all2all accounts already set up here; Repair; Remove."""

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        removal: RemovalContext,
        on_set_up: Callable[[], None] | None = None,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, provider, parent)
        self._removal = removal
        self._on_set_up = on_set_up
        self.checker = CancellableRun(pool, self)
        self.checker.finished.connect(self._checked)
        self.remover = Remover(provider, removal, pool, self)
        self.remover.finished.connect(self._removed)
        self.phase = Phase.LOOKING
        self.report: DoctorReport | None = None
        self.after_repair = False  # the report on screen is a repair's
        self.removal: RemovalOutcome | None = None  # the last removal, said at the top
        self.backups: list[str] = []  # copies made on this page, for Details
        self.remove_dialog: RemoveDialog | None = None

        self.status = StatusLine("doctorStatus", self, large=True)
        self._announcer = Announcer(self.status)
        self.summary = wrapped_label(self, "doctorSummary")
        self.repair_button = QPushButton(self)
        self.repair_button.setObjectName("repairButton")
        self.repair_button.clicked.connect(self.start_repair)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.repair_button)
        self.failure_notices: list[Notice] = []
        self._failures_layout = QVBoxLayout()
        self.removal_notice = Notice(NoticeKind.INFO, self)
        self.removal_notice.setObjectName("removalResult")
        self.removal_notice.hide()
        # Nothing found: a plain sentence and the way to set all2all up instead.
        self.none_found = wrapped_label(self, "noAccountFound")
        self.set_up_button = QPushButton(self)
        self.set_up_button.setObjectName("setUpInsteadButton")
        self.set_up_button.clicked.connect(self._set_up)
        set_up_row = QHBoxLayout()
        set_up_row.addWidget(self.set_up_button)
        set_up_row.addStretch(1)
        self.accounts = QWidget(self)
        self.accounts.setObjectName("doctorAccounts")
        self._accounts_layout = QVBoxLayout(self.accounts)
        self._accounts_layout.setContentsMargins(0, 0, 0, 0)
        self._accounts_layout.setSpacing(14)
        self.account_views: list[AccountView] = []
        self.details_text = wrapped_label(self, "doctorDetailsText")
        self.details = Details(self.details_text, "doctorDetails", self)

        # The outcome and the Repair button stay in view while the findings scroll.
        header = self.header_layout
        header.addWidget(self.status)
        header.addLayout(summary_row)
        header.addLayout(self._failures_layout)
        header.addWidget(self.removal_notice)
        layout = self.body_layout
        layout.addWidget(self.none_found)
        layout.addLayout(set_up_row)
        layout.addSpacing(6)
        layout.addWidget(self.accounts)
        layout.addStretch(1)
        layout.addWidget(self.details)
        self.retranslate()

    # -- QWizardPage ---------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.report = None
        self.removal = None
        self.after_repair = False
        self.backups = []
        self.details.set_open(False)
        self._announcer.forget()  # shown again: its first state is said again
        self.look()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        """Back to the welcome page: nothing of a run still going arrives later."""
        self.checker.cancel()
        self.remover.cancel()
        if self.remove_dialog is not None:
            self.remove_dialog.reject()
        super().cleanupPage()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return not self.busy()

    def busy(self) -> bool:
        """True while looking, repairing or removing."""
        return self.phase in {Phase.LOOKING, Phase.REPAIRING, Phase.REMOVING}

    # -- the work ------------------------------------------------------------------------

    def look(self) -> None:
        """Examine every profile again (in a worker)."""
        self._start(Phase.LOOKING, fixing=False)

    def start_repair(self) -> None:
        """The Repair button: repair what can be repaired, then show what is left."""
        if self.busy():
            return
        self.removal = None
        self._start(Phase.REPAIRING, fixing=True)

    def _start(self, phase: Phase, fixing: bool) -> None:
        env = self._removal.environment
        provider = self.provider
        expected = self._expected_login()
        exporters = {e.name: e for e in self._removal.exporters if e.name in CLIENTS}

        def work(_token: CancelToken, _progress: Progress) -> DoctorReport:
            if fixing:
                return repair(env, provider, expected, CLIENTS, None, exporters)
            return examine(env, provider, expected, CLIENTS)

        self.phase = phase
        self._render()
        if not (phase is Phase.LOOKING and self.removal is not None):
            self._announce()  # after a removal, only its outcome is said
        self.checker.run(work, on_error=lambda _error: None)

    def _expected_login(self) -> str | None:
        """The username typed on the account page, if the user went there first."""
        draft = self.store.peek()
        username = draft.username.strip() if draft is not None else ""
        return username if username and check_username(username) is None else None

    def _checked(self, report: object) -> None:
        self.after_repair = self.phase is Phase.REPAIRING
        if isinstance(report, DoctorReport):
            self.report = report
            self.phase = Phase.SHOWN
            self.backups += [str(path) for path in report.backups]
        else:
            self.report = None
            self.phase = Phase.BROKEN
        self._render()
        self._announce()
        self._scroll_to_top()  # the outcome, the failures and Repair are at the top

    def _announce(self) -> None:
        self._announcer.say(self.spoken_state())

    def spoken_state(self) -> str:
        """What a screen reader is told now: the state line; with a result, also what
        a removal did, what failed and the summary, in the order of the page."""
        parts = [self.status.text.text()]
        if self.phase is Phase.SHOWN:
            parts.append(self.removal_notice.text())
            parts += [notice.text() for notice in self.failure_notices]
            if self.summary.isVisibleTo(self):
                parts.append(self.summary.text())
        return sentences(parts)

    def _scroll_to_top(self) -> None:
        scroll = self.findChild(QScrollArea, "pageScrollArea")
        if scroll is not None:
            scroll.verticalScrollBar().setValue(0)

    def ask_removal(self, check: AccountCheck) -> None:
        """ "Remove this account…": ask first (window-modal), then remove in a worker."""
        if self.busy():
            return
        account = check.account
        request = RemovalRequest(
            account.client,
            account.login,
            account.email or account.login,
            account.protocol,
            account.profile,
        )
        self.remove_dialog = ask_to_remove(request, self, self._remove, self._dialog_gone)

    def _dialog_gone(self) -> None:
        self.remove_dialog = None

    def _remove(self, request: RemovalRequest) -> None:
        self.phase = Phase.REMOVING
        self.removal = None
        self._render()
        self._announce()
        self.remover.start(request)

    def _removed(self, outcome: RemovalOutcome) -> None:
        self.removal = outcome
        if outcome.result is not None:
            self.backups += [str(path) for path in outcome.result.backups]
        self.after_repair = False
        self.look()

    def _set_up(self) -> None:
        if self._on_set_up is not None:
            self._on_set_up()

    # -- showing it ----------------------------------------------------------------------

    def _render(self) -> None:
        """Every text that depends on the state, in the current language."""
        self._render_status()
        report = self.report if self.phase is not Phase.BROKEN else None
        self._render_accounts(report)  # while working again, the last one stays (greyed)
        nothing = (
            self.phase is Phase.SHOWN
            and report is not None
            and not report.accounts
            and not report.failures
        )
        self.none_found.setVisible(nothing)
        self.set_up_button.setVisible(nothing and self._on_set_up is not None)
        self._render_removal()
        self._render_failures(report if self.phase is Phase.SHOWN else None)
        self._render_summary(report if self.phase is Phase.SHOWN else None)
        self._render_details(report)
        self.completeChanged.emit()
        chain_focus(
            [
                self.repair_button,
                self.set_up_button,
                *(view.remove_button for view in self.account_views),
                self.details.button,
            ]
        )

    def _render_status(self) -> None:
        report = self.report
        look: tuple[str, Tone | None]
        if self.phase is Phase.LOOKING:
            look = ("◔", Tone.PROGRESS)
            text = self.tr("Looking for all2all accounts on this computer…")
        elif self.phase is Phase.REPAIRING:
            look, text = ("◔", Tone.PROGRESS), self.tr("Repairing…")
        elif self.phase is Phase.REMOVING:
            look, text = ("◔", Tone.PROGRESS), self.tr("Removing the account…")
        elif self.phase is Phase.BROKEN or report is None:
            look = ("✘", Tone.ERROR)
            text = self.tr("The settings of the mail programs could not be read.")
        elif not report.accounts:
            look = ("ℹ", None)  # information, not an empty radio button
            text = nothing_found()
        elif report.failures and not report.repaired:
            look, text = ("✘", Tone.ERROR), self.tr("Nothing was changed.")
        elif report.failures:
            look = ("✘", Tone.ERROR)
            text = self.tr("Not everything could be repaired.")
        elif any(check.problems_left for check in report.accounts):
            fixable = report.repairable > 0
            look = ("⚠", Tone.WARNING)
            text = (
                self.tr("Some settings are not right.")
                if fixable
                else self.tr("Something is left for you to do.")
            )
        elif self.after_repair and report.repaired:
            look, text = ("✔", Tone.SUCCESS), self.tr("Everything that was wrong is repaired.")
        else:
            look, text = ("✔", Tone.SUCCESS), self.tr("Your all2all set-up is correct.")
        self.status.show_state(look[0], look[1], text)

    def _render_summary(self, report: DoctorReport | None) -> None:
        if report is None or not report.accounts:
            self.summary.hide()
            self.repair_button.hide()
            return
        parts = []
        if report.repaired:
            parts.append(self.tr("%n problem(s) repaired.", "", report.repaired))
        if report.repairable:
            parts.append(
                self.tr(
                    "Repair sets right %n problem(s); nothing else in your mail programs changes.",
                    "",
                    report.repairable,
                )
            )
        left = sum(not f.fixable for c in report.accounts for f in c.problems_left)
        if left:
            parts.append(self.tr("%n thing(s) only you can settle: see below.", "", left))
        self.summary.setText(" ".join(parts))
        self.summary.setVisible(bool(parts))
        self.repair_button.setVisible(report.repairable > 0 or bool(report.failures))
        self.repair_button.setEnabled(report.repairable > 0 and not self.busy())

    def _render_failures(self, report: DoctorReport | None) -> None:
        failures = report.failures if report is not None else ()
        while len(self.failure_notices) < len(failures):
            notice = Notice(NoticeKind.ERROR, self)
            notice.setObjectName(f"doctorFailure{len(self.failure_notices)}")
            self._failures_layout.addWidget(notice)
            self.failure_notices.append(notice)
        texts = list(dict.fromkeys(failure_text(failure) for failure in failures))
        for index, notice in enumerate(self.failure_notices):
            notice.show_text(texts[index] if index < len(texts) else "")

    def _render_removal(self) -> None:
        outcome = self.removal
        if outcome is None or self.phase is not Phase.SHOWN:
            self.removal_notice.show_text("")
            return
        failed = outcome.failure is not None
        self.removal_notice.set_kind(NoticeKind.ERROR if failed else NoticeKind.INFO)
        self.removal_notice.show_text(outcome_text(outcome))

    def _render_accounts(self, report: DoctorReport | None) -> None:
        checks: Sequence[AccountCheck] = report.accounts if report is not None else ()
        if [view.check for view in self.account_views] != list(checks):
            for view in self.account_views:
                self._accounts_layout.removeWidget(view)
                view.deleteLater()
            self.account_views = [
                AccountView(check, self.provider, f"account{index}", self.ask_removal, self)
                for index, check in enumerate(checks)
            ]
            for view in self.account_views:
                self._accounts_layout.addWidget(view)
        for view in self.account_views:
            view.retranslate()
            view.remove_button.setEnabled(not self.busy())
        self.accounts.setVisible(bool(self.account_views))

    def _render_details(self, report: DoctorReport | None) -> None:
        lines: list[str] = []
        if report is not None:
            for check in report.accounts:
                account = check.account
                lines.append(
                    self.tr("{client}: {account} in {folder}").format(
                        client=client_name(account.client),
                        account=f"{account.login} ({account.protocol.upper()}, {account.key})",
                        folder=account.profile,
                    )
                )
            for failure in report.failures:
                lines.append(
                    self.tr("{client}: {folder}: code {code}").format(
                        client=client_name(failure.client),
                        folder=failure.path,
                        code=failure.code.value,
                    )
                )
        copy = self.tr("Copy of the previous settings: {file}")
        lines += [copy.format(file=backup) for backup in self.backups]
        self.details_text.setText("\n".join(lines))
        self.details.setVisible(bool(lines) and not self.busy())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check your all2all set-up"))
        # Nothing is "finished" here: the last button closes the assistant. (Qt's Dutch
        # "Vol&tooien" would also share Alt+T with "< &Terug".)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setSubTitle(
            self.tr("The assistant looks at the all2all accounts in Thunderbird and Evolution.")
        )
        self.repair_button.setText(self.tr("&Repair"))
        self.repair_button.setAccessibleDescription(
            self.tr("Sets right every problem below that can be repaired.")
        )
        self.none_found.setText(
            self.tr("The assistant can add your all2all account to your mail program now.")
        )
        self.set_up_button.setText(self.tr("&Set up all2all"))
        self.details.set_texts(self.tr("&Details"), self.tr("Details for the helpdesk"))
        self._render()
