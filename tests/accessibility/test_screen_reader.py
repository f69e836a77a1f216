"""The wizard as a blind user meets it: through the real AT-SPI bus, with the keyboard.

The real program runs in its own process on a virtual display with the AT-SPI bus
(tests/accessibility/desktop.py), against the suite's Dovecot, in a temporary home with
a Thunderbird profile. This test process is the screen reader: it reads the accessible
tree over D-Bus, listens for the events, and drives the wizard with real key presses.
One walk along the recommended path (welcome, account, connection test with the test
message, export, done) is recorded once; the tests below read the record.

tests/gui/test_accessibility.py and tests/gui/test_announcements.py are the fast,
in-process layer of the same checks.

The checker is tested too: a test plugin blanks one button's name in the wizard
process and the checker must name that button. To see the other tests fail the same
way, give the plugin a control for the whole walk:
``ALL2ALL_TEST_UNNAME=retryTestButton python3 dev.py test tests/accessibility``.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.accessibility.atspi import Event
from tests.accessibility.desktop import Desktop, running_wizard
from tests.accessibility.screen_reader import Control, Keyboard, page_name, problems, read_page
from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.mailserver.dovecot import MailServer

pytestmark = pytest.mark.system

FAULT_PLUGIN = Path(__file__).resolve().parent / "unnamed_control"
FAULT_VARIABLE = "ALL2ALL_TEST_UNNAME"  # read only by unnamed_control/sitecustomize.py
NAME = "Marie Peeters"
CONNECTION_TIMEOUT = 60.0
STEP = 15.0  # seconds for a page to appear after a key

# The controls the recommended path must offer, by objectName, with their roles. Others
# that appear are checked all the same (a name; a role a screen reader can say).
CANCEL = {"qt_wizard_cancel": "push button"}
NEXT = {"__qt__passive_wizardbutton1": "push button"}
BACK = {"__qt__passive_wizardbutton0": "push button"}
ROLES: dict[str, dict[str, str]] = {
    "WelcomePage": {
        "changeSettingsButton": "push button",
        "languageBox": "combo box",
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
    "ConnectionTestPage": {
        "testStatusText": "label",  # the headline: "Your account works."
        "incomingOutcomeText": "label",
        "outgoingOutcomeText": "label",
        "testMessageOutcomeText": "label",
        "testMessageBox": "check box",
        "retryTestButton": "push button",
        "testDetailsButton": "push button",  # a disclosure: "Closed. Press to show."
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
        "qt_wizard_finish": "push button",
        **BACK,
    },
}
PATH = ("WelcomePage", "AccountPage", "ConnectionTestPage", "ExportPage", "DonePage")


@dataclass
class Journey:
    """What the screen reader met on the walk: each page's controls, every event, how
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


def wizard_arguments(mail_server: MailServer) -> list[str]:
    return ["--lang", "en", "--provider", str(mail_server.provider_file)]


def wizard_environment(mail_server: MailServer) -> dict[str, str]:
    """The suite's CA as the trust store of the wizard's connection test (OpenSSL's
    SSL_CERT_FILE); the fault of the demonstration when asked for in this environment."""
    environment = {"SSL_CERT_FILE": str(mail_server.ca_file)}
    if os.environ.get(FAULT_VARIABLE):
        environment[FAULT_VARIABLE] = os.environ[FAULT_VARIABLE]
    return environment


def fault_path() -> list[Path]:
    return [FAULT_PLUGIN] if os.environ.get(FAULT_VARIABLE) else []


def wait_for_page(keyboard: Keyboard, page: str, timeout: float = STEP) -> None:
    atspi, window = keyboard.atspi, keyboard.window
    keyboard.wait_until(lambda: page_name(atspi, window) == page, f"the {page}", timeout)


# What a disclosure ("Details") says of itself: a push button, not a check box.
CLOSED, OPEN = "Closed. Press to show.", "Open. Press to hide."


def open_disclosure(keyboard: Keyboard, ident: str) -> str:
    """Tab to the disclosure ``ident`` and open it with the space bar."""
    button = keyboard.tab_to(lambda control: control.ident == ident, ident)
    keyboard.press("space")
    opened = lambda: keyboard.atspi.description(button.node) == OPEN  # noqa: E731
    keyboard.wait_until(opened, f"{ident} to open", 5)
    return ident


def arrive(keyboard: Keyboard, journey: Journey, page: str) -> None:
    """Wait until ``page`` is on screen, open its disclosures ("Details") with the
    keyboard so that what they hide is checked too, and record what a screen reader
    finds on it."""
    atspi, window = keyboard.atspi, keyboard.window
    wait_for_page(keyboard, page)
    opened: set[str] = set()
    while True:
        closed = [
            control
            for control in read_page(atspi, window)
            if control.ident.endswith("DetailsButton")
            and control.description == CLOSED
            and control.ident not in opened
        ]
        if not closed:
            break
        opened.add(open_disclosure(keyboard, closed[0].ident))
    journey.pages[page] = read_page(atspi, window, also=set(ROLES.get(page, {})))


def walk(keyboard: Keyboard, journey: Journey, user: str, password: str, address: str) -> None:
    """The recommended path with the keyboard alone, recording every page."""

    def named(name: str):
        return lambda control: control.name == name

    arrive(keyboard, journey, "WelcomePage")
    keyboard.tab_to(named("Next >"), "Next")
    keyboard.press("space")

    arrive(keyboard, journey, "AccountPage")
    keyboard.tab_to(lambda control: control.ident == "nameEdit", "the name field")
    for text, following in ((NAME, "emailEdit"), (address, "usernameEdit"), (user, "passwordEdit")):
        keyboard.type_text(text)
        assert keyboard.tab().ident == following
    keyboard.type_text(password)
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


@pytest.fixture(scope="module")
def journey(desktop: Desktop, mail_server: MailServer, tmp_path_factory) -> Journey:
    """The recommended path walked once with the keyboard, into a home with Thunderbird."""
    folder = tmp_path_factory.mktemp("journey")
    profile = make_root(folder / "home" / ".thunderbird", EXISTING_PREFS)
    user = mail_server.trip_user  # its mailbox is for round trips
    record = Journey()
    atspi = desktop.atspi
    atspi.register("object:announcement", "object:state-changed:focused")
    atspi.receive()  # what earlier programs said is not this walk's
    started = time.monotonic()
    with running_wizard(
        desktop,
        folder,
        wizard_arguments(mail_server),
        wizard_environment(mail_server),
        fault_path(),
    ) as wizard:
        keyboard = Keyboard(atspi, wizard.window(atspi))
        try:
            walk(keyboard, record, user, mail_server.users[user], mail_server.address(user))
            record.exit_code = wizard.process.wait(timeout=STEP)
        except Exception as error:  # recorded: the tests below say what broke
            heard = [str(event.data) for event in keyboard.announcements()]
            record.broke = (
                f"{type(error).__name__}: {error}\nannounced so far: {heard}\n"
                f"the wizard's output:\n{wizard.output()}"
            )
        record.events = keyboard.events
    record.seconds = time.monotonic() - started
    record.prefs = (profile / "prefs.js").read_text(encoding="utf-8")
    return record


def test_the_recommended_path_is_completed_with_the_keyboard_alone(journey: Journey):
    assert not journey.broke, journey.broke
    assert list(journey.pages) == list(PATH)
    assert journey.exit_code == 0  # Finish, pressed with the keyboard, closed the wizard
    # Set up, pressed with the keyboard, added the account to the Thunderbird profile.
    assert re.search(
        r'user_pref\("mail\.server\.server\d+\.userName", "user0005"\);', journey.prefs
    )


def test_every_control_on_the_way_is_named_with_its_role(journey: Journey):
    faults = [
        f"{page}: {fault}"
        for page, controls in journey.pages.items()
        for fault in problems(controls, ROLES.get(page, {}))
    ]
    assert not faults, "\n".join(["What a screen reader cannot use:", *faults])
    assert set(journey.pages) == set(PATH), journey.broke


def test_the_announcements_arrive_through_the_bus_politely(journey: Journey):
    said = [text for text, _politeness in journey.announcements()]
    assert [politeness for _text, politeness in journey.announcements()] == [1] * len(said)
    assert said[0].startswith("Password strength: ")  # once, after typing 15 characters
    assert said[1:3] == ["Testing your account…", "Checking that your mail really arrives…"]
    assert re.fullmatch(
        r"Test message: sent ✔ — arrived after [\d.]+ s ✔ — deleted again ✔", said[3]
    )
    assert said[4] == "Your account works."
    assert said[5].startswith("Done: your mail is ready. Thunderbird is ready.")
    assert len(said) == 6, said


def test_the_checker_reports_a_control_that_lost_its_name(
    desktop: Desktop, mail_server: MailServer, tmp_path: Path
):
    """The checker's own test: with one button's name blanked in the wizard process (a
    test plugin, unnamed_control/sitecustomize.py), it must name that button."""
    environment = {**wizard_environment(mail_server), FAULT_VARIABLE: "changeSettingsButton"}
    with running_wizard(
        desktop, tmp_path, wizard_arguments(mail_server), environment, [FAULT_PLUGIN]
    ) as wizard:
        keyboard = Keyboard(desktop.atspi, wizard.window(desktop.atspi))
        wait_for_page(keyboard, "WelcomePage")
        controls = read_page(keyboard.atspi, keyboard.window)
    faults = problems(controls, ROLES["WelcomePage"])
    assert faults == ["push button changeSettingsButton '': has no name"]
