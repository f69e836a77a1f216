"""One mail program on the export page: one line saying what will happen.

"Thunderbird: your all2all account is added. A copy of its current settings is kept
first." The profile, the outgoing server to share, the trash option and the exact
files and settings written sit under Details (a helpdesk reads them; the user does not
need to). A program that is not here takes one quiet line. When something blocks
(the program is open, its settings are damaged), the reason and one Retry button sit
right under the line they concern. Planning only reads files; nothing is written here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.exporters.base import (
    ActionCode,
    ChangeKind,
    ClientReport,
    Exporter,
    ExportError,
    ExportErrorCode,
    ExportOption,
    ExportOptions,
    NoteCode,
    OutgoingCandidate,
    Plan,
    Status,
    Target,
    default_target,
)
from wizard.core.model import AccountDraft, OutgoingKind
from wizard.core.provider import MIB, Provider
from wizard.core.setup import keeps_password
from wizard.gui.colours import muted, style_colour
from wizard.gui.widgets.details import Details
from wizard.gui.widgets.field import Field
from wizard.gui.widgets.labels import INDENT, wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.texts import export as messages

log = logging.getLogger(__name__)

# Shown next to the plan, not as a list entry: the warning above says it better.
_NOTES_SHOWN_AS_PROBLEMS = {NoteCode.CLIENT_RUNNING, NoteCode.PROFILE_READ_ONLY}
_VARIANTS = {"flatpak": "Flatpak", "snap": "Snap"}


class ClientSection(QWidget):
    """Everything about one mail program; ``changed`` when the plan or a problem changes."""

    changed = Signal()

    def __init__(
        self, exporter: Exporter, provider: Provider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.exporter = exporter
        self.provider = provider
        self.client = exporter.name
        # Apple Mail has one place only (nothing to choose) and no options of ours.
        self._has_profiles = exporter.has_profiles
        self._options = exporter.options
        key = "".join(part.capitalize() for part in self.client.split("-"))
        ident = key[:1].lower() + key[1:]  # "appleMail": object names without dashes
        self.setObjectName(f"{ident}Section")
        self._draft = AccountDraft()
        self._targets: list[Target] = []
        self._candidates: list[OutgoingCandidate] = []
        self.plan: Plan | None = None
        self._found = False  # the program has a place for settings here
        self._preset_choice: bool | None = None  # IT's choice (preset "clients")
        self._locked = False  # ... and whether the user may change it
        self._problem: tuple[NoticeKind, str] | None = None  # detection/plan failure
        self._report: ClientReport | None = None  # a failed apply, until the next retry

        # The line: tick box with the program's name, what will happen, Details.
        self.enable_box = QCheckBox(self)
        self.enable_box.setObjectName(f"setUp{key}Box")
        self.enable_box.setChecked(True)
        self.summary = wrapped_label(self, f"{ident}Summary", INDENT)
        self.absent = wrapped_label(self, f"{ident}Absent")  # not on this computer
        self.problem = Notice(NoticeKind.WARNING, self, focusable=True)
        self.problem.setObjectName(f"{ident}Problem")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName(f"retry{key}Button")
        self.retry_button.clicked.connect(self.retry)
        problem_row = QHBoxLayout()
        problem_row.setContentsMargins(INDENT, 0, 0, 0)
        problem_row.addWidget(self.problem, 1)
        problem_row.addWidget(self.retry_button)

        # Under Details: where, with which options, and what exactly is written.
        self.options = QWidget()
        self.options.setObjectName(f"{ident}Options")
        self.profile_box = QComboBox(self.options)
        self.profile_field = Field(self.profile_box, f"{ident}ProfileBox", self.options)
        self.own_outgoing = QRadioButton(self.options)
        self.own_outgoing.setObjectName(f"{ident}OwnOutgoingButton")
        self.share_outgoing = QRadioButton(self.options)
        self.share_outgoing.setObjectName(f"{ident}ShareOutgoingButton")
        self.outgoing_group = QButtonGroup(self)
        self.outgoing_group.addButton(self.own_outgoing)
        self.outgoing_group.addButton(self.share_outgoing)
        self.share_box = QComboBox(self.options)
        self.share_field = Field(self.share_box, f"{ident}ShareBox", self.options)
        self.share_field.setContentsMargins(INDENT, 0, 0, 0)
        self.trash_box = QCheckBox(self.options)
        self.trash_box.setObjectName(f"{ident}EmptyTrashBox")
        self.trash_box.setChecked(True)
        self.trash_text = wrapped_label(self.options, f"{ident}EmptyTrashText", INDENT)
        self.import_box = QCheckBox(self.options)  # classic Outlook's /importprf
        self.import_box.setObjectName(f"{ident}ImportBox")
        self.password_box = QCheckBox(self.options)  # Evolution reads the keyring
        self.password_box.setObjectName(f"{ident}PasswordBox")
        self.password_box.setChecked(True)
        self.plan_text = wrapped_label(self.options, f"{ident}PlanText")
        self.settings_text = QPlainTextEdit(self.options)
        self.settings_text.setObjectName(f"{ident}Settings")
        self.settings_text.setReadOnly(True)
        self.settings_text.setTabChangesFocus(True)
        self.settings_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.settings_text.setMinimumHeight(120)
        options = QVBoxLayout(self.options)
        options.setContentsMargins(INDENT, 0, 0, 0)
        options.addWidget(self.profile_field)
        options.addWidget(self.own_outgoing)
        options.addWidget(self.share_outgoing)
        options.addWidget(self.share_field)
        options.addWidget(self.trash_box)
        options.addWidget(self.trash_text)
        options.addWidget(self.import_box)
        options.addWidget(self.password_box)
        options.addWidget(self.plan_text)
        options.addWidget(self.settings_text)
        self.details = Details(self.options, f"{ident}Details", self)
        self.details.setContentsMargins(INDENT, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.enable_box)
        layout.addWidget(self.absent)
        layout.addWidget(self.summary)
        layout.addLayout(problem_row)
        layout.addWidget(self.details)

        self.enable_box.toggled.connect(self._sync)
        self.profile_box.currentIndexChanged.connect(self._profile_chosen)
        self.share_outgoing.toggled.connect(self._options_changed)
        self.share_box.currentIndexChanged.connect(self._options_changed)
        self.trash_box.toggled.connect(self._options_changed)
        self.import_box.toggled.connect(self._options_changed)
        self._tint()
        self.retranslate()

    # -- state ---------------------------------------------------------------------------

    def target(self) -> Target | None:
        """The profile chosen now."""
        index = self.profile_box.currentIndex()
        return self._targets[index] if 0 <= index < len(self._targets) else None

    def export_options(self) -> ExportOptions:
        """The options as chosen on screen."""
        reuse = self.share_box.currentData() if self.share_outgoing.isChecked() else None
        trash_option = ExportOption.EMPTY_TRASH_ON_EXIT in self._options
        trash = self.trash_box.isChecked() if trash_option else None
        return ExportOptions(
            reuse_outgoing=reuse,
            empty_trash_on_exit=trash,
            import_outlook_prf=self._can_import() and self.import_box.isChecked(),
        )

    def gives_password(self) -> bool:
        """The user lets the program have the password through the keyring."""
        return keeps_password(self.exporter) and self.password_box.isChecked()

    def _can_import(self) -> bool:
        target = self.target()
        classic = target is not None and target.variant == "classic"
        return ExportOption.IMPORT_OUTLOOK_PRF in self._options and classic

    def wanted(self) -> bool:
        """The user wants this program set up (ticked, and it exists here)."""
        return self.enable_box.isChecked() and self._found

    def found(self) -> bool:
        """The program was found here."""
        return self._found

    def preset_choice(self, wanted: bool, locked: bool) -> None:
        """IT staff chose (``locked``: for good) whether this program is set up."""
        self._preset_choice = wanted
        self._locked = locked
        self.enable_box.setChecked(wanted and self._found)
        self.enable_box.setEnabled(self._found and not locked)

    def ready(self) -> bool:
        """Wanted, and a plan exists that can be applied now."""
        return self.wanted() and self.plan is not None and self._problem is None

    def blocks_commit(self) -> bool:
        """Wanted but not possible now (program open, damaged file...): untick or fix."""
        return self.wanted() and not self.ready()

    # -- detection and planning ----------------------------------------------------------

    def refresh(self, draft: AccountDraft) -> None:
        """Look for the program's profiles again and plan for ``draft``."""
        self._draft = draft
        self._report = None
        chosen = self.target()
        try:
            installations = self.exporter.detect()
        except ExportError as error:
            log.warning("%s: detection failed: %s", self.client, error)
            self._set_targets([], None)
            self._set_problem(NoticeKind.ERROR, self._error_text(error.code))
            return
        targets = [t for installation in installations for t in installation.targets]
        keep = chosen if chosen in targets else default_target(installations)
        self._set_targets(targets, keep or (targets[0] if targets else None))
        self._load_candidates()
        self.replan()

    def retry(self) -> None:
        """The Retry button: look again, plan again."""
        self.refresh(self._draft)

    def replan(self) -> None:
        """Plan with the profile and options chosen now (reads files, writes nothing)."""
        target = self.target()
        self.plan = None
        self._problem = None
        if target is not None:
            try:
                self.plan = self.exporter.plan(
                    target, self._draft, self.provider, self.export_options()
                )
            except ExportError as error:
                log.warning("%s: planning failed: %s", self.client, error)
                self._problem = (NoticeKind.ERROR, self._error_text(error.code))
            except ValueError as error:  # an incomplete draft (pages built for pictures)
                log.info("%s: nothing to plan yet: %s", self.client, error)
        if self.plan is not None and NoteCode.CLIENT_RUNNING in self.plan.notes:
            self._problem = (NoticeKind.WARNING, self._error_text(ExportErrorCode.CLIENT_RUNNING))
        elif self.plan is not None and NoteCode.PROFILE_READ_ONLY in self.plan.notes:
            self._problem = (
                NoticeKind.ERROR,
                self._error_text(ExportErrorCode.PROFILE_READ_ONLY),
            )
        self.retranslate()
        self.changed.emit()

    def show_report(self, report: ClientReport) -> None:
        """After an apply run: a failure is explained here until the next retry."""
        self._report = report if report.failed else None
        self.retranslate()
        self.changed.emit()

    def _set_problem(self, kind: NoticeKind, text: str) -> None:
        self.plan = None
        self._problem = (kind, text)
        self.retranslate()
        self.changed.emit()

    def _set_targets(self, targets: list[Target], chosen: Target | None) -> None:
        self._targets = targets
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for target in targets:
            self.profile_box.addItem("", str(target.path))
        self.profile_box.setCurrentIndex(targets.index(chosen) if chosen in targets else -1)
        self.profile_box.blockSignals(False)
        found_before, self._found = self._found, bool(targets)
        if not targets:
            self.enable_box.setChecked(False)
        elif not found_before:  # found now (at the start, or after a Retry): offer it
            choice = self._preset_choice
            self.enable_box.setChecked(True if choice is None else choice)
        self.enable_box.setEnabled(bool(targets) and not self._locked)

    def _load_candidates(self) -> None:
        target = self.target()
        try:
            self._candidates = list(self.exporter.outgoing_candidates(target)) if target else []
        except ExportError as error:  # the plan will say what is wrong
            log.info("%s: no outgoing servers listed: %s", self.client, error)
            self._candidates = []
        current = self.share_box.currentData()
        self.share_box.blockSignals(True)
        self.share_box.clear()
        for candidate in self._candidates:
            self.share_box.addItem("", candidate.ref)
        refs = [c.ref for c in self._candidates]
        # An internet provider's server (no login) sends for any address: offer it first.
        ranked = sorted(self._candidates, key=lambda c: (c.username != "", not c.is_default))
        default = ranked[0].ref if ranked else ""
        index = refs.index(current) if current in refs else refs.index(default) if refs else -1
        self.share_box.setCurrentIndex(index)
        self.share_box.blockSignals(False)
        if not self._candidates or not self.share_outgoing.isChecked():
            self.own_outgoing.setChecked(True)

    def _profile_chosen(self) -> None:
        self._load_candidates()
        self.replan()

    def _options_changed(self) -> None:
        if self._targets:
            self.replan()
        else:
            self._sync()

    def _error_text(self, code: ExportErrorCode) -> str:
        what = messages.error_message(code, self.client)
        return f"{what} {messages.error_advice(code, self.client)}"

    # -- drawing -------------------------------------------------------------------------

    def _sync(self) -> None:
        found = bool(self._targets)
        self.enable_box.setVisible(found or self._problem is not None)
        self.absent.setVisible(not found and self._problem is None)
        ticked = found and self.enable_box.isChecked()
        self.summary.setVisible(ticked and self.plan is not None)
        self.details.setVisible(ticked and self.plan is not None)
        self.profile_field.setVisible(self._has_profiles)
        trash = ExportOption.EMPTY_TRASH_ON_EXIT in self._options
        self.trash_box.setVisible(trash)
        self.trash_text.setVisible(trash)
        self.import_box.setVisible(self._can_import())
        self.password_box.setVisible(keeps_password(self.exporter))
        has_candidates = bool(self._candidates)
        self.own_outgoing.setVisible(has_candidates)
        self.share_outgoing.setVisible(has_candidates)
        self.share_field.setVisible(has_candidates and self.share_outgoing.isChecked())
        kind, text = self._problem_text()
        self.problem.set_kind(kind)
        self.problem.show_text(text if self.enable_box.isChecked() or not found else "")
        self.retry_button.setVisible(bool(self.problem.text()))
        has_settings = self.plan is not None and bool(self.plan.actions)
        self.settings_text.setVisible(has_settings)
        self.changed.emit()

    def _problem_text(self) -> tuple[NoticeKind, str]:
        name = messages.client_name(self.client)
        if self._report is not None:
            needs_user = self._report.status is Status.NEEDS_USER_ACTION
            kind = NoticeKind.WARNING if needs_user else NoticeKind.ERROR
            go_on = self.tr("To go on without {client}, untick it.")
            text = f"{messages.report_text(self._report)} {go_on.format(client=name)}"
            return kind, text
        if self._problem is None:
            return NoticeKind.INFO, ""
        return self._problem

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()
        super().changeEvent(event)

    def _tint(self) -> None:
        self.absent.setStyleSheet(f"color: {style_colour(muted(self.palette()))};")

    def retranslate(self) -> None:
        """Every text of the section, in the current language."""
        name = messages.client_name(self.client)
        self.enable_box.setText(name)
        self.enable_box.setAccessibleDescription(
            self.summary_text()
            or self.tr("Untick this to leave {client} as it is.").format(client=name)
        )
        self.summary.setText(self.summary_text())
        self.absent.setText(self.tr("{client}: not on this computer.").format(client=name))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setAccessibleDescription(
            self.tr("Looks at {client} and its settings again.").format(client=name)
        )
        self.details.set_texts(
            self.tr("Details"), self.tr("Details for {client}").format(client=name)
        )
        for index, each in enumerate(self._targets):
            self.profile_box.setItemText(index, self._target_label(each))
        if self.client == "outlook":
            self.profile_field.set_texts(
                self.tr("Version:"),
                self.tr("Which {client} you use: the classic one or the new one.").format(
                    client=name
                ),
                self.tr("Version"),
            )
        else:
            self.profile_field.set_texts(
                self.tr("Profile:"),
                self.tr("{client} keeps its settings in a profile.").format(client=name),
                self.tr("Profile"),
            )
        self.own_outgoing.setText(
            self.tr("Send through the outgoing server chosen in this assistant ({server})").format(
                server=self._own_server()
            )
        )
        self.own_outgoing.setAccessibleDescription(
            self.tr(
                "A new outgoing server is added to {client} only if it does not have it yet."
            ).format(client=name)
        )
        self.share_outgoing.setText(
            self.tr("Share an existing outgoing server of {client}").format(client=name)
        )
        self.share_outgoing.setAccessibleDescription(
            self.tr(
                "If you already send mail from {client} with another account, you can share "
                "its outgoing server with your all2all account."
            ).format(client=name)
        )
        for index, candidate in enumerate(self._candidates):
            self.share_box.setItemText(index, self._candidate_label(candidate))
        self.share_field.set_texts(
            self.tr("Outgoing server to share:"),
            self.tr(
                "Only a server of your internet provider sends for every address; another "
                "mail service's server may refuse mail from your all2all address."
            ),
            self.tr("Outgoing server to share"),
        )
        self.trash_box.setText(self.tr("Empty the trash when {client} closes").format(client=name))
        self.trash_text.setText(
            self.tr(
                "Deleted messages stay on the server, and count towards your {quota} MB, "
                "until the trash is emptied."
            ).format(quota=self.provider.quota_bytes // MIB)
        )
        self.trash_box.setAccessibleDescription(self.trash_text.text())
        self.import_box.setText(
            self.tr("Let {client} add the account itself (experimental)").format(client=name)
        )
        self.import_box.setAccessibleDescription(
            self.tr(
                "Opens {client} with a file that adds a new profile with your account. If "
                "that does not work, follow the steps shown at the end."
            ).format(client=name)
        )
        self.password_box.setText(
            self.tr("Give {client} my password through this computer's password safe").format(
                client=name
            )
        )
        self.password_box.setAccessibleDescription(
            self.tr(
                "Then {client} does not ask for it. Untick this to type it in {client} yourself."
            ).format(client=name)
        )
        self.plan_text.setText(self._plan_sentences())
        self.settings_text.setPlainText(
            "\n".join(messages.action_message(a) for a in self.plan.actions) if self.plan else ""
        )
        self.settings_text.setAccessibleName(self.tr("Settings that will be written"))
        self.settings_text.setAccessibleDescription(
            self.tr("One line per setting, as written in the file.")
        )
        self._sync()

    def summary_text(self) -> str:
        """What will happen, in one sentence (no paths: those are under Details)."""
        plan = self.plan
        if plan is None:
            return ""
        if self.client == "outlook":
            return self.tr(
                "You add the account in Outlook's own windows: the last page shows each step, "
                "with every value to copy."
            )
        if self.client == "apple-mail":
            return self.tr(
                "The assistant opens a settings file. You approve it in System Settings; the "
                "last page shows how."
            )
        if plan.change is ChangeKind.UNCHANGED:
            return self.tr("Your all2all account is already set up like this. Nothing changes.")
        if plan.change is ChangeKind.UPDATE_ACCOUNT:
            return self.tr(
                "Your all2all account is already there: Set up gives it the right settings. "
                "A copy of the current settings is kept first."
            )
        return self.tr(
            "Set up adds your all2all account. A copy of the current settings is kept first."
        )

    def _own_server(self) -> str:
        outgoing = self._draft.outgoing
        if outgoing.kind is OutgoingKind.ISP_RELAY and outgoing.relay is not None:
            return outgoing.relay.host
        return self.provider.smtp.host

    def _target_label(self, target: Target) -> str:
        label = target.name
        if target.variant in _VARIANTS:
            label = f"{label} ({_VARIANTS[target.variant]})"
        if target.is_default:
            label = self.tr("{profile} (the one {client} opens)").format(
                profile=label, client=messages.client_name(self.client)
            )
        return label

    def _candidate_label(self, candidate: OutgoingCandidate) -> str:
        if candidate.username:
            return self.tr("{host}, port {port}, username {login}").format(
                host=candidate.host, port=candidate.port, login=candidate.username
            )
        return self.tr("{host}, port {port}, no password").format(
            host=candidate.host, port=candidate.port
        )

    def _plan_sentences(self) -> str:
        """For the helpdesk: the profile, the files changed and the notes."""
        plan = self.plan
        if plan is None:
            return ""
        client = self.client
        lines = [messages.change_message(plan.change, client, self._draft.email, plan.target.name)]
        if plan.change is not ChangeKind.UNCHANGED:
            for action in plan.actions:
                if action.code is ActionCode.CREATE_FILE:
                    lines.append(self.tr("New file: {file}").format(file=action.path))
                elif action.code is ActionCode.BACKUP_FILE:
                    lines.append(self.tr("File changed: {file}").format(file=action.path))
            lines.append(self.tr("Your password is not written into this file."))
        lines += [
            "• " + messages.note_message(note, client)
            for note in plan.notes
            if note not in _NOTES_SHOWN_AS_PROBLEMS
        ]
        return "\n".join(lines)
