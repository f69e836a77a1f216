"""Fault 1: an outgoing server that needs another login (the internet provider's own
mailbox login, ``isp-password``) is refused up front, in the user's language, by every
front door: ``export`` for each mail program, ``setup`` (old form too), the window's
outgoing page. Never a traceback, never exit code 70, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS
from tests.faults.conftest import ACCOUNT, run_program
from wizard.core.exporters import exporter_names, make_exporter
from wizard.core.exporters.base import Environment, Target
from wizard.core.model import AccountDraft, OutgoingChoice, OutgoingKind
from wizard.core.outgoing import outgoing_from_text
from wizard.core.provider import Provider
from wizard.core.safe_files import list_backups
from wizard.core.setup import ClientResult, plan_program
from wizard.core.validation import Problem

OTHER_LOGIN = ["relay.proximus.be:587", "proximus", "RELAY.PROXIMUS.BE:587"]


@pytest.mark.parametrize("text", OTHER_LOGIN)
def test_the_one_rule_refuses_a_server_needing_another_login(text: str, provider: Provider) -> None:
    assert outgoing_from_text(text, provider) is Problem.NEEDS_OTHER_LOGIN


@pytest.mark.parametrize("client", ["thunderbird", "evolution", "apple-mail", "autoconfig"])
@pytest.mark.parametrize("dry_run", [True, False])
def test_export_refuses_cleanly(
    home: Path, busy_profile: Path, tmp_path: Path, client: str, dry_run: bool
) -> None:
    output = tmp_path / "output"
    output.mkdir()
    args = ["--lang", "en", "export", "--client", client, *ACCOUNT, "--output", str(output)]
    args += ["--outgoing", "relay.proximus.be:587"] + (["--dry-run"] if dry_run else [])
    result = run_program(home, *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "--outgoing: This server needs the username and password of a mailbox" in result.stderr
    assert (busy_profile / "prefs.js").read_text() == EXISTING_PREFS
    assert list_backups(busy_profile / "prefs.js") == []
    assert list(output.iterdir()) == []


def test_export_refusal_is_translated(home: Path, busy_profile: Path) -> None:
    args = ["--lang", "nl", "export", "--client", "thunderbird", *ACCOUNT]
    result = run_program(home, *args, "--outgoing", "proximus")
    assert result.returncode == 2, result.stderr
    assert "--outgoing: Deze server vraagt de gebruikersnaam en het wachtwoord" in result.stderr


@pytest.mark.parametrize("legacy", [False, True])
def test_setup_refuses_cleanly_with_one_json_object(
    home: Path, busy_profile: Path, legacy: bool
) -> None:
    command = ["--unattended"] if legacy else ["setup"]
    args = [*command, "--json", "--dry-run", *ACCOUNT, "--outgoing", "proximus"]
    result = run_program(home, "--lang", "en", *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert data["error"] == {"kind": "usage", "option": "--outgoing", "code": "needs_other_login"}
    assert (busy_profile / "prefs.js").read_text() == EXISTING_PREFS


@pytest.mark.parametrize("client", exporter_names())
def test_a_draft_made_another_way_is_a_report_never_an_exception(
    client: str, env: Environment, busy_profile: Path, provider: Provider, draft: AccountDraft
) -> None:
    """Defence in depth: the exporters' own checks become a failed report (Outlook's
    guide, which writes nothing, explains it on the done page instead)."""
    relay = provider.relay("proximus")
    assert relay is not None
    odd = draft.with_changes(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, relay.endpoint, "x"))
    exporter = make_exporter(client, env)
    target = Target(client, busy_profile, "p", True)
    planned = plan_program(exporter, target, odd, provider)
    if client == "outlook":
        return
    assert isinstance(planned, ClientResult)
    assert planned.report.failed
    assert planned.report.code == "unsupported_settings"
