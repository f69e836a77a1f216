"""Fault 1 in the window: typing the address of an outgoing server that needs another
login (the internet provider's mailbox login) is refused on the outgoing page, with
the reason, instead of leaving the export page with nothing to plan."""

from __future__ import annotations

from tests.gui.conftest import walk_to
from wizard.core.flow import PageId
from wizard.core.model import Language, OutgoingKind
from wizard.gui.pages.outgoing import OTHER_SERVER, OutgoingPage


def test_typed_server_needing_another_login_is_refused_with_the_reason(make_window):
    window = make_window()
    walk_to(window, PageId.OUTGOING)
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    page.relay_button.click()
    page.relay_box.setCurrentIndex(page.relay_box.findData(OTHER_SERVER))
    page.server_edit.setText("relay.proximus.be:587")
    window.next()
    assert window.currentId() == PageId.OUTGOING
    assert "needs the username and password of a mailbox" in page.server_field.error_text()
    assert window.draft.outgoing.kind is OutgoingKind.ALL2ALL


def test_the_reason_is_translated(make_window):
    window = make_window(Language.FRENCH)
    walk_to(window, PageId.OUTGOING)
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    page.relay_button.click()
    page.relay_box.setCurrentIndex(page.relay_box.findData(OTHER_SERVER))
    page.server_edit.setText("relay.proximus.be:587")
    window.next()
    assert "Ce serveur demande" in page.server_field.error_text()
