"""Removing the all2all account again, from the done page and from the doctor page.

:class:`RemoveDialog` asks first, in plain words: what goes, that the mail already
downloaded stays on this computer, and whether the saved password goes too. It opens
window-modal and answers with a signal, so the page (and a test) goes on running.
:class:`Remover` then plans and applies the removal in a worker
(:func:`wizard.core.removal.remove_account`): local files only, but the window never
waits on a disk. :func:`wizard.texts.removal.outcome_text` says what became of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.exporters.base import Environment, Exporter, ExportErrorCode
from wizard.core.keyring_store import KeyringStore
from wizard.core.probe.net import CancelToken
from wizard.core.provider import Provider
from wizard.core.removal import RemovalOutcome, remove_account
from wizard.gui.jobs import Progress
from wizard.gui.runs import CancellableRun
from wizard.gui.widgets.labels import wrapped_label
from wizard.texts.export import client_name


class RemovalContext(NamedTuple):
    """Where a removal looks and what it may touch: this user's folders, the mail
    programs' exporters (they know whether a program runs), the wizard's keyring."""

    environment: Environment
    exporters: Sequence[Exporter]
    keyring: KeyringStore | None = None

    def exporter(self, client: str) -> Exporter | None:
        """The exporter of ``client`` (None: the core makes its own)."""
        return next((e for e in self.exporters if e.name == client), None)


@dataclass(frozen=True)
class RemovalRequest:
    """Which account goes: ``login``'s account of ``protocol`` (None: both) in
    ``folder`` (None: the profile the program uses)."""

    client: str
    login: str
    account: str  # how the user knows it: the e-mail address, else the username
    protocol: str | None = None
    folder: Path | None = None
    forget_password: bool = False


class RemoveDialog(QDialog):
    """ "Remove the all2all account … from Thunderbird?" with the password box.

    ``chosen(RemovalRequest)`` when the user presses Remove (with their choice for the
    password); Cancel, Escape or closing the window do nothing.
    """

    chosen = Signal(object)

    def __init__(self, request: RemovalRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removeDialog")
        self.request = request
        self.question = wrapped_label(self, "removeQuestion")
        bold = self.question.font()
        bold.setBold(True)
        self.question.setFont(bold)
        self.explanation = wrapped_label(self, "removeExplanation")
        self.forget_box = QCheckBox(self)
        self.forget_box.setObjectName("forgetPasswordBox")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("confirmRemoveButton")
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # The safe answer is the default: Enter does not remove anything.
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.remove_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.accepted.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addSpacing(4)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addWidget(self.forget_box)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text, in the language of the moment."""
        name = client_name(self.request.client)
        self.setWindowTitle(self.tr("Remove the account"))
        self.question.setText(
            self.tr("Remove the all2all account {account} from {client}?").format(
                account=self.request.account, client=name
            )
        )
        self.explanation.setText(
            self.tr(
                "{client} then no longer fetches or sends mail for this account. The mail "
                "already downloaded stays on this computer, and your mailbox on the all2all "
                "server does not change. A copy of the settings is kept first."
            ).format(client=name)
        )
        self.forget_box.setText(self.tr("Also forget the saved &password"))
        self.remove_button.setText(self.tr("&Remove"))

    def _chosen(self) -> None:
        request = self.request
        self.chosen.emit(
            RemovalRequest(
                request.client,
                request.login,
                request.account,
                request.protocol,
                request.folder,
                self.forget_box.isChecked(),
            )
        )


def ask_to_remove(
    request: RemovalRequest,
    parent: QWidget,
    on_chosen: Callable[[RemovalRequest], None],
    on_gone: Callable[[], None],
) -> RemoveDialog:
    """Open the question (window-modal, not blocking); ``on_chosen`` when the user
    presses Remove, ``on_gone`` once the dialog is deleted, whatever the answer."""
    dialog = RemoveDialog(request, parent)
    dialog.chosen.connect(on_chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.destroyed.connect(lambda _object=None: on_gone())
    dialog.open()
    return dialog


class Remover(CancellableRun):
    """Runs one removal at a time in a worker; ``finished(RemovalOutcome)``."""

    def __init__(
        self,
        provider: Provider,
        context: RemovalContext,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(pool, parent)
        self._provider = provider
        self._context = context

    def start(self, request: RemovalRequest) -> None:
        """Remove the account ``request`` names; the outcome arrives as ``finished``."""
        provider, context = self._provider, self._context

        def work(_token: CancelToken, _progress: Progress) -> RemovalOutcome:
            return remove_account(
                context.environment,
                provider,
                request.client,
                request.login,
                request.protocol,
                request.folder,
                request.forget_password,
                context.exporter(request.client),
                context.keyring,
            )

        # A bug or an unexpected OS error: said as a failed write (the safe-file
        # machinery puts back what it had changed), never a traceback.
        self.run(
            work,
            on_error=lambda _error: RemovalOutcome(
                request.client, request.login, error=ExportErrorCode.WRITE_FAILED
            ),
        )
