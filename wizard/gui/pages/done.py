"""Summary and done page: what was set up, every setting, webmail, and what to do next.

Before the export page's commit (or without one) it shows the settings to check. After
it, the page says what was done for each mail program: done, or what happened and what
to do, the backups made, and that the program asks for the password once.

It repeats the guide's advice where the user needs it: webmail's From address, emptying
the trash, the quota, and that vacation messages and forwarding are set up by the
administrator (with a prefilled mail draft; never the password).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.exporters.base import ClientReport, NoteCode, ReportCode, Status
from wizard.core.formats.saving import CLIENT as OTHER
from wizard.core.keyring_store import KeyringStatus
from wizard.core.mailto import mailto_url
from wizard.core.model import AccountDraft, OutgoingKind, Protocol
from wizard.core.provider import MIB, Provider
from wizard.gui.draft_store import DraftStore
from wizard.gui.export_session import ExportSession
from wizard.gui.pages.base import BasePage
from wizard.gui.widgets.copy_row import CopyRow
from wizard.gui.widgets.labels import wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.texts import export as export_messages
from wizard.texts.strength import keyring_message

if TYPE_CHECKING:
    from wizard.gui.widgets.outlook_guide import OutlookGuide

_STATUS_KIND = {
    Status.DONE: NoticeKind.INFO,
    Status.NEEDS_USER_ACTION: NoticeKind.WARNING,
    Status.FAILED: NoticeKind.ERROR,
}

UrlOpener = Callable[[QUrl], bool]
_VALUE_ROWS = ("email", "username", "incomingHost", "incomingPort", "outgoingHost", "outgoingPort")


class DonePage(BasePage):
    """Read-only overview; opening webmail or a draft to the administrator are the actions."""

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        open_url: UrlOpener = QDesktopServices.openUrl,
        session: ExportSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, provider, parent)
        self._open_url = open_url
        self.session = session or ExportSession(self)
        self.results_box = QGroupBox(self)
        self.results_box.setObjectName("resultsBox")
        self.results_layout = QVBoxLayout(self.results_box)
        self.result_notices: list[Notice] = []
        self.folder_button = QPushButton(self.results_box)
        self.folder_button.setObjectName("openFolderButton")
        self.folder_button.clicked.connect(self._open_other_folder)
        self.folder_button.setVisible(False)
        self.results_layout.addLayout(_left_aligned(self.folder_button))
        self.outlook_guide: OutlookGuide | None = None  # made when Outlook needs it
        self.settings_box = QGroupBox(self)
        self.settings_box.setObjectName("settingsBox")
        self.settings_form = QFormLayout(self.settings_box)
        self.settings_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        # The values a phone or another program asks for, each with a Copy button.
        self.values_box = QGroupBox(self)
        self.values_box.setObjectName("valuesBox")
        self.values_intro = wrapped_label(self.values_box, "valuesIntro")
        values = QVBoxLayout(self.values_box)
        values.addWidget(self.values_intro)
        self.value_rows: list[CopyRow] = []
        for name in _VALUE_ROWS:
            row = CopyRow(f"{name}Copy", self.values_box)
            values.addWidget(row)
            self.value_rows.append(row)

        self.webmail_box = QGroupBox(self)
        self.webmail_box.setObjectName("webmailBox")
        self.webmail_text = wrapped_label(self.webmail_box, "webmailText")
        self.webmail_button = QPushButton(self.webmail_box)
        self.webmail_button.setObjectName("webmailButton")
        self.webmail_button.clicked.connect(self._open_webmail)
        webmail = QVBoxLayout(self.webmail_box)
        webmail.addWidget(self.webmail_text)
        webmail.addLayout(_left_aligned(self.webmail_button))

        self.advice_box = QGroupBox(self)
        self.advice_box.setObjectName("adviceBox")
        self.advice_text = wrapped_label(self.advice_box, "adviceText")
        self.admin_text = wrapped_label(self.advice_box, "administratorText")
        self.admin_button = QPushButton(self.advice_box)
        self.admin_button.setObjectName("administratorButton")
        self.admin_button.clicked.connect(self._write_to_administrator)
        advice = QVBoxLayout(self.advice_box)
        advice.addWidget(self.advice_text)
        advice.addWidget(self.admin_text)
        advice.addLayout(_left_aligned(self.admin_button))

        layout = self.body_layout
        layout.addWidget(self.results_box)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.values_box)
        layout.addWidget(self.webmail_box)
        layout.addWidget(self.advice_box)
        layout.addStretch(1)
        self.store.changed.connect(self._draft_changed)
        self.session.changed.connect(self.retranslate)
        self.retranslate()

    def _draft_changed(self, _draft: AccountDraft) -> None:
        self._fill_settings()
        self._fill_values()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self._fill_settings()
        self._fill_values()
        self._fill_results()

    def is_done_page(self) -> bool:
        """True after the export page's commit: the page reports what was done."""
        return self.session.committed

    def result_texts(self) -> list[tuple[Status | None, str]]:
        """One (status, text) per mail program, as shown; status None for "none set up"."""
        reports = self.session.reports()
        if not reports:
            return [
                (
                    None,
                    self.tr(
                        "No mail program was set up. To read your mail in a mail program, "
                        "add the account there with the settings below."
                    ),
                )
            ]
        texts: list[tuple[Status | None, str]] = [
            (report.status, self._report_text(report)) for report in reports
        ]
        keyring = self.session.keyring_status
        if keyring is not None and keyring_message("store", keyring):
            saved = keyring is KeyringStatus.STORED
            texts.append(
                (
                    Status.DONE if saved else Status.NEEDS_USER_ACTION,
                    keyring_message("store", keyring),
                )
            )
        return texts

    def _report_text(self, report: ClientReport) -> str:
        client = report.client
        status = export_messages.status_label(report.status)
        if client == OTHER and not report.failed:
            return self._other_files_text(report, status)
        lines = [f"{status} – {export_messages.report_text(report)}"]  # icon + word + text
        if report.target is not None and "file" not in report.details and client != "outlook":
            lines.append(self.tr("Profile folder: {folder}").format(folder=report.target))
        if report.code == ReportCode.FILE_SAVED and client == "apple-mail":
            lines += [
                export_messages.note_message(note, client)
                for note in report.notes
                if note is not NoteCode.APPROVE_PROFILE
            ]
            lines.append(self.tr("To finish, approve the profile on this Mac:"))
            profile_name = f"{self.provider.name} ({self.store.draft.email})"
            lines.append(
                export_messages.numbered(export_messages.apple_profile_steps(profile_name))
            )
        if report.status is Status.DONE:
            lines += [
                export_messages.note_message(note, client)
                for note in report.notes
                if note is not NoteCode.PASSWORD_ASKED_AT_FIRST_START
            ]
            if NoteCode.PASSWORD_ASKED_AT_FIRST_START in report.notes:
                lines.append(
                    export_messages.note_message(NoteCode.PASSWORD_ASKED_AT_FIRST_START, client)
                )
        for backup in report.backups:
            lines.append(self.tr("Copy of the previous settings: {file}").format(file=backup))
        return "\n".join(lines)

    def _other_files_text(self, report: ClientReport, status: str) -> str:
        files = [value for key, value in sorted(report.details.items()) if key.startswith("file")]
        lines = [
            f"{status} – "
            + self.tr("The settings files were saved in {folder}:").format(
                folder=report.details.get("folder", "")
            )
        ]
        lines += [f"• {Path(file).name}" for file in files]
        lines.append(export_messages.numbered(export_messages.phone_steps()))
        return "\n".join(lines)

    def _open_other_folder(self) -> None:
        report = self.session.report(OTHER)
        if report is not None and "folder" in report.details:
            self._open_url(QUrl.fromLocalFile(report.details["folder"]))

    def _fill_results(self) -> None:
        self.results_box.setVisible(self.is_done_page())
        if not self.is_done_page():
            return
        texts = self.result_texts()
        while len(self.result_notices) < len(texts):
            notice = Notice(NoticeKind.INFO, self.results_box)
            notice.setObjectName(f"result{len(self.result_notices)}")
            # Above the folder button, which belongs to the last group of results.
            self.results_layout.insertWidget(len(self.result_notices), notice)
            self.result_notices.append(notice)
        for index, notice in enumerate(self.result_notices):
            if index < len(texts):
                status, text = texts[index]
                notice.set_kind(_STATUS_KIND[status] if status else NoticeKind.WARNING)
                notice.show_text(text)
            else:
                notice.show_text("")
        other = self.session.report(OTHER)
        self.folder_button.setVisible(other is not None and not other.failed)
        self._show_outlook_guide()

    def _show_outlook_guide(self) -> None:
        """Outlook's own dialogs, step by step with copy buttons, when Outlook needs them."""
        report = self.session.report("outlook")
        guide = report.details.get("guide") if report is not None else None
        if report is None or report.failed or guide is None or report.status is Status.DONE:
            if self.outlook_guide is not None:
                self.outlook_guide.setVisible(False)
            return
        if self.outlook_guide is None:
            from wizard.gui.widgets.outlook_guide import OutlookGuide

            self.outlook_guide = OutlookGuide(self.results_box)
            self.outlook_guide.setObjectName("outlookGuide")
            self.results_layout.addWidget(self.outlook_guide)
        from wizard.core.exporters.outlook.guide import OutlookKind

        self.outlook_guide.set_account(OutlookKind(guide), self.store.draft, self.provider)
        self.outlook_guide.setVisible(True)

    def settings_rows(self) -> list[tuple[str, str]]:
        """The table as (label, value) pairs, in the user's language."""
        draft = self.store.draft
        provider = self.provider
        incoming = provider.incoming(draft.protocol)
        rows = [
            (self.tr("Name"), draft.display_name),
            (self.tr("E-mail address"), draft.email),
            (self.tr("Username"), draft.username),
            (self.tr("Password"), self.tr("(not shown)")),
            (
                self.tr("Incoming mail"),
                self.tr("{protocol} on {host}, port {port}, secure connection (SSL/TLS)").format(
                    protocol=draft.protocol.name, host=incoming.host, port=incoming.port
                ),
            ),
        ]
        if draft.protocol is Protocol.POP3:
            rows.append((self.tr("Copy on the server"), self._keep_text(draft)))
        rows.append((self.tr("Outgoing mail"), self._outgoing_text(draft)))
        rows.append(
            (
                self.tr("Limits"),
                self.tr("Mailbox {quota} MB, messages up to {size} MB").format(
                    quota=provider.quota_bytes // MIB, size=provider.max_message_bytes // MIB
                ),
            )
        )
        return rows

    def _keep_text(self, draft: AccountDraft) -> str:
        if not draft.keep_on_server:
            return self.tr("No: mail is removed from the server once downloaded")
        return self.tr("Yes, for {days} days").format(days=draft.keep_on_server_days)

    def _outgoing_text(self, draft: AccountDraft) -> str:
        outgoing = draft.outgoing
        if outgoing.kind is OutgoingKind.ISP_RELAY and outgoing.relay is not None:
            return self.tr(
                "{host}, port {port}, no password (works only on that provider's network)"
            ).format(host=outgoing.relay.host, port=outgoing.relay.port)
        smtp = self.provider.smtp
        return self.tr(
            "{host}, port {port}, secure connection (SSL/TLS), same username and password"
        ).format(host=smtp.host, port=smtp.port)

    def copy_values(self) -> list[tuple[str, str]]:
        """(label, value) of what a phone or another program asks for, in that order."""
        draft = self.store.draft
        incoming = self.provider.incoming(draft.protocol)
        outgoing = draft.outgoing.relay if draft.outgoing.kind is OutgoingKind.ISP_RELAY else None
        smtp = outgoing or self.provider.smtp
        return [
            (self.tr("E-mail address"), draft.email),
            (self.tr("Username"), draft.username),
            (
                self.tr("Incoming server ({protocol})").format(protocol=draft.protocol.name),
                incoming.host,
            ),
            (self.tr("Incoming port"), str(incoming.port)),
            (self.tr("Outgoing server (SMTP)"), smtp.host),
            (self.tr("Outgoing port"), str(smtp.port)),
        ]

    def _fill_values(self) -> None:
        self.values_box.setVisible(self.is_done_page())
        for row, (label, value) in zip(self.value_rows, self.copy_values(), strict=True):
            row.set_label(label)
            row.set_value(value)

    def _fill_settings(self) -> None:
        while self.settings_form.rowCount():
            self.settings_form.removeRow(0)
        for label, value in self.settings_rows():
            value_label = QLabel(value, self.settings_box)
            value_label.setWordWrap(True)
            value_label.setTextFormat(Qt.TextFormat.PlainText)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.settings_form.addRow(self.tr("{label}:").format(label=label), value_label)

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

    def retranslate(self) -> None:
        provider = self.provider
        programs = [r for r in self.session.reports() if r.client != OTHER]
        if not self.is_done_page():
            self.setTitle(self.tr("Your settings"))
            self.setSubTitle(self.tr("Check your settings. You can go back to change any of them."))
        elif not programs and self.session.report(OTHER) is not None:
            self.setTitle(self.tr("Done: your settings are saved"))
            self.setSubTitle(
                self.tr("Below: where the files are, how to use them, and every setting.")
            )
        elif self.session.reports() and all(
            report.status is Status.DONE
            for report in self.session.reports()
            if report.client != OTHER  # the phone steps are extra, not left over
        ):
            self.setTitle(self.tr("Done: your account is set up"))
            self.setSubTitle(self.tr("Here is what was done, and every setting for later."))
        else:
            self.setTitle(self.tr("Done: a few steps are left for you"))
            self.setSubTitle(
                self.tr("Below: what is left to do and how, and every setting for later.")
            )
        self.results_box.setTitle(self.tr("Mail programs"))
        self.folder_button.setText(self.tr("Open the &folder with the files"))
        self.folder_button.setAccessibleDescription(
            self.tr("Shows the saved settings files in your file manager.")
        )
        self.settings_box.setTitle(self.tr("Settings"))
        self.webmail_box.setTitle(self.tr("Webmail"))
        self.webmail_text.setText(
            self.tr(
                "You can also read your mail in any web browser at {url}. Log in with your "
                'username and password and choose the server "{server}". The first time, '
                "go to Settings, then Mail, and type your e-mail address exactly as you "
                "received it: it becomes the From address of the mail you send from webmail."
            ).format(url=provider.webmail_url, server=provider.webmail_server_choice)
        )
        self.webmail_button.setText(self.tr("Open &webmail"))
        self.webmail_button.setAccessibleDescription(provider.webmail_url)
        self.advice_box.setTitle(self.tr("Good to know"))
        self.advice_text.setText(
            self.tr(
                "Your mailbox holds {quota} MB. Empty the trash of your mail program "
                "regularly, because deleted messages stay on the server until then. A "
                "message can be at most {size} MB, attachments included."
            ).format(quota=provider.quota_bytes // MIB, size=provider.max_message_bytes // MIB)
        )
        self.admin_text.setText(
            self.tr(
                "A vacation message or forwarding to another address is set up by your "
                "mail administrator, the person who gave you your username."
            )
        )
        self.admin_button.setText(self.tr("Write to my &administrator"))
        self.admin_button.setAccessibleDescription(
            self.tr("Opens a new message to your administrator in your mail program.")
        )
        self.values_box.setTitle(self.tr("To type in a phone or another program"))
        self.values_intro.setText(
            self.tr(
                "A phone or another mail program asks for these values. Copy each one with "
                "its button. The table above says which connection is secure."
            )
        )
        self._fill_settings()
        self._fill_values()
        self._fill_results()


def _left_aligned(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row
