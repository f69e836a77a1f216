"""Word-wrapped text labels, the building block of every explanation in the wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

INDENT = 24  # aligns an explanation with the text of the radio button above it


def wrapped_label(parent: QWidget, object_name: str, indent: int = 0) -> QLabel:
    """A QLabel that wraps, has a name for tests and tools, and an optional indent."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName(object_name)
    label.setContentsMargins(indent, 0, 0, 0)
    return label
