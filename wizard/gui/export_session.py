"""What the export page did, shared with the done page.

The export page plans and applies; the done page reads the reports afterwards. Both get
the same :class:`ExportSession` through ``__init__`` (no global), and the done page
follows ``changed`` to redraw itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from wizard.core.exporters.base import ClientReport, Target
from wizard.core.keyring_store import KeyringStatus


class ExportSession(QObject):
    """The reports of the last commit, by client name, in the order they were applied."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reports: dict[str, ClientReport] = {}
        self._targets: dict[str, Target] = {}
        self._committed = False
        self._keyring_status: KeyringStatus | None = None

    @property
    def keyring_status(self) -> KeyringStatus | None:
        """What became of the password in the OS keyring at the commit (None: not tried)."""
        return self._keyring_status

    def record_keyring(self, status: KeyringStatus) -> None:
        """The keyring answered after the commit; the done page says so."""
        self._keyring_status = status
        self.changed.emit()

    @property
    def committed(self) -> bool:
        """True once the user pressed the commit button and the work finished."""
        return self._committed

    def reports(self) -> tuple[ClientReport, ...]:
        """One report per client that was set up (or tried), in order."""
        return tuple(self._reports.values())

    def report(self, client: str) -> ClientReport | None:
        """The latest report of ``client``, if it was tried."""
        return self._reports.get(client)

    def is_done(self, client: str) -> bool:
        """Whether ``client`` was set up successfully (a retry then skips it)."""
        report = self._reports.get(client)
        return report is not None and not report.failed

    def target(self, client: str) -> Target | None:
        """Where ``client`` was set up (its profile), to open it on that profile."""
        return self._targets.get(client)

    def record(
        self, reports: tuple[ClientReport, ...], targets: Mapping[str, Target] | None = None
    ) -> None:
        """Keep the results of one apply run (a later result replaces an earlier one)."""
        for report in reports:
            self._reports[report.client] = report
        self._targets.update(targets or {})
        self.changed.emit()

    def mark_committed(self) -> None:
        """The user moved on to the done page: the results are final."""
        self._committed = True
        self.changed.emit()

    def clear(self) -> None:
        """Forget everything (a new run of the wizard)."""
        self._reports.clear()
        self._targets.clear()
        self._committed = False
        self._keyring_status = None
        self.changed.emit()
