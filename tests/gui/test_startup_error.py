"""A damaged data file is explained in a window, in the user's language, not a traceback."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wizard.core.model import Language
from wizard.gui.dialogs import show_startup_error


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


def test_damaged_provider_file_found_after_the_first_paint(qtbot, tmp_path, translators):
    """The wizard reads the data after painting; a damaged file is explained, no traceback."""
    from wizard.core.flow import PageId
    from wizard.gui.window import build_remaining_pages, build_window, provider_loader

    broken = tmp_path / "provider.toml"
    broken.write_text("schema_version = 1\n", encoding="utf-8")
    translators.switch(Language.FRENCH)
    exit_codes: list[int] = []
    loader = provider_loader(broken, Language.FRENCH, exit_codes.append)
    window = build_window(loader, translators, True)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    build_remaining_pages(window)
    assert seen[0].startswith("L’assistant ne peut pas démarrer")
    assert not window.isVisible()
    assert exit_codes == [2]
    assert set(window.pages) == {PageId.WELCOME}  # nothing built on damaged data
