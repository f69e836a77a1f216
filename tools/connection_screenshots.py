"""Screenshots of the connection-test page for the README, from REAL connection tests.

    .venv/bin/python tools/connection_screenshots.py [--catalogues DIR] [--out DIR]
                                                     [--lang nl fr en]

Starts the test Dovecot and the fault listeners (as the tests do), runs real probes and
saves the page, inside the wizard's frame, in each language:

- ``09-connection-ok-<lang>.png``: everything works (IMAP, all2all's outgoing server);
- ``10-connection-auth-failed-<lang>.png``: a wrong password, refused by both servers;
- ``11-connection-port-blocked-<lang>.png``: port 465 blocked (connection attempts
  dropped), so the page proposes the internet provider's outgoing server;
- ``19-connection-message-waiting-<lang>.png``: the test message was sent and the page
  waits for it to arrive;
- ``20-connection-message-late-<lang>.png``: the test message did not arrive in time
  (an address the test server does not deliver, a short time limit).

Where the test message goes through, it goes to the address the test Dovecot delivers
(``<login>@all2all.test``) and really arrives and is deleted again.

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
from typing import NamedTuple

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
from wizard.core.probe.round_trip import RoundTripSettings  # noqa: E402
from wizard.core.provider import Provider, load_provider  # noqa: E402
from wizard.gui.pages.connection_test import ConnectionTestPage, Phase  # noqa: E402
from wizard.gui.pages.done import DonePage  # noqa: E402
from wizard.gui.round_tripper import RoundTripper  # noqa: E402
from wizard.gui.setup_wizard import DEFAULT_SIZE, SetupWizard  # noqa: E402
from wizard.gui.tester import ConnectionTester  # noqa: E402
from wizard.gui.widgets.test_message import TripState  # noqa: E402
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


class Scenario(NamedTuple):
    """One screenshot: what the probe talks to, and when the picture is taken."""

    name: str
    probed: Provider
    password: str
    email: str
    arrival_timeout: float = 20.0
    while_waiting: bool = False  # take it while the test message is on its way


def scenarios(server: MailServer, faults: FaultServers) -> list[Scenario]:
    user = server.trip_user
    right = server.users[user]
    arrives = server.address(user)
    never = f"{user}@elsewhere.example"  # accepted, never delivered
    blocked = server.provider_with(smtp=endpoint(faults.blocked_port))
    return [
        Scenario("09-connection-ok", server.provider, right, arrives),
        Scenario("10-connection-auth-failed", server.provider, "Wrong-Password-1", arrives),
        Scenario("11-connection-port-blocked", blocked, right, arrives),
        Scenario("19-connection-message-waiting", server.provider, right, never, 30.0, True),
        Scenario("20-connection-message-late", server.provider, right, never, 1.0),
    ]


def _settled(page: ConnectionTestPage, while_waiting: bool) -> bool:
    message = page.test_message
    assert message is not None
    if while_waiting:
        return (
            message.state is TripState.RUNNING
            and message.report is None
            and ("…" in message.line.text.text() and message.line.text.text().count("✔") == 1)
        )
    return page.phase is not Phase.RUNNING and not page.running


def shoot(
    app: QApplication,
    shown: Provider,
    scenario: Scenario,
    draft: AccountDraft,
    settings: ProbeSettings,
    path: Path,
) -> None:
    """Run one real test on the page inside the wizard frame and save the window."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resources_dir() / "icons" / f"all2all-setup-{size}.png"))
    window = _Frame(shown, draft, lambda _language: None, icon, defer_pages=True)
    tester = ConnectionTester(scenario.probed, settings, parent=window)
    trip_settings = RoundTripSettings(
        arrival_timeout=scenario.arrival_timeout,
        timeout=settings.timeout,
        io_timeout=settings.io_timeout,
        poll_interval=0.2,
        ca_file=settings.ca_file,
    )
    round_tripper = RoundTripper(scenario.probed, trip_settings, parent=window)
    page = ConnectionTestPage(
        window.store,
        shown,
        tester,
        copy_text=lambda _text: None,
        change_outgoing=lambda: None,
        round_tripper=round_tripper,
    )
    window.setPage(PageId.CONNECTION_TEST, page)
    window.setPage(PageId.DONE, DonePage(window.store, shown))
    window.resize(*DEFAULT_SIZE)
    window.show()
    loop = QEventLoop()
    poll = QTimer(window)

    def quit_when_settled() -> None:
        if _settled(page, scenario.while_waiting):
            loop.quit()

    poll.timeout.connect(quit_when_settled)
    poll.start(20)
    QTimer.singleShot(int((2 * settings.timeout + scenario.arrival_timeout) * 1000), loop.quit)
    window.next()
    loop.exec()
    poll.stop()
    if not _settled(page, scenario.while_waiting):
        raise SystemExit(f"{path.name}: the test did not get where the picture is taken")
    app.processEvents()
    window.grab().save(str(path))
    tester.shutdown()
    round_tripper.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    print(path)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--catalogues", type=Path, default=translations_dir())
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--lang",
        nargs="+",
        choices=[lang.value for lang in Language],
        default=[lang.value for lang in Language],
    )
    args = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    shown = load_provider()
    args.out.mkdir(parents=True, exist_ok=True)
    with running_mail_server() as server, running_fault_servers(server.certificates) as faults:
        settings = ProbeSettings(timeout=10.0, io_timeout=2.0, ca_file=server.ca_file)
        for code in args.lang:
            lang = Language(code)
            with language(app, lang, args.catalogues):
                for scenario in scenarios(server, faults):
                    draft = AccountDraft(
                        language=lang,
                        display_name="Marie Peeters",
                        email=scenario.email,
                        username=server.trip_user,
                        password=scenario.password,
                    )
                    path = args.out / f"{scenario.name}-{code}.png"
                    shoot(app, shown, scenario, draft, settings, path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
