"""Holds the wizard's one :class:`AccountDraft` and tells pages when it changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from wizard.core.model import AccountDraft


class DraftStore(QObject):
    """The single owner of the draft; pages replace it, never mutate it."""

    changed = Signal(object)  # the new AccountDraft

    def __init__(self, draft: AccountDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft

    @property
    def draft(self) -> AccountDraft:
        """The current choices."""
        return self._draft

    def update(self, **changes: object) -> None:
        """Replace the draft by a copy with ``changes``; signal only on a real change."""
        new = self._draft.with_changes(**changes)
        if new != self._draft:
            self._draft = new
            self.changed.emit(new)
