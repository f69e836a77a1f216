"""``all2all-setup probe`` as IT staff run it: a real process against the real test Dovecot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mailserver.dovecot import FaultServers, MailServer

pytestmark = pytest.mark.system
ROOT = Path(__file__).resolve().parent.parent


def probe(
    server: MailServer,
    log_dir: Path,
    *arguments: str,
    password: str | None = None,
    user: str | None = None,
    ca_file: bool = True,
    lang: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the CLI with the password on standard input, logs into ``log_dir``."""
    user = user or server.ascii_user
    stdin = server.users.get(user, "") if password is None else password
    command = [sys.executable, "-m", "wizard", "--provider", str(server.provider_file)]
    command += [*(["--lang", lang] if lang else []), "probe"]
    command += ["--username", user, "--password-stdin", *arguments]
    if ca_file:
        command += ["--ca-file", str(server.ca_file)]
    environment = os.environ | {"ALL2ALL_SETUP_LOG_DIR": str(log_dir), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        command,
        input=stdin + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=environment,
        timeout=60,
        check=False,
    )


def written_text(result: subprocess.CompletedProcess[str], log_dir: Path) -> str:
    logs = "".join(path.read_text(encoding="utf-8") for path in log_dir.glob("*"))
    return result.stdout + result.stderr + logs


@pytest.mark.parametrize("protocol", ["imap", "pop3"])
def test_working_account_exits_0_with_the_documented_json(
    mail_server: MailServer, tmp_path: Path, protocol: str
) -> None:
    user = mail_server.utf8_user
    result = probe(mail_server, tmp_path, "--json", "--protocol", protocol, user=user)

    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"ok", "steps", "quota", "smtp_size_limit_bytes"}
    assert data["ok"] is True
    assert data["smtp_size_limit_bytes"] == 12 * 1024 * 1024
    assert (data["quota"] is None) == (protocol == "pop3")
    servers = {step["server"] for step in data["steps"]}
    assert servers == {"incoming", "outgoing"}
    assert mail_server.users[user] not in written_text(result, tmp_path)


def test_wrong_password_exits_1_and_names_auth_failed(
    mail_server: MailServer, tmp_path: Path
) -> None:
    result = probe(mail_server, tmp_path, "--json", password="Not-the-password-77")

    assert result.returncode == 1
    codes = {step["code"] for step in json.loads(result.stdout)["steps"]}
    assert "auth_failed" in codes
    assert "Not-the-password-77" not in written_text(result, tmp_path)


def test_untrusted_certificate_exits_1(mail_server: MailServer, tmp_path: Path) -> None:
    result = probe(mail_server, tmp_path, "--json", ca_file=False)

    assert result.returncode == 1
    failed = [step for step in json.loads(result.stdout)["steps"] if not step["ok"]]
    assert {(step["step"], step["code"]) for step in failed} == {("tls", "tls_untrusted")}


def test_readable_summary_without_json(mail_server: MailServer, tmp_path: Path) -> None:
    result = probe(mail_server, tmp_path, user=mail_server.quoted_user)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Your account works")
    assert "Largest message the server accepts: 12 MB" in result.stdout
    assert mail_server.users[mail_server.quoted_user] not in written_text(result, tmp_path)


def test_nearly_full_mailbox_still_exits_0_with_a_warning(
    mail_server: MailServer, tmp_path: Path
) -> None:
    result = probe(mail_server, tmp_path, "--json", user=mail_server.full_user)

    assert result.returncode == 0
    codes = [step["code"] for step in json.loads(result.stdout)["steps"]]
    assert "quota_nearly_full" in codes


def test_helpdesk_output_masks_the_login(mail_server: MailServer, tmp_path: Path) -> None:
    result = probe(mail_server, tmp_path, "--helpdesk")

    assert result.returncode == 0
    assert "login: us*****01" in result.stdout
    assert "user0001" not in result.stdout


def test_isp_relay_by_host_and_port(mail_server: MailServer, tmp_path: Path) -> None:
    result = probe(
        mail_server, tmp_path, "--json", "--outgoing", f"localhost:{mail_server.sink.port}"
    )

    assert result.returncode == 0, result.stdout
    outgoing = [s["step"] for s in json.loads(result.stdout)["steps"] if s["server"] == "outgoing"]
    assert "login" not in outgoing
    assert "ehlo" in outgoing


def test_unreachable_isp_relay_is_a_warning_not_a_failure(
    mail_server: MailServer, fault_servers: FaultServers, tmp_path: Path
) -> None:
    result = probe(mail_server, tmp_path, "--outgoing", f"localhost:{fault_servers.closed_port}")

    assert result.returncode == 0, result.stdout
    assert "Warning    Sending mail: Reaching the server" in result.stdout


def test_summary_in_dutch_with_the_wizards_explanations(
    mail_server: MailServer, tmp_path: Path
) -> None:
    result = probe(mail_server, tmp_path, lang="nl", password="not-the-password")

    assert result.returncode == 1
    assert result.stdout.startswith("Uw account werkt nog niet.")
    assert "Mislukt" in result.stdout
    assert "user0001" in result.stdout  # the advice names the kind of username expected


@pytest.mark.parametrize(
    ("arguments", "password"),
    [
        pytest.param([], "", id="no-password-on-stdin"),
        pytest.param([], "pass\x07word", id="control-character"),
        pytest.param(["--outgoing", "smtp.example.org:99999"], None, id="bad-port"),
        pytest.param(["--outgoing", "bad host:25"], None, id="bad-host"),
        pytest.param(["--protocol", "smtp"], None, id="bad-protocol"),
        pytest.param(["--email", "not-an-address"], None, id="bad-email"),
    ],
)
def test_bad_usage_exits_2(
    mail_server: MailServer, tmp_path: Path, arguments: list[str], password: str | None
) -> None:
    result = probe(mail_server, tmp_path, *arguments, password=password)

    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""


def test_unreadable_ca_file_exits_2(mail_server: MailServer, tmp_path: Path) -> None:
    result = probe(mail_server, tmp_path, "--ca-file", str(tmp_path / "missing.pem"), ca_file=False)

    assert result.returncode == 2
    assert "--ca-file" in result.stderr
