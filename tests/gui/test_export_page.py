"""The export page and the done page, with real Thunderbird profile files in a temporary home.

Nothing is mocked on the way to the disk: the real Thunderbird exporter reads and writes
real prefs.js files, "Thunderbird is running" is a real process holding the profile's
lock, and the wizard is the real window with the export page wired in.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QWizard

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.lock_holder import LockHolder
from tests.gui.conftest import ACCOUNT, walk_to
from tests.gui.export_wizard import commit
from tests.gui.test_accessibility import accessible, controls
from wizard.core.exporters import Environment
from wizard.core.exporters.base import ActionCode, ChangeKind, Status
from wizard.core.exporters.thunderbird.accounts import split_list
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.flow import PageId
from wizard.core.model import Language
from wizard.core.safe_files import list_backups


@pytest.fixture
def lock_holder(profile: Path) -> Iterator[list[LockHolder]]:
    holders: list[LockHolder] = []
    yield holders
    for holder in holders:
        holder.release()


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def prefs(profile: Path) -> PrefsFile:
    return PrefsFile.parse((profile / "prefs.js").read_bytes())


def all2all_accounts(parsed: PrefsFile) -> list[str]:
    """Account keys whose server is the all2all IMAP login of the test user."""
    found = []
    for account in split_list(parsed.get("mail.accountmanager.accounts")):
        server = parsed.get(f"mail.account.{account}.server")
        base = f"mail.server.{server}."
        if (parsed.get(base + "userName"), parsed.get(base + "hostname")) == (
            ACCOUNT["username_edit"],
            "maximusconfessor.all2all.org",
        ):
            found.append(account)
    return found


def test_profiles_are_listed_with_the_default_preselected(make_export_window, profile):
    window = make_export_window()
    section = window.export_page.sections[0]
    labels = [section.profile_box.itemText(i) for i in range(section.profile_box.count())]
    assert labels == ["default", "default-default (the one Thunderbird opens)"]
    assert section.target() is not None
    assert section.target().path == profile
    # The line says what happens in plain words; the folder is under Details.
    assert section.summary.text() == (
        "Set up adds your all2all account. A copy of the current settings is kept first."
    )
    assert str(profile) not in section.summary.text()
    assert not section.details.is_open()
    assert str(profile / "prefs.js") in section.plan_text.text()
    assert section.enable_box.isChecked()
    assert section.problem.text() == ""
    # Another profile can be chosen, and the plan follows it.
    section.profile_box.setCurrentIndex(0)
    assert section.plan is not None
    assert section.plan.target.name == "default"
    assert section.plan.change is ChangeKind.ADD_ACCOUNT
    assert any(a.code is ActionCode.CREATE_FILE for a in section.plan.actions)  # no prefs.js
    assert "New file:" in section.plan_text.text()


def test_commit_button_has_our_own_words(make_export_window, profile):
    window = make_export_window()
    assert window.currentId() == PageId.EXPORT
    assert window.export_page.isCommitPage()
    commit_button = window.button(QWizard.WizardButton.CommitButton)
    assert commit_button.isVisible()
    assert commit_button.text() == "&Set up"
    assert not window.button(QWizard.WizardButton.NextButton).isVisible()


@pytest.mark.parametrize("language", [Language.DUTCH, Language.FRENCH, Language.GERMAN])
def test_commit_button_never_shows_qts_own_text(make_export_window, profile, language):
    window = make_export_window(language)
    qts_own = QCoreApplication.translate("QWizard", "Commit")  # "Vastleggen (commit)"
    assert qts_own != "Commit"  # Qt's catalogue is really loaded
    text = window.button(QWizard.WizardButton.CommitButton).text()
    assert text == QCoreApplication.translate("ExportPage", "&Set up")
    assert text != qts_own


def test_nothing_is_written_before_the_commit(make_export_window, home, profile):
    before = snapshot(home)
    window = make_export_window()
    section = window.export_page.sections[0]
    section.share_outgoing.click()
    section.trash_box.click()
    section.details.button.click()
    section.profile_box.setCurrentIndex(0)
    section.retry_button.click()
    window.back()
    walk_to(window, PageId.EXPORT)
    assert snapshot(home) == before
    window.reject()  # Cancel leaves the computer as it was
    assert snapshot(home) == before


def test_commit_writes_the_account_and_the_done_page_says_so(make_export_window, qtbot, profile):
    window = make_export_window()
    section = window.export_page.sections[0]
    assert "will be added" in section.plan_text.text()
    assert str(profile / "prefs.js") in section.plan_text.text()
    assert "mail.server.server4.hostname" in section.settings_text.toPlainText()
    window.button(QWizard.WizardButton.CommitButton).click()
    # The result comes back through the event loop: until then every way out is closed.
    assert window.export_page.busy()
    for button in (
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.CancelButton,
    ):
        assert not window.button(button).isEnabled(), button
    assert not section.isEnabled()
    assert "Setting up" in window.export_page.status.text()
    qtbot.waitUntil(lambda: not window.export_page.busy())
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)

    parsed = prefs(profile)
    [account] = all2all_accounts(parsed)
    server = parsed.get(f"mail.account.{account}.server")
    assert parsed.get(f"mail.server.{server}.port") == 993
    assert parsed.get(f"mail.server.{server}.socketType") == 3
    assert parsed.get(f"mail.server.{server}.empty_trash_on_exit") is True
    identity = parsed.get(f"mail.account.{account}.identities")
    assert parsed.get(f"mail.identity.{identity}.useremail") == ACCOUNT["email_edit"]
    smtp = parsed.get(f"mail.identity.{identity}.smtpServer")
    assert parsed.get(f"mail.smtpserver.{smtp}.hostname") == "maximusconfessor.all2all.org"
    assert parsed.get("mail.identity.id1.fullName") == 'Jan "de Kat" Peeters'  # others kept
    assert ACCOUNT["password_edit"].encode() not in (profile / "prefs.js").read_bytes()
    [backup] = list_backups(profile / "prefs.js")
    assert backup.read_text(encoding="utf-8") == EXISTING_PREFS

    assert window.export_session.committed
    done = window.summary_page
    assert done.title() == "Done: your mail is ready"
    status, text = done.result_texts()[0]  # a keyring line may follow
    assert status is Status.DONE
    assert text.startswith("Thunderbird is ready.")
    assert "asks for your password once" in text
    assert str(backup) not in text  # paths and copies are for the helpdesk: under Details
    assert done.results.isVisible()
    assert done.result_lines[0].notice.text() == text
    assert done.result_lines[0].button.text() == "Open Thunderbird"
    assert any(str(backup) in line for line in done.details_lines())
    assert not done.details.is_open()
    # The next steps and the settings for a phone are there too.
    assert done.webmail_text.isVisible()
    assert done.trash_text.isVisible()
    assert not done.phone.is_open()  # Thunderbird has the account: the table waits
    assert done.phone_settings.rows["incomingHost"].value() == "maximusconfessor.all2all.org"
    # A commit page cannot be undone by going back.
    assert not window.button(QWizard.WizardButton.BackButton).isEnabled() or (
        not window.button(QWizard.WizardButton.BackButton).isVisible()
    )


def test_outgoing_server_can_be_shared_as_the_guide_suggests(make_export_window, qtbot, profile):
    window = make_export_window()
    section = window.export_page.sections[0]
    section.details.set_open(True)  # the options are under Details
    assert section.own_outgoing.isChecked()
    assert not section.share_field.isVisible()
    section.share_outgoing.click()
    assert section.share_field.isVisible()
    # The internet provider's server (no login) is offered first: it sends for any address.
    assert section.share_box.currentData() == "smtp2"
    assert section.share_box.currentText() == "uit.telenet.be, port 25, no password"
    assert "shared with this account" in section.plan_text.text()
    section.trash_box.click()  # and leave the trash alone... as an explicit "no"
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    parsed = prefs(profile)
    [account] = all2all_accounts(parsed)
    identity = parsed.get(f"mail.account.{account}.identities")
    server = parsed.get(f"mail.account.{account}.server")
    assert parsed.get(f"mail.identity.{identity}.smtpServer") == "smtp2"
    assert parsed.get("mail.smtpservers") == "smtp1,smtp2"  # nothing added
    assert parsed.get(f"mail.server.{server}.empty_trash_on_exit") is False


def test_running_thunderbird_is_explained_and_retry_works_once_closed(
    make_export_window, qtbot, profile, lock_holder
):
    lock_holder.append(LockHolder(profile))
    before = snapshot(profile)
    window = make_export_window()
    page = window.export_page
    section = page.sections[0]
    assert section.problem.isVisible()
    assert "Thunderbird is open" in section.problem.text()
    assert "Close Thunderbird, then press Retry." in section.problem.text()
    assert section.retry_button.isVisible()
    assert not window.button(QWizard.WizardButton.CommitButton).isEnabled()
    section.retry_button.click()  # still open: still explained
    assert "Close Thunderbird" in section.problem.text()

    lock_holder[0].release()
    section.retry_button.click()
    assert section.problem.text() == ""
    assert not section.retry_button.isVisible()
    assert snapshot(profile) == before
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    assert len(all2all_accounts(prefs(profile))) == 1


def test_thunderbird_started_after_planning_is_refused_then_set_up_again(
    make_export_window, qtbot, profile, lock_holder
):
    window = make_export_window()
    section = window.export_page.sections[0]
    assert section.ready()
    lock_holder.append(LockHolder(profile))  # the user opens Thunderbird meanwhile
    before = snapshot(profile)
    commit(window, qtbot)
    assert window.currentId() == PageId.EXPORT  # not moved on
    assert "Close Thunderbird, then press Retry." in section.problem.text()
    assert window.export_page.session.report("thunderbird").status is Status.NEEDS_USER_ACTION
    assert not window.export_session.committed
    assert window.button(QWizard.WizardButton.BackButton).isEnabled()
    assert snapshot(profile) == before
    lock_holder[0].release()
    section.retry_button.click()
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    assert len(all2all_accounts(prefs(profile))) == 1


def test_a_second_run_updates_instead_of_duplicating(make_export_window, qtbot, profile):
    first = make_export_window()
    commit(first, qtbot)
    qtbot.waitUntil(lambda: first.currentId() == PageId.DONE)
    after_first = prefs(profile)
    second = make_export_window()
    section = second.export_page.sections[0]
    plan = section.plan
    assert plan is not None
    assert plan.change is ChangeKind.UNCHANGED
    assert plan.writes == ()
    assert "nothing will be written" in section.plan_text.text()
    section.trash_box.click()  # a real change: the existing account is updated
    plan = section.plan
    assert plan is not None
    assert plan.change is ChangeKind.UPDATE_ACCOUNT
    assert "already exists" in section.plan_text.text()
    commit(second, qtbot)
    qtbot.waitUntil(lambda: second.currentId() == PageId.DONE)
    parsed = prefs(profile)
    assert all2all_accounts(parsed) == all2all_accounts(after_first)
    assert parsed.get("mail.accountmanager.accounts") == after_first.get(
        "mail.accountmanager.accounts"
    )
    texts = second.summary_page.result_texts()
    status, text = texts[0]
    assert status is Status.DONE
    assert "updated, not added twice" in text
    # The password went to no file; with no usable keyring the done page says so, as
    # information (the mail program's own line says it asks for the password).
    qtbot.waitUntil(lambda: len(second.summary_page.result_texts()) == 2)
    keyring_status, keyring_text = second.summary_page.result_texts()[1]
    assert keyring_status is Status.DONE
    assert "did not keep your password" in keyring_text


def test_damaged_prefs_is_explained_and_left_untouched(make_export_window, qtbot, profile):
    (profile / "prefs.js").write_bytes(EXISTING_PREFS.encode()[:1500])
    before = snapshot(profile)
    window = make_export_window()
    section = window.export_page.sections[0]
    assert "settings file is damaged. It was left exactly as it was." in section.problem.text()
    assert section.retry_button.isVisible()
    assert not window.button(QWizard.WizardButton.CommitButton).isEnabled()
    section.enable_box.click()  # go on without Thunderbird
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    assert snapshot(profile) == before
    done = window.summary_page
    assert done.title() == "Almost done: add the account in your mail program"
    assert "No mail program has your account yet" in done.result_texts()[0][1]
    assert done.phone.is_open()  # the settings to type are what the user needs now


def test_write_failure_keeps_the_original_and_the_user_can_go_on(
    make_export_window, qtbot, home, profile
):
    def failing_writer(path: Path, data: bytes) -> None:
        raise OSError(5, os.strerror(5), str(path))

    exporter = ThunderbirdExporter(Environment(home, platform="linux"), writer=failing_writer)
    window = make_export_window(exporters=[exporter])
    section = window.export_page.sections[0]
    commit(window, qtbot)
    assert window.currentId() == PageId.EXPORT
    text = section.problem.text()
    assert "could not be written. The original file was kept." in text
    assert "To go on without Thunderbird, untick it." in text
    assert (profile / "prefs.js").read_text(encoding="utf-8") == EXISTING_PREFS
    assert "Not everything could be set up" in window.export_page.status.text()
    section.enable_box.click()
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    status, text = window.summary_page.result_texts()[0]  # a keyring line may follow
    assert status is Status.FAILED
    assert "original file was kept" in text
    assert window.summary_page.title() == "Not everything could be set up"


def test_thunderbird_not_installed_is_said_plainly(make_export_window, qtbot, home):
    window = make_export_window()
    page = window.export_page
    section = page.sections[0]
    # One quiet line for the program, the guide's recommendation, and the files offered.
    assert section.absent.text() == "Thunderbird: not on this computer."
    assert section.absent.isVisible()
    assert not section.enable_box.isVisible()
    assert not section.details.isVisible()
    assert "all2all recommends Thunderbird: it is free." in page.none_found.text()
    assert page.download_button.text() == "&Download Thunderbird"
    assert page.other.enable_box.isChecked()
    # Installed meanwhile: Look again finds it.
    make_root(home / ".thunderbird", None)
    page.look_again_button.click()
    assert not page.none_found.isVisible()
    assert section.enable_box.isChecked()
    assert section.ready()
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)


def test_done_page_before_any_commit_shows_the_settings(make_export_window, profile):
    window = make_export_window()
    done = window.summary_page
    done.initializePage()
    assert done.title() == "Your settings"
    assert not done.results.isVisibleTo(done)


def test_every_control_is_named_described_and_reached_in_order(make_export_window, qtbot, profile):
    window = make_export_window(Language.ENGLISH)
    page = window.export_page
    section = page.sections[0]
    section.details.set_open(True)
    section.share_outgoing.click()
    for widget in controls(page):
        label = widget.objectName() or type(widget).__name__
        assert widget.objectName(), label
        assert accessible(widget, QAccessible.Text.Name).strip(), label
        if not isinstance(widget, QAbstractButton) or isinstance(widget, QRadioButton):
            assert accessible(widget, QAccessible.Text.Description).strip(), label
    assert accessible(section.settings_text, QAccessible.Text.Name)
    assert accessible(section.details.button, QAccessible.Text.Name) == "Details for Thunderbird"
    assert accessible(section.trash_box, QAccessible.Text.Description).startswith("Deleted")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    expected = [
        section.enable_box,
        section.details.button,
        section.profile_box,
        section.own_outgoing,  # Tab enters the radio group once (arrows move inside it)
        section.share_box,
        section.trash_box,
        section.settings_text,
    ]
    expected[0].setFocus()
    qtbot.waitUntil(expected[0].hasFocus)
    reached = [expected[0]]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert [w.objectName() for w in reached] == [w.objectName() for w in expected]
    centres = [w.mapTo(page, w.rect().center()).y() for w in reached]
    assert centres == sorted(centres)  # top to bottom, as the page reads


@pytest.mark.parametrize("language", [Language.DUTCH, Language.FRENCH, Language.GERMAN])
def test_no_english_left_on_the_export_and_done_pages(
    make_export_window, qtbot, profile, lock_holder, language
):
    from tests.gui.test_translated_pages import ALLOWED, NEUTRAL, english_sources, visible_texts

    window = make_export_window(language)
    if QCoreApplication.translate("ExportPage", "&Set up") == "&Set up":
        pytest.skip("the export texts are not in the compiled catalogues yet")
    english = english_sources()
    page = window.export_page
    section = page.sections[0]
    section.share_outgoing.click()
    shown = [page.title(), page.subTitle(), *visible_texts(window)]
    lock_holder.append(LockHolder(profile))
    section.retry_button.click()
    shown += visible_texts(window)
    lock_holder[0].release()
    section.retry_button.click()
    section.share_outgoing.click()
    section.own_outgoing.click()
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    done = window.summary_page
    shown += [done.title(), done.subTitle(), *visible_texts(window)]
    leftovers = {
        line
        for text in shown
        for line in text.split("\n")
        if line in english and line not in ALLOWED and not NEUTRAL.match(line)
    }
    assert sorted(leftovers) == []
    assert window.button(QWizard.WizardButton.CommitButton).text() != "&Set up"


@pytest.mark.parametrize("language", list(Language))
def test_keyboard_shortcuts_do_not_clash(make_export_window, profile, language):
    from PySide6.QtWidgets import QLabel, QWidget

    window = make_export_window(language)
    if language is not Language.ENGLISH and (
        QCoreApplication.translate("ExportPage", "&Set up") == "&Set up"
    ):
        pytest.skip("the export texts are not in the compiled catalogues yet")
    page = window.export_page
    page.sections[0].details.set_open(True)
    page.sections[0].share_outgoing.click()
    page.other.enable_box.setChecked(True)
    page.other.details.set_open(True)

    def shortcuts(widget: QWidget) -> list[str]:
        texts = [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(page)]
        texts += [
            w.text() for w in widget.findChildren(QLabel) if w.buddy() and w.isVisibleTo(page)
        ]
        return texts

    # Each mail program's section is unique together with what the page itself has.
    common = shortcuts(page.other) + [
        window.button(b).text()
        for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton)
    ]
    for section in page.sections:
        texts = common + shortcuts(section) + [section.retry_button.text()]
        letters = [m.lower() for text in set(texts) for m in re.findall(r"&(\w)", text)]
        assert len(letters) == len(set(letters)), texts
    # A program's own options take no letter (two programs would share it):
    # tests/gui/test_mnemonics.py checks every page as a whole.
    assert all("&" not in text for text in shortcuts(page.sections[0]))
