"""The pages, driven as a user would, and what they put into the draft."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import ACCOUNT, fill_account, walk_to
from wizard.core.flow import PageId
from wizard.core.model import AccountDraft, Language, OutgoingKind, Protocol
from wizard.gui.draft_store import DraftStore
from wizard.gui.pages.account import AccountPage
from wizard.gui.pages.done import DonePage
from wizard.gui.pages.outgoing import OTHER_SERVER, OutgoingPage
from wizard.gui.pages.protocol import ProtocolPage


def test_walk_through_with_defaults_fills_the_draft(make_window):
    window = make_window()
    walk_to(window, PageId.DONE)
    draft = window.draft
    assert draft.protocol is Protocol.IMAP
    assert draft.outgoing.kind is OutgoingKind.ALL2ALL
    assert (draft.display_name, draft.email, draft.username) == (
        ACCOUNT["name_edit"],
        ACCOUNT["email_edit"],
        ACCOUNT["username_edit"],
    )
    assert draft.password == ACCOUNT["password_edit"]
    assert window.button(QWizard.WizardButton.FinishButton).isVisible()


def test_pop3_shows_keep_on_server_days_on_by_default(make_window):
    window = make_window()
    walk_to(window, PageId.PROTOCOL)
    page = window.currentPage()
    assert isinstance(page, ProtocolPage)
    assert page.imap_button.isChecked()
    assert not page.pop3_options.isVisible()
    page.pop3_button.click()
    assert page.pop3_options.isVisible()
    assert page.keep_box.isChecked()
    assert page.days_box.value() == 14
    assert not page.pop3_warning.isVisible()
    page.keep_box.click()
    assert not page.days_box.isEnabled()
    assert "webmail" in page.pop3_warning.text()
    page.keep_box.click()
    page.days_box.setValue(30)
    window.next()
    assert window.draft.protocol is Protocol.POP3
    assert (window.draft.keep_on_server, window.draft.keep_on_server_days) == (True, 30)


def test_account_page_refuses_and_explains_each_mistake(make_window):
    window = make_window()
    walk_to(window, PageId.ACCOUNT)
    page = window.currentPage()
    assert isinstance(page, AccountPage)
    fill_account(
        page, email_edit="marie.peeters@", username_edit="marie@all2all.org", password_edit=""
    )
    window.next()
    assert window.currentId() == PageId.ACCOUNT  # nothing lost, nothing accepted
    assert "not a complete e-mail address" in page.email_field.error_text()
    assert "not your e-mail address" in page.username_field.error_text()
    assert "fill in your password" in page.password_field.error_text()
    assert page.name_field.error_text() == ""
    assert page.email_edit.hasFocus()  # the first wrong field gets the cursor
    assert page.email_edit.text() == "marie.peeters@"
    # The error names the problem to screen readers too.
    assert "not a complete" in page.email_edit.accessibleDescription()
    # Fixing a field clears its message at once.
    page.email_edit.setText(ACCOUNT["email_edit"])
    assert page.email_field.error_text() == ""


def test_account_page_does_not_shout_while_the_first_letters_are_typed(make_window):
    window = make_window()
    walk_to(window, PageId.ACCOUNT)
    page = window.currentPage()
    assert isinstance(page, AccountPage)
    page.email_edit.setText("m")
    assert page.email_field.error_text() == ""
    page.email_edit.editingFinished.emit()
    assert page.email_field.error_text() != ""


def test_show_password_toggles_echo_mode(make_window):
    window = make_window()
    walk_to(window, PageId.ACCOUNT)
    page = window.currentPage()
    assert isinstance(page, AccountPage)
    assert page.password_edit.echoMode() == page.password_edit.EchoMode.Password
    page.show_password.click()
    assert page.password_edit.echoMode() == page.password_edit.EchoMode.Normal


def test_outgoing_relay_from_the_list(make_window):
    window = make_window()
    walk_to(window, PageId.OUTGOING)
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    assert page.all2all_button.isChecked()
    assert not page.relay_options.isVisible()
    page.relay_button.click()
    assert page.relay_options.isVisible()
    page.relay_box.setCurrentIndex(page.relay_box.findData("telenet"))
    assert not page.server_field.isVisible()
    window.next()
    outgoing = window.draft.outgoing
    assert outgoing.kind is OutgoingKind.ISP_RELAY
    assert outgoing.relay is not None
    assert (outgoing.relay.host, outgoing.relay.port) == ("uit.telenet.be", 25)


def test_outgoing_typed_server_is_checked(make_window):
    window = make_window()
    walk_to(window, PageId.OUTGOING)
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    page.relay_button.click()
    page.relay_box.setCurrentIndex(page.relay_box.findData(OTHER_SERVER))
    assert page.server_field.isVisible()
    page.server_edit.setText("smtp example be")
    window.next()
    assert window.currentId() == PageId.OUTGOING
    assert "not a valid server name" in page.server_field.error_text()
    page.server_edit.setText("smtp.example.be:2525")
    window.next()
    assert window.currentId() == PageId.CONNECTION_TEST  # the typed relay is tested next
    relay = window.draft.outgoing.relay
    assert relay is not None
    assert (relay.host, relay.port, window.draft.outgoing.relay_id) == ("smtp.example.be", 2525, "")


def test_going_back_shows_the_previous_choice(make_window):
    window = make_window()
    walk_to(window, PageId.OUTGOING)
    page = window.currentPage()
    assert isinstance(page, OutgoingPage)
    page.relay_button.click()
    page.relay_box.setCurrentIndex(page.relay_box.findData("proximus-legacy"))
    window.next()
    window.back()
    assert page.relay_button.isChecked()
    assert page.relay_box.currentData() == "proximus-legacy"


def test_summary_shows_every_setting_and_never_the_password(qtbot, provider):
    draft = AccountDraft(
        protocol=Protocol.POP3,
        keep_on_server_days=7,
        display_name="Marie Peeters",
        email="marie.peeters@all2all.org",
        username="user0001",
        password="Geheim-42-Wachtwoord",
    )
    opened: list[QUrl] = []

    def record(url: QUrl) -> bool:
        opened.append(url)
        return True

    page = DonePage(DraftStore(draft), provider, open_url=record)
    qtbot.addWidget(page)
    page.initializePage()
    table = page.phone_settings
    assert page.phone.is_open()  # nothing set up yet: the settings are what the page shows
    text = "\n".join(
        [f"{row.label.text()}: {row.value()}" for row in table.rows.values()]
        + [f"{label.text()}: {value.text()}" for label, value in table.plain.values()]
    )
    for expected in (
        "Your name: Marie Peeters",
        "E-mail address: marie.peeters@all2all.org",
        "Username: user0001",
        "Incoming server (POP3): maximusconfessor.all2all.org",
        "Port: Port 995",
        "Leave a copy on the server: Yes, 7 day",  # "days" with the English catalogue
        "Port: Port 465",
        "Security: SSL/TLS",
    ):
        assert expected in text
    assert "25 MB" in page.trash_text.text()
    assert "12 MB" in page.trash_text.text()
    assert "Geheim-42-Wachtwoord" not in text
    assert "twig.all2all.org" in page.webmail_text.text()
    assert "new server, maximusconfessor" in page.webmail_text.text()

    page.webmail_button.click()
    page.admin_button.click()
    assert opened[0].toString() == "https://twig.all2all.org/"
    mailto = opened[1].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert mailto.startswith("mailto:")
    query = parse_qs(urlsplit(mailto).query)
    assert "marie.peeters@all2all.org" in query["subject"][0]
    assert "user0001" in query["body"][0]
    assert "Geheim-42-Wachtwoord" not in mailto


def test_administrator_draft_is_in_the_users_language(make_window):
    window = make_window(Language.FRENCH)
    walk_to(window, PageId.DONE)
    page = window.currentPage()
    assert isinstance(page, DonePage)
    query = parse_qs(urlsplit(page.administrator_mailto()).query)
    assert query["subject"][0].startswith("Message d’absence")
    assert query["body"][0].startswith("Bonjour")


def test_language_switch_on_the_welcome_page_translates_everything(make_window):
    window = make_window(Language.ENGLISH)
    assert window.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    welcome = window.currentPage()
    welcome.language_box.setCurrentIndex(welcome.language_box.findData("nl"))
    assert window.draft.language is Language.DUTCH
    assert welcome.title() == "Welkom"
    assert window.windowTitle() == "all2all-mail instellen"
    assert window.button(QWizard.WizardButton.NextButton).text() == "&Volgende >"
    assert window.page(PageId.PROTOCOL).title() == "Hoe wilt u uw mail ontvangen?"
    welcome.language_box.setCurrentIndex(welcome.language_box.findData("fr"))
    assert window.button(QWizard.WizardButton.NextButton).text() == "&Suivant >"
    assert window.page(PageId.DONE).title() == "Vos paramètres"
