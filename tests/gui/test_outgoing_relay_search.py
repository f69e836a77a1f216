"""The outgoing page's relay search, against real relays on loopback under their real names.

``uit.telenet.be`` answers on 127.0.0.2, ``relay.skynet.be`` accepts on 127.0.0.3 and
never says a word, the others refuse (tests/mailserver/relay_network.py). The window
reaches them through the resolver of its Collaborators, as the program reaches the real
ones through DNS. The provider data lists Skynet before Telenet here, so that the
relay the search preselects is not the list's first entry anyway.

Texts of the Relays context are in the catalogues and are checked in each language;
the page's own new texts (the status line, Look again, the list's mark) are not yet,
so those are checked by structure (see the notes at each assertion).
"""

from __future__ import annotations

import dataclasses
import re
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.gui.announcements import recorded_announcements, texts
from tests.gui.conftest import walk_to
from tests.mailserver.relay_network import (
    ANSWERING_RELAY,
    SILENT_RELAY,
    RelayNetwork,
    running_relays,
)
from tests.support import no_dns
from wizard.core.flow import PageId
from wizard.core.keyring_store import KeyringStore
from wizard.core.model import AccountDraft, Language, OutgoingChoice, OutgoingKind
from wizard.core.presets.applying import prepare_preset
from wizard.core.presets.preset import Preset
from wizard.core.probe.net import Address
from wizard.core.probe.relays import RelaySearchSettings, Resolver
from wizard.core.provider import Provider
from wizard.gui.pages.outgoing import OutgoingPage, SearchState
from wizard.gui.relay_searcher import RelaySearcher
from wizard.gui.setup_wizard import Collaborators, SetupWizard
from wizard.gui.window import build_window
from wizard.translations import Translators

PAGES = (PageId.WELCOME, PageId.PROTOCOL, PageId.ACCOUNT, PageId.OUTGOING, PageId.DONE)
LANGUAGES = list(Language)
QUICK = RelaySearchSettings(timeout=2.0, io_timeout=1.5)  # the silent relay holds it 2 s
SLOW = RelaySearchSettings(timeout=120.0, io_timeout=120.0)  # still running when we leave
SEARCH_MS = 15_000

# The catalogues' sentences (Relays context), as far as they do not depend on the relay.
SUGGESTED = {
    Language.DUTCH: "Uw verbinding lijkt van Telenet te zijn",
    Language.FRENCH: "Votre connexion semble être celle de Telenet",
    Language.ENGLISH: "Your connection seems to be Telenet's",
    Language.GERMAN: "Sie sind anscheinend über Telenet mit dem Internet verbunden",
}
NONE_ANSWERS = {
    Language.DUTCH: "Gebruik de eigen uitgaande mailserver van all2all",
    Language.FRENCH: "Utilisez le serveur sortant d’all2all",
    Language.ENGLISH: "Use all2all's own outgoing server",
    Language.GERMAN: "Verwenden Sie den eigenen Postausgangsserver von all2all",
}
ANSWERS = {
    Language.DUTCH: "antwoordt",
    Language.FRENCH: "répond",
    Language.ENGLISH: "answers",
    Language.GERMAN: "antwortet",
}

LOCKED_PRESET = """\
locked = ["outgoing"]

[defaults]
outgoing = "company-relay"

[[provider.relays]]
id = "company-relay"
isp = "Gemeente Voorbeeld"
host = "smtp.voorbeeld.be"
port = 25
security = "none"
authentication = "none"
own_network_only = true
source = "IT"
checked = "2026-11"
"""


@pytest.fixture
def network() -> Iterator[RelayNetwork]:
    with running_relays() as relays:
        yield relays


def skynet_first(network: RelayNetwork) -> Provider:
    """The test network's provider, Skynet's relay listed (and offered) before Telenet's."""
    relays = network.provider.relays
    first = [relay for relay in relays if relay.id == SILENT_RELAY]
    return dataclasses.replace(
        network.provider, relays=(*first, *(r for r in relays if r.id != SILENT_RELAY))
    )


OpenWindow = Callable[..., SetupWizard]


@pytest.fixture
def open_outgoing(qtbot, translators: Translators, network: RelayNetwork) -> OpenWindow:
    """The real window on its outgoing page (reached with "Change these settings")."""

    def make(
        language: Language = Language.ENGLISH,
        settings: RelaySearchSettings = QUICK,
        resolver: Resolver | None = None,
        provider: Provider | None = None,
        preset: Preset | None = None,
        draft: AccountDraft | None = None,
    ) -> SetupWizard:
        translators.switch(language)
        collaborators = Collaborators(
            keyring=KeyringStore(backend=fail.Keyring()),
            exporters=(),
            pages=PAGES,
            relay_settings=settings,
            relay_resolver=resolver or network.resolver(),
        )
        window = build_window(
            provider or skynet_first(network),
            translators,
            collaborators=collaborators,
            preset=preset,
            draft=draft,
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        walk_to(window, PageId.OUTGOING)
        return window

    return make


def outgoing(window: SetupWizard) -> OutgoingPage:
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    return page


def searcher(page: OutgoingPage) -> RelaySearcher:
    assert page.searcher is not None
    return page.searcher


def state(page: OutgoingPage) -> SearchState:
    """The search's state now (a call: each one reads it afresh)."""
    return page.search_state


def wait_for_result(qtbot, page: OutgoingPage) -> None:
    qtbot.waitUntil(lambda: page.search_state is SearchState.DONE, timeout=SEARCH_MS)


def entries(page: OutgoingPage) -> list[str]:
    return [page.relay_box.itemText(i) for i in range(page.relay_box.count())]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_the_relay_that_answers_is_suggested_and_preselected(
    open_outgoing, qtbot, network, language
):
    window = open_outgoing(language)
    page = outgoing(window)
    assert page.search_state is SearchState.RUNNING  # started when the page showed
    assert not page.search_status.isHidden()
    assert page.search_status.accessibleName()  # the calm line says what happens
    assert page.search_notice.text() == ""
    assert page.relay_box.currentData() == SILENT_RELAY  # the list's first entry
    before = entries(page)

    wait_for_result(qtbot, page)

    assert page.relay_box.currentData() == ANSWERING_RELAY
    assert page.all2all_button.isChecked()  # all2all's server stays the choice
    assert not page.relay_button.isChecked()
    assert window.draft.outgoing.kind is OutgoingKind.ALL2ALL
    assert page.search_status.isHidden()
    notice = page.search_notice.text()
    assert notice.startswith(SUGGESTED[language])
    assert "uit.telenet.be" in notice
    # The entry that answers is marked ("… — answers from here"; English in every
    # language until the catalogues have the mark), the others are as they were.
    marked = page.relay_box.findData(ANSWERING_RELAY)
    assert entries(page)[marked].startswith(before[marked])
    assert entries(page)[marked] != before[marked]
    assert [text for i, text in enumerate(entries(page)) if i != marked] == [
        text for i, text in enumerate(before) if i != marked
    ]
    # Every relay's answer for the helpdesk, under Details (closed).
    lines = page.answers_label.text().splitlines()
    assert len(lines) == len(network.provider.relays)
    (telenet,) = [line for line in lines if line.startswith("Telenet — uit.telenet.be")]
    assert ANSWERS[language] in telenet
    assert not page.search_details.is_open()
    assert not page.search_again_button.isHidden()
    assert network.answering.messages() == []  # greeted, never asked to send anything

    page.relay_button.click()  # the user looks at the relays: all of it is in sight
    assert page.search_notice.isVisible()
    assert page.search_details.isVisible()
    window.next()
    assert window.draft.outgoing.relay_id == ANSWERING_RELAY


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_when_none_answers_the_page_says_all2alls_server_is_the_way(open_outgoing, qtbot, language):
    window = open_outgoing(language, resolver=no_dns)
    page = outgoing(window)
    before = entries(page)
    wait_for_result(qtbot, page)

    assert NONE_ANSWERS[language] in page.search_notice.text()
    assert page.suggested_id() is None
    assert page.relay_box.currentData() == SILENT_RELAY  # nothing new preselected
    assert entries(page) == before  # and nothing marked
    assert page.all2all_button.isChecked()


def leave_back(window: SetupWizard) -> None:
    window.back()


def leave_next(window: SetupWizard) -> None:
    window.next()


def leave_closing(window: SetupWizard) -> None:
    window.close()


@pytest.mark.parametrize(
    "leave", [leave_back, leave_next, leave_closing], ids=["back", "next", "closing"]
)
def test_leaving_the_page_cancels_the_search_at_once(open_outgoing, qtbot, network, leave):
    window = open_outgoing(settings=SLOW)
    page = outgoing(window)
    run = searcher(page)
    results: list[object] = []
    run.finished.connect(results.append)
    assert network.silent.wait_open(1)  # the silent relay holds the search
    assert run.running

    with qtbot.waitSignal(run.discarded, timeout=SEARCH_MS):  # the stopped run's result
        began = time.perf_counter()
        leave(window)
        assert time.perf_counter() - began < 1.0  # the page returns at once
        assert not run.running
        assert page.search_state is SearchState.IDLE

    assert network.silent.wait_all_closed()  # its connection is closed, not left open
    qtbot.wait(100)
    assert results == []  # nothing arrived after the cancel
    assert page.search is None
    assert page.search_notice.text() == ""
    assert page.relay_box.currentData() == SILENT_RELAY


def test_coming_back_after_a_stopped_search_searches_again(open_outgoing, qtbot, network):
    window = open_outgoing(settings=QUICK)
    page = outgoing(window)
    window.back()  # stopped before it finished
    assert state(page) is SearchState.IDLE
    window.next()
    assert window.currentId() == PageId.OUTGOING
    assert state(page) is SearchState.RUNNING
    wait_for_result(qtbot, page)
    assert page.suggested_id() == ANSWERING_RELAY


def test_a_finished_search_is_not_repeated(open_outgoing, qtbot, network):
    window = open_outgoing()
    page = outgoing(window)
    wait_for_result(qtbot, page)
    found = page.search
    assert network.silent.accepted == 1

    window.back()
    window.next()  # the page again: the answer is still there, nothing is asked again
    assert window.currentId() == PageId.OUTGOING
    assert page.search_state is SearchState.DONE
    qtbot.wait(300)
    assert page.search is found
    assert network.silent.accepted == 1


def pick_with_keyboard(qtbot, page: OutgoingPage, relay_id: str) -> None:
    """Choose an entry of the list as a user does: focus it, arrow keys."""
    page.relay_box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.relay_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.relay_box, Qt.Key.Key_Up)
    assert page.relay_box.currentData() == relay_id


def test_a_late_result_never_overrides_the_users_own_choice(open_outgoing, qtbot, network):
    window = open_outgoing(settings=RelaySearchSettings(timeout=3.0, io_timeout=3.0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = outgoing(window)
    page.relay_button.click()
    pick_with_keyboard(qtbot, page, SILENT_RELAY)  # Proximus, while the search runs
    assert page.search_state is SearchState.RUNNING

    wait_for_result(qtbot, page)

    assert page.suggested_id() == ANSWERING_RELAY  # Telenet answered, and the page says so
    assert "uit.telenet.be" in page.search_notice.text()
    assert page.relay_box.currentData() == SILENT_RELAY  # but the user's choice stays
    window.next()
    assert window.draft.outgoing.relay_id == SILENT_RELAY


def test_the_drafts_relay_is_kept_too(open_outgoing, qtbot, network):
    provider = skynet_first(network)
    skynet = provider.relay(SILENT_RELAY)
    assert skynet is not None
    draft = AccountDraft(
        outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, skynet.endpoint, skynet.id),
        keep_on_server_days=provider.keep_on_server_days,
    )
    window = open_outgoing(provider=provider, draft=draft)
    page = outgoing(window)
    assert page.relay_button.isChecked()
    wait_for_result(qtbot, page)
    assert page.suggested_id() == ANSWERING_RELAY
    assert page.relay_box.currentData() == SILENT_RELAY


def test_look_again_asks_anew_and_gives_the_focus_back(open_outgoing, qtbot, network: RelayNetwork):
    at_home = {"plugged in": False}
    answering = network.resolver()

    def resolve(host: str, port: int) -> list[Address]:
        """Nothing answers until the laptop is plugged in at home."""
        if not at_home["plugged in"]:
            raise socket.gaierror(socket.EAI_NONAME, f"{host}: offline")
        return answering(host, port)

    window = open_outgoing(resolver=resolve)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = outgoing(window)
    page.relay_button.click()
    wait_for_result(qtbot, page)
    assert page.suggested_id() is None
    assert page.relay_box.currentData() == SILENT_RELAY

    at_home["plugged in"] = True
    page.search_again_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.search_again_button.hasFocus)
    qtbot.keyClick(page.search_again_button, Qt.Key.Key_Space)
    assert page.search_state is SearchState.RUNNING
    assert page.search_again_button.isHidden()
    assert page.search_notice.text() == ""  # the old answer is gone while asking again

    wait_for_result(qtbot, page)
    assert page.suggested_id() == ANSWERING_RELAY
    assert page.relay_box.currentData() == ANSWERING_RELAY  # nobody had picked one
    assert page.search_again_button.hasFocus()


def test_what_the_search_found_is_announced_where_it_is_shown(open_outgoing, qtbot, network):
    """Said once when the search ends with the provider's section on screen; said again
    when the user comes back to that section; never while it is hidden."""
    with recorded_announcements() as heard:
        window = open_outgoing()
        page = outgoing(window)
        wait_for_result(qtbot, page)
        assert texts(heard) == []  # all2all's server is chosen: the result is not shown
        page.relay_button.click()
        qtbot.wait(100)
        said = page.search_notice.text()
        assert said.startswith(SUGGESTED[Language.ENGLISH])
        assert texts(heard) == [said]
        page.relay_box.setCurrentIndex(0)  # another entry: the same result, not said again
        page.all2all_button.click()
        page.relay_button.click()
        assert texts(heard) == [said, said]
    assert {announcement.source for announcement in heard} == {"relaySearchNotice"}


def test_a_search_that_ends_on_screen_is_announced(open_outgoing, qtbot, network):
    with recorded_announcements() as heard:
        window = open_outgoing(resolver=no_dns)
        page = outgoing(window)
        page.relay_button.click()
        assert texts(heard) == []  # still searching: nothing found to say yet
        wait_for_result(qtbot, page)
        qtbot.wait(100)
    assert texts(heard) == [page.search_notice.text()]
    assert NONE_ANSWERS[Language.ENGLISH] in texts(heard)[0]


def test_a_locked_outgoing_server_searches_nothing(open_outgoing, qtbot, network, tmp_path: Path):
    preset_file = tmp_path / "preset.toml"
    preset_file.write_text(LOCKED_PRESET, encoding="utf-8")
    start = prepare_preset(preset_file, None, Language.DUTCH)
    company = start.provider.relay("company-relay")
    assert company is not None
    provider = dataclasses.replace(start.provider, relays=(*network.provider.relays, company))
    window = open_outgoing(
        Language.DUTCH, provider=provider, preset=start.preset, draft=start.draft
    )
    page = outgoing(window)

    assert page.searcher is None
    assert page.search_state is SearchState.IDLE
    for widget in (
        page.search_status,
        page.search_notice,
        page.search_again_button,
        page.search_details,
    ):
        assert widget.isHidden(), widget.objectName()
    qtbot.wait(500)
    assert network.silent.accepted == 0  # no relay was asked
    assert page.relay_box.currentData() == "company-relay"


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_new_controls_are_named_and_their_shortcuts_differ(open_outgoing, qtbot, language):
    window = open_outgoing(language, resolver=no_dns)
    page = outgoing(window)
    wait_for_result(qtbot, page)
    button = page.search_again_button
    assert button.accessibleName() or button.text().replace("&", "")
    assert button.accessibleDescription()
    assert page.search_details.button.accessibleName()
    texts = [
        page.all2all_button.text(),
        page.relay_button.text(),
        page.relay_field.label.text(),
        page.server_field.label.text(),
        button.text(),
        page.search_details.button.text(),
        window.buttonText(QWizard.WizardButton.BackButton),
        window.buttonText(QWizard.WizardButton.NextButton),
    ]
    letters = []
    for text in texts:
        found = re.search(r"&(\w)", text)
        assert found, text
        letters.append(found.group(1).lower())
    assert len(set(letters)) == len(letters), texts


def test_the_gui_stays_free_while_searching(open_outgoing, qtbot, network):
    """The silent relay holds the search for seconds; the page answers meanwhile."""
    window = open_outgoing(settings=SLOW)
    page = outgoing(window)
    assert network.silent.wait_open(1)
    began = time.perf_counter()
    page.relay_button.click()
    QApplication.processEvents()
    assert page.relay_options.isVisible()
    assert time.perf_counter() - began < 0.5
    assert page.search_state is SearchState.RUNNING
    assert page.search_status.isVisible()
