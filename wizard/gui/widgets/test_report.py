"""What the connection test did, for the helpdesk: the content of its "Details".

The step-by-step checklist with times and server addresses, how long the test took,
and a plain-text report to copy into an e-mail to the helpdesk. The report never holds
the password, and the username only when the user ticks the box (otherwise it is
partly hidden with stars). The page says what the report is (``report_source``, given
whether to show the username) and how it reaches the clipboard (``copy_text``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wizard.gui.widgets.checklist import Checklists
from wizard.gui.widgets.labels import wrapped_label

CopyText = Callable[[str], None]
ReportSource = Callable[[bool], str]  # show the username? -> the report ("" before a result)


class TestReport(QWidget):
    """The checklists, the time taken, and the report to copy."""

    def __init__(
        self, report_source: ReportSource, copy_text: CopyText, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("testReport")
        self._report_source = report_source
        self._copy_text = copy_text
        self.checklists = Checklists()
        self.rows = self.checklists.rows
        self.elapsed_label = wrapped_label(self.checklists, "elapsedLabel")
        self.report_text = wrapped_label(self.checklists, "helpdeskText")
        self.show_login_box = QCheckBox(self.checklists)
        self.show_login_box.setObjectName("showLoginBox")
        self.copy_button = QPushButton(self.checklists)
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.clicked.connect(self.copy)
        self.copied_label = wrapped_label(self.checklists, "reportCopiedLabel")
        self.copied_label.hide()
        self.show_login_box.toggled.connect(lambda _checked: self.copied_label.hide())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checklists)
        layout.addWidget(self.elapsed_label)
        layout.addWidget(self.report_text)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.show_login_box)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)
        layout.addWidget(self.copied_label)
        self.retranslate()

    def text(self) -> str:
        """The report as it would be copied now ("" before a test finished)."""
        return self._report_source(self.show_login_box.isChecked())

    def copy(self) -> None:
        """Copy the plain-text report (never the password) for the helpdesk."""
        text = self.text()
        if not text:
            return
        self._copy_text(text)
        self.copied_label.show()

    def set_available(self, available: bool) -> None:
        """Whether there is a result to copy (a new test forgets that it was copied)."""
        self.copy_button.setEnabled(available)
        if not available:
            self.copied_label.hide()

    def retranslate(self) -> None:
        self.checklists.retranslate()
        self.report_text.setText(
            self.tr(
                "For the helpdesk: this report shows what the test did and what the servers "
                "answered. It never contains your password."
            )
        )
        self.show_login_box.setText(self.tr("Show my &username in it"))
        self.show_login_box.setAccessibleDescription(
            self.tr("Otherwise your username is partly hidden with stars.")
        )
        self.copy_button.setText(self.tr("&Copy the report"))
        self.copy_button.setAccessibleDescription(
            self.tr("Copies the report, without your password, so that you can paste it.")
        )
        self.copied_label.setText(
            self.tr("Copied. Paste the report into your e-mail to the helpdesk.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
