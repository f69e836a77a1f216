"""What every page shares: access to the draft, re-translation on a language switch, and
showing the choices an IT preset locked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from wizard.gui.draft_store import DraftStore

if TYPE_CHECKING:  # the data module (and its TOML parser) loads after the first paint
    from wizard.core.provider import Provider
    from wizard.gui.widgets.notice import Notice


class BasePage(QWizardPage):
    """A wizard page that sets all its texts in :meth:`retranslate`.

    Content goes into ``body_layout``. It scrolls rather than being squeezed, so long
    translations, large system fonts and small laptop screens never clip a sentence;
    a page that is sure to fit (the first one, which must paint fast) can opt out.

    Texts are set there, never in ``__init__`` alone, so that choosing another language
    on the welcome page changes every page at once without rebuilding anything.
    """

    provider: Provider  # set for every page but the welcome page, which needs no data

    def __init__(
        self,
        store: DraftStore,
        provider: Provider | None,
        parent: QWidget | None = None,
        scrollable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        if provider is not None:
            self.provider = provider
        self.body = QWidget()
        self.body.setObjectName("pageBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Above the scrolling body: what must stay in view (a page's status and its main
        # button); empty on most pages.
        self.header_layout = QVBoxLayout()
        self.header_layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.header_layout)
        if scrollable:
            outer.addWidget(_scroll_area(self, self.body))
        else:
            outer.addWidget(self.body)
        self.locked_notice: Notice | None = None  # made only when a preset locks something
        self._locked_controls: list[QWidget] = []

    def mark_locked(self, controls: Sequence[QWidget], position: int = 0) -> None:
        """Show ``controls`` read-only: IT staff fixed their value in a preset.

        They are greyed out with a tooltip saying who set them, and a note at
        ``position`` in the page's layout (-1: at the end) explains the grey. A page
        that enables controls itself must keep these disabled.
        """
        from wizard.gui.widgets.notice import Notice, NoticeKind  # only with a preset

        for control in controls:
            control.setEnabled(False)
            self._locked_controls.append(control)
        if self.locked_notice is None:
            self.locked_notice = Notice(NoticeKind.INFO, self.body)
            self.locked_notice.setObjectName("lockedNotice")
            if position < 0:
                self.body_layout.addWidget(self.locked_notice)
            else:
                self.body_layout.insertWidget(position, self.locked_notice)
        self._translate_locked()

    def _translate_locked(self) -> None:
        if self.locked_notice is None:
            return
        from wizard.texts.preset import locked_note, locked_tooltip

        self.locked_notice.show_text(locked_note())
        for control in self._locked_controls:
            control.setToolTip(locked_tooltip())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._translate_locked()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text through ``self.tr``; called at start and on a switch."""
        raise NotImplementedError


def _scroll_area(page: QWidget, body: QWidget) -> QScrollArea:
    # Imported here: the first use of the Qt namespace's enums costs ~40 ms in PySide,
    # which the first page avoids by not scrolling.
    from PySide6.QtCore import Qt

    scroll = QScrollArea(page)
    scroll.setObjectName("pageScrollArea")
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the focus
    return scroll
