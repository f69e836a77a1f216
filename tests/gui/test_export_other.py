"""The export page's settings files (phone, other programs) and Apple Mail on a Mac.

Real files in a temporary home: the PDF sheet, the Apple profile and the autoconfig
file are written by the real code when Set up is pressed, and the done page says where
and what to do with them. Apple Mail runs on a "Mac" in a temporary folder; only the
call to macOS's ``open`` is recorded instead of run.
"""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from tests.gui.export_wizard import commit
from wizard.core.exporters import Environment
from wizard.core.exporters.apple_mail import AppleMailExporter
from wizard.core.exporters.base import ReportCode, Status
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.flow import PageId

PASSWORD_FIELD = "password_edit"


def saved_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_without_mail_program_the_files_are_offered_and_saved(
    make_export_window, qtbot, documents_folder: Path
):
    window = make_export_window()  # no Thunderbird in the temporary home
    page = window.export_page
    other = page.other
    assert other.enable_box.isChecked()  # the only way the wizard can help here
    plan = other.files_text.text()
    assert "all2all-user0001-settings.pdf" in plan
    assert "all2all-user0001.mobileconfig" in plan
    assert "all2all.org.xml" in plan
    assert not documents_folder.exists()  # nothing written before Set up
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    assert saved_files(documents_folder) == [
        "all2all-user0001-settings.pdf",
        "all2all-user0001.mobileconfig",
        "all2all.org.xml",
    ]
    assert (documents_folder / "all2all-user0001-settings.pdf").read_bytes()[:5] == b"%PDF-"
    profile_data = plistlib.loads((documents_folder / "all2all-user0001.mobileconfig").read_bytes())
    assert profile_data["PayloadType"] == "Configuration"
    done = window.summary_page
    texts = [text for _, text in done.result_texts()]
    other_text = next(text for text in texts if "saved" in text)
    assert "“all2all e-mail”" in other_text  # a folder a person recognises, not a path
    assert str(documents_folder) not in other_text
    assert any(str(documents_folder) in line for line in done.details_lines())
    assert done.title() == "Done: your settings are saved"  # no program was set up
    assert done.phone.is_open()  # what the user needs now
    assert "AirDrop" in done.phone_intro.text()  # how to get it onto an iPhone
    table = done.phone_settings
    copied = {key: row.value() for key, row in table.rows.items()}
    assert copied == {
        "name": "Marie Peeters",
        "email": "marie.peeters@all2all.org",
        "username": "user0001",
        "incomingHost": "maximusconfessor.all2all.org",
        "outgoingHost": "maximusconfessor.all2all.org",
    }
    # What is typed or chosen in the other program: shown, without a Copy button.
    plain = {key: value.text() for key, (_label, value) in table.plain.items()}
    assert (plain["incomingPort"], plain["outgoingPort"]) == ("Port 993", "Port 465")
    assert plain["incomingSecurity"] == "SSL/TLS"
    assert plain["outgoingSecurity"] == "SSL/TLS, normal password"
    table.rows["username"].button.click()
    assert QApplication.clipboard().text() == "user0001"
    folder_line = next(line for line in done.result_lines if "saved" in line.notice.text())
    assert folder_line.button.isVisible()
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:  # the desktop's file manager, recorded instead
        opened.append(url)
        return True

    done._open_url = open_url
    folder_line.button.click()
    assert opened == [QUrl.fromLocalFile(str(documents_folder))]


def test_saving_again_replaces_the_files(make_export_window, qtbot, documents_folder: Path):
    documents_folder.mkdir(parents=True)
    (documents_folder / "all2all-user0001.mobileconfig").write_bytes(b"old")
    window = make_export_window()
    assert "(replaces the earlier file)" in window.export_page.other.files_text.text()
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    assert len(saved_files(documents_folder)) == 3
    assert (documents_folder / "all2all-user0001.mobileconfig").read_bytes() != b"old"


def test_unwritable_folder_is_explained_and_nothing_is_lost(
    make_export_window, qtbot, tmp_path: Path
):
    window = make_export_window()
    other = window.export_page.other
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    other.folder_edit.setText(str(blocked / "inside"))
    commit(window, qtbot)
    assert window.currentId() == PageId.EXPORT  # stays: the user can fix or untick
    assert other.problem.isVisible()
    assert "could not be written" in other.problem.text()
    assert blocked.read_text() == "not a folder"
    other.folder_edit.setText(str(tmp_path / "good"))
    assert not other.problem.isVisible()
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    assert len(saved_files(tmp_path / "good")) == 3


def test_empty_folder_blocks_set_up(make_export_window):
    window = make_export_window()
    other = window.export_page.other
    other.folder_edit.setText("  ")
    assert not window.export_page.isComplete()
    assert other.problem.text() == "Choose a folder for the files."
    other.enable_box.click()  # untick: nothing to save, nothing blocks
    assert window.export_page.isComplete()


def test_with_thunderbird_found_the_files_are_optional(make_export_window, profile):
    window = make_export_window()
    assert not window.export_page.other.enable_box.isChecked()
    assert not window.export_page.other.details.isVisible()


@pytest.fixture
def mac(tmp_path: Path, home: Path) -> tuple[Environment, list[Path], Path]:
    mail = tmp_path / "System" / "Applications" / "Mail.app"
    mail.mkdir(parents=True)
    return Environment(home, platform="darwin"), [], mail


def test_apple_mail_profile_is_saved_opened_and_explained(make_export_window, qtbot, mac):
    env, opened, mail = mac

    def opener(path: Path) -> bool:
        opened.append(path)
        return True

    exporters = [ThunderbirdExporter(env), AppleMailExporter(env, (mail,), opener)]
    window = make_export_window(exporters=exporters)
    page = window.export_page
    apple = page.sections[1]
    assert apple.enable_box.text() == "Apple Mail"
    apple.details.set_open(True)
    assert apple.enable_box.isChecked()
    assert not apple.profile_field.isVisible()  # nothing to choose on a Mac
    assert not apple.trash_box.isVisible()
    assert "Downloads" in apple.plan_text.text()
    page.other.enable_box.setChecked(False)
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    path = env.home / "Downloads" / "all2all-user0001.mobileconfig"
    assert opened == [path]
    report = window.summary_page.session.report("apple-mail")
    assert report is not None
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, ReportCode.FILE_SAVED)
    done = window.summary_page
    assert done.title() == "Almost done: one thing is left for you"
    text = next(text for _, text in done.result_texts() if text.startswith("Mail:"))
    assert str(path) not in text
    assert any(str(path.parent) in line for line in done.details_lines())
    assert "Device Management" in text  # macOS 15's place for profiles
    assert "Privacy & Security" in text  # macOS 13 and 14
    assert "all2all (marie.peeters@all2all.org)" in text
