"""Fault 4 and its class: one validation of a login everywhere.

The probe used to send logins that ``export`` refused at once (``"   "``, ``"user
0001"``, ``usér0001``, an e-mail address): 6-10 s each, and each wrong try slows the
right one down (fault 3). The core's probe refuses them before connecting
(tests/core/test_probe.py::test_control_characters_are_refused_before_connecting);
here every command a person or a script uses says the same sentence for each, with
exit code 2, before anything is sent or written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import run_program

BAD_LOGINS = {
    "   ": "Please remove the space at the beginning or the end.",
    "user 0001": "This must not contain spaces.",
    "usér0001": "A username contains only letters, digits",
    "marie.peeters@all2all.org": "Your username is not your e-mail address.",
}
COMMANDS = {
    "probe": ["probe", "--password-stdin"],
    "export": ["export", "--client", "thunderbird", "--email", "m@all2all.org", "--name", "M"],
    "setup": ["setup", "--password-stdin", "--email", "m@all2all.org", "--name", "M"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("login", sorted(BAD_LOGINS))
def test_every_command_refuses_the_same_logins_with_the_same_sentence(
    home: Path, busy_profile: Path, command: str, login: str
) -> None:
    prefs = (busy_profile / "prefs.js").read_bytes()
    result = run_program(
        home, "--lang", "en", *COMMANDS[command], "--username", login, stdin="Secret-0001\n"
    )
    assert result.returncode == 2, result.stderr
    assert f"--username: {BAD_LOGINS[login]}" in result.stderr
    assert (busy_profile / "prefs.js").read_bytes() == prefs
