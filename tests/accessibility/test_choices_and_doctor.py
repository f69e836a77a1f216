"""The pages off the recommended path, through the real AT-SPI bus, in German.

Two walks with the keyboard alone (tests/accessibility/walks.py): "Einstellungen
ändern" through the protocol page (POP3), the account and the outgoing page, where the
internet provider's server is chosen and the relay search answers from a loopback
relay; and the doctor on a Thunderbird profile full of old mistakes, repaired with the
keyboard. With the recommended path of test_screen_reader.py, a screen reader has then
read every page of the wizard.
"""

from __future__ import annotations

import pytest

from tests.accessibility.screen_reader import problems
from tests.accessibility.walks import (
    GERMAN_FOUND,
    GERMAN_LOOKING,
    GERMAN_REPAIRED,
    GERMAN_STRENGTH,
    GERMAN_SUGGESTION,
    ROLES,
    Journey,
)
from tests.exporters.conftest import make_root
from wizard.core.doctor import examine
from wizard.core.exporters.base import Environment
from wizard.core.provider import load_provider
from wizard.gui.setup_wizard import BUILT_IN_PAGES

pytestmark = pytest.mark.system

CHOICES = ("WelcomePage", "ProtocolPage", "AccountPage", "OutgoingPage")


def faults_of(journey: Journey) -> list[str]:
    return [
        f"{page}: {fault}"
        for page, controls in journey.pages.items()
        for fault in problems(controls, ROLES.get(page, {}))
    ]


def test_the_choices_are_made_with_the_keyboard_alone(choices_journey: Journey):
    assert not choices_journey.broke, choices_journey.broke
    assert list(choices_journey.pages) == list(CHOICES)
    protocol = {c.ident: c for c in choices_journey.pages["ProtocolPage"]}
    assert "checked" in protocol["pop3Button"].states  # chosen with the arrow key
    assert "checked" not in protocol["imapButton"].states
    outgoing = {c.ident: c for c in choices_journey.pages["OutgoingPage"]}
    assert "checked" in outgoing["ispRelayButton"].states
    assert outgoing["relayBox"].name.startswith("Telenet")  # the one that answers, chosen


def test_the_doctor_repairs_with_the_keyboard_alone(doctor_journey: Journey, tmp_path):
    assert not doctor_journey.broke, doctor_journey.broke
    assert list(doctor_journey.pages) == ["DoctorPage"]
    assert doctor_journey.exit_code == 0  # Finish closed the wizard
    # The profile Repair wrote, read by the doctor again: nothing is left to find.
    home = tmp_path / "home"
    make_root(home / ".thunderbird", doctor_journey.prefs)
    report = examine(Environment(home, platform="linux"), load_provider(), None)
    assert report.accounts
    assert [f for check in report.accounts for f in check.findings] == []


def test_every_control_off_the_recommended_path_is_named_with_its_role(
    choices_journey: Journey, doctor_journey: Journey
):
    faults = faults_of(choices_journey) + faults_of(doctor_journey)
    assert not faults, "\n".join(["What a screen reader cannot use:", *faults])


def test_a_screen_reader_has_read_every_page(
    journey: Journey, choices_journey: Journey, doctor_journey: Journey
):
    read = set(journey.pages) | set(choices_journey.pages) | set(doctor_journey.pages)
    # The pages' class names, as AT-SPI gives them: PageId.CONNECTION_TEST, ConnectionTestPage.
    pages = {page.name.title().replace("_", "") + "Page" for page in BUILT_IN_PAGES}
    assert read == pages
    assert set(ROLES) == pages  # and each has its list of controls and roles


def test_the_german_walks_hear_what_changes_politely(
    choices_journey: Journey, doctor_journey: Journey
):
    choices = [text for text, _ in choices_journey.announcements()]
    assert choices[0].startswith(GERMAN_STRENGTH)
    assert choices[1].startswith(GERMAN_SUGGESTION)  # once the provider's server is chosen
    assert "127.0.0.2" in choices[1]
    assert len(choices) == 2, choices
    doctor = [text for text, _ in doctor_journey.announcements()]
    assert doctor[0] == GERMAN_LOOKING
    assert doctor[1].startswith(f"{GERMAN_FOUND} ")
    assert doctor[2] == "Wird repariert…"
    assert doctor[3].startswith(f"{GERMAN_REPAIRED} ")
    assert len(doctor) == 4, doctor
    politeness = [p for _, p in choices_journey.announcements() + doctor_journey.announcements()]
    assert politeness == [1] * len(politeness)
