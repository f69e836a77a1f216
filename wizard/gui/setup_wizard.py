"""The wizard window: builds the pages, owns the draft, follows the core's flow.

Nothing is written anywhere from here: the pages only fill the draft. Writing (keyring,
mail programs) happens behind the export page's commit button, in later work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget, QWizard

from wizard.core.flow import next_step, page_order
from wizard.core.model import AccountDraft, Language
from wizard.gui.draft_store import DraftStore
from wizard.gui.page_ids import PageId

if TYPE_CHECKING:
    from wizard.core.provider import Provider
from wizard.gui.pages.base import BasePage

# The pages this build has; the connection test and export pages join with their work.
BUILT_IN_PAGES = (
    PageId.WELCOME,
    PageId.PROTOCOL,
    PageId.ACCOUNT,
    PageId.OUTGOING,
    PageId.SUMMARY,
)

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
        draft: AccountDraft,
        on_language_chosen: Callable[[Language], None],
        icon: QIcon | None = None,
        defer_pages: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self._provider = provider if not callable(provider) else None
        self._load_provider = provider if callable(provider) else None
        self.store = DraftStore(draft, self)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        if icon is not None:
            self.setWindowIcon(icon)
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon.pixmap(48, 48))
        self._on_language_chosen = on_language_chosen
        self.pages: dict[PageId, BasePage] = {}
        self._add_page(PageId.WELCOME)
        if not defer_pages:
            self.build_remaining_pages()
        self.setStartId(PageId.WELCOME)
        self.resize(760, 660)
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
        for page_id in page_order(self.store.draft, BUILT_IN_PAGES):
            if page_id not in self.pages:
                self._add_page(page_id)

    def _add_page(self, page_id: PageId) -> None:
        page = self._make_page(page_id)
        self.pages[page_id] = page
        self.setPage(page_id, page)

    def _make_page(self, page_id: PageId) -> BasePage:
        """Import and build one page (imports are here so deferred pages cost nothing early)."""
        store = self.store
        if page_id is PageId.WELCOME:  # needs no provider data: it paints first
            from wizard.gui.pages.welcome import WelcomePage

            return WelcomePage(store, self._on_language_chosen)
        provider = self.provider
        if page_id is PageId.PROTOCOL:
            from wizard.gui.pages.protocol import ProtocolPage

            return ProtocolPage(store, provider)
        if page_id is PageId.ACCOUNT:
            from wizard.gui.pages.account import AccountPage

            return AccountPage(store, provider)
        if page_id is PageId.OUTGOING:
            from wizard.gui.pages.outgoing import OutgoingPage

            return OutgoingPage(store, provider)
        if page_id is PageId.SUMMARY:
            from wizard.gui.pages.summary import SummaryPage

            return SummaryPage(store, provider)
        raise ValueError(f"no page for {page_id!r}")

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
        step = next_step(PageId(self.currentId()), self.store.draft, BUILT_IN_PAGES)
        return -1 if step is None else int(step)

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
