"""The doctor on Evolution's sources folder, then Evolution's real registry reads the result.

Three all2all accounts set up wrong (one as Evolution 3.46 wrote it, with STARTTLS on
143), next to a Gmail account and a damaged file that must stay byte for byte.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exporters.eds_registry import REGISTRY, Registry
from tests.exporters.test_evolution_export import ACCOUNT_UID, write_evolution_account
from tests.keyring_service.fixture import SessionBus
from tests.support import require_program
from wizard.core.doctor import FindingCode, Outcome, examine, repair
from wizard.core.exporters.base import Environment, ExportErrorCode
from wizard.core.exporters.evolution.exporter import EvolutionExporter
from wizard.core.provider import Provider, load_provider

HOST = "maximusconfessor.all2all.org"
POP_UID = "pop-account-0002"
POP_IDENTITY = "pop-identity-0002"
POP_TRANSPORT = "pop-transport-0002"
LOST_UID = "imap-account-0003"
LOST_IDENTITY = "imap-identity-0003"

POP_FILES = {
    POP_UID: f"""[Data Source]
DisplayName=Thuis (POP)
Enabled=true
Parent=

[Mail Account]
BackendName=pop
IdentityUid={POP_IDENTITY}

[Authentication]
Host={HOST}
Method=PLAIN
Port=110
User=user0002

[Security]
Method=none

[Pop Backend]
KeepOnServer=false
""",
    POP_IDENTITY: f"""[Data Source]
DisplayName=Thuis (POP)
Enabled=true
Parent={POP_UID}

[Mail Identity]
Address=user0002@all2all.org
Name=Thuis

[Mail Submission]
TransportUid={POP_TRANSPORT}
""",
    POP_TRANSPORT: f"""[Data Source]
DisplayName=Thuis (POP)
Enabled=true
Parent={POP_UID}

[Mail Transport]
BackendName=smtp

[Authentication]
Host={HOST}
Method=none
Port=25
User=

[Security]
Method=none
""",
    LOST_UID: f"""[Data Source]
DisplayName=Werk
Enabled=true
Parent=

[Mail Account]
BackendName=imapx
IdentityUid={LOST_IDENTITY}

[Authentication]
Host={HOST}
Method=PLAIN
Port=993
User=user0003

[Security]
Method=ssl-on-alternate-port
""",
    LOST_IDENTITY: f"""[Data Source]
DisplayName=Werk
Enabled=true
Parent={LOST_UID}

[Mail Identity]
Address=user0003@all2all.org

[Mail Submission]
TransportUid=deleted-long-ago
""",
}
EXPECTED = {
    ACCOUNT_UID: {FindingCode.INCOMING_STARTTLS},
    POP_UID: {
        FindingCode.INCOMING_NO_ENCRYPTION,
        FindingCode.OUTGOING_PORT_25,
        FindingCode.OUTGOING_NO_AUTHENTICATION,
        FindingCode.POP3_DELETES_FROM_SERVER,
    },
    LOST_UID: {FindingCode.OUTGOING_MISSING},
}


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    sources = tmp_path / ".config" / "evolution" / "sources"
    write_evolution_account(sources)
    for uid, text in POP_FILES.items():
        (sources / f"{uid}.source").write_text(text, encoding="utf-8")
    return sources


def env(home: Path) -> Environment:
    return Environment(home, platform="linux")


def not_running(home: Path) -> dict[str, EvolutionExporter]:
    return {"evolution": EvolutionExporter(env(home), running=lambda: False)}


def test_every_problem_is_found(tmp_path: Path, folder: Path, provider: Provider) -> None:
    report = examine(env(tmp_path), provider, clients=("evolution",))

    found = {check.account.key: {f.code for f in check.findings} for check in report.accounts}
    assert found == EXPECTED
    logins = {check.account.key: check.account.login for check in report.accounts}
    assert logins == {ACCOUNT_UID: "user0001", POP_UID: "user0002", LOST_UID: "user0003"}


def test_fix_then_the_real_registry_reads_the_guides_values(
    tmp_path: Path, folder: Path, provider: Provider, empty_session_bus: SessionBus
) -> None:
    require_program(REGISTRY, "evolution-data-server")
    untouched = {name: (folder / name).read_bytes() for name in ("gmail.source", "broken.source")}
    exporters = not_running(tmp_path)
    report = repair(env(tmp_path), provider, clients=("evolution",), exporters=exporters)

    assert report.outcome is Outcome.CLEAN, report
    assert all(f.fixed for check in report.accounts for f in check.findings)
    assert {name: (folder / name).read_bytes() for name in untouched} == untouched
    assert len(report.backups) == 4  # account x2, transport, identity (new transport: none)
    assert examine(env(tmp_path), provider, clients=("evolution",)).outcome is Outcome.CLEAN

    with Registry(tmp_path, empty_session_bus.address) as registry:
        registry.wait_until(lambda s: {ACCOUNT_UID, POP_UID, LOST_UID} <= set(s), "not loaded")
        identity = registry.probe(LOST_IDENTITY)[LOST_IDENTITY]
        transport_uid = identity["extensions"]["Mail Submission"]["transport-uid"]
        registry.wait_until(lambda s: transport_uid in s, "new transport not loaded")
        probed = registry.probe(ACCOUNT_UID, POP_UID, POP_TRANSPORT, transport_uid)

    for uid, port in ((ACCOUNT_UID, 993), (POP_UID, 995)):
        camel = probed[uid]["camel"]
        assert (camel["port"], camel["security-method"]) == (port, "ssl-on-alternate-port")
    assert probed[POP_UID]["camel"]["keep-on-server"] is True
    for uid, login in ((POP_TRANSPORT, "user0002"), (transport_uid, "user0003")):
        smtp = probed[uid]["camel"]
        assert (smtp["host"], smtp["port"], smtp["user"]) == (HOST, 465, login)
        assert (smtp["auth-mechanism"], smtp["security-method"]) == (
            "PLAIN",
            "ssl-on-alternate-port",
        )


def test_refused_while_evolution_runs(tmp_path: Path, folder: Path, provider: Provider) -> None:
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    running = {"evolution": EvolutionExporter(env(tmp_path), running=lambda: True)}
    report = repair(env(tmp_path), provider, clients=("evolution",), exporters=running)

    assert [failure.code for failure in report.failures] == [ExportErrorCode.CLIENT_RUNNING]
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before
