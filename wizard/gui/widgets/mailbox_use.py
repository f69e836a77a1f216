"""The connection test's facts about the mailbox: how full it is, and how large a
message may be.

The guide warns that the mailbox holds 25 MB and that deleted mail stays in the trash
until it is emptied: once the test has logged in, a bar shows the space used, with the
trash advice when it passes the provider's warning level. An outgoing server that
accepts less than the provider's message limit (an internet provider's relay) gets one
line saying how large a message may be. Nothing shows before a test has a result.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.results import ProbeReport
from wizard.core.provider import MIB, Provider
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.texts.probe import ProblemContext, format_megabytes, probe_problem


class MailboxUse(QWidget):
    """The mailbox bar, its trash advice, and the message size limit."""

    def __init__(self, provider: Provider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailboxUse")
        self._provider = provider
        self._report: ProbeReport | None = None
        self._where: ProblemContext | None = None
        self.bar = QProgressBar(self)
        self.bar.setObjectName("quotaBar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.advice = Notice(NoticeKind.WARNING, self, focusable=True)
        self.advice.setObjectName("quotaAdvice")
        self.advice.hide()
        self.size_note = Notice(NoticeKind.INFO, self)
        self.size_note.setObjectName("sizeLimitNote")
        self.size_note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.advice)
        layout.addWidget(self.size_note)
        self.retranslate()

    def show_report(self, report: ProbeReport | None, where: ProblemContext) -> None:
        """What ``report`` found (None: no result, nothing shown); ``where`` is the
        incoming connection, for the words of the trash advice."""
        self._report = report
        self._where = where
        self._render()

    def retranslate(self) -> None:
        self.bar.setAccessibleName(self.tr("Space used in your mailbox"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render(self) -> None:
        self._render_quota()
        self._render_size_limit()

    def _render_quota(self) -> None:
        quota = self._report.quota if self._report is not None else None
        self.bar.setVisible(quota is not None)
        if quota is None or self._where is None:
            self.advice.show_text("")
            return
        text = self.tr("Your mailbox: {used} MB of {limit} MB used").format(
            used=QLocale().toString(quota.used_bytes / MIB, "f", 1),
            limit=format_megabytes(quota.limit_bytes),
        )
        self.bar.setValue(min(1000, round(quota.percent * 10)))
        self.bar.setFormat(text)
        self.bar.setAccessibleDescription(text)
        if quota.percent > self._provider.quota_warning_percent:
            advice = probe_problem(ProbeErrorCode.QUOTA_NEARLY_FULL, self._where)
            self.advice.show_text(f"{advice.explanation} {advice.advice}")
        else:
            self.advice.show_text("")

    def _render_size_limit(self) -> None:
        limit = self._report.smtp_size_limit_bytes if self._report is not None else None
        if limit is None or limit >= self._provider.max_message_bytes:
            self.size_note.show_text("")
            return
        self.size_note.show_text(
            self.tr(
                "The outgoing server accepts messages up to {size} MB, attachments included. "
                "Larger messages will be refused."
            ).format(size=format_megabytes(limit))
        )
