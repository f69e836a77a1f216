"""Screenshots of the connection-test page for the README, from REAL connection tests.

    .venv/bin/python tools/connection_screenshots.py [--catalogues DIR] [--out DIR]
                                                     [--lang nl fr en]

Starts the test Dovecot and the fault listeners (as the tests do), runs real probes and
saves the page, inside the wizard's frame, in each language:

- ``09-connection-ok-<lang>.png``: everything works (IMAP, all2all's outgoing server);
- ``10-connection-auth-failed-<lang>.png``: a wrong password, refused by both servers;
- ``11-connection-port-blocked-<lang>.png``: port 465 blocked (connection attempts
  dropped), so the page proposes the internet provider's outgoing server.

The page shows the shipped provider's server names and ports, as a user would see them;
the probes themselves go to the local test servers. ``--catalogues`` is the folder with
the compiled ``wizard_<lang>.qm`` files (default: the committed ``wizard/i18n``). Needs Dovecot
(``python3 dev.py test`` installs it) and runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from tests.mailserver.dovecot import (  # noqa: E402
    FaultServers,
    MailServer,
    running_fault_servers,
    running_mail_server,
)
from wizard.core.flow import PageId  # noqa: E402
from wizard.core.model import (  # noqa: E402
    AccountDraft,
    Authentication,
    Language,
    Security,
    ServerEndpoint,
)
from wizard.core.probe.results import ProbeSettings  # noqa: E402
from wizard.core.provider import Provider, load_provider  # noqa: E402
from wizard.gui.pages.connection_test import ConnectionTestPage, Phase  # noqa: E402
from wizard.gui.pages.done import DonePage  # noqa: E402
from wizard.gui.setup_wizard import DEFAULT_SIZE, SetupWizard  # noqa: E402
from wizard.gui.tester import ConnectionTester  # noqa: E402
from wizard.paths import resources_dir, translations_dir  # noqa: E402

ICON_SIZES = (32, 48, 64, 128, 256)


class _Frame(SetupWizard):
    """The real wizard window, going from the welcome page straight to the test page."""

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        if self.currentId() == PageId.WELCOME:
            return int(PageId.CONNECTION_TEST)
        if self.currentId() == PageId.CONNECTION_TEST:
            return int(PageId.DONE)
        return -1

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        return QWizard.validateCurrentPage(self)  # no other page is needed


@contextmanager
def language(app: QApplication, lang: Language, catalogues: Path) -> Iterator[None]:
    """Install Qt's and our catalogue for ``lang`` (from ``catalogues``)."""
    installed = []
    if lang is not Language.ENGLISH:
        qt = QTranslator()
        if qt.load(
            f"qtbase_{lang.value}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            installed.append(qt)
    ours = QTranslator()
    if not ours.load(str(catalogues / f"wizard_{lang.value}.qm")):
        raise SystemExit(f"cannot load {catalogues / f'wizard_{lang.value}.qm'}")
    installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang.value))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def endpoint(port: int) -> ServerEndpoint:
    return ServerEndpoint("localhost", port, Security.SSL, Authentication.PASSWORD)


def scenarios(server: MailServer, faults: FaultServers) -> list[tuple[str, Provider, str]]:
    """(file name, provider the probe uses, password)."""
    user = server.ascii_user
    right = server.users[user]
    blocked = server.provider_with(smtp=endpoint(faults.blocked_port))
    return [
        ("09-connection-ok", server.provider, right),
        ("10-connection-auth-failed", server.provider, "Wrong-Password-1"),
        ("11-connection-port-blocked", blocked, right),
    ]


def shoot(
    app: QApplication,
    shown: Provider,
    probed: Provider,
    draft: AccountDraft,
    settings: ProbeSettings,
    path: Path,
) -> None:
    """Run one real test on the page inside the wizard frame and save the window."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resources_dir() / "icons" / f"all2all-setup-{size}.png"))
    window = _Frame(shown, draft, lambda _language: None, icon, defer_pages=True)
    tester = ConnectionTester(probed, settings, parent=window)
    page = ConnectionTestPage(
        window.store, shown, tester, copy_text=lambda _text: None, change_outgoing=lambda: None
    )
    window.setPage(PageId.CONNECTION_TEST, page)
    window.setPage(PageId.DONE, DonePage(window.store, shown))
    window.resize(*DEFAULT_SIZE)
    window.show()
    loop = QEventLoop()
    tester.finished.connect(lambda _report: QTimer.singleShot(0, loop.quit))
    QTimer.singleShot(int(settings.timeout * 1000) + 5000, loop.quit)
    window.next()
    loop.exec()
    if page.phase is not Phase.DONE:
        raise SystemExit(f"{path.name}: the test did not finish")
    app.processEvents()
    window.grab().save(str(path))
    tester.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    print(path)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--catalogues", type=Path, default=translations_dir())
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["nl", "fr", "en"])
    args = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    shown = load_provider()
    args.out.mkdir(parents=True, exist_ok=True)
    with running_mail_server() as server, running_fault_servers(server.certificates) as faults:
        settings = ProbeSettings(timeout=10.0, io_timeout=2.0, ca_file=server.ca_file)
        for code in args.lang:
            lang = Language(code)
            with language(app, lang, args.catalogues):
                for name, probed, password in scenarios(server, faults):
                    draft = AccountDraft(
                        language=lang,
                        display_name="Marie Peeters",
                        email="marie.peeters@all2all.org",
                        username=server.ascii_user,
                        password=password,
                    )
                    path = args.out / f"{name}-{code}.png"
                    shoot(app, shown, probed, draft, settings, path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
