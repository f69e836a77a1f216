"""Render the account page with a weak and a strong password (and a saved-password offer).

    python tools/account_screenshots.py               # wizard/i18n/*.qm, into docs/screenshots
    python tools/account_screenshots.py --catalogues DIR     # other compiled catalogues
    python tools/account_screenshots.py --lang fr --output /tmp/shots

Writes ``05-account-weak-<lang>.png``, ``05-account-strong-<lang>.png`` and
``05-account-saved-<lang>.png`` (the offer to reuse a password from the keyring, shown
with an in-memory keyring so nothing on this computer is read or written).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE = {
    "name_edit": "Marie Peeters",
    "email_edit": "marie.peeters@all2all.org",
    "username_edit": "user0001",
}
WEAK = "zonnebloem"
STRONG = "q8Tz2LmR4vXp9W"
TIMEOUT = 30.0


def _memory_keyring(password: str) -> Any:
    """A keyring backend that holds one password in memory (for the picture only)."""
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    backend = MemoryKeyring()
    return backend, password


def _wait(condition: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the page")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _install(app: Any, language: str, catalogues: Path) -> list[Any]:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    installed = []
    if language != "en":
        qt = QTranslator()
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            installed.append(qt)
    ours = QTranslator()
    path = catalogues / f"wizard_{language}.qm"
    if not ours.load(str(path)):
        raise SystemExit(f"cannot load {path}")
    installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return installed


def render(language: str, catalogues: Path, output: Path) -> list[Path]:
    """Write the account-page pictures for one language."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from wizard.core.flow import PageId
    from wizard.core.keyring_store import KeyringEntry, KeyringStore
    from wizard.core.model import Language
    from wizard.core.provider import load_provider
    from wizard.gui.pages.account import AccountPage
    from wizard.gui.window import build_window

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    translators = _install(app, language, catalogues)

    class Fixed:  # build_window only reads the language
        def __init__(self) -> None:
            self.language = Language(language)

        def switch(self, _language: Any) -> None:
            pass

    provider = load_provider()
    window = build_window(provider, Fixed())  # type: ignore[arg-type]
    window.show()
    written = []
    while window.currentId() != PageId.ACCOUNT:
        window.next()
        app.processEvents()
    page = window.currentPage()
    assert isinstance(page, AccountPage)
    for name, value in SAMPLE.items():
        getattr(page, name).setText(value)
    for kind, password in (("weak", WEAK), ("strong", STRONG)):
        page.password_edit.setText(password)
        _wait(lambda: page.strength() is not None and not page.meter.pending())
        app.processEvents()
        path = output / f"05-account-{kind}-{language}.png"
        window.grab().save(str(path))
        written.append(path)
    # The same page on a dark desktop: every colour comes from the palette.
    from tests.gui.test_colours import dark_palette

    light = app.palette()
    app.setPalette(dark_palette())
    page.password_edit.setText(WEAK)
    _wait(lambda: page.strength() is not None and not page.meter.pending())
    app.processEvents()
    path = output / f"05-account-dark-{language}.png"
    window.grab().save(str(path))
    written.append(path)
    app.setPalette(light)
    app.processEvents()

    # The saved-password offer: the same page, given a keyring that holds a password.
    backend, saved = _memory_keyring(STRONG)
    backend.set_password(*_entry_key(KeyringEntry.for_account(provider, "user0001")), saved)
    pool = QThreadPool()
    offered = AccountPage(window.store, provider, keyring=KeyringStore(backend), pool=pool)
    window.removePage(PageId.ACCOUNT)
    window.setPage(PageId.ACCOUNT, offered)
    window.restart()
    while window.currentId() != PageId.ACCOUNT:
        window.next()
        app.processEvents()
    for name, value in SAMPLE.items():
        getattr(offered, name).setText(value)
    offered.username_edit.editingFinished.emit()
    _wait(offered.use_saved_button.isVisible)
    app.processEvents()
    path = output / f"05-account-saved-{language}.png"
    window.grab().save(str(path))
    written.append(path)

    pool.waitForDone()
    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    return written


def _entry_key(entry: Any) -> tuple[str, str]:
    return entry.service, entry.username


def main(argv: list[str] | None = None) -> int:
    """Command-line entry."""
    from wizard.core.language import Language

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--catalogues",
        type=Path,
        default=ROOT / "wizard" / "i18n",
        help="folder of wizard_xx.qm files",
    )
    parser.add_argument(
        "--out", "--output", dest="output", type=Path, default=ROOT / "docs" / "screenshots"
    )
    languages = [lang.value for lang in Language]
    parser.add_argument("--lang", choices=languages, action="append")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.output.mkdir(parents=True, exist_ok=True)
    for language in args.lang or languages:
        for path in render(language, args.catalogues, args.output):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
