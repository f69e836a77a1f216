"""An IT preset in the wizard: its defaults fill the pages, locked choices are read-only,
and a faulty preset is explained in the user's language before any wizard is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import walk_to
from tests.support import no_dns
from wizard.core.flow import PageId
from wizard.core.keyring_store import KeyringStore
from wizard.core.model import Language, OutgoingKind, Protocol
from wizard.core.presets.applying import PresetStart, prepare_preset
from wizard.core.presets.preset import PresetError, PresetErrorCode
from wizard.core.presets.reading import load_preset
from wizard.gui.dialogs import report_preset_error
from wizard.gui.pages.outgoing import OTHER_SERVER, OutgoingPage
from wizard.gui.pages.protocol import ProtocolPage
from wizard.gui.pages.welcome import LANGUAGE_NAMES, WelcomePage
from wizard.gui.setup_wizard import Collaborators, SetupWizard
from wizard.gui.window import build_window
from wizard.texts.preset import locked_note
from wizard.translations import Translators

# No connection test or export: these tests stop at the outgoing page.
PAGES = (PageId.WELCOME, PageId.PROTOCOL, PageId.ACCOUNT, PageId.OUTGOING, PageId.DONE)

LOCKED = """\
locked = ["language", "protocol", "keep_on_server_days", "outgoing"]

[defaults]
language = "nl"
protocol = "pop3"
keep_on_server = true
keep_on_server_days = 400
outgoing = "company-relay"

[administrator]
name = "Helpdesk Voorbeeld"
email = "helpdesk@voorbeeld.be"

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

UNLOCKED = """\
[defaults]
language = "fr"
protocol = "pop3"
keep_on_server_days = 30
outgoing = "smtp.example.be:587"
"""


def start_from(tmp_path: Path, text: str, language: Language | None = None) -> PresetStart:
    path = tmp_path / "preset.toml"
    path.write_text(text, encoding="utf-8")
    return prepare_preset(path, None, language)


def spoken(translators: Translators) -> Language | None:
    """The language installed now (a function, so each call reads it afresh)."""
    return translators.language


@pytest.fixture
def open_wizard(qtbot, translators: Translators):
    def make(start: PresetStart) -> SetupWizard:
        translators.switch(start.language or Language.ENGLISH)
        window = build_window(
            start.provider,
            translators,
            collaborators=Collaborators(
                keyring=KeyringStore(backend=fail.Keyring()), pages=PAGES, relay_resolver=no_dns
            ),
            preset=start.preset,
            draft=start.draft,
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def test_locked_choices_are_read_only_and_show_the_preset_values(open_wizard, tmp_path):
    window = open_wizard(start_from(tmp_path, LOCKED))
    assert window.preset is not None
    assert window.preset.is_locked("outgoing")

    welcome = window.currentPage()
    assert isinstance(welcome, WelcomePage)
    assert not welcome.language_box.isEnabled()
    assert welcome.language_box.currentText() == LANGUAGE_NAMES[Language.DUTCH]
    assert welcome.locked_notice is not None
    assert welcome.locked_notice.text() == locked_note()
    assert welcome.language_box.toolTip()

    walk_to(window, PageId.PROTOCOL)
    page = window.currentPage()
    assert isinstance(page, ProtocolPage)
    assert page.pop3_button.isChecked()
    assert not page.imap_button.isEnabled()
    assert not page.pop3_button.isEnabled()
    assert page.days_box.value() == 400  # beyond the box's usual limit of 365
    assert not page.days_box.isEnabled()
    assert page.keep_box.isEnabled()  # not locked
    page.keep_box.click()
    page.keep_box.click()  # enabling the copy again must not unlock the days
    assert not page.days_box.isEnabled()
    assert page.locked_notice is not None
    assert page.locked_notice.isVisible()
    page.imap_button.setChecked(True)  # even if something forced it, Next keeps the preset
    window.next()
    assert window.draft.protocol is Protocol.POP3
    assert window.draft.keep_on_server_days == 400

    walk_to(window, PageId.OUTGOING)
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    assert page.relay_button.isChecked()
    assert page.relay_box.currentData() == "company-relay"
    assert "smtp.voorbeeld.be" in page.relay_box.currentText()
    for control in (page.all2all_button, page.relay_button, page.relay_box, page.server_edit):
        assert not control.isEnabled()
    assert page.locked_notice is not None
    assert page.locked_notice.isVisible()
    window.next()
    outgoing = window.draft.outgoing
    assert (outgoing.kind, outgoing.relay_id) == (OutgoingKind.ISP_RELAY, "company-relay")
    assert window.provider.administrator.email == "helpdesk@voorbeeld.be"


def test_a_locked_language_cannot_be_switched(open_wizard, tmp_path, translators):
    window = open_wizard(start_from(tmp_path, LOCKED))
    welcome = window.currentPage()
    assert isinstance(welcome, WelcomePage)
    assert spoken(translators) is Language.DUTCH
    welcome.language_box.setCurrentIndex(welcome.language_box.findData(Language.FRENCH.value))
    assert spoken(translators) is Language.DUTCH
    assert welcome.language_box.currentData() == Language.DUTCH.value
    assert window.draft.language is Language.DUTCH


def test_a_locked_language_refuses_another_one_on_the_command_line(tmp_path):
    with pytest.raises(PresetError) as caught:
        start_from(tmp_path, LOCKED, Language.FRENCH)
    assert (caught.value.code, caught.value.line, caught.value.key) == (
        PresetErrorCode.LOCKED_CONFLICT,
        4,
        "defaults.language",
    )
    assert start_from(tmp_path, LOCKED, Language.DUTCH).language is Language.DUTCH


def test_unlocked_defaults_are_preselected_and_can_be_changed(open_wizard, tmp_path, translators):
    window = open_wizard(start_from(tmp_path, UNLOCKED))
    welcome = window.currentPage()
    assert isinstance(welcome, WelcomePage)
    assert welcome.language_box.isEnabled()
    assert welcome.locked_notice is None
    assert spoken(translators) is Language.FRENCH
    welcome.language_box.setCurrentIndex(welcome.language_box.findData(Language.ENGLISH.value))
    assert spoken(translators) is Language.ENGLISH

    walk_to(window, PageId.PROTOCOL)
    page = window.currentPage()
    assert isinstance(page, ProtocolPage)
    assert page.pop3_button.isChecked()
    assert page.pop3_button.isEnabled()
    assert page.days_box.value() == 30
    assert page.days_box.isEnabled()
    assert page.locked_notice is None
    page.days_box.setValue(10)
    window.next()
    assert (window.draft.protocol, window.draft.keep_on_server_days) == (Protocol.POP3, 10)

    walk_to(window, PageId.OUTGOING)
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    assert page.relay_button.isChecked()
    assert page.relay_box.currentData() == OTHER_SERVER
    assert page.server_edit.text() == "smtp.example.be:587"
    page.all2all_button.click()
    window.next()
    assert window.draft.outgoing.kind is OutgoingKind.ALL2ALL


def test_command_line_language_wins_over_an_unlocked_preset_language(tmp_path):
    start = start_from(tmp_path, UNLOCKED, Language.DUTCH)
    assert start.language is Language.DUTCH
    assert start.draft.language is Language.DUTCH
    assert start.draft.protocol is Protocol.POP3


def _read_box(seen: list[QMessageBox]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box)
    box.close()


def _box_texts(error: PresetError, language: Language) -> tuple[str, str, str]:
    seen: list[QMessageBox] = []
    texts: list[tuple[str, str, str]] = []

    def read() -> None:
        _read_box(seen)
        texts.append((seen[0].text(), seen[0].informativeText(), seen[0].detailedText()))

    QTimer.singleShot(0, read)
    report_preset_error(error, language)
    assert texts, "no message box was shown"
    return texts[0]


def test_preset_error_box_names_file_line_and_key_in_dutch(qapp, tmp_path, capsys):
    path = tmp_path / "voorinstelling.toml"
    path.write_text("[defaults]\nprotocol = 'imap'\nprotcol = 'pop3'\n", encoding="utf-8")
    with pytest.raises(PresetError) as caught:
        load_preset(path)
    headline, text, detail = _box_texts(caught.value, Language.DUTCH)
    assert headline.startswith("De assistent kan niet starten")
    assert text.startswith(f"Bestand {path}, regel 3, sleutel defaults.protcol:")
    assert "bestaat niet" in text
    assert detail == str(caught.value)
    assert text in capsys.readouterr().err  # also said on stderr, for a terminal


def test_preset_error_box_in_french(qapp, tmp_path, capsys):
    path = tmp_path / "preset.toml"
    path.write_text("[defaults]\nkeep_on_server_days = '14'\n", encoding="utf-8")
    with pytest.raises(PresetError) as caught:
        load_preset(path)
    headline, text, _ = _box_texts(caught.value, Language.FRENCH)
    assert headline.startswith("L’assistant ne peut pas démarrer")
    assert f"{path}, ligne 2, clé defaults.keep_on_server_days" in text
    assert "nombre entier" in text
    capsys.readouterr()
