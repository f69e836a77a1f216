"""``all2all-setup relays`` as IT staff run it: real listeners under the relays' real names.

The provider file keeps every relay's name and gives it the port of a listener on a
loopback address; ``--resolve`` points the names there, as curl's option does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.mailserver.dovecot import provider_toml
from tests.mailserver.faults import Behaviour, ClosedPort, FaultServer
from tests.mailserver.smtp_sink import SmtpSink
from wizard.core.provider import default_provider_file

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Relays:
    provider_file: Path
    resolve: list[str]


@pytest.fixture
def relays(tmp_path: Path) -> Iterator[Relays]:
    answering = SmtpSink(hostname="uit.telenet.be", host="127.0.0.2").start()
    silent = FaultServer(Behaviour.SILENT, host="127.0.0.3").start()
    closed = ClosedPort()
    ports = {"telenet": answering.port, "proximus-legacy": silent.port}
    data = tomllib.loads(default_provider_file().read_text(encoding="utf-8"))
    for relay in data["relays"]:
        relay["port"] = ports.get(relay["id"], closed.port)
    provider_file = tmp_path / "provider.toml"
    provider_file.write_text(provider_toml(data), encoding="utf-8")
    resolve = [
        "uit.telenet.be:127.0.0.2",
        "relay.skynet.be:127.0.0.3",
        *(f"{relay['host']}:127.0.0.1" for relay in data["relays"][2:]),
    ]
    try:
        yield Relays(provider_file, [item for pair in resolve for item in ("--resolve", pair)])
    finally:
        answering.stop()
        silent.stop()
        closed.close()


def run(relays: Relays, log_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "wizard", "--provider", str(relays.provider_file)]
    command += ["relays", "--timeout", "2", *relays.resolve, *arguments]
    environment = os.environ | {"ALL2ALL_SETUP_LOG_DIR": str(log_dir), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=environment,
        timeout=60,
        check=False,
    )


def test_json_names_the_answering_relay(relays: Relays, tmp_path: Path) -> None:
    result = run(relays, tmp_path, "--json")

    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"relays", "suggested"}
    assert data["suggested"] == "telenet"
    by_id = {relay["id"]: relay for relay in data["relays"]}
    assert set(by_id["telenet"]) == {"id", "host", "port", "answers", "code", "seconds"}
    assert (by_id["telenet"]["answers"], by_id["telenet"]["code"]) == (True, None)
    assert by_id["telenet"]["host"] == "uit.telenet.be"
    assert (by_id["proximus-legacy"]["answers"], by_id["proximus-legacy"]["code"]) == (
        False,
        "timeout",
    )
    assert by_id["proximus"]["code"] == "refused"


def test_readable_in_french(relays: Relays, tmp_path: Path) -> None:
    result = run(relays, tmp_path, "--lang", "fr")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Telenet — uit.telenet.be, port ")
    assert lines[-1].startswith("Votre connexion semble être celle de Telenet")
    assert "uit.telenet.be" in lines[-1]


@pytest.mark.parametrize(
    "arguments",
    [["--resolve", "uit.telenet.be"], ["--resolve", "bad host:127.0.0.1"], ["--timeout", "0"]],
    ids=["no-address", "bad-host", "zero-timeout"],
)
def test_bad_usage_exits_2(relays: Relays, tmp_path: Path, arguments: list[str]) -> None:
    result = run(relays, tmp_path, *arguments)

    assert result.returncode == 2
    assert result.stdout == ""
