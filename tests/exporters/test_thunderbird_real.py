"""The real Thunderbird reads what we wrote and connects to the test Dovecot over TLS.

For IMAP and POP3, into a fresh profile and into one with years of other accounts:
export, trust the test CA with certutil, store the test password the way Thunderbird
does (test plumbing only, see nss_logins.py), start ``thunderbird --headless`` with a
private HOME for a bounded time and stop only that process (its own process group).
Dovecot's log then proves that Thunderbird logged in as our login, on the configured
port, over TLS; for POP3 that it left the mail on the server (``del=0/``).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.support import require_program
from wizard.core.exporters.base import Environment, Status, default_target
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.model import AccountDraft, Protocol

ROOT = Path(__file__).resolve().parents[2]
LOGIN = "user0001"
STARTUP_LIMIT = 90  # seconds; Thunderbird needs a few on a 2-core machine

pytestmark = pytest.mark.system


def _trust_ca(certutil: str, profile: Path, ca_file: Path) -> None:
    database = f"sql:{profile}"
    subprocess.run([certutil, "-N", "-d", database, "--empty-password"], check=True)
    subprocess.run(
        [
            certutil,
            "-A",
            "-d",
            database,
            "-n",
            "a2a throwaway test CA",
            "-t",
            "C,,",
            "-i",
            str(ca_file),
        ],
        check=True,
    )


def _store_password(profile: Path, origin: str, password: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "tests.exporters.nss_logins", str(profile), origin, LOGIN],
        input=password + "\n",
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
    )


def _run_thunderbird_until(
    thunderbird: str, home: Path, profile: Path, done: Any, log_dir: Path
) -> bool:
    """Start Thunderbird, wait until ``done()`` or the limit, stop its process group."""
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(home),
        "MOZ_CRASHREPORTER_DISABLE": "1",
    }
    with (log_dir / "thunderbird.out").open("wb") as output:
        process = subprocess.Popen(
            [thunderbird, "--headless", "--profile", str(profile)],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group: we stop it and its children only
        )
        try:
            deadline = time.monotonic() + STARTUP_LIMIT
            while time.monotonic() < deadline and process.poll() is None:
                if done():
                    time.sleep(1)  # let a POP3 download finish and log out
                    return True
                time.sleep(0.5)
            return bool(done())
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=20)


@pytest.mark.parametrize("existing", [False, True], ids=["fresh", "with-accounts"])
@pytest.mark.parametrize("protocol", [Protocol.IMAP, Protocol.POP3], ids=["imap", "pop3"])
def test_thunderbird_logs_in_over_tls(
    mail_server: Any, tmp_path: Path, protocol: Protocol, existing: bool
) -> None:
    thunderbird = require_program("thunderbird", "thunderbird")
    certutil = require_program("certutil", "libnss3-tools")
    home = tmp_path / "home"
    profile = make_root(home / ".thunderbird", EXISTING_PREFS if existing else None)
    exporter = ThunderbirdExporter(Environment(home, platform="linux"))
    target = default_target(exporter.detect())
    assert target is not None
    assert target.path == profile
    draft = AccountDraft(
        protocol=protocol,
        keep_on_server_days=14,
        display_name="Real Thunderbird Test",
        email=f"{LOGIN}@all2all.org",
        username=LOGIN,
    )
    report = exporter.apply(exporter.plan(target, draft, mail_server.provider))
    assert report.status is Status.DONE, report

    port = mail_server.imaps_port if protocol is Protocol.IMAP else mail_server.pop3s_port
    service = "imap" if protocol is Protocol.IMAP else "pop3"
    scheme = "imap" if protocol is Protocol.IMAP else "mailbox"
    _trust_ca(certutil, profile, mail_server.ca_file)
    _store_password(profile, f"{scheme}://{mail_server.host}", mail_server.users[LOGIN])

    offset = len(mail_server.log_text())
    login = re.compile(
        rf"{service}-login: Info: Login: user=<{LOGIN}>, method=PLAIN, .*lport={port}, TLS,"
    )

    def logged_in() -> bool:
        return login.search(mail_server.log_text()[offset:]) is not None

    assert _run_thunderbird_until(thunderbird, home, profile, logged_in, tmp_path), (
        mail_server.log_text()[offset:][-3000:]
    )
    new_log = mail_server.log_text()[offset:]
    assert "unknown ca" not in new_log
    if protocol is Protocol.POP3:
        time.sleep(1)
        new_log = mail_server.log_text()[offset:]
        assert re.search(rf"pop3\({LOGIN}\).*del=0/", new_log), new_log[-2000:]
    # Whatever Thunderbird wrote back on exit, our account is still there and readable.
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    server = prefs.get(f"mail.account.{report.details['account']}.server")
    assert prefs.get(f"mail.server.{server}.port") == port
    assert prefs.get(f"mail.server.{server}.userName") == LOGIN
