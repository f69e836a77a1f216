"""The desktop (Xvfb, session bus, AT-SPI bus) and the walks of this folder, each made
once: the walks take seconds, and the tests of every module read their records."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.accessibility.desktop import Desktop, running_desktop, running_wizard
from tests.accessibility.screen_reader import Keyboard
from tests.accessibility.walks import (
    STEP,
    Journey,
    choices_walk,
    doctor_walk,
    fault_environment,
    fault_path,
    recommended_walk,
)
from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.doctor_profiles import problem_prefs
from tests.mailserver.dovecot import MailServer
from tests.mailserver.relay_network import running_relays
from wizard.core.provider import load_provider


@pytest.fixture(scope="package")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    with running_desktop(tmp_path_factory.mktemp("desktop")) as running:
        yield running


def record(
    desktop: Desktop,
    folder: Path,
    arguments: list[str],
    environment: dict[str, str],
    walk: Callable[[Keyboard, Journey], None],
    ends_by_itself: bool,
) -> Journey:
    """Run the wizard, walk it with ``walk`` and return what was met. A walk that broke
    is recorded with why (and the wizard's output), for the tests to say."""
    journey = Journey()
    atspi = desktop.atspi
    atspi.register("object:announcement", "object:state-changed:focused")
    atspi.receive()  # what earlier programs said is not this walk's
    started = time.monotonic()
    with running_wizard(
        desktop, folder, arguments, {**environment, **fault_environment()}, fault_path()
    ) as wizard:
        keyboard = Keyboard(atspi, wizard.window(atspi))
        try:
            walk(keyboard, journey)
            if ends_by_itself:
                journey.exit_code = wizard.process.wait(timeout=STEP)
        except Exception as error:  # recorded: the tests say what broke
            heard = [str(event.data) for event in keyboard.announcements()]
            journey.broke = (
                f"{type(error).__name__}: {error}\nannounced so far: {heard}\n"
                f"the wizard's output:\n{wizard.output()}"
            )
        journey.events = keyboard.events
    journey.seconds = time.monotonic() - started
    return journey


@pytest.fixture(scope="package")
def journey(
    desktop: Desktop, mail_server: MailServer, tmp_path_factory: pytest.TempPathFactory
) -> Journey:
    """The recommended path walked once in English, into a home with Thunderbird."""
    folder = tmp_path_factory.mktemp("journey")
    profile = make_root(folder / "home" / ".thunderbird", EXISTING_PREFS)
    user = mail_server.trip_user  # its mailbox is for round trips
    password, address = mail_server.users[user], mail_server.address(user)
    arguments = ["--lang", "en", "--provider", str(mail_server.provider_file)]
    # The suite's CA as the trust store of the wizard's connection test (OpenSSL's).
    environment = {"SSL_CERT_FILE": str(mail_server.ca_file)}
    walked = record(
        desktop,
        folder,
        arguments,
        environment,
        lambda keyboard, journey: recommended_walk(keyboard, journey, user, password, address),
        ends_by_itself=True,
    )
    walked.prefs = (profile / "prefs.js").read_text(encoding="utf-8")
    return walked


@pytest.fixture(scope="package")
def choices_journey(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Journey:
    """In German, the settings changed on the way; the relays on loopback addresses."""
    folder = tmp_path_factory.mktemp("choices")
    with running_relays() as network:
        provider_file = network.write_provider_file(folder / "provider.toml")
        arguments = ["--lang", "de", "--provider", str(provider_file)]
        return record(desktop, folder, arguments, {}, choices_walk, ends_by_itself=False)


@pytest.fixture(scope="package")
def doctor_journey(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Journey:
    """In German, the doctor on a Thunderbird profile with every problem it repairs."""
    folder = tmp_path_factory.mktemp("doctor")
    host = load_provider().incoming_host
    profile = make_root(folder / "home" / ".thunderbird", problem_prefs(host))
    walked = record(desktop, folder, ["--lang", "de"], {}, doctor_walk, ends_by_itself=True)
    walked.prefs = (profile / "prefs.js").read_text(encoding="utf-8")
    return walked
