"""The done page's "Remove the account from Thunderbird again…", on a real profile.

The wizard sets the account up in a temporary Thunderbird profile full of other
accounts, then the user takes it out again from the done page: asked first, refused
while Thunderbird runs (a real process holding the profile's lock), then removed, the
profile given back as it was (but for ``mail.account.lastKey``, which Thunderbird never
lowers either).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from tests.exporters.conftest import EXISTING_PREFS
from tests.exporters.lock_holder import LockHolder
from tests.exporters.test_removal import without_last_key
from tests.gui.export_wizard import ExportWizard, commit
from wizard.core.exporters.base import Status
from wizard.core.flow import PageId
from wizard.core.safe_files import list_backups
from wizard.gui.pages.done import DonePage
from wizard.gui.removal import RemoveDialog


def set_up(make_export_window, qtbot) -> tuple[ExportWizard, DonePage]:
    window = make_export_window()
    window.export_page.other.enable_box.setChecked(False)  # only Thunderbird
    commit(window, qtbot)
    qtbot.waitUntil(lambda: window.currentId() == PageId.DONE)
    return window, window.summary_page


def confirm(done: DonePage, forget: bool = False) -> None:
    button = done.remove_buttons["thunderbird"]
    assert button.isVisibleTo(done)
    button.click()
    dialog = done.remove_dialog
    assert isinstance(dialog, RemoveDialog)
    dialog.forget_box.setChecked(forget)
    dialog.remove_button.click()


def test_remove_again_from_the_done_page(make_export_window, qtbot, profile: Path) -> None:
    window, done = set_up(make_export_window, qtbot)
    set_up_prefs = (profile / "prefs.js").read_bytes()
    assert set_up_prefs != EXISTING_PREFS.encode()
    # Under Details, with the paths: out of the way of everyone who keeps the account.
    assert not done.details.is_open()
    button = done.remove_buttons["thunderbird"]
    assert not button.isVisible()
    done.details.set_open(True)
    assert button.isVisible()
    assert "Thunderbird" in button.text()

    button.click()  # Cancel: nothing happens
    dialog = done.remove_dialog
    assert dialog is not None
    assert "marie.peeters@all2all.org" in dialog.question.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert done.remover is not None
    assert not done.remover.running
    assert (profile / "prefs.js").read_bytes() == set_up_prefs

    with LockHolder(profile):  # Thunderbird is open: refused, said with what to do
        confirm(done)
        qtbot.waitUntil(lambda: "thunderbird" in done.removed)
        assert done.removed["thunderbird"].failure is not None
        refusal = "Close Thunderbird, then try to remove the account once more."
        assert refusal in done.remove_result.text()
        assert (profile / "prefs.js").read_bytes() == set_up_prefs
        assert button.isVisible()  # to try again once it is closed

    confirm(done, forget=True)
    qtbot.waitUntil(lambda: done.removed["thunderbird"].removed, timeout=10_000)

    after = (profile / "prefs.js").read_bytes()
    assert without_last_key(after) == without_last_key(EXISTING_PREFS.encode())
    assert len(list_backups(profile / "prefs.js")) == 2  # set up, then removed
    text = done.remove_result.text()
    assert "is removed from Thunderbird" in text
    assert "stays on this computer" in text
    assert "Thunderbird had no saved password." in text  # password_text: nothing was saved
    assert not button.isVisible()
    # The result line at the top no longer says Thunderbird is ready, nor offers to open it.
    status, line = done.result_texts()[0]
    assert status is Status.DONE
    assert "no longer in Thunderbird" in line
    assert not done.result_lines[0].button.isVisible()
    window.close()
