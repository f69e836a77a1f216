"""``all2all-setup doctor --fix`` on a profile set up wrong, then the real Thunderbird uses it.

Six all2all accounts with every repairable problem (``doctor_profiles.py``), pointing at
the suite's Dovecot, next to other providers' accounts. The command repairs them (exit
0), a second run finds nothing, every other line of prefs.js is unchanged; then
Thunderbird 153 starts headless on the profile and the Dovecot log shows each login
over TLS on the IMAPS and POP3S ports (POP3 leaving the mail on the server) and, asked
through Marionette to check each outgoing server, on the SMTPS port.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exporters.conftest import make_root
from tests.exporters.doctor_profiles import EXPECTED, OTHER_PREFIXES, Ports, problem_prefs
from tests.exporters.marionette import VERIFY_OUTGOING, Marionette
from tests.exporters.thunderbird_process import (
    enable_marionette,
    running_thunderbird,
    store_passwords,
    trust_ca,
    wait_for,
)
from tests.mailserver.dovecot import MailServer, free_port
from tests.support import require_program

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 120  # seconds for Thunderbird to start and log in on a busy 2-core machine

pytestmark = pytest.mark.system


def doctor(server: MailServer, home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "wizard", "--provider", str(server.provider_file)]
    command += ["doctor", "--json", *arguments]
    environment = os.environ | {
        "HOME": str(home),
        "ALL2ALL_SETUP_LOG_DIR": str(home / "logs"),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env=environment, timeout=60, check=False
    )


def others(text: str) -> list[str]:
    prefix = 'user_pref("'
    return [
        line
        for line in text.splitlines()
        if not line.startswith(prefix) or line.startswith(OTHER_PREFIXES, len(prefix))
    ]


def test_repaired_profile_works_in_the_real_thunderbird(
    mail_server: MailServer, tmp_path: Path
) -> None:
    thunderbird = require_program("thunderbird", "thunderbird")
    certutil = require_program("certutil", "libnss3-tools")
    home = tmp_path / "home"
    ports = Ports(mail_server.imaps_port, mail_server.pop3s_port, mail_server.submissions_port)
    profile = make_root(home / ".thunderbird", problem_prefs(mail_server.host, ports))
    before = (profile / "prefs.js").read_text(encoding="utf-8")

    fixed = doctor(mail_server, home, "--fix")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    data = json.loads(fixed.stdout)
    assert data["exit_code"] == 0
    found = {a["key"]: {f["code"] for f in a["findings"]} for a in data["accounts"]}
    assert found == {key: {code.value for code in codes} for key, (_, _, codes) in EXPECTED.items()}
    assert all(f["fixed"] for a in data["accounts"] for f in a["findings"])
    after = (profile / "prefs.js").read_text(encoding="utf-8")
    assert others(after) == others(before)  # every other account's line, in its order
    assert [Path(path).read_text(encoding="utf-8") for path in data["backups"]] == [before]

    again = doctor(mail_server, home)
    assert again.returncode == 0, again.stdout
    assert all(a["findings"] == [] for a in json.loads(again.stdout)["accounts"])

    # Thunderbird, with the test CA trusted and the test passwords stored.
    trust_ca(certutil, profile, mail_server.ca_file)
    logins = {key: (login, protocol) for key, (login, protocol, _) in EXPECTED.items()}
    entries = []
    # The host as each account has it (upper case, a final dot): Thunderbird keeps the
    # password under the server's own spelling.
    spellings = {mail_server.host, mail_server.host.upper(), f"{mail_server.host}."}
    for login, protocol in logins.values():
        scheme = "imap" if protocol == "imap" else "mailbox"
        password = mail_server.users[login]
        entries += [(f"{scheme}://{host}", login, password) for host in spellings]
        entries += [(f"smtp://{mail_server.host}", login, password)]
    store_passwords(profile, entries)
    marionette_port = free_port()
    enable_marionette(profile, marionette_port)

    offset = len(mail_server.log_text())

    def new_log() -> str:
        return mail_server.log_text()[offset:]

    def logged_in(service: str, login: str, port: int) -> bool:
        pattern = rf"{service}-login: Info: Login: user=<{login}>, method=PLAIN, "
        pattern += rf".*lport={port}, TLS,"
        return re.search(pattern, new_log()) is not None

    port_of = {"imap": ports.imaps, "pop3": ports.pop3s}
    incoming = [(protocol, login, port_of[protocol]) for login, protocol in logins.values()]
    with running_thunderbird(thunderbird, home, profile, tmp_path / "tb.out", True) as process:

        def all_incoming() -> bool:
            pop3_kept = re.search(r"pop3\(user0002\).*del=0/", new_log()) is not None
            return pop3_kept and all(logged_in(*login) for login in incoming)

        assert wait_for(all_incoming, process, LIMIT), new_log()[-4000:]
        client = Marionette(marionette_port, LIMIT)
        try:
            asked = client.chrome_script(VERIFY_OUTGOING, mail_server.host)
        finally:
            client.close()
        assert len(asked) == len(logins)

        def all_outgoing() -> bool:
            return all(
                logged_in("submission", login, ports.submissions) for login, _ in logins.values()
            )

        assert wait_for(all_outgoing, process, LIMIT), new_log()[-4000:]
    assert "unknown ca" not in new_log()
