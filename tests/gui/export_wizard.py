"""The real wizard for export tests: no connection test, mail programs in a chosen home.

The export page's tests do not need a mail server, so the wizard is built without the
connection-test page (``Collaborators.pages``), with exporters looking at a temporary
home and a keyring that is reported as unavailable (nothing reaches this computer's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from keyring.backends import fail
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWizard

from tests.support import no_dns
from wizard.core.exporters import Exporter
from wizard.core.flow import PageId
from wizard.core.keyring_store import KeyringStore
from wizard.core.model import AccountDraft, Language
from wizard.core.presets.preset import Preset
from wizard.core.provider import Provider
from wizard.gui.pages.done import DonePage
from wizard.gui.pages.export import ExportPage
from wizard.gui.setup_wizard import BUILT_IN_PAGES, Collaborators, SetupWizard

PAGES = tuple(page for page in BUILT_IN_PAGES if page is not PageId.CONNECTION_TEST)


class ExportWizard(SetupWizard):
    """SetupWizard without the connection test, with no keyring."""

    def __init__(
        self,
        provider: Provider,
        draft: AccountDraft,
        exporters: Sequence[Exporter],
        on_language_chosen: Callable[[Language], None],
        pool: QThreadPool | None = None,
        preset: Preset | None = None,
    ) -> None:
        del pool  # the wizard's own pool is used, as in the program
        collaborators = Collaborators(
            keyring=KeyringStore(backend=fail.Keyring()),
            exporters=exporters,
            pages=PAGES,
            relay_resolver=no_dns,  # nothing reaches the internet
        )
        super().__init__(
            provider, draft, on_language_chosen, collaborators=collaborators, preset=preset
        )

    @property
    def export_page(self) -> ExportPage:
        page = self.pages[PageId.EXPORT]
        assert isinstance(page, ExportPage)
        return page

    @property
    def summary_page(self) -> DonePage:
        page = self.pages[PageId.DONE]
        assert isinstance(page, DonePage)
        return page


def commit(window: ExportWizard, qtbot) -> None:
    """Press Set up and wait until the work has ended (moved on, or a message shown)."""
    button = window.button(QWizard.WizardButton.CommitButton)
    assert button.isVisible()
    assert button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: not window.export_page.busy())
