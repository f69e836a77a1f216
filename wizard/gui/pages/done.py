"""Done: the result first, a button to open the mail program, then what to do next.

Per mail program one line: ready, one thing left for you (with the way to do it), or
failed (why, and what to do). "Open Thunderbird" starts the program just set up. Then
the next steps the provider's guide asks for: webmail's From address (with the
webmail's own menu names, and its tip to switch the language), emptying the trash,
and the administrator for vacation messages and forwarding. The settings for a phone
are one table (under a disclosure, opened when no program was set up) with the sheet
to save in one click. Backups and paths sit under Details, for the helpdesk.

Before a commit (screenshots, the foundation build) it shows the settings to check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.exporters.base import ClientReport, NoteCode, ReportCode, Status
from wizard.core.formats.saving import CLIENT as OTHER
from wizard.core.formats.saving import FOLDER_NAME
from wizard.core.language import Language
from wizard.core.launch_program import launch_command
from wizard.core.mailto import mailto_url
from wizard.core.model import AccountDraft, Protocol
from wizard.core.provider import MIB, Provider
from wizard.core.removal import RemovalOutcome
from wizard.gui.draft_store import DraftStore
from wizard.gui.export_session import ExportSession
from wizard.gui.pages.base import BasePage
from wizard.gui.removal import (
    RemovalContext,
    RemovalRequest,
    RemoveDialog,
    Remover,
    ask_to_remove,
)
from wizard.gui.widgets.details import Details
from wizard.gui.widgets.focus import chain_focus
from wizard.gui.widgets.labels import INDENT, wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.gui.widgets.phone_settings import PhoneSettings
from wizard.texts import export as export_messages
from wizard.texts.removal import outcome_text
from wizard.texts.strength import keyring_message

if TYPE_CHECKING:
    from wizard.gui.widgets.outlook_guide import OutlookGuide, OutlookGuideDialog

_STATUS_KIND = {
    Status.DONE: NoticeKind.INFO,
    Status.NEEDS_USER_ACTION: NoticeKind.WARNING,
    Status.FAILED: NoticeKind.ERROR,
}

# The programs "Remove the account again" knows how to take the account out of.
REMOVABLE = ("thunderbird", "evolution")

UrlOpener = Callable[[QUrl], bool]
Launcher = Callable[[Sequence[str]], bool]
SheetSaver = Callable[[AccountDraft, Provider], Path]


def start_detached(command: Sequence[str]) -> bool:
    """The default launcher: start the program and let it live on after the assistant."""
    started, _pid = QProcess.startDetached(command[0], list(command[1:]))
    return bool(started)


class ResultLine(QWidget):
    """One mail program's outcome, and the button that goes with it (open it, show the
    steps, open the folder)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.notice = Notice(NoticeKind.INFO, self, focusable=True)
        self.notice.setObjectName(f"{object_name}Text")
        self.button = QPushButton(self)
        self.button.setObjectName(f"{object_name}Button")
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice, 1)
        layout.addWidget(self.button)
        self.action: Callable[[], None] | None = None
        self.button.clicked.connect(self._act)

    def show_result(
        self,
        kind: NoticeKind,
        text: str,
        button: str = "",
        action: Callable[[], None] | None = None,
    ) -> None:
        """The text with its icon; ``button`` (with ``action``) next to it, or none."""
        self.notice.set_kind(kind)
        self.notice.show_text(text)
        self.action = action
        self.button.setText(button)
        self.button.setAccessibleDescription(text)
        self.button.setVisible(bool(button) and action is not None)
        self.setVisible(bool(text))

    def _act(self) -> None:
        if self.action is not None:
            self.action()


class DonePage(BasePage):
    """The end: results, the program to open, next steps, settings for a phone."""

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        open_url: UrlOpener = QDesktopServices.openUrl,
        session: ExportSession | None = None,
        parent: QWidget | None = None,
        launch: Launcher = start_detached,
        save_sheet: SheetSaver | None = None,
        platform: str = sys.platform,
        removal: RemovalContext | None = None,
    ) -> None:
        super().__init__(store, provider, parent)
        self._open_url = open_url
        self._launch = launch
        self._save_sheet = save_sheet or _save_sheet_in_documents
        self._platform = platform
        self.session = session or ExportSession(self)
        self.outlook_guide: OutlookGuide | None = None  # made when Outlook needs it
        self._guide_dialog: OutlookGuideDialog | None = None
        # "Remove the account again…" for the programs this run set up (under Details).
        self.remover = Remover(provider, removal, parent=self) if removal else None
        if self.remover is not None:
            self.remover.finished.connect(self._removed)
        self.removed: dict[str, RemovalOutcome] = {}
        self.remove_buttons: dict[str, QPushButton] = {}
        self.remove_dialog: RemoveDialog | None = None

        # The result first: one line per program, then the password.
        self.results = QWidget(self)
        self.results.setObjectName("results")
        self._results_layout = QVBoxLayout(self.results)
        self._results_layout.setContentsMargins(0, 0, 0, 0)
        self.result_lines: list[ResultLine] = []
        self.launch_result = Notice(NoticeKind.WARNING, self, focusable=True)
        self.launch_result.setObjectName("launchResult")
        self.launch_result.hide()

        # What to do next, as the guide asks.
        self.next_title = wrapped_label(self, "nextStepsTitle")
        bold = self.next_title.font()
        bold.setBold(True)
        self.next_title.setFont(bold)
        self.webmail_text = wrapped_label(self, "webmailText", INDENT)
        self.webmail_button = QPushButton(self)
        self.webmail_button.setObjectName("webmailButton")
        self.webmail_button.clicked.connect(self._open_webmail)
        self.trash_text = wrapped_label(self, "trashText", INDENT)
        self.admin_text = wrapped_label(self, "administratorText", INDENT)
        self.admin_button = QPushButton(self)
        self.admin_button.setObjectName("administratorButton")
        self.admin_button.clicked.connect(self._write_to_administrator)

        # Settings for a phone, and the sheet to print.
        phone = QWidget()
        phone_layout = QVBoxLayout(phone)
        phone_layout.setContentsMargins(INDENT, 0, 0, 0)
        self.phone_intro = wrapped_label(phone, "phoneIntro")
        self.phone_settings = PhoneSettings(phone)
        self.sheet_button = QPushButton(phone)
        self.sheet_button.setObjectName("saveSheetButton")
        self.sheet_button.clicked.connect(self._save_and_open_sheet)
        self.sheet_result = Notice(NoticeKind.INFO, phone)
        self.sheet_result.setObjectName("sheetResult")
        self.sheet_result.hide()
        phone_layout.addWidget(self.phone_intro)
        phone_layout.addWidget(self.phone_settings)
        phone_layout.addLayout(_left_aligned(self.sheet_button))
        phone_layout.addWidget(self.sheet_result)
        self.phone = Details(phone, "phoneDetails", self)

        # For the helpdesk: profile folders, backups, files; removing the account again.
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        self.details_text = wrapped_label(details, "doneDetailsText")
        details_layout.addWidget(self.details_text)
        self._remove_row = QHBoxLayout()
        self._remove_row.addStretch(1)
        details_layout.addLayout(self._remove_row)
        self.remove_result = Notice(NoticeKind.INFO, details)
        self.remove_result.setObjectName("removeResult")
        self.remove_result.hide()
        details_layout.addWidget(self.remove_result)
        self.details = Details(details, "doneDetails", self)

        layout = self.body_layout
        layout.addWidget(self.results)
        layout.addWidget(self.launch_result)
        layout.addSpacing(8)
        layout.addWidget(self.next_title)
        layout.addLayout(_with_button(self.webmail_text, self.webmail_button))
        layout.addWidget(self.trash_text)
        layout.addLayout(_with_button(self.admin_text, self.admin_button))
        layout.addSpacing(8)
        layout.addWidget(self.phone)
        layout.addStretch(1)
        layout.addWidget(self.details)
        self.store.changed.connect(lambda _draft: self._fill())
        self.session.changed.connect(self.retranslate)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self._fill()
        programs_done = any(r.client != OTHER and not r.failed for r in self.session.reports())
        # No mail program has the account (or nothing was set up yet): the table is what
        # the user needs now.
        self.phone.set_open(not programs_done)

    def is_done_page(self) -> bool:
        """True after the export page's commit: the page reports what was done."""
        return self.session.committed

    # -- the results -------------------------------------------------------------------

    def result_texts(self) -> list[tuple[Status | None, str]]:
        """One (status, text) per line shown; status None for "none set up"."""
        return [(status, text) for status, text, _button, _action in self._results()]

    def _results(self) -> list[tuple[Status | None, str, str, Callable[[], None] | None]]:
        reports = self.session.reports()
        if not reports:
            return [(None, self._nothing_set_up(), "", None)]
        lines = [self._result(report) for report in reports]
        keyring = self.session.keyring_status
        if keyring is not None and keyring_message("store", keyring):
            # Information either way: the mail program asks for the password when it
            # needs it (its own line says so); nothing here is for the user to do.
            lines.append((Status.DONE, keyring_message("store", keyring), "", None))
        return lines

    def _nothing_set_up(self) -> str:
        return self.tr(
            "No mail program has your account yet. Add it in your mail program with the "
            "settings below."
        )

    def _result(
        self, report: ClientReport
    ) -> tuple[Status | None, str, str, Callable[[], None] | None]:
        client = report.client
        name = export_messages.client_name(client)
        if client == OTHER:
            if report.failed:
                return report.status, export_messages.report_text(report), "", None
            text = self.tr("The settings for a phone are saved in “{folder}” in your Documents.")
            return (
                report.status,
                text.format(folder=Path(report.details.get("folder", FOLDER_NAME)).name),
                self.tr("Open the folder"),
                self._open_other_folder,
            )
        if report.failed:
            return report.status, export_messages.report_text(report), "", None
        outcome = self.removed.get(client)
        if outcome is not None and outcome.removed:
            text = self.tr("The account is no longer in {client}: you removed it again.")
            return Status.DONE, text.format(client=name), "", None
        if client == "outlook":
            return (
                report.status,
                self.tr(
                    "Outlook: one thing is left for you. Add the account in Outlook's own "
                    "windows; the steps show every value to copy."
                ),
                self.tr("Show the steps"),
                self._show_outlook_steps,
            )
        if client == "apple-mail":
            steps = export_messages.apple_profile_steps(
                f"{self.provider.name} ({self.store.draft.email})"
            )
            text = self.tr("Mail: one thing is left for you. Approve the settings on this Mac:")
            return report.status, f"{text}\n{export_messages.numbered(steps)}", "", None
        if report.code == ReportCode.ACCOUNT_UNCHANGED:
            text = self.tr("{client} already had your account exactly like this.")
        elif report.code == ReportCode.ACCOUNT_UPDATED:
            text = self.tr("{client} is ready: your account there was updated, not added twice.")
        else:
            text = self.tr("{client} is ready.")
        text = text.format(client=name)
        if NoteCode.PASSWORD_SAVED in report.notes:
            text += " " + self.tr("It knows your password.")
        elif NoteCode.PASSWORD_ASKED_AT_FIRST_START in report.notes:
            text += " " + self.tr(
                "It asks for your password once, the first time: type it and let it remember it."
            )
        command = launch_command(client, self.session.target(client), self._platform)
        if command is None:
            return report.status, text, "", None
        return (
            report.status,
            text,
            self.tr("Open {client}").format(client=name),
            lambda: self._open_program(command),
        )

    def _open_program(self, command: Sequence[str]) -> None:
        if self._launch(command):
            self.launch_result.show_text("")
            return
        self.launch_result.show_text(
            self.tr("The program could not be started from here. Start it as you usually do.")
        )

    def _fill_results(self) -> None:
        self.results.setVisible(self.is_done_page())
        if not self.is_done_page():
            return
        lines = self._results()
        while len(self.result_lines) < len(lines):
            line = ResultLine(f"result{len(self.result_lines)}", self.results)
            self._results_layout.addWidget(line)
            self.result_lines.append(line)
        for index, widget in enumerate(self.result_lines):
            if index < len(lines):
                status, text, button, action = lines[index]
                kind = _STATUS_KIND[status] if status else NoticeKind.WARNING
                widget.show_result(kind, text, button, action)
            else:
                widget.show_result(NoticeKind.INFO, "")

    def _show_outlook_steps(self) -> None:
        """Outlook's own dialogs, step by step with copy buttons, in a window of their own."""
        report = self.session.report("outlook")
        guide = report.details.get("guide") if report is not None else None
        if guide is None:
            return
        from wizard.core.exporters.outlook.guide import OutlookKind
        from wizard.gui.widgets.outlook_guide import OutlookGuideDialog

        if self._guide_dialog is None:
            self._guide_dialog = OutlookGuideDialog(self)
            self.outlook_guide = self._guide_dialog.guide
        assert self.outlook_guide is not None
        self.outlook_guide.set_account(OutlookKind(guide), self.store.draft, self.provider)
        self._guide_dialog.setWindowTitle(self.tr("Outlook, step by step"))
        self._guide_dialog.show()

    def _open_other_folder(self) -> None:
        report = self.session.report(OTHER)
        if report is not None and "folder" in report.details:
            self._open_url(QUrl.fromLocalFile(report.details["folder"]))

    # -- details for the helpdesk --------------------------------------------------------

    def details_lines(self) -> list[str]:
        """Where things are: profile folders, files, copies of earlier settings."""
        lines: list[str] = []
        for report in self.session.reports():
            name = export_messages.client_name(report.client)
            if report.client == OTHER:
                files = [v for k, v in sorted(report.details.items()) if k.startswith("file")]
                lines += [self.tr("Saved: {file}").format(file=file) for file in files]
                continue
            if report.target is not None:
                lines.append(
                    self.tr("{client}: {folder}").format(client=name, folder=report.target)
                )
            lines += [
                self.tr("Copy of the previous settings: {file}").format(file=backup)
                for backup in report.backups
            ]
            if report.failed:
                lines.append(self.tr("{client}: code {code}").format(client=name, code=report.code))
        return lines

    # -- next steps ----------------------------------------------------------------------

    def webmail_advice(self) -> str:
        """Webmail, its server choice, and where the From address is typed, in the
        webmail's own words (it starts in English; the guide's tip to switch it)."""
        provider = self.provider
        menus = provider.webmail_menus
        text = self.tr(
            "Webmail: read your mail in a web browser at {url}. Log in with your username "
            "and password and choose the server “{server}”. The webmail is in English at "
            "first: open “{preferences}”, then “{mail}”, and type your e-mail address "
            "exactly as you received it. It becomes the sender of the mail you send there."
        ).format(
            url=provider.webmail_url,
            server=provider.webmail_server_choice,
            preferences=menus.preferences,
            mail=menus.mail,
        )
        if self.store.draft.language is Language.DUTCH:
            dutch = provider.webmail_menus_nl
            text += " " + self.tr(
                "Under “{main}” you can choose “{dutch}”; the menus are then called "
                "“{preferences}” and “{mail}”."
            ).format(
                main=menus.main,
                dutch=provider.webmail_dutch,
                preferences=dutch.preferences,
                mail=dutch.mail,
            )
        else:
            text += " " + self.tr("Under “{main}” you can choose another language.").format(
                main=menus.main
            )
        return text

    def administrator_mailto(self) -> str:
        """The draft to the administrator about vacation messages and forwarding."""
        draft = self.store.draft
        subject = self.tr("Vacation message or forwarding for my mailbox {email}").format(
            email=draft.email
        )
        body = self.tr(
            "Hello,\n\nCould you set up a vacation message or forwarding for my all2all "
            "mailbox?\n\nE-mail address: {email}\nUsername: {username}\n\nWhat I would like:\n"
            "\n\nThank you,\n{name}"
        ).format(email=draft.email, username=draft.username, name=draft.display_name)
        return mailto_url(self.provider.administrator.email, subject, body)

    def _write_to_administrator(self) -> None:
        self._open_url(QUrl(self.administrator_mailto()))

    def _open_webmail(self) -> None:
        self._open_url(QUrl(self.provider.webmail_url))

    def _save_and_open_sheet(self) -> None:
        """The printable sheet in one click: saved in Documents, then opened."""
        try:
            path = self._save_sheet(self.store.draft, self.provider)
        except (OSError, ValueError):
            self.sheet_result.set_kind(NoticeKind.ERROR)
            self.sheet_result.show_text(
                self.tr("The sheet could not be saved. Check that your Documents folder exists.")
            )
            return
        self.sheet_result.set_kind(NoticeKind.INFO)
        self.sheet_result.show_text(
            self.tr("Saved as “{file}” in “{folder}”.").format(
                file=path.name, folder=path.parent.name
            )
        )
        self._open_url(QUrl.fromLocalFile(str(path)))

    # -- texts ---------------------------------------------------------------------------

    def _fill(self) -> None:
        draft = self.store.draft
        self.phone_settings.show_account(draft, self.provider)
        kind = "IMAP" if draft.protocol is Protocol.IMAP else "POP3"
        intro = self.tr(
            "Add an account of the type {kind} and type these values. Copy each one with "
            "its button."
        ).format(kind=kind)
        files = self.session.report(OTHER)
        if files is not None and not files.failed:  # the saved files do it for a phone
            intro = export_messages.numbered(export_messages.phone_steps())
        self.phone_intro.setText(intro)
        self._fill_results()
        lines = self.details_lines() if self.is_done_page() else []
        self.details_text.setText("\n".join(lines))
        self.details_text.setVisible(bool(lines))
        self._fill_remove_buttons()
        self.details.setVisible(bool(lines) or bool(self._removable()))
        table = self.phone_settings
        chain_focus(
            [
                *(w for line in self.result_lines for w in (line.notice.label, line.button)),
                self.launch_result.label,
                self.webmail_button,
                self.admin_button,
                self.phone.button,
                *(w for row in table.rows.values() for w in (row.field, row.button)),
                self.sheet_button,
                self.details.button,
                *self.remove_buttons.values(),
            ]
        )

    # -- removing the account again ------------------------------------------------------

    def _removable(self) -> list[str]:
        """The programs this run set up that the account can be removed from again."""
        if self.remover is None or not self.is_done_page():
            return []
        return [
            report.client
            for report in self.session.reports()
            if report.client in REMOVABLE
            and not report.failed
            and self.session.target(report.client) is not None
        ]

    def _fill_remove_buttons(self) -> None:
        removable = self._removable()
        for client in removable:
            if client not in self.remove_buttons:
                button = QPushButton(self.details.content)
                button.setObjectName(f"remove{client.capitalize()}Button")
                button.clicked.connect(lambda _checked=False, c=client: self.ask_removal(c))
                self._remove_row.insertWidget(self._remove_row.count() - 1, button)
                self.remove_buttons[client] = button
        busy = self.remover is not None and self.remover.running
        for client, button in self.remove_buttons.items():
            name = export_messages.client_name(client)
            button.setText(self.tr("Remove the account from {client} again…").format(client=name))
            gone = client in self.removed and self.removed[client].removed
            button.setVisible(client in removable and not gone)
            button.setEnabled(not busy)
        outcomes = [self.removed[c] for c in self.remove_buttons if c in self.removed]
        self.remove_result.show_text(" ".join(outcome_text(o) for o in outcomes))
        failed = any(o.failure is not None for o in outcomes)
        self.remove_result.set_kind(NoticeKind.ERROR if failed else NoticeKind.INFO)

    def ask_removal(self, client: str) -> None:
        """ "Remove the account again…": ask first, then remove in a worker."""
        target = self.session.target(client)
        if self.remover is None or self.remover.running or target is None:
            return
        draft = self.store.draft
        request = RemovalRequest(
            client,
            draft.username,
            draft.email or draft.username,
            draft.protocol.value,
            target.path,
        )
        self.remove_dialog = ask_to_remove(request, self, self._remove, self._dialog_gone)

    def _dialog_gone(self) -> None:
        self.remove_dialog = None

    def _remove(self, request: RemovalRequest) -> None:
        assert self.remover is not None
        self.remover.start(request)
        self._fill()

    def _removed(self, outcome: RemovalOutcome) -> None:
        self.removed[outcome.client] = outcome
        self.retranslate()

    def _set_titles(self) -> None:
        reports = self.session.reports()
        programs = [r for r in reports if r.client != OTHER]
        if not self.is_done_page():
            self.setTitle(self.tr("Your settings"))
            self.setSubTitle(self.tr("Check your settings. You can go back to change any of them."))
        elif any(report.failed for report in reports):
            self.setTitle(self.tr("Not everything could be set up"))
            self.setSubTitle(self.tr("Below: what happened, and what you can do."))
        elif not programs and self.session.report(OTHER) is not None:
            self.setTitle(self.tr("Done: your settings are saved"))
            self.setSubTitle(
                self.tr("Add your account in your mail program with the settings below.")
            )
        elif not programs:
            self.setTitle(self.tr("Almost done: add the account in your mail program"))
            self.setSubTitle(self.tr("Your account works. The settings below are all you need."))
        elif all(report.status is Status.DONE for report in programs):
            self.setTitle(self.tr("Done: your mail is ready"))
            self.setSubTitle(self.tr("Your all2all account is set up and tested."))
        else:
            self.setTitle(self.tr("Almost done: one thing is left for you"))
            self.setSubTitle(self.tr("Your account is tested. Below: the last step."))

    def retranslate(self) -> None:
        provider = self.provider
        self._set_titles()
        self.next_title.setText(self.tr("Good to know"))
        self.webmail_text.setText(self.webmail_advice())
        self.webmail_button.setText(self.tr("Open &webmail"))
        self.webmail_button.setAccessibleDescription(provider.webmail_url)
        self.trash_text.setText(
            self.tr(
                "Your mailbox holds {quota} MB. Empty the trash now and then: deleted "
                "messages stay on the server until you do. A message can be at most {size} MB."
            ).format(quota=provider.quota_bytes // MIB, size=provider.max_message_bytes // MIB)
        )
        self.admin_text.setText(
            self.tr(
                "A vacation message or forwarding is set up by your administrator, the "
                "person who gave you your username."
            )
        )
        self.admin_button.setText(self.tr("Write to my &administrator"))
        self.admin_button.setAccessibleDescription(
            self.tr("Opens a new message to your administrator in your mail program.")
        )
        self.phone.set_texts(
            self.tr("Settings for a &phone or another program"),
            self.tr("Settings for a phone or another program"),
        )
        self.sheet_button.setText(self.tr("Save the settings &sheet to print (PDF)"))
        self.sheet_button.setAccessibleDescription(
            self.tr("Saves every setting on one page in your Documents, without your password.")
        )
        self.details.set_texts(self.tr("&Details"), self.tr("Details for the helpdesk"))
        self._fill()


def _save_sheet_in_documents(draft: AccountDraft, provider: Provider) -> Path:
    """The sheet in ``Documents/all2all e-mail``, in the wizard's language."""
    from wizard.gui.pages.export_files import default_folder
    from wizard.pdf.settings_sheet import write_settings_sheet

    folder = default_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return write_settings_sheet(draft, provider, folder, draft.language)


def _left_aligned(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _with_button(text: QWidget, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(text, 1)
    row.addWidget(button)
    return row
