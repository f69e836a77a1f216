"""Holds the wizard's one :class:`AccountDraft` and tells pages when it changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from wizard.core.model import AccountDraft


class DraftStore(QObject):
    """The single owner of the draft; pages replace it, never mutate it."""

    changed = Signal(object)  # the new AccountDraft

    def __init__(
        self, draft: AccountDraft | Callable[[], AccountDraft], parent: QObject | None = None
    ) -> None:
        """``draft`` may be a function that makes it: then it is made on first use, so
        the first page can paint before the model module is imported."""
        super().__init__(parent)
        self._draft: AccountDraft | None = None if callable(draft) else draft
        self._make_draft = draft if callable(draft) else None

    @property
    def draft(self) -> AccountDraft:
        """The current choices."""
        if self._draft is None:
            assert self._make_draft is not None
            self._draft = self._make_draft()
        return self._draft

    def peek(self) -> AccountDraft | None:
        """The draft if it exists already, without making it (for the first page)."""
        return self._draft

    def update(self, **changes: object) -> None:
        """Replace the draft by a copy with ``changes``; signal only on a real change."""
        password = changes.get("password")
        if isinstance(password, str) and password:
            from wizard.core.log_secrets import protect

            protect(password)  # before anything could log it (the test, the commit)
        new = self.draft.with_changes(**changes)
        if new != self._draft:
            self._draft = new
            self.changed.emit(new)
