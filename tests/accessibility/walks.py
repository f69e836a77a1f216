"""The walks a blind user takes through the wizard, with the keyboard alone.

Each walk runs the real program in its own process on the desktop of
tests/accessibility/desktop.py and records, per page, what a screen reader finds there
(:class:`Journey`) and every event it hears. The tests read the records; the walks
themselves only move on (a walk that cannot go on records why in ``broke``).

- :func:`recommended_walk` (English): welcome, account, connection test with the test
  message, export into Thunderbird, done — against the suite's Dovecot.
- :func:`choices_walk` (German): "Change these settings", POP3 on the protocol page,
  the account, the internet provider's outgoing server with the relay search.
- :func:`doctor_walk` (German): "Check the all2all set-up I already have" on a profile
  full of old mistakes, Repair, Finish.

Together they show the screen reader every page of the wizard.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.accessibility.atspi import Event
from tests.accessibility.screen_reader import Control, Keyboard, page_name, read_page

FAULT_PLUGIN = Path(__file__).resolve().parent / "unnamed_control"
FAULT_VARIABLE = "ALL2ALL_TEST_UNNAME"  # read only by unnamed_control/sitecustomize.py
NAME = "Marie Peeters"
CONNECTION_TIMEOUT = 60.0
STEP = 15.0  # seconds for a page to appear after a key

# The controls each page must offer, by objectName, with their roles. Others that
# appear are checked all the same (a name; a role a screen reader can say).
CANCEL = {"qt_wizard_cancel": "push button"}
NEXT = {"__qt__passive_wizardbutton1": "push button"}
BACK = {"__qt__passive_wizardbutton0": "push button"}
FINISH = {"qt_wizard_finish": "push button"}
ROLES: dict[str, dict[str, str]] = {
    "WelcomePage": {
        "changeSettingsButton": "push button",
        "checkExistingButton": "push button",
        "languageBox": "combo box",
        **NEXT,
        **CANCEL,
    },
    "ProtocolPage": {  # with POP3 chosen: its options are on screen too
        "imapButton": "radio button",
        "pop3Button": "radio button",
        "keepOnServerBox": "check box",
        "keepDaysBox": "spin button",
        **BACK,
        **NEXT,
        **CANCEL,
    },
    "AccountPage": {
        "nameEdit": "text",
        "emailEdit": "text",
        "usernameEdit": "text",
        "passwordEdit": "password text",
        "showPasswordBox": "check box",
        **BACK,
        **NEXT,
        **CANCEL,
    },
    "OutgoingPage": {  # with the internet provider's server chosen, after the search
        "all2allSmtpButton": "radio button",
        "ispRelayButton": "radio button",
        "relayBox": "combo box",
        "relaySearchAgainButton": "push button",
        "relaySearchDetailsButton": "push button",
        **BACK,
        **NEXT,
        **CANCEL,
    },
    "ConnectionTestPage": {
        "testStatusText": "label",  # the headline: "Your account works."
        "incomingOutcomeText": "label",
        "outgoingOutcomeText": "label",
        "testMessageOutcomeText": "label",
        "testMessageBox": "check box",
        "retryTestButton": "push button",
        "testDetailsButton": "push button",  # a disclosure: "Collapsed. Press…"
        "showLoginBox": "check box",
        "copyReportButton": "push button",
        **BACK,
        **NEXT,
        **CANCEL,
    },
    "ExportPage": {
        "setUpThunderbirdBox": "check box",
        "thunderbirdDetailsButton": "push button",
        "thunderbirdProfileBox": "combo box",
        "thunderbirdOwnOutgoingButton": "radio button",
        "thunderbirdShareOutgoingButton": "radio button",
        "thunderbirdEmptyTrashBox": "check box",
        "saveOtherFilesBox": "check box",
        "qt_wizard_commit": "push button",  # Set up
        **BACK,
        **CANCEL,
    },
    "DonePage": {
        "result0Button": "push button",  # Open Thunderbird
        "webmailButton": "push button",
        "administratorButton": "push button",
        "phoneDetailsButton": "push button",
        "nameCopyValue": "text",
        "nameCopyCopy": "push button",
        "saveSheetButton": "push button",
        "doneDetailsButton": "push button",
        **FINISH,
        **BACK,
    },
    "DoctorPage": {  # after Repair: what is left, each account's Remove, Details
        "doctorStatusText": "label",
        "account0Remove": "push button",
        "doctorDetailsButton": "push button",
        **FINISH,  # the last page of its path: Finish, no Cancel
        **BACK,
    },
}
# What a disclosure ("Details") says of itself: a push button, not a check box.
CLOSED, OPEN = "Collapsed. Press Space to expand.", "Expanded. Press Space to collapse."
DISCLOSURE_STATES = {
    "en": (CLOSED, OPEN),
    "de": (
        "Zugeklappt. Zum Aufklappen Leertaste drücken.",
        "Aufgeklappt. Zum Zuklappen Leertaste drücken.",
    ),
}


@dataclass
class Journey:
    """What the screen reader met on a walk: each page's controls, every event, how
    the walk ended."""

    pages: dict[str, list[Control]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    exit_code: int | None = None
    broke: str = ""  # why the walk could not go on ("" : it reached the end)
    seconds: float = 0.0
    prefs: str = ""

    def announcements(self) -> list[tuple[str, int]]:
        """(text, politeness: 1 polite, 2 assertive) of every announcement, in order."""
        return [(str(e.data), e.detail1) for e in self.events if e.kind == "object:announcement"]


def fault_environment() -> dict[str, str]:
    """The fault of the checker's demonstration, when asked for in this environment."""
    value = os.environ.get(FAULT_VARIABLE)
    return {FAULT_VARIABLE: value} if value else {}


def fault_path() -> list[Path]:
    return [FAULT_PLUGIN] if os.environ.get(FAULT_VARIABLE) else []


def wait_for_page(keyboard: Keyboard, page: str, timeout: float = STEP) -> None:
    atspi, window = keyboard.atspi, keyboard.window
    keyboard.wait_until(lambda: page_name(atspi, window) == page, f"the {page}", timeout)


def named(name: str) -> Callable[[Control], bool]:
    return lambda control: control.name == name


def ident(object_name: str) -> Callable[[Control], bool]:
    return lambda control: control.ident == object_name


def press_button(keyboard: Keyboard, object_name: str, settle: bool = True) -> None:
    """Tab to the button ``object_name`` and press it with the space bar."""
    keyboard.tab_to(ident(object_name), object_name)
    keyboard.press("space", settle=settle)


def open_disclosure(keyboard: Keyboard, object_name: str, language: str) -> str:
    """Tab to the disclosure ``object_name`` and open it with the space bar."""
    button = keyboard.tab_to(ident(object_name), object_name)
    keyboard.press("space")
    opened = lambda: keyboard.atspi.description(button.node) == DISCLOSURE_STATES[language][1]  # noqa: E731
    keyboard.wait_until(opened, f"{object_name} to open", 5)
    return object_name


def arrive(keyboard: Keyboard, journey: Journey, page: str, language: str = "en") -> None:
    """Wait until ``page`` is on screen, open its disclosures ("Details") with the
    keyboard so that what they hide is checked too, and record what a screen reader
    finds on it."""
    atspi, window = keyboard.atspi, keyboard.window
    wait_for_page(keyboard, page)
    closed_text = DISCLOSURE_STATES[language][0]
    opened: set[str] = set()
    while True:
        closed = [
            control
            for control in read_page(atspi, window)
            if control.ident.endswith("DetailsButton")
            and control.description == closed_text
            and control.ident not in opened
        ]
        if not closed:
            break
        opened.add(open_disclosure(keyboard, closed[0].ident, language))
    journey.pages[page] = read_page(atspi, window, also=set(ROLES.get(page, {})))


def recommended_walk(
    keyboard: Keyboard, journey: Journey, user: str, password: str, address: str
) -> None:
    """The recommended path in English with the keyboard alone, recording every page."""
    arrive(keyboard, journey, "WelcomePage")
    keyboard.tab_to(named("Next >"), "Next")
    keyboard.press("space")

    arrive(keyboard, journey, "AccountPage")
    fill_account(keyboard, NAME, address, user, password)
    keyboard.wait_until(keyboard.announced("Password strength:"), "the strength", STEP)
    keyboard.press("Return")  # the wizard's default button: Next

    wait_for_page(keyboard, "ConnectionTestPage")
    keyboard.wait_until(keyboard.announced("Your account"), "the result", CONNECTION_TIMEOUT)
    arrive(keyboard, journey, "ConnectionTestPage")
    keyboard.tab_to(named("Next >"), "Next")
    keyboard.press("space")

    arrive(keyboard, journey, "ExportPage")
    keyboard.tab_to(named("Set up"), "Set up")
    keyboard.press("space")

    arrive(keyboard, journey, "DonePage")
    keyboard.wait_until(keyboard.announced("Done"), "the result of the set-up", STEP)
    keyboard.tab_to(named("Finish"), "Finish")
    keyboard.press("space", settle=False)  # the window closes


def fill_account(keyboard: Keyboard, name: str, address: str, user: str, password: str) -> None:
    """The account page's four fields, typed one after the other with Tab between."""
    keyboard.tab_to(ident("nameEdit"), "the name field")
    for text, following in ((name, "emailEdit"), (address, "usernameEdit"), (user, "passwordEdit")):
        keyboard.type_text(text)
        assert keyboard.tab().ident == following
    keyboard.type_text(password)


# German: what the walks wait for (the catalogue's words, as the screen reader hears them).
GERMAN_STRENGTH = "Passwortstärke:"
GERMAN_SUGGESTION = "Sie sind anscheinend über Telenet mit dem Internet verbunden"
GERMAN_LOOKING = "Der Assistent sucht auf diesem Computer nach all2all-Konten…"
GERMAN_FOUND = "Einige Einstellungen stimmen nicht."
GERMAN_REPAIRED = "Alles, was nicht stimmte, ist repariert."


def choices_walk(keyboard: Keyboard, journey: Journey) -> None:
    """In German: the settings changed on the way (POP3; the internet provider's
    outgoing server, as the relay search suggests), up to the outgoing page."""
    arrive(keyboard, journey, "WelcomePage", "de")
    press_button(keyboard, "changeSettingsButton")

    wait_for_page(keyboard, "ProtocolPage")
    keyboard.tab_to(ident("imapButton"), "IMAP")
    keyboard.press("Down")  # the arrow keys move the choice in a group of options
    keyboard.wait_until(lambda: "checked" in keyboard.focused().states, "POP3 chosen", 5)
    assert keyboard.focused().ident == "pop3Button"
    arrive(keyboard, journey, "ProtocolPage", "de")
    press_button(keyboard, NEXT_BUTTON)

    arrive(keyboard, journey, "AccountPage", "de")
    fill_account(keyboard, "Jana Schröder", "jana.schroeder@all2all.org", "user0001", PASSWORD)
    keyboard.wait_until(keyboard.announced(GERMAN_STRENGTH), "the strength", STEP)
    keyboard.press("Return")

    wait_for_page(keyboard, "OutgoingPage")
    keyboard.tab_to(ident("all2allSmtpButton"), "all2all's outgoing server")
    keyboard.press("Down")
    keyboard.wait_until(keyboard.announced(GERMAN_SUGGESTION), "the relay found", STEP)
    arrive(keyboard, journey, "OutgoingPage", "de")


def doctor_walk(keyboard: Keyboard, journey: Journey) -> None:
    """In German: the doctor finds what is wrong, Repair sets it right, Finish."""
    wait_for_page(keyboard, "WelcomePage")
    press_button(keyboard, "checkExistingButton")
    wait_for_page(keyboard, "DoctorPage")
    keyboard.wait_until(keyboard.announced(GERMAN_FOUND), "the findings", STEP)
    press_button(keyboard, "repairButton")
    keyboard.wait_until(keyboard.announced(GERMAN_REPAIRED), "the repair", STEP)
    arrive(keyboard, journey, "DoctorPage", "de")
    press_button(keyboard, "qt_wizard_finish", settle=False)  # the window closes


NEXT_BUTTON = next(iter(NEXT))
PASSWORD = "Wiesel-Tasse-Moor-81"
