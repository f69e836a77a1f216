"""The export page's last line: settings files for a phone or any other mail program.

One choice, ticked by default only when no mail program was found here (then it is the
only way the assistant can help), saying where the files go in plain words. The folder
and the name of every file are under Details. The files are saved when the user presses
Set up, with the mail programs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.exporters.base import ClientReport, ExportErrorCode, Status
from wizard.core.formats.saving import (
    CLIENT,
    FOLDER_NAME,
    OtherFile,
    SheetWriter,
    plan_other_files,
)
from wizard.core.model import AccountDraft, Language
from wizard.core.provider import Provider
from wizard.core.setup import FilesJob
from wizard.gui.widgets.details import Details
from wizard.gui.widgets.field import Field
from wizard.gui.widgets.labels import INDENT, wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.texts import export as messages


def default_folder() -> Path:
    """``Documents/all2all e-mail``: where people look for their papers."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / FOLDER_NAME


def drawn_sheet_writer(draft: AccountDraft, provider: Provider, language: Language) -> SheetWriter:
    """:func:`wizard.pdf.settings_sheet.drawn_sheet_writer`, imported when first needed."""
    from wizard.pdf.settings_sheet import drawn_sheet_writer as draw

    return draw(draft, provider, language)


class OtherProgramsSection(QWidget):
    """Tick, where, and (under Details) the folder and the files Set up will save."""

    changed = Signal()
    client = CLIENT

    def __init__(
        self, provider: Provider, folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("otherSection")
        self.provider = provider
        self._draft = AccountDraft()
        self._report: ClientReport | None = None
        self.enable_box = QCheckBox(self)
        self.enable_box.setObjectName("saveOtherFilesBox")
        self.intro = wrapped_label(self, "otherIntro", INDENT)
        self.options = QWidget()
        self.folder_edit = QLineEdit(str(folder or default_folder()), self.options)
        self.folder_field = Field(self.folder_edit, "otherFolderEdit", self.options)
        self.choose_button = QPushButton(self.options)
        self.choose_button.setObjectName("chooseOtherFolderButton")
        self.choose_button.clicked.connect(self._choose_folder)
        self.files_text = wrapped_label(self.options, "otherFilesText")
        self.problem = Notice(NoticeKind.ERROR, self, focusable=True)
        self.problem.setObjectName("otherProblem")

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignBottom)
        options = QVBoxLayout(self.options)
        options.setContentsMargins(INDENT, 0, 0, 0)
        options.addLayout(folder_row)
        options.addWidget(self.files_text)
        self.details = Details(self.options, "otherDetails", self)
        self.details.setContentsMargins(INDENT, 0, 0, 0)
        self.problem.setContentsMargins(INDENT, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.enable_box)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem)
        layout.addWidget(self.details)
        self.enable_box.toggled.connect(self._sync)
        self.folder_edit.textChanged.connect(self._folder_changed)
        self.retranslate()

    # -- state ---------------------------------------------------------------------------

    def folder(self) -> Path:
        """The folder the files go into."""
        return Path(self.folder_edit.text().strip()).expanduser()

    def wanted(self) -> bool:
        """The user wants the files."""
        return self.enable_box.isChecked()

    def blocks_commit(self) -> bool:
        """Wanted, but no folder given."""
        return self.wanted() and not self.folder_edit.text().strip()

    def refresh(self, draft: AccountDraft, programs_found: bool) -> None:
        """A new draft; ticked when the page has no mail program to offer."""
        self._draft = draft
        self._report = None
        if not programs_found:
            self.enable_box.setChecked(True)
        self.retranslate()

    def files_job(self) -> FilesJob | ClientReport:
        """What the commit saves, with the sheet drawn now (Qt draws on this thread);
        a report instead when the sheet cannot be drawn for this account."""
        try:
            sheet = drawn_sheet_writer(self._draft, self.provider, self._draft.language)
        except ValueError:  # no login or address yet: cannot happen after the pages
            return ClientReport(
                CLIENT, self.folder(), Status.FAILED, ExportErrorCode.WRITE_FAILED.value
            )
        return FilesJob(self.folder(), sheet)

    def show_report(self, report: ClientReport) -> None:
        """After the commit: a failure stays shown until the next try."""
        self._report = report if report.failed else None
        self.retranslate()

    # -- reactions -----------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the settings files"), str(self.folder())
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _folder_changed(self) -> None:
        self._report = None
        self.retranslate()

    def _sync(self) -> None:
        self.intro.setVisible(self.wanted())
        self.details.setVisible(self.wanted())
        text = ""
        if self._report is not None:
            text = messages.report_text(self._report)
        elif self.blocks_commit():
            text = self.tr("Choose a folder for the files.")
        self.problem.show_text(text)
        self.changed.emit()

    # -- texts ---------------------------------------------------------------------------

    def file_description(self, kind: OtherFile) -> str:
        """What a file is for, in a few words."""
        return {
            OtherFile.SHEET: self.tr("your settings to print or keep (PDF)"),
            OtherFile.APPLE_PROFILE: self.tr("sets up Mail on an iPhone, iPad or Mac"),
            OtherFile.AUTOCONFIG: self.tr(
                "the same settings in the standard format of mail programs, for your administrator"
            ),
        }[kind]

    def _folder_words(self) -> str:
        """The folder as a person names it: "all2all e-mail" in Documents, not a path."""
        folder = self.folder()
        if folder == default_folder():
            return self.tr("“{name}” in your Documents").format(name=folder.name)
        return self.tr("“{name}”").format(name=folder.name or folder)  # each language's quotes

    def _files_sentences(self) -> str:
        if not self._draft.username or not self._draft.email:
            return ""
        lines = [self.tr("These files will be saved in this folder:")]
        for planned in plan_other_files(self._draft, self.folder(), with_sheet=True):
            line = self.tr("• {file}: {purpose}").format(
                file=planned.path.name, purpose=self.file_description(planned.kind)
            )
            if planned.exists:
                line += " " + self.tr("(replaces the earlier file)")
            lines.append(line)
        return "\n".join(lines)

    def retranslate(self) -> None:
        """Every text of the section, in the current language."""
        self.enable_box.setText(
            self.tr("&Also save the settings for a phone, a tablet or another mail program")
        )
        self.intro.setText(
            self.tr(
                "A sheet to print with every setting, and files that set up a phone for "
                "you, in the folder {folder}. None of them contains your password."
            ).format(folder=self._folder_words())
        )
        self.enable_box.setAccessibleDescription(self.intro.text())
        self.details.set_texts(self.tr("Details"), self.tr("Details of the files"))
        self.folder_field.set_texts(
            self.tr("Save in &folder:"),
            self.tr("The folder is made if it does not exist yet."),
            self.tr("Folder for the settings files"),
        )
        self.choose_button.setText(self.tr("C&hoose…"))
        self.choose_button.setAccessibleDescription(self.tr("Choose another folder."))
        self.files_text.setText(self._files_sentences())
        self._sync()
