"""``all2all-setup remove``, then the real Thunderbird starts on the profile without errors.

A profile with years of other accounts gets two all2all accounts from the exporter
(user0001 over IMAP, user0002 over POP3, on the suite's Dovecot). The command removes
user0001's; the rest of prefs.js is unchanged. Thunderbird 153 then starts headless
with its console on stdout: its own account manager (asked through Marionette) holds
exactly the accounts and outgoing servers that should be left, user0002 logs in over
TLS, user0001 never connects, and the console reports no error.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.marionette import Marionette
from tests.exporters.thunderbird_process import (
    enable_marionette,
    running_thunderbird,
    store_passwords,
    trust_ca,
    wait_for,
)
from tests.mailserver.dovecot import MailServer, free_port
from tests.support import require_program
from wizard.core.exporters.base import Environment, Status, default_target
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.model import AccountDraft, Protocol

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 120

pytestmark = pytest.mark.system

ACCOUNTS_SCRIPT = """
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const accounts = MailServices.accounts.accounts.map(account => {
  const server = account.incomingServer;
  return [account.key, server.type, server.username, server.getStringValue("hostname")];
});
const outgoing = MailServices.outgoingServer.servers.map(server => server.key);
const fallback = MailServices.accounts.defaultAccount;
return [accounts, outgoing, fallback ? fallback.key : null];
"""


def remove(server: MailServer, home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "wizard", "--provider", str(server.provider_file)]
    command += ["remove", "--client", "thunderbird", "--json", *arguments]
    environment = os.environ | {
        "HOME": str(home),
        "ALL2ALL_SETUP_LOG_DIR": str(home / "logs"),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env=environment, timeout=60, check=False
    )


def test_thunderbird_starts_cleanly_after_remove(mail_server: MailServer, tmp_path: Path) -> None:
    thunderbird = require_program("thunderbird", "thunderbird")
    certutil = require_program("certutil", "libnss3-tools")
    home = tmp_path / "home"
    profile = make_root(home / ".thunderbird", EXISTING_PREFS)
    exporter = ThunderbirdExporter(Environment(home, platform="linux"))
    for login, protocol in (("user0001", Protocol.IMAP), ("user0002", Protocol.POP3)):
        target = default_target(exporter.detect())
        assert target is not None
        draft = AccountDraft(
            protocol=protocol,
            display_name=f"All2all {login}",
            email=f"{login}@all2all.org",
            username=login,
        )
        plan = exporter.plan(target, draft, mail_server.provider)
        assert exporter.apply(plan).status is Status.DONE
    before = PrefsFile.parse((profile / "prefs.js").read_bytes())

    result = remove(mail_server, home, "--username", "user0001")
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert [(a["login"], a["protocol"]) for a in data["removed"]] == [("user0001", "imap")]
    assert data["outgoing_removed"] == ["smtp3"]  # user0001's own; user0002 has smtp4
    after = PrefsFile.parse((profile / "prefs.js").read_bytes())
    gone = {name for name in before.names() if name not in set(after.names())}
    assert gone
    ours = ("mail.account.account4.", "mail.server.server4.", "mail.identity.id3.")
    assert all(name.startswith((*ours, "mail.smtpserver.smtp3.")) for name in gone), gone
    lists = {"mail.accountmanager.accounts", "mail.smtpservers"}
    unchanged = [name for name in after.names() if name not in lists]
    assert all(after.get(name) == before.get(name) for name in unchanged)

    trust_ca(certutil, profile, mail_server.ca_file)
    password = mail_server.users["user0002"]
    store_passwords(profile, [(f"mailbox://{mail_server.host}", "user0002", password)])
    port = free_port()
    enable_marionette(profile, port)
    with (profile / "user.js").open("a", encoding="utf-8") as user_js:
        user_js.write('user_pref("devtools.console.stdout.chrome", true);\n')
        # The region lookup needs the internet, which the test machine may not have.
        user_js.write('user_pref("browser.region.network.url", "");\n')
    offset = len(mail_server.log_text())
    output = tmp_path / "tb.out"

    with running_thunderbird(thunderbird, home, profile, output, marionette=True) as process:

        def pop3_logged_in() -> bool:
            log = mail_server.log_text()[offset:]
            pattern = (
                rf"pop3-login: Info: Login: user=<user0002>, .*lport={mail_server.pop3s_port}, TLS"
            )
            return re.search(pattern, log) is not None

        assert wait_for(pop3_logged_in, process, LIMIT), mail_server.log_text()[offset:][-3000:]
        client = Marionette(port, LIMIT)
        try:
            accounts, outgoing, default = client.chrome_script(ACCOUNTS_SCRIPT)
        finally:
            client.close()
        assert process.poll() is None  # still running: it did not crash on the profile

    assert sorted(accounts) == sorted(
        [
            ["account1", "imap", "jan.peeters@gmail.com", "imap.gmail.com"],
            ["account2", "none", "nobody", "Local Folders"],
            ["account3", "pop3", "jan", "pop.telenet.be"],
            ["account5", "pop3", "user0002", mail_server.host],
        ]
    )
    assert sorted(outgoing) == ["smtp1", "smtp2", "smtp4"]
    assert default == "account1"
    log = mail_server.log_text()[offset:]
    assert "user=<user0001>" not in log
    console = output.read_text(encoding="utf-8", errors="replace")
    errors = [line for line in console.splitlines() if re.search(r"(?i)\berror\b", line)]
    errors = [line for line in errors if "GraphicsCriticalError" not in line]
    assert errors == []
