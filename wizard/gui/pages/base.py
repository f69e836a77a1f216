"""What every page shares: access to the draft, and re-translation on a language switch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from wizard.core.provider import Provider
from wizard.gui.draft_store import DraftStore


class BasePage(QWizardPage):
    """A wizard page that sets all its texts in :meth:`retranslate`.

    Texts are set there, never in ``__init__`` alone, so that choosing another language
    on the welcome page changes every page at once without rebuilding anything.
    """

    def __init__(
        self, store: DraftStore, provider: Provider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.provider = provider
        # Content scrolls instead of being squeezed: long translations, large system
        # fonts and small laptop screens must never clip a sentence.
        self.body = QWidget()
        self.body.setObjectName("pageBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("pageScrollArea")
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text through ``self.tr``; called at start and on a switch."""
        raise NotImplementedError
