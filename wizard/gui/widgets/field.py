"""One labelled input with a hint below it and room for an error message.

The label is the input's buddy, which is what gives it its accessible name on every
platform; the hint becomes its accessible description, and so does an error while shown,
so a screen reader user hears the same as a sighted user reads.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wizard.gui.widgets.notice import Notice, NoticeKind


class Field(QWidget):
    """Label, editor, hint and error, stacked; the editor is any input widget."""

    def __init__(self, editor: QWidget, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        editor.setObjectName(object_name)
        self.label = QLabel(self)
        self.label.setBuddy(editor)
        self.label.setObjectName(f"{object_name}Label")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName(f"{object_name}Hint")
        self._error: Notice | None = None  # made on the first error: keeps start-up light
        self._object_name = object_name
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.label)
        self._layout.addWidget(editor)
        self._layout.addWidget(self.hint)

    def set_texts(self, label: str, hint: str, accessible_name: str) -> None:
        """Set the visible label (with its &-shortcut), the hint and the plain name."""
        self.label.setText(label)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.editor.setAccessibleName(accessible_name)
        self._update_description()

    def set_error(self, message: str) -> None:
        """Show an error under the field ("" clears it)."""
        if self._error is None:
            if not message:
                return
            self._error = Notice(NoticeKind.ERROR, self, tinted=True)
            self._error.setObjectName(f"{self._object_name}Error")
            self._layout.addWidget(self._error)
        self._error.show_text(message)
        self._update_description()

    def error_text(self) -> str:
        """The error shown now, or ""."""
        return self._error.text() if self._error is not None else ""

    def _update_description(self) -> None:
        parts = [self.error_text(), self.hint.text()]
        self.editor.setAccessibleDescription(" ".join(part for part in parts if part))
