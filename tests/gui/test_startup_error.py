"""A damaged data file is explained in a window, in the user's language, not a traceback."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wizard.app import show_startup_error
from wizard.core.model import Language


def test_damaged_provider_file_message_in_dutch(qapp):
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.detailedText()))
        box.close()

    QTimer.singleShot(0, read_and_close)
    show_startup_error("provider.toml: incoming.host: is missing", Language.DUTCH)
    assert seen
    text, detail = seen[0]
    assert text.startswith("De assistent kan niet starten")
    assert detail == "provider.toml: incoming.host: is missing"
