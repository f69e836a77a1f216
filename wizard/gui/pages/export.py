"""Export: set the account up in the mail programs found here, behind one commit button.

This is the wizard's commit page. Until its button ("Set up") is pressed, nothing is
written: the page only reads the programs' settings to show what would change. Pressing
it runs the core's one commit (:func:`wizard.core.setup.apply_setup`) on a worker
thread: the plans (backup, atomic write, read-back, restore on any error), the password
for a program that keeps its own, the files for a phone, the OS keyring. When every
chosen program is done, the wizard moves on to the done page. A failure is explained
under its program, with what to do; the user can try again (only what is not done yet
is written again), or untick that program and go on.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget, QWizard

from wizard.core.exporters import Environment, Exporter, exporter_names, make_exporter
from wizard.core.exporters.base import ClientReport, ExportErrorCode, Status
from wizard.core.formats.saving import CLIENT as OTHER_FILES
from wizard.core.keyring_store import KeyringStatus, KeyringStore
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.core.setup import ClientResult, FilesJob, ProgramJob, SetupResult, apply_setup
from wizard.gui.announce import announce, sentences
from wizard.gui.draft_store import DraftStore
from wizard.gui.export_session import ExportSession
from wizard.gui.jobs import TaggedJobs
from wizard.gui.pages.base import BasePage
from wizard.gui.pages.export_client import ClientSection
from wizard.gui.pages.export_files import OtherProgramsSection
from wizard.gui.widgets.labels import INDENT, wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.gui.worker_pool import new_pool


def default_exporters(env: Environment | None = None) -> list[Exporter]:
    """One exporter per mail program that can exist on this system, in this user's folders."""
    env = env or Environment.from_os()
    return [make_exporter(name, env) for name in exporter_names(env.platform)]


class ExportPage(BasePage):
    """The mail programs found, what will be written, and the commit button.

    ``keyring`` keeps the password once the user commits (``None``: it is not kept).
    """

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        session: ExportSession,
        exporters: Sequence[Exporter],
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
        other_folder: Path | None = None,
        keyring: KeyringStore | None = None,
    ) -> None:
        super().__init__(store, provider, parent)
        self.setCommitPage(True)
        self.session = session
        self.pool = pool or new_pool()
        self._keyring = keyring
        self.jobs = TaggedJobs(self.pool, self)
        self.jobs.finished.connect(self._applied)
        self._accepted = False

        self.intro = wrapped_label(self, "exportIntro")
        self.sections = [ClientSection(exporter, provider, self) for exporter in exporters]
        # No mail program here: the guide's recommendation, with where to get it.
        self.none_found = Notice(NoticeKind.INFO, self)
        self.none_found.setObjectName("noProgramFound")
        self.download_button = QPushButton(self)
        self.download_button.setObjectName("downloadProgramButton")
        self.download_button.clicked.connect(self._download)
        self.look_again_button = QPushButton(self)
        self.look_again_button.setObjectName("lookAgainButton")
        self.look_again_button.clicked.connect(self._look_again)
        none_buttons = QHBoxLayout()
        none_buttons.setContentsMargins(INDENT, 0, 0, 0)
        none_buttons.addWidget(self.download_button)
        none_buttons.addWidget(self.look_again_button)
        none_buttons.addStretch(1)
        self.other = OtherProgramsSection(provider, other_folder, self)
        layout = self.body_layout
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        for section in self.sections:
            section.changed.connect(self.completeChanged)
            layout.addWidget(section)
            layout.addSpacing(6)
        layout.addWidget(self.none_found)
        layout.addLayout(none_buttons)
        self.other.changed.connect(self.completeChanged)
        layout.addSpacing(6)
        layout.addWidget(self.other)
        self.status = wrapped_label(self, "exportStatus")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    # -- QWizardPage ---------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self._accepted = False
        self.status.clear()
        self._apply_preset()
        for section in self.sections:
            section.refresh(self.store.draft)
        self._show_found()

    def _show_found(self) -> None:
        found = any(section.found() for section in self.sections)
        self.other.refresh(self.store.draft, programs_found=found)
        self.none_found.setVisible(not found)
        self.download_button.setVisible(not found)
        self.look_again_button.setVisible(not found)
        self.retranslate()

    def _download(self) -> None:
        QDesktopServices.openUrl(QUrl(self.provider.recommended_program_url))

    def _look_again(self) -> None:
        """Installed meanwhile: look for the programs again."""
        for section in self.sections:
            section.refresh(self.store.draft)
        self._show_found()

    def _apply_preset(self) -> None:
        """IT staff's list of programs to set up (preset ``clients``), maybe locked."""
        preset = getattr(self.wizard(), "preset", None)
        if preset is None or preset.clients is None:
            return
        locked = preset.is_locked("clients")
        for section in self.sections:
            section.preset_choice(section.client in preset.clients, locked)
        if locked and self.locked_notice is None:
            self.mark_locked([section.enable_box for section in self.sections], position=1)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        if self.busy():
            return False
        if self.other.blocks_commit():
            return False
        return not any(section.blocks_commit() for section in self.sections)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """The commit button: the core's one commit on a worker; the wizard moves on
        when it is done."""
        if self._accepted:
            return True
        if self.busy() or not self.isComplete():
            return False
        draft = self.store.draft
        programs = [
            ProgramJob(section.exporter, section.plan, section.gives_password())
            for section in self.sections
            if section.ready() and section.plan is not None and not self._already_done(section)
        ]
        files: FilesJob | None = None
        if self.other.wanted() and not self.session.is_done(self.other.client):
            job = self.other.files_job()
            if isinstance(job, ClientReport):  # the sheet cannot be drawn: said, not saved
                self._show(SetupResult((ClientResult(job),), None))
                return False
            files = job
        keyring = self._keyring if self._keeps_password(draft) else None
        if not programs and files is None and keyring is None:
            self._accept()
            return True
        provider = self.provider
        self.jobs.start(
            lambda _progress: apply_setup(draft, provider, programs, files=files, keyring=keyring),
            on_error=lambda _error: _all_failed(programs, files),
        )  # the result comes through the event loop
        self._set_busy(True)
        return False

    # -- applying ------------------------------------------------------------------------

    def busy(self) -> bool:
        """True while the commit runs."""
        return self.jobs.running

    def _keeps_password(self, draft: AccountDraft) -> bool:
        """A password to keep in the OS keyring that is not kept already."""
        return bool(draft.password) and self.session.keyring_status is not KeyringStatus.STORED

    def _already_done(self, section: ClientSection) -> bool:
        """Done in an earlier press of Set up (another program failed): not again."""
        report = self.session.report(section.client)
        plan = section.plan
        return (
            self.session.is_done(section.client)
            and report is not None
            and plan is not None
            and report.target == plan.target.path
        )

    def _applied(self, _tag: int, result: SetupResult) -> None:
        self._set_busy(False)
        if not self._show(result):
            self._announce_failure()
            return
        self._accept()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()
            self._announce_done(wizard)

    def _announce_failure(self) -> None:
        """Screen readers hear that not everything was set up, and each problem shown."""
        problems = [section.problem.text() for section in self.sections]
        announce(self, sentences([self.status.text(), *problems, self.other.problem.text()]))

    @staticmethod
    def _announce_done(wizard: QWizard) -> None:
        """The wizard moved on to the done page: its title and its line per program."""
        from wizard.gui.pages.done import DonePage  # built by then; not imported earlier

        page = wizard.currentPage()
        if isinstance(page, DonePage):
            lines = [text for _status, text in page.result_texts()]
            announce(wizard, sentences([page.title(), *lines]))

    def _show(self, result: SetupResult) -> bool:
        """Record and show a commit's outcome; True when nothing failed (done, or saved
        for the user to finish, such as Apple's approval: the done page says how)."""
        targets = {c.report.client: c.plan.target for c in result.clients if c.plan is not None}
        self.session.record(result.reports, targets)
        if result.keyring is not None:
            self.session.record_keyring(result.keyring)
        by_client = {report.client: report for report in result.reports}
        for section in self.sections:
            if section.client in by_client:
                section.show_report(by_client[section.client])
        if self.other.client in by_client:
            self.other.show_report(by_client[self.other.client])
        if not result.failed:
            return True
        failed = [s for s in self.sections if s.client in by_client and s.problem.text()]
        if failed:
            failed[0].retry_button.setFocus()
        elif self.other.client in by_client:
            self.other.folder_edit.setFocus()
        self.status.setText(self._status_failed())
        return False

    def _accept(self) -> None:
        self._accepted = True
        self.session.mark_committed()

    def _set_busy(self, busy: bool) -> None:
        self.body.setEnabled(not busy)
        self.status.setText(self._status_busy() if busy else "")
        self.completeChanged.emit()  # the wizard disables the commit button (isComplete)
        wizard = self.wizard()
        if wizard is not None:
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(button).setEnabled(not busy)

    # -- texts ---------------------------------------------------------------------------

    def _status_busy(self) -> str:
        return self.tr("Setting up… A copy of each file is kept before it changes.")

    def _status_failed(self) -> str:
        return self.tr("Not everything could be set up. See the message above.")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Set up your mail program"))
        self.setSubTitle(self.tr("Nothing changes on this computer until you press Set up."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Set up"))
        found = any(section.found() for section in self.sections)
        self.intro.setText(
            self.tr("The assistant adds your all2all account to your mail program:")
            if found
            else ""
        )
        self.intro.setVisible(found)
        program = self.provider.recommended_program
        self.none_found.show_text(
            ""
            if found
            else self.tr(
                "No mail program was found on this computer. all2all recommends {program}: "
                "it is free. Install it, start it once, then press Look again."
            ).format(program=program)
        )
        self.download_button.setText(self.tr("&Download {program}").format(program=program))
        self.download_button.setAccessibleDescription(self.provider.recommended_program_url)
        self.look_again_button.setText(self.tr("&Look again"))
        self.look_again_button.setAccessibleDescription(
            self.tr("Looks for the mail programs on this computer again.")
        )
        if self.busy():
            self.status.setText(self._status_busy())
        for section in self.sections:
            section.retranslate()
        self.other.retranslate()


def _all_failed(programs: Sequence[ProgramJob], files: FilesJob | None) -> SetupResult:
    """The commit itself broke (a bug; logged): every program is reported failed."""
    failed = ExportErrorCode.WRITE_FAILED.value
    reports = [
        ClientReport(job.plan.client, job.plan.target.path, Status.FAILED, failed)
        for job in programs
    ]
    if files is not None:
        reports.append(ClientReport(OTHER_FILES, files.folder, Status.FAILED, failed))
    return SetupResult(tuple(ClientResult(report) for report in reports), None)
