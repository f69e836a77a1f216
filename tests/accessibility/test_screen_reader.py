"""The wizard as a blind user meets it: through the real AT-SPI bus, with the keyboard.

The real program runs in its own process on a virtual display with the AT-SPI bus
(tests/accessibility/desktop.py), against the suite's Dovecot, in a temporary home with
a Thunderbird profile. This test process is the screen reader: it reads the accessible
tree over D-Bus, listens for the events, and drives the wizard with real key presses.
One walk along the recommended path (welcome, account, connection test with the test
message, export, done) is recorded once (tests/accessibility/walks.py); the tests below
read the record. test_choices_and_doctor.py reads the other pages, in German.

tests/gui/test_accessibility.py and tests/gui/test_announcements.py are the fast,
in-process layer of the same checks.

The checker is tested too: a test plugin blanks one button's name in the wizard
process and the checker must name that button. To see the other tests fail the same
way, give the plugin a control for the whole walk:
``ALL2ALL_TEST_UNNAME=retryTestButton python3 dev.py test tests/accessibility``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.accessibility.desktop import Desktop, running_wizard
from tests.accessibility.screen_reader import Keyboard, problems, read_page
from tests.accessibility.walks import (
    FAULT_PLUGIN,
    FAULT_VARIABLE,
    ROLES,
    Journey,
    wait_for_page,
)

pytestmark = pytest.mark.system

PATH = ("WelcomePage", "AccountPage", "ConnectionTestPage", "ExportPage", "DonePage")


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


def test_the_checker_reports_a_control_that_lost_its_name(desktop: Desktop, tmp_path: Path):
    """The checker's own test: with one button's name blanked in the wizard process (a
    test plugin, unnamed_control/sitecustomize.py), it must name that button."""
    environment = {FAULT_VARIABLE: "changeSettingsButton"}
    with running_wizard(desktop, tmp_path, ["--lang", "en"], environment, [FAULT_PLUGIN]) as wizard:
        keyboard = Keyboard(desktop.atspi, wizard.window(desktop.atspi))
        wait_for_page(keyboard, "WelcomePage")
        controls = read_page(keyboard.atspi, keyboard.window)
    faults = problems(controls, ROLES["WelcomePage"])
    assert faults == ["push button changeSettingsButton '': has no name"]
