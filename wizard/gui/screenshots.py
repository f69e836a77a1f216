"""``--screenshots DIR``: the wizard's pages rendered to PNG, for the README and support.

The pages are filled with a fictitious user so the pictures show what a real user sees,
including the POP3 options, an inline error and the strength meter, in each language
asked for. Nothing on this computer is read or changed: no keyring, no mail program,
and no name is looked up (the outgoing page's relay search finds that none answers, the
same on every computer; ``tools/relay_screenshots.py`` shows one that answers).
The connection test and export pages need a mail server and a mail program to show
anything real; ``tools/connection_screenshots.py`` and ``tools/export_screenshots.py``
render them against the test suite's Dovecot and a Thunderbird profile.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWizard

from wizard.core.flow import PageId
from wizard.core.keyring_store import KeyringStore
from wizard.core.model import Language
from wizard.core.probe.net import Address
from wizard.core.provider import Provider
from wizard.gui.pages.account import AccountPage
from wizard.gui.pages.outgoing import OutgoingPage, SearchState
from wizard.gui.pages.protocol import ProtocolPage
from wizard.gui.setup_wizard import Collaborators
from wizard.translations import Translators

METER_WAIT_SECONDS = 10  # the strength meter scores in a worker, after a short pause
SEARCH_WAIT_SECONDS = 10  # the relay search, when no name resolves: at once


def _no_names(host: str, port: int) -> list[Address]:
    """The relay search's name resolution for the pictures: nothing resolves."""
    raise socket.gaierror(socket.EAI_NONAME, f"{host}: not looked up for the screenshots")


# The pages that show something real without a mail server or a mail program.
_OFFLINE = Collaborators(
    keyring=KeyringStore(backend=fail.Keyring()),  # type: ignore[no-untyped-call]
    exporters=(),
    pages=(PageId.WELCOME, PageId.PROTOCOL, PageId.ACCOUNT, PageId.OUTGOING, PageId.DONE),
    relay_resolver=_no_names,
)

SAMPLE = {
    "display_name": "Marie Peeters",
    "email": "marie.peeters@all2all.org",
    "username": "user0001",
    "password": "Kx7-pQ2m-Wz9",
}


def save_screenshots(
    provider: Provider, translators: Translators, folder: Path, languages: Iterable[Language]
) -> list[Path]:
    """Render each page in each language; return the files written."""
    from wizard.gui.window import build_window

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in languages:
        translators.switch(language)
        window = build_window(provider, translators, collaborators=_OFFLINE)
        window.show_choices()  # the pages of choices are part of the pictures
        window.show()
        shots: list[tuple[str, Callable[[QWizard], None] | None]] = [
            ("welcome", None),
            ("protocol", None),
            ("protocol-pop3", _choose_pop3),
            ("account-error", _account_with_error),
            ("account", _fill_account),
            ("outgoing", None),
            ("outgoing-relay", _choose_relay),
            ("summary", None),
        ]
        for index, (name, prepare) in enumerate(shots, start=1):
            _go_to(window, name.split("-")[0])
            if prepare is not None:
                prepare(window)
            QCoreApplication.processEvents()
            path = folder / f"{index:02d}-{name}-{language.value}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        window.deleteLater()
    return written


_PAGE_BY_NAME = {
    "welcome": PageId.WELCOME,
    "protocol": PageId.PROTOCOL,
    "account": PageId.ACCOUNT,
    "outgoing": PageId.OUTGOING,
    "summary": PageId.DONE,
}


def _go_to(window: QWizard, name: str) -> None:
    target = _PAGE_BY_NAME[name]
    while window.currentId() != target:
        if window.currentId() == PageId.ACCOUNT:
            _fill_account(window)
        before = window.currentId()
        window.next()
        QCoreApplication.processEvents()
        if window.currentId() == before:
            raise RuntimeError(f"cannot leave page {before} for the screenshots")


def _choose_pop3(window: QWizard) -> None:
    page = window.currentPage()
    assert isinstance(page, ProtocolPage)
    page.pop3_button.setChecked(True)


def _account_with_error(window: QWizard) -> None:
    page = window.currentPage()
    assert isinstance(page, AccountPage)
    page.name_edit.setText(SAMPLE["display_name"])
    page.email_edit.setText("marie.peeters@")
    page.username_edit.setText("")
    page.validatePage()


def _fill_account(window: QWizard) -> None:
    page = window.currentPage()
    assert isinstance(page, AccountPage)
    page.name_edit.setText(SAMPLE["display_name"])
    page.email_edit.setText(SAMPLE["email"])
    page.username_edit.setText(SAMPLE["username"])
    page.password_edit.setText(SAMPLE["password"])
    page.validatePage()
    deadline = time.monotonic() + METER_WAIT_SECONDS
    while (page.strength() is None or page.meter.pending()) and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _choose_relay(window: QWizard) -> None:
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    page.relay_button.setChecked(True)
    deadline = time.monotonic() + SEARCH_WAIT_SECONDS
    while page.search_state is SearchState.RUNNING and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
