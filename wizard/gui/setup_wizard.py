"""The wizard window: builds the pages, owns the draft, follows the core's flow.

Nothing is written anywhere before the export page's commit button: the pages only fill
the draft. Then the export page runs the core's one commit (the mail programs, the
files for a phone, the OS keyring). Collaborators (probe settings, keyring, exporters) are
injected, so tests and screenshots point the wizard at their own servers and homes.

An IT preset (``preset``) was checked and applied to the provider data and the draft
before the window was made; here it only decides which controls are read-only, and it
stays available as :attr:`SetupWizard.preset` (the export page preselects its clients).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget, QWizard

from wizard.core.flow import PageId, next_page
from wizard.core.language import Language
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.base import BasePage
from wizard.gui.worker_pool import new_pool

if TYPE_CHECKING:
    from wizard.core.exporters.base import Environment, Exporter
    from wizard.core.keyring_store import KeyringStore
    from wizard.core.model import AccountDraft
    from wizard.core.presets.preset import Preset
    from wizard.core.probe.relays import RelaySearchSettings, Resolver
    from wizard.core.probe.results import ProbeSettings
    from wizard.core.probe.round_trip import RoundTripSettings
    from wizard.core.provider import Provider
    from wizard.gui.background import BackgroundLoading
    from wizard.gui.export_session import ExportSession
    from wizard.gui.relay_searcher import RelaySearcher
    from wizard.gui.removal import RemovalContext
    from wizard.gui.round_tripper import RoundTripper
    from wizard.gui.tester import ConnectionTester


# The pages this build has, in the order the core's flow gives them.
BUILT_IN_PAGES = (
    PageId.WELCOME,
    PageId.PROTOCOL,
    PageId.ACCOUNT,
    PageId.OUTGOING,
    PageId.CONNECTION_TEST,
    PageId.EXPORT,
    PageId.DONE,
    PageId.DOCTOR,
)


log = logging.getLogger(__name__)

# Fits a 1366x768 laptop screen with its taskbar and the window's title bar.
DEFAULT_SIZE = (780, 660)


class Collaborators(NamedTuple):
    """What the pages talk to, injectable so tests and screenshots use their own.

    ``None`` means the real thing, made when first needed: the system's trust store for
    the connection test, the OS keyring, this user's folders and mail programs, DNS.
    ``round_trip_settings`` default to the connection test's limits and trust store;
    ``test_message`` is whether "Send a test message to myself" starts ticked.
    """

    probe_settings: ProbeSettings | None = None
    keyring: KeyringStore | None = None
    exporters: Sequence[Exporter] | None = None
    pages: Sequence[PageId] = BUILT_IN_PAGES  # a subset, e.g. screenshots without a server
    environment: Environment | None = None  # where the doctor and removal look
    round_trip_settings: RoundTripSettings | None = None
    test_message: bool = True
    relay_settings: RelaySearchSettings | None = None
    relay_resolver: Resolver | None = None  # tests give real relay names loopback addresses


# Qt's own texts for the ModernStyle buttons (qwizard.cpp), translated by qtbase_xx.
_QT_BUTTON_TEXTS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.FinishButton: "&Finish",
    QWizard.WizardButton.CancelButton: "Cancel",
    QWizard.WizardButton.HelpButton: "&Help",
}


class SetupWizard(QWizard):
    """The all2all setup wizard; pages are added by :class:`PageId`."""

    def __init__(
        self,
        provider: Provider | Callable[[], Provider],
        draft: AccountDraft | Callable[[], AccountDraft],
        on_language_chosen: Callable[[Language], None],
        icon: QIcon | None = None,
        defer_pages: bool = False,
        collaborators: Collaborators | None = None,
        parent: QWidget | None = None,
        language: Language | None = None,
        preset: Preset | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        # The checked preset (None: no preset); ``provider`` and ``draft`` already hold
        # its overrides and defaults.
        self.preset = preset
        self._provider = provider if not callable(provider) else None
        self._load_provider = provider if callable(provider) else None
        self.store = DraftStore(draft, self)
        # The welcome page shows the language without making the draft (see DraftStore).
        if language is None:
            language = Language.ENGLISH if callable(draft) else draft.language
        self._language = language
        self.collaborators = collaborators or Collaborators()
        self.available = tuple(self.collaborators.pages)
        self.pool = new_pool(self)  # strength checks, keyring calls
        self._tester: ConnectionTester | None = None
        self._round_tripper: RoundTripper | None = None
        self._relay_searcher: RelaySearcher | None = None
        self._keyring: KeyringStore | None = self.collaborators.keyring
        self._export_session: ExportSession | None = None
        self.background_loading: BackgroundLoading | None = None  # set after the first paint
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        if icon is not None:
            self.setWindowIcon(icon)
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon.pixmap(48, 48))
        self._on_language_chosen = on_language_chosen
        self.pages: dict[PageId, BasePage] = {}
        # The recommended path skips the pages of choices until the user asks for them.
        self.with_choices = False
        # The welcome page's "Check the set-up I already have" takes the doctor's path;
        # back on the welcome page, Next sets up again.
        self.doctor = False
        self.currentIdChanged.connect(self._page_changed)
        self._add_page(PageId.WELCOME)
        if not defer_pages:
            self.build_remaining_pages()
        self.setStartId(PageId.WELCOME)
        self.resize(*DEFAULT_SIZE)
        self.retranslate()

    @property
    def provider(self) -> Provider:
        """The provider data, read on first use when a loader was given.

        A loader lets the window appear before the data file is parsed; the pages that
        need the data are built after the first paint. The draft takes the provider's
        default for POP3's keep-on-server days at that moment, before any page shows it.
        """
        if self._provider is None:
            assert self._load_provider is not None
            self._provider = self._load_provider()
            self.store.update(keep_on_server_days=self._provider.keep_on_server_days)
        return self._provider

    def build_remaining_pages(self) -> None:
        """Build every page not built yet.

        With ``defer_pages`` only the welcome page exists when the window first paints;
        the application calls this right after, while the user reads the first page, so
        the window appears sooner. It is also called before leaving a page, so a page is
        always there when it is needed.
        """
        for page_id in sorted(self.available):
            if page_id not in self.pages:
                self._add_page(page_id)

    def show_choices(self) -> None:
        """The user wants to change the recommended settings: the pages of choices join
        the path (the next page is the first of them)."""
        self.with_choices = True
        self.build_remaining_pages()

    def _change_settings(self) -> None:
        """The welcome page's "Change these settings…": on to the first page of choices."""
        self.show_choices()
        self.next()

    def check_existing_setup(self) -> None:
        """The welcome page's "Check the all2all set-up I already have": the doctor."""
        self.doctor = True
        self.build_remaining_pages()
        self.next()

    def set_up_instead(self) -> None:
        """The doctor found nothing: back to the welcome page, on to setting up."""
        while self.currentId() != PageId.WELCOME and self.currentId() != -1:
            self.back()
        self.next()

    def _page_changed(self, page_id: int) -> None:
        if page_id == PageId.WELCOME:
            self.doctor = False

    def change_outgoing_server(self) -> None:
        """From a later page (the test found the outgoing server blocked): show the
        page that chooses it, keeping what was typed."""
        self.show_choices()
        while self.currentId() > PageId.ACCOUNT and self.currentId() != self.startId():
            self.back()
        if self.currentId() == PageId.ACCOUNT:
            self.next()

    def _add_page(self, page_id: PageId) -> None:
        page = self._make_page(page_id)
        self.pages[page_id] = page
        self.setPage(page_id, page)

    def _make_page(self, page_id: PageId) -> BasePage:
        """Import and build one page (imports are here so deferred pages cost nothing early)."""
        store = self.store
        if page_id is PageId.WELCOME:  # needs no provider data: it paints first
            from wizard.gui.pages.welcome import WelcomePage

            return WelcomePage(
                store,
                self._on_language_chosen,
                self._language,
                language_locked=self.is_locked("language"),
                on_change_settings=self._change_settings,
                on_check_existing=self.check_existing_setup,
            )
        provider = self.provider
        if page_id is PageId.PROTOCOL:
            from wizard.gui.pages.protocol import ProtocolPage

            return ProtocolPage(store, provider, locked=self.locked_fields())
        if page_id is PageId.ACCOUNT:
            from wizard.gui.pages.account import AccountPage

            return AccountPage(store, provider, keyring=self.keyring, pool=self.pool)
        if page_id is PageId.OUTGOING:
            from wizard.gui.pages.outgoing import OutgoingPage

            locked = self.is_locked("outgoing")  # the preset's server: nothing to search
            searcher = None if locked else self.relay_searcher
            return OutgoingPage(store, provider, locked=locked, searcher=searcher)
        if page_id is PageId.CONNECTION_TEST:
            from wizard.gui.pages.connection_test import ConnectionTestPage

            return ConnectionTestPage(
                store,
                provider,
                self.tester,
                change_outgoing=self.change_outgoing_server,
                round_tripper=self.round_tripper,
                test_message=self.collaborators.test_message,
            )
        if page_id is PageId.EXPORT:
            from wizard.gui.pages.export import ExportPage, default_exporters

            exporters = self.collaborators.exporters
            return ExportPage(
                store,
                provider,
                self.export_session,
                default_exporters() if exporters is None else exporters,
                self.pool,
                keyring=self.keyring,
            )
        if page_id is PageId.DONE:
            from wizard.gui.pages.done import DonePage

            return DonePage(
                store, provider, session=self.export_session, removal=self.removal_context
            )
        if page_id is PageId.DOCTOR:
            from wizard.gui.pages.doctor import DoctorPage

            return DoctorPage(store, provider, self.removal_context, on_set_up=self.set_up_instead)
        raise ValueError(f"no page for {page_id!r}")

    def locked_fields(self) -> frozenset[str]:
        """The draft's fields the preset shows read-only (none without a preset)."""
        return self.preset.locked if self.preset is not None else frozenset()

    def is_locked(self, name: str) -> bool:
        """Whether the preset locked this field (``language``, ``protocol``...)."""
        return name in self.locked_fields()

    @property
    def tester(self) -> ConnectionTester:
        """The connection tester, made with the provider data when first needed."""
        if self._tester is None:
            from wizard.gui.tester import ConnectionTester

            self._tester = ConnectionTester(
                self.provider, self.collaborators.probe_settings, parent=self
            )
        return self._tester

    @property
    def round_tripper(self) -> RoundTripper:
        """Sends the test message; by default with the connection test's limits and CAs."""
        if self._round_tripper is None:
            from wizard.core.probe.results import ProbeSettings
            from wizard.core.probe.round_trip import RoundTripSettings
            from wizard.gui.round_tripper import RoundTripper

            settings = self.collaborators.round_trip_settings
            if settings is None:
                probe = self.collaborators.probe_settings or ProbeSettings()
                settings = RoundTripSettings(
                    timeout=probe.timeout, io_timeout=probe.io_timeout, ca_file=probe.ca_file
                )
            self._round_tripper = RoundTripper(self.provider, settings, parent=self)
        return self._round_tripper

    @property
    def relay_searcher(self) -> RelaySearcher:
        """Finds the internet provider's outgoing server that answers from here."""
        if self._relay_searcher is None:
            from wizard.gui.relay_searcher import RelaySearcher

            self._relay_searcher = RelaySearcher(
                self.provider,
                self.collaborators.relay_settings,
                self.collaborators.relay_resolver,
                parent=self,
            )
        return self._relay_searcher

    @property
    def environment(self) -> Environment:
        """This user's folders (the doctor and removal look there)."""
        from wizard.core.exporters.base import Environment

        return self.collaborators.environment or Environment.from_os()

    @property
    def removal_context(self) -> RemovalContext:
        """What the doctor and the done page's "Remove" work with: this user's folders,
        the mail programs' exporters, the wizard's keyring."""
        from wizard.gui.removal import RemovalContext

        exporters = self.collaborators.exporters
        if exporters is None:
            from wizard.gui.pages.export import default_exporters

            exporters = default_exporters(self.environment)
        return RemovalContext(self.environment, tuple(exporters), self.keyring)

    @property
    def export_session(self) -> ExportSession:
        """What the export page did, shared with the done page."""
        if self._export_session is None:
            from wizard.gui.export_session import ExportSession

            self._export_session = ExportSession(self)
        return self._export_session

    @property
    def keyring(self) -> KeyringStore:
        """The OS keyring (constructing it does not import the keyring library)."""
        if self._keyring is None:
            from wizard.core.keyring_store import KeyringStore

            self._keyring = KeyringStore()
        return self._keyring

    def done(self, result: int) -> None:
        """Stop a running connection test, round trip or relay search before the window
        goes."""
        for run in (self._tester, self._round_tripper, self._relay_searcher):
            if run is not None:
                run.shutdown()
        super().done(result)

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        self.build_remaining_pages()
        return super().validateCurrentPage()

    @property
    def draft(self) -> AccountDraft:
        """The user's choices so far."""
        return self.store.draft

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        if self.currentId() not in self.pages:
            return -1
        following = next_page(
            PageId(self.currentId()), self.available, self.with_choices, self.doctor
        )
        return -1 if following is None else int(following)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window title, and Qt's own buttons in the new language.

        QWizard fetches its button texts from Qt's catalogue only once, so after a
        language switch they are looked up again here, with Qt's own source texts
        (held in variables, so that our catalogue does not copy Qt's translations).
        """
        self.setWindowTitle(self.tr("all2all mail setup"))
        context = "QWizard"
        for button, source in _QT_BUTTON_TEXTS.items():
            self.setButtonText(button, QCoreApplication.translate(context, source))
