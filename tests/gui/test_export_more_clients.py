"""Outlook and Evolution on the export and done pages, with their real exporters.

Outlook runs on a "Windows" whose registry is a dict filled the way a Microsoft 365
install fills it; the PRF goes to a temporary folder and the done page walks the user
through Outlook's own dialogs. Evolution writes real source files into a temporary
home, and the password goes into the suite's real Secret Service (gnome-keyring).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.exporters.test_evolution_export import make_exporter as make_evolution
from tests.exporters.test_outlook_detect import MemoryRegistry, microsoft_365
from tests.gui.conftest import ACCOUNT
from tests.gui.export_wizard import commit
from tests.keyring_service.fixture import SecretService, unlock_and_empty
from wizard.core.exporters import Environment
from wizard.core.exporters.base import NoteCode, Status
from wizard.core.exporters.outlook.exporter import OutlookExporter, OutlookReport
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.flow import PageId


@pytest.fixture
def outlook(tmp_path: Path, home: Path) -> OutlookExporter:
    return OutlookExporter(
        Environment(home, platform="win32"),
        registry=MemoryRegistry(microsoft_365()),
        running=lambda _image: False,
        export_folder=tmp_path / "exports" / "outlook",
    )


def test_outlook_is_offered_and_the_done_page_guides_through_its_dialogs(
    make_export_window, qtbot, outlook: OutlookExporter, tmp_path: Path
):
    env = Environment(outlook._env.home, platform="win32")
    window = make_export_window(exporters=[ThunderbirdExporter(env), outlook])
    section = window.export_page.sections[1]
    assert section.enable_box.text() == "Outlook"
    assert "Outlook's own windows" in section.summary.text()
    assert section.enable_box.isChecked()
    section.details.set_open(True)  # the version and the import are options
    assert section.profile_field.label.text() == "Version:"
    assert section.profile_box.currentText().startswith("Outlook 2016-2024 / Microsoft 365")
    assert section.import_box.isVisible()  # classic Outlook: the experimental import
    assert not section.import_box.isChecked()
    assert not section.trash_box.isVisible()
    assert "step by step" in section.plan_text.text()
    window.export_page.other.enable_box.setChecked(False)
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    report = window.summary_page.session.report("outlook")
    assert report is not None
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, OutlookReport.GUIDED_SETUP)
    prf = tmp_path / "exports" / "outlook" / "all2all-user0001.prf"
    assert prf.read_bytes()[:2] == b"\xff\xfe"  # written, for IT staff, even without import
    done = window.summary_page
    assert done.title() == "Almost done: one thing is left for you"
    outlook_line = next(line for line in done.result_lines if "Outlook" in line.notice.text())
    assert outlook_line.button.text() == "Show the steps"
    outlook_line.button.click()  # the steps open in a window of their own
    guide = done.outlook_guide
    assert guide is not None
    assert guide.isVisible()
    values = guide.values()
    assert "maximusconfessor.all2all.org" in values
    assert ACCOUNT["username_edit"] in values
    assert ACCOUNT["email_edit"] in values
    assert ACCOUNT["password_edit"] not in values
    text = next(text for _, text in done.result_texts() if "Outlook" in text)
    assert "one thing is left for you" in text


@pytest.fixture
def keyring(secret_service: SecretService, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The suite's Secret Service as this user's session bus, empty and unlocked."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service.address)
    unlock_and_empty(secret_service.address)
    yield secret_service.address
    unlock_and_empty(secret_service.address)


def evolution_secrets(address: str) -> list[bytes]:
    from secretstorage import search_items

    blocking = importlib.import_module("jeepney.io.blocking")
    with closing(blocking.open_dbus_connection(address)) as connection:
        query = {"xdg:schema": "org.gnome.Evolution.Data.Source"}
        return [item.get_secret() for item in search_items(connection, query)]


@pytest.mark.system
def test_evolution_gets_the_account_and_with_consent_the_password(
    make_export_window, qtbot, home: Path, keyring: str
):
    window = make_export_window(exporters=[make_evolution(home)])
    section = window.export_page.sections[0]
    assert section.enable_box.text() == "Evolution"
    section.details.set_open(True)  # the password choice is an option, under Details
    assert section.password_box.isVisible()
    assert section.password_box.isChecked()
    assert not section.trash_box.isVisible()  # Evolution keeps that elsewhere
    window.export_page.other.enable_box.setChecked(False)
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    sources = sorted((home / ".config" / "evolution" / "sources").glob("*.source"))
    assert len(sources) == 3
    assert all(ACCOUNT["password_edit"].encode() not in p.read_bytes() for p in sources)
    report = window.summary_page.session.report("evolution")
    assert report is not None
    assert report.status is Status.DONE
    assert NoteCode.PASSWORD_SAVED in report.notes
    assert NoteCode.PASSWORD_ASKED_AT_FIRST_START not in report.notes
    password = ACCOUNT["password_edit"].encode()
    assert evolution_secrets(keyring) == [password, password]  # account and SMTP login


@pytest.mark.system
def test_evolution_without_consent_gets_no_password(
    make_export_window, qtbot, home: Path, keyring: str
):
    window = make_export_window(exporters=[make_evolution(home)])
    window.export_page.sections[0].password_box.setChecked(False)
    window.export_page.other.enable_box.setChecked(False)
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    report = window.summary_page.session.report("evolution")
    assert report is not None
    assert NoteCode.PASSWORD_ASKED_AT_FIRST_START in report.notes
    assert evolution_secrets(keyring) == []


@pytest.mark.parametrize("locked", [False, True])
def test_preset_chooses_the_programs(make_export_window, home: Path, tmp_path: Path, locked):
    from tests.exporters.conftest import EXISTING_PREFS, make_root
    from wizard.core.presets.reading import parse_preset

    make_root(home / ".thunderbird", EXISTING_PREFS)
    lock = 'locked = ["clients"]\n' if locked else ""
    text = f'{lock}[defaults]\nclients = ["evolution"]\n'
    preset = parse_preset(text, tmp_path / "preset.toml")
    evolution = make_evolution(home)
    exporters = [ThunderbirdExporter(Environment(home, platform="linux")), evolution]
    window = make_export_window(exporters=exporters, preset=preset)
    thunderbird_section, evolution_section = window.export_page.sections
    assert not thunderbird_section.enable_box.isChecked()  # found, but not IT's choice
    assert evolution_section.enable_box.isChecked()
    assert thunderbird_section.enable_box.isEnabled() is not locked
    assert evolution_section.enable_box.isEnabled() is not locked
    notice = window.export_page.locked_notice
    assert (notice is not None and notice.isVisible()) is locked
    thunderbird_section.retry()  # looking again keeps IT's choice
    assert not thunderbird_section.enable_box.isChecked()
