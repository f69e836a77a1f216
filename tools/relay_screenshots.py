"""Screenshots of the outgoing page's relay search, from REAL searches on loopback.

    .venv/bin/python tools/relay_screenshots.py [--catalogues DIR] [--output DIR]
                                                [--lang nl fr en]

Starts the relays of the test suite (tests/mailserver/relay_network.py: an SMTP server
answering as uit.telenet.be, a silent relay.skynet.be, closed ports for the rest) and
saves the outgoing page, in the wizard's window at its default size, in each language:

- ``07-outgoing-relay-searching-<lang>.png``: the search is running;
- ``07-outgoing-relay-found-<lang>.png``: Telenet answers, so it is preselected;
- ``07-outgoing-relay-details-<lang>.png``: the same with Details open (helpdesk);
- ``07-outgoing-relay-none-<lang>.png``: no relay answers.

The page shows the shipped provider data (port 25), as a user sees it; the names lead
to the loopback listeners. ``--catalogues`` is the folder with the compiled
``wizard_<lang>.qm`` files (default: the committed ``wizard/i18n``). Runs offscreen;
nothing on this computer is read or changed, and nothing reaches the internet.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from keyring.backends import fail  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.mailserver.relay_network import RelayNetwork, running_relays  # noqa: E402
from wizard.core.flow import PageId  # noqa: E402
from wizard.core.keyring_store import KeyringStore  # noqa: E402
from wizard.core.model import Language  # noqa: E402
from wizard.core.probe.net import Address  # noqa: E402
from wizard.core.probe.relays import RelaySearchSettings, Resolver  # noqa: E402
from wizard.core.provider import load_provider  # noqa: E402
from wizard.gui.pages.account import AccountPage  # noqa: E402
from wizard.gui.pages.outgoing import OutgoingPage, SearchState  # noqa: E402
from wizard.gui.setup_wizard import Collaborators, SetupWizard  # noqa: E402
from wizard.gui.window import build_window  # noqa: E402
from wizard.paths import translations_dir  # noqa: E402

PAGES = (PageId.WELCOME, PageId.PROTOCOL, PageId.ACCOUNT, PageId.OUTGOING, PageId.DONE)
ACCOUNT = {
    "name_edit": "Marie Peeters",
    "email_edit": "marie.peeters@all2all.org",
    "username_edit": "user0001",
    "password_edit": "Kx7-pQ2m-Wz9",
}
QUICK = RelaySearchSettings(timeout=2.0, io_timeout=1.5)
SLOW = RelaySearchSettings(timeout=60.0, io_timeout=60.0)  # still running when shot
WAIT_SECONDS = 20.0


def nowhere(host: str, port: int) -> list[Address]:
    """No name resolves: no relay answers."""
    raise socket.gaierror(socket.EAI_NONAME, f"{host}: not resolved for the screenshots")


class _Fixed:
    """What build_window reads of the translators: the language (installed here)."""

    def __init__(self, language: Language) -> None:
        self.language = language

    def switch(self, _language: Language) -> None:
        """The welcome page's choice: the pictures keep their language."""


def install(app: QApplication, language: Language, catalogues: Path) -> list[QTranslator]:
    """Qt's and our catalogue for ``language`` (ours from ``catalogues``)."""
    installed = []
    if language is not Language.ENGLISH:
        qt = QTranslator()
        if qt.load(
            f"qtbase_{language.value}",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            installed.append(qt)
    ours = QTranslator()
    path = catalogues / f"wizard_{language.value}.qm"
    if not ours.load(str(path)):
        raise SystemExit(f"cannot load {path}")
    installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language.value))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return installed


def wait(condition: Callable[[], bool], what: str) -> None:
    """Let the event loop run until ``condition`` holds."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def outgoing_page(
    language: Language, resolver: Resolver, settings: RelaySearchSettings
) -> tuple[SetupWizard, OutgoingPage]:
    """The wizard on its outgoing page (search started), the relay option chosen."""
    collaborators = Collaborators(
        keyring=KeyringStore(backend=fail.Keyring()),  # type: ignore[no-untyped-call]
        exporters=(),
        pages=PAGES,
        relay_settings=settings,
        relay_resolver=resolver,
    )
    window = build_window(load_provider(), _Fixed(language), collaborators=collaborators)  # type: ignore[arg-type]
    window.show_choices()
    window.show()
    while window.currentId() != PageId.OUTGOING:
        page = window.currentPage()
        if isinstance(page, AccountPage):
            for name, value in ACCOUNT.items():
                getattr(page, name).setText(value)
        before = window.currentId()
        window.next()
        QCoreApplication.processEvents()
        if window.currentId() == before:
            raise SystemExit(f"cannot leave page {PageId(before).name}")
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    page.relay_button.click()  # what the user does to look at the relays
    return window, page


def save(window: SetupWizard, path: Path) -> Path:
    QCoreApplication.processEvents()
    window.grab().save(str(path))
    print(path)
    return path


def close(window: SetupWizard) -> None:
    window.close()  # stops a search still running
    window.deleteLater()
    QCoreApplication.processEvents()


def render(language: Language, network: RelayNetwork, output: Path) -> list[Path]:
    """Every picture of one language."""
    code = language.value
    shipped_ports = network.resolver_for_shipped_ports()
    written = []

    window, page = outgoing_page(language, shipped_ports, SLOW)
    wait(lambda: network.silent.open_connections > 0, "the silent relay")
    written.append(save(window, output / f"07-outgoing-relay-searching-{code}.png"))
    close(window)

    window, page = outgoing_page(language, shipped_ports, QUICK)
    wait(lambda: page.search_state is SearchState.DONE, "the search")
    if page.suggested_id() is None:
        raise SystemExit("no relay answered: the pictures would be wrong")
    written.append(save(window, output / f"07-outgoing-relay-found-{code}.png"))
    page.search_details.set_open(True)
    written.append(save(window, output / f"07-outgoing-relay-details-{code}.png"))
    close(window)

    window, page = outgoing_page(language, nowhere, QUICK)
    wait(lambda: page.search_state is SearchState.DONE, "the search")
    written.append(save(window, output / f"07-outgoing-relay-none-{code}.png"))
    close(window)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--catalogues", type=Path, default=translations_dir())
    parser.add_argument(
        "--out", "--output", dest="output", type=Path, default=ROOT / "docs" / "screenshots"
    )
    parser.add_argument(
        "--lang",
        nargs="+",
        choices=[lang.value for lang in Language],
        default=[lang.value for lang in Language],
    )
    args = parser.parse_args(argv)
    app: Any = QApplication.instance() or QApplication([sys.argv[0]])
    args.output.mkdir(parents=True, exist_ok=True)
    with running_relays() as network:
        for code in args.lang:
            language = Language(code)
            translators = install(app, language, args.catalogues)
            try:
                render(language, network, args.output)
            finally:
                for translator in translators:
                    app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
