"""The connection test's step-by-step checklist, for the helpdesk (under "Details").

One box per connection (incoming, outgoing) with the server's address and a row per
step: symbol, name, status word and time. The user reads one plain sentence per
connection on the page itself; this is what a helpdesk asks about on the phone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from wizard.core.model import AccountDraft, OutgoingKind, Protocol, Security
from wizard.core.probe.results import Server, Step
from wizard.gui.colours import muted, style_colour
from wizard.gui.widgets.labels import wrapped_label
from wizard.gui.widgets.step_row import StepRow
from wizard.texts.probe import RowState, server_label


def planned_steps(draft: AccountDraft) -> dict[Server, list[Step]]:
    """The steps each connection is expected to go through, in order (shown as waiting)."""
    incoming = [Step.RESOLVE, Step.CONNECT, Step.TLS, Step.GREETING, Step.LOGIN]
    if draft.protocol is Protocol.IMAP:
        incoming += [Step.QUOTA, Step.FOLDERS]
    else:
        incoming += [Step.STAT, Step.UIDL]
    outgoing = [Step.RESOLVE, Step.CONNECT]
    relay = draft.outgoing.relay if draft.outgoing.kind is OutgoingKind.ISP_RELAY else None
    if relay is None:
        outgoing += [Step.TLS, Step.GREETING, Step.EHLO, Step.SIZE, Step.LOGIN]
    else:
        outgoing += [Step.TLS] if relay.security is Security.SSL else []
        outgoing += [Step.GREETING, Step.EHLO]
        outgoing += [Step.TLS] if relay.security is Security.STARTTLS else []
    return {Server.INCOMING: [*incoming, Step.LOGOUT], Server.OUTGOING: [*outgoing, Step.LOGOUT]}


class Checklists(QWidget):
    """The two checklists side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklists")
        self.boxes: dict[Server, QGroupBox] = {}
        self.rows: dict[Server, dict[Step, StepRow]] = {}
        self.server_labels: dict[Server, QLabel] = {}
        self._row_layouts: dict[Server, QVBoxLayout] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, server in enumerate(Server):
            box = QGroupBox(self)
            box.setObjectName(f"{server.value}Checklist")
            box_layout = QVBoxLayout(box)
            box_layout.setSpacing(2)
            address = wrapped_label(box, f"{server.value}ServerLabel")
            box_layout.addWidget(address)
            self.server_labels[server] = address
            self.boxes[server] = box
            self.rows[server] = {}
            self._row_layouts[server] = box_layout
            grid.addWidget(box, 0, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, 1)
        self._tint()

    def reset(self, plan: dict[Server, list[Step]]) -> None:
        """Waiting rows for the steps of ``plan`` (kept when the plan is the same)."""
        for server, rows in self.rows.items():
            if list(rows) == plan[server]:
                for row in rows.values():
                    row.set_state(RowState.WAITING)
                continue
            for row in rows.values():
                self._row_layouts[server].removeWidget(row)
                row.hide()  # deleted later; must not be drawn until then
                row.deleteLater()
            rows.clear()
            for step in plan[server]:
                self.row(server, step)

    def row(self, server: Server, step: Step) -> StepRow:
        """The row of one step (made when a step comes that was not planned)."""
        rows = self.rows[server]
        if step not in rows:
            row = StepRow(server, step, self.boxes[server])
            row.refresh()
            self._row_layouts[server].addWidget(row)
            rows[step] = row
        return rows[step]

    def settle(self, stopped: bool) -> None:
        """The test is over: what still waits was not tested, what ran was stopped."""
        for rows in self.rows.values():
            for row in rows.values():
                if row.state is RowState.RUNNING:
                    row.set_state(RowState.STOPPED if stopped else RowState.NOT_TESTED)
                elif row.state is RowState.WAITING:
                    row.set_state(RowState.NOT_TESTED)

    def set_address(self, server: Server, text: str) -> None:
        """The server's name and port, as the connection uses them."""
        self.server_labels[server].setText(text)

    def retranslate(self) -> None:
        """Box titles and every row's words."""
        for server, box in self.boxes.items():
            box.setTitle(server_label(server))
        for rows in self.rows.values():
            for row in rows.values():
                row.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()
        super().changeEvent(event)

    def _tint(self) -> None:
        colour = style_colour(muted(self.palette()))
        for label in self.server_labels.values():
            label.setStyleSheet(f"color: {colour};")
