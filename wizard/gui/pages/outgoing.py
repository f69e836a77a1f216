"""Outgoing server: all2all's own (recommended) or the internet provider's relay.

all2all's SMTPS on port 465 with the same login works on every network, which the guide
gives as the reason for laptops. An ISP relay needs no password but only accepts mail
from that ISP's own network; the page says so plainly before the user picks it.

Which ISP's network is this? As soon as the page shows, a relay search runs in a worker
(:class:`~wizard.gui.relay_searcher.RelaySearcher`): the relay that answers from here
is preselected in the list, unless the user (or the draft) already picked one, and the
page says what the search found. It never switches the choice to the relay by itself:
all2all's server stays the recommended one. Leaving the page stops a search still
running; a finished one is kept (the user can look again).

A screen reader hears what the search found when the internet provider's section is on
screen: when the search ends there, or when the user picks that section afterwards.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wizard import texts
from wizard.core.model import OutgoingChoice, OutgoingKind
from wizard.core.outgoing import outgoing_from_text
from wizard.core.probe.relays import RelaySearch
from wizard.core.provider import Provider
from wizard.core.validation import Problem
from wizard.gui.announce import Announcer
from wizard.gui.colours import Tone
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.base import BasePage
from wizard.gui.widgets.details import Details
from wizard.gui.widgets.field import Field
from wizard.gui.widgets.labels import INDENT, wrapped_label
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.gui.widgets.status_line import StatusLine
from wizard.texts.relays import answer_text, suggestion_text

if TYPE_CHECKING:
    from wizard.gui.relay_searcher import RelaySearcher

OTHER_SERVER = "__other__"
SEARCHING = ("◔", Tone.PROGRESS)  # as the connection test while it runs


class SearchState(Enum):
    """Where the relay search of this page is."""

    IDLE = "idle"  # not started, or stopped when the page was left
    RUNNING = "running"
    DONE = "done"


class OutgoingPage(BasePage):
    """Pick the outgoing server; a typed host:port is checked before Next."""

    def __init__(
        self,
        store: DraftStore,
        provider: Provider,
        parent: QWidget | None = None,
        locked: bool = False,
        searcher: RelaySearcher | None = None,
    ) -> None:
        """``locked``: an IT preset fixed the outgoing server (shown read-only, and no
        search). ``searcher``: finds the relay that answers from here (None: no search).
        """
        super().__init__(store, provider, parent)
        self.locked = locked
        self.searcher = None if locked else searcher
        self.search_state = SearchState.IDLE
        self.search: RelaySearch | None = None  # the finished search shown now
        # The user picked an entry of the list, or the draft holds a relay: a search
        # result never changes that selection.
        self.relay_chosen = False
        self._refocus = False  # Look again had the focus: give it back once done
        self.all2all_button = QRadioButton(self)
        self.all2all_button.setObjectName("all2allSmtpButton")
        self.all2all_text = wrapped_label(self, "all2allSmtpDescription", INDENT)
        self.relay_button = QRadioButton(self)
        self.relay_button.setObjectName("ispRelayButton")
        self.relay_text = wrapped_label(self, "ispRelayDescription", INDENT)
        self.group = QButtonGroup(self)
        self.group.addButton(self.all2all_button)
        self.group.addButton(self.relay_button)

        self.relay_options = QWidget(self)
        self.relay_options.setObjectName("relayOptions")
        self.relay_box = QComboBox(self.relay_options)
        self.relay_field = Field(self.relay_box, "relayBox", self.relay_options)
        self.server_edit = QLineEdit(self.relay_options)
        self.server_field = Field(self.server_edit, "relayServerEdit", self.relay_options)
        # What the relay search found (created after the inputs above: Tab order).
        self.search_status = StatusLine("relaySearchStatus", self.relay_options)
        # Its text starts where the notices' texts start (their icon's width).
        icon_size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.search_status.symbol.setFixedWidth(icon_size)
        self.search_notice = Notice(NoticeKind.INFO, self.relay_options)
        self.search_notice.setObjectName("relaySearchNotice")
        self._announcer = Announcer(self.search_notice)
        self.search_again_button = QPushButton(self.relay_options)
        self.search_again_button.setObjectName("relaySearchAgainButton")
        self.search_again_button.clicked.connect(self.search_again)
        self.answers_label = wrapped_label(self.relay_options, "relayAnswers")
        self.answers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.answers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.search_details = Details(self.answers_label, "relaySearchDetails", self.relay_options)
        self.relay_warning = Notice(NoticeKind.WARNING, self.relay_options)
        self.relay_warning.setObjectName("relayWarning")
        found = QHBoxLayout()
        found.setContentsMargins(0, 0, 0, 0)
        found.addWidget(self.search_status, 1)
        found.addWidget(self.search_notice, 1)
        found.addWidget(self.search_again_button, 0, Qt.AlignmentFlag.AlignTop)
        options = QVBoxLayout(self.relay_options)
        options.setContentsMargins(INDENT, 0, 0, 0)
        options.addWidget(self.relay_field)
        options.addWidget(self.server_field)
        options.addLayout(found)
        options.addWidget(self.relay_warning)
        options.addWidget(self.search_details)

        layout = self.body_layout
        layout.addWidget(self.all2all_button)
        layout.addWidget(self.all2all_text)
        layout.addSpacing(8)
        layout.addWidget(self.relay_button)
        layout.addWidget(self.relay_text)
        layout.addWidget(self.relay_options)
        layout.addStretch(1)

        self.all2all_button.toggled.connect(self._sync)
        self.relay_box.currentIndexChanged.connect(self._sync)
        self.relay_box.activated.connect(self._relay_picked)  # the user's own pick only
        if self.searcher is not None:
            self.searcher.finished.connect(self._on_search_finished)
        self.server_edit.textChanged.connect(lambda _text: self.server_field.set_error(""))
        if locked:
            self.mark_locked(
                [self.all2all_button, self.relay_button, self.relay_box, self.server_edit]
            )
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        """Show the draft's choice; start the relay search unless one already finished."""
        outgoing = self.store.draft.outgoing
        self.all2all_button.setChecked(outgoing.kind is OutgoingKind.ALL2ALL)
        self.relay_button.setChecked(outgoing.kind is OutgoingKind.ISP_RELAY)
        if outgoing.kind is OutgoingKind.ISP_RELAY and outgoing.relay is not None:
            index = self.relay_box.findData(outgoing.relay_id or OTHER_SERVER)
            self.relay_box.setCurrentIndex(max(index, 0))
            if not outgoing.relay_id:
                self.server_edit.setText(str(outgoing.relay))
            self.relay_chosen = True
        self._sync()
        if self.search_state is SearchState.IDLE:
            self.start_search()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        """Going back stops a running search (a finished one stays). Closing the window
        comes here too (QWizard cleans up every page it showed when it is cancelled),
        and the window's ``done`` shuts the searcher down whatever way it closes."""
        self.stop_search()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self.locked:  # the preset's server stays, as resolved before the window opened
            return True
        choice = self.choice()
        if isinstance(choice, Problem):
            self.server_field.set_error(texts.field_problem("server", choice))
            self.server_edit.setFocus()
            return False
        self.store.update(outgoing=choice)
        self.stop_search()  # leaving forward: a result now would be seen by nobody
        return True

    # -- the relay search ----------------------------------------------------------

    def start_search(self) -> None:
        """Ask every relay whether it answers from here (returns at once)."""
        if self.searcher is None:
            return
        self.search = None
        self.search_state = SearchState.RUNNING
        self.searcher.start()
        self._render_search()

    def search_again(self) -> None:
        """The Look again button (another network now, a cable plugged in): the button
        hides while the search runs and takes the focus back when it is done."""
        self._refocus = self.search_again_button.hasFocus()
        self.start_search()

    def stop_search(self) -> None:
        """Stop a running search; returns at once, and nothing of it arrives later."""
        if self.search_state is not SearchState.RUNNING:
            return
        if self.searcher is not None:
            self.searcher.cancel()
        self.search_state = SearchState.IDLE
        self._refocus = False
        self._render_search()

    def _on_search_finished(self, search: RelaySearch) -> None:
        if self.search_state is not SearchState.RUNNING or search.cancelled:
            return  # the searcher drops stale runs already; this page asked for no other
        self.search = search
        self.search_state = SearchState.DONE
        self._fill_relay_box()  # marks the entry that answers
        suggested = search.suggested
        if suggested is not None and not self.relay_chosen:
            index = self.relay_box.findData(suggested.id)
            if index >= 0:
                self.relay_box.setCurrentIndex(index)
        self._render_search()
        if self._refocus:
            self._refocus = False
            self.search_again_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _relay_picked(self, _index: int) -> None:
        self.relay_chosen = True

    def suggested_id(self) -> str | None:
        """The id of the relay the finished search suggests, if any."""
        search = self.search
        return search.suggested.id if search is not None and search.suggested else None

    def _render_search(self) -> None:
        """Show the search's state in the relay section (all of it hidden without one)."""
        state, search = self.search_state, self.search
        searching = state is SearchState.RUNNING
        self.search_status.setVisible(searching)
        if searching:
            self.search_status.show_state(
                *SEARCHING,
                self.tr("Checking which internet provider's outgoing server answers from here…"),
            )
        if state is SearchState.DONE and search is not None:
            # Only a suggestion is good news; otherwise all2all's own server is the way.
            self.search_notice.set_kind(NoticeKind.INFO if search.suggested else NoticeKind.WARNING)
            self.search_notice.show_text(suggestion_text(search))
            self.answers_label.setText("\n".join(answer_text(a) for a in search.answers))
        else:
            self.search_notice.show_text("")
            self.answers_label.setText("")
        done = state is SearchState.DONE
        self.search_again_button.setVisible(done)
        self.search_details.setVisible(done)
        self._announce()

    def _announce(self) -> None:
        """Tell screen readers what the search found, once per result, and only while
        the section that shows it is on screen."""
        if self.search_state is not SearchState.DONE or not self.relay_options.isVisible():
            self._announcer.forget()  # shown again later: said again
            return
        self._announcer.say(self.search_notice.text())

    def choice(self) -> OutgoingChoice | Problem:
        """What is selected on screen now, or why the typed server is refused."""
        if self.all2all_button.isChecked():
            return OutgoingChoice()
        relay_id = self.relay_box.currentData()
        if relay_id != OTHER_SERVER:
            relay = self.provider.relay(relay_id)
            assert relay is not None
            return OutgoingChoice(OutgoingKind.ISP_RELAY, relay.endpoint, relay.id)
        return outgoing_from_text(self.server_edit.text(), self.provider)

    def _sync(self) -> None:
        relay = self.relay_button.isChecked()
        self.relay_options.setVisible(relay)
        self.server_field.setVisible(self.relay_box.currentData() == OTHER_SERVER)
        self._announce()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How do you want to send your mail?"))
        self.setSubTitle(self.tr("Choose the server that delivers the messages you send."))
        self.all2all_button.setText(self.tr("&all2all's outgoing server (recommended)"))
        self.all2all_text.setText(
            self.tr(
                "Works on almost every network: at home, at work, on a hotel Wi-Fi or through "
                "your phone. Uses your all2all username and password over a secure connection."
            )
        )
        self.relay_button.setText(self.tr("My &internet provider's outgoing server"))
        self.relay_text.setText(
            self.tr(
                "Needs no password, but only works while this computer is connected through "
                "that internet provider, for example at home. Elsewhere, sending fails."
            )
        )
        self.all2all_button.setAccessibleDescription(self.all2all_text.text())
        self.relay_button.setAccessibleDescription(self.relay_text.text())
        self._fill_relay_box()
        self.relay_field.set_texts(
            self.tr("Internet &provider:"),
            self.tr("The company that brings the internet into your home."),
            self.tr("Internet provider"),
        )
        self.server_field.set_texts(
            self.tr("&Server:"),
            self.tr(
                "The name your internet provider gives for its outgoing server, for example "
                "smtp.example.be or smtp.example.be:25. Their support can tell you."
            ),
            self.tr("Outgoing server"),
        )
        self.relay_warning.show_text(
            self.tr(
                "Some receivers treat mail from an all2all address sent through another "
                "provider's server as spam. all2all's own server avoids that."
            )
        )
        self.search_again_button.setText(self.tr("&Look again"))
        self.search_again_button.setAccessibleDescription(
            self.tr(
                "Asks the internet providers' outgoing servers again which one answers from here."
            )
        )
        self.search_details.set_texts(self.tr("&Details"), self.tr("Details of the search"))
        self._render_search()
        self._sync()

    def _fill_relay_box(self) -> None:
        """The offered relays, the one that answers from here marked; keeps the selection."""
        current = self.relay_box.currentData()
        suggested = self.suggested_id()
        self.relay_box.blockSignals(True)
        self.relay_box.clear()
        for relay in self.provider.offered_relays():
            text = self.tr("{isp}: {server}").format(isp=relay.isp, server=relay.endpoint)
            if relay.id == suggested:
                text = self.tr("{relay} — answers from here").format(relay=text)
            self.relay_box.addItem(text, relay.id)
        self.relay_box.addItem(self.tr("Another server…"), OTHER_SERVER)
        self.relay_box.setCurrentIndex(max(self.relay_box.findData(current), 0))
        self.relay_box.blockSignals(False)
