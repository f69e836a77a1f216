"""Shared by the fault tests: real profiles in temporary homes, the real program run
in a separate process as IT staff would run it."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.exporters.conftest import (  # noqa: F401  fixtures shared with the exporter tests
    busy_profile,
    draft,
    env,
    fresh_profile,
    home,
    provider,
)
from tests.mailserver.dovecot import MailServer
from tests.mailserver.faults import Behaviour, FaultServer, Script
from wizard.core.model import Authentication, Security, ServerEndpoint
from wizard.core.provider import Provider

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = ["--username", "user0001", "--email", "user0001@all2all.org", "--name", "Marie"]


def run_program(
    user_home: Path, *args: str, stdin: str | None = None, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m wizard ARGS`` with ``user_home`` as the user's home folder."""
    environ = {key: value for key, value in os.environ.items() if key != "APPDATA"}
    environ["HOME"] = str(user_home)
    environ.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        cwd=ROOT,
        env=environ,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,  # generous: CI machines run other suites at the same time
        check=False,
    )


ScriptedProvider = Callable[..., Provider]


@pytest.fixture
def scripted_provider(mail_server: MailServer) -> Iterator[ScriptedProvider]:
    """``make(imap=script, smtp=script)``: the suite's provider data with those servers
    replaced by scripted ones (real TLS, the trusted test certificate)."""
    started: list[FaultServer] = []

    def make(imap: Script | None = None, smtp: Script | None = None) -> Provider:
        changes: dict[str, Any] = {}
        cert = mail_server.certificates.server
        for name, script in (("imap", imap), ("smtp", smtp)):
            if script is None:
                continue
            fault = FaultServer(Behaviour.SCRIPT, cert.cert, cert.key, script=script).start()
            started.append(fault)
            changes[name] = ServerEndpoint(
                "localhost", fault.port, Security.SSL, Authentication.PASSWORD
            )
        return dataclasses.replace(mail_server.provider, **changes)

    yield make
    for fault in started:
        fault.stop()
