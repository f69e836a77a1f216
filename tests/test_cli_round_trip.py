"""``all2all-setup probe --round-trip``: a real process sends a real message to itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.mailserver.dovecot import MailServer
from tests.mailserver.smtp_sink import Policy, SmtpSink
from tests.test_cli_probe import probe, written_text

pytestmark = pytest.mark.system
ROUND_TRIP_KEYS = {"ok", "code", "sent", "received", "seconds", "deleted"}


def trip(server: MailServer, log_dir: Path, *arguments: str, **options: object):
    user = server.trip_user
    return probe(
        server,
        log_dir,
        "--round-trip",
        "--email",
        server.address(user),
        *arguments,
        user=user,
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("protocol", ["imap", "pop3"])
def test_a_working_round_trip_exits_0(mail_server: MailServer, tmp_path: Path, protocol: str):
    result = trip(mail_server, tmp_path, "--json", "--protocol", protocol)

    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"ok", "steps", "quota", "smtp_size_limit_bytes", "round_trip"}
    round_trip = data["round_trip"]
    assert set(round_trip) == ROUND_TRIP_KEYS
    assert round_trip["ok"] is True
    assert round_trip["code"] is None
    assert (round_trip["sent"], round_trip["received"], round_trip["deleted"]) == (
        True,
        True,
        True,
    )
    assert isinstance(round_trip["seconds"], float)
    assert mail_server.mailbox_message_ids(mail_server.trip_user) == []
    assert mail_server.users[mail_server.trip_user] not in written_text(result, tmp_path)


def test_not_arrived_in_time_exits_1_and_says_it_plainly(mail_server: MailServer, tmp_path):
    result = probe(
        mail_server,
        tmp_path,
        "--round-trip",
        "--email",
        "user0005@elsewhere.example",
        "--arrival-timeout",
        "1",
        user=mail_server.trip_user,
    )

    assert result.returncode == 1
    assert "Your account works" in result.stdout  # both logins did
    assert "Test message: sent ✔ — not arrived yet ⚠" in result.stdout
    assert "This is not a fault of the set-up." in result.stdout


def test_a_refusing_relay_in_dutch(mail_server: MailServer, tmp_path: Path) -> None:
    sink = SmtpSink(policy=Policy(refuse_relay=True)).start()
    try:
        result = trip(mail_server, tmp_path, "--outgoing", f"localhost:{sink.port}", lang="nl")
        data_result = trip(mail_server, tmp_path, "--json", "--outgoing", f"localhost:{sink.port}")
    finally:
        sink.stop()

    assert result.returncode == 1
    assert "--outgoing all2all" in result.stdout
    assert json.loads(data_result.stdout)["round_trip"]["code"] == "relay_refused"
    assert data_result.returncode == 1


def test_no_round_trip_when_the_login_fails(mail_server: MailServer, tmp_path: Path) -> None:
    before = len(mail_server.sink_messages())
    result = trip(mail_server, tmp_path, "--json", password="Not-the-password-5")

    assert result.returncode == 1
    assert json.loads(result.stdout)["round_trip"] == {
        "ok": False,
        "code": None,
        "sent": False,
        "received": False,
        "seconds": None,
        "deleted": False,
    }
    assert len(mail_server.sink_messages()) == before


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(["--round-trip"], id="no-email"),
        pytest.param(["--round-trip", "--email", "a@b.be", "--arrival-timeout", "0"], id="zero"),
        pytest.param(["--round-trip", "--email", "a@b.be", "--arrival-timeout", "601"], id="long"),
    ],
)
def test_bad_round_trip_usage_exits_2(mail_server: MailServer, tmp_path: Path, arguments):
    result = probe(mail_server, tmp_path, *arguments)

    assert result.returncode == 2
    assert result.stdout == ""
    assert "--round-trip" in result.stderr or "--arrival-timeout" in result.stderr
