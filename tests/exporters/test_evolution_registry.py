"""Evolution's real source registry (evolution-data-server) loads what we wrote, as written.

Each test exports into a temporary home, starts ``evolution-source-registry`` for that
home on a private D-Bus session bus, and asks it over D-Bus which sources it holds. The
registry must hold our three sources with exactly our bytes and must not rewrite the
files. Then libedataserver itself (the library Evolution is built on, driven through
ctypes in ``eds_registry.py``) must read our values, down to the CamelSettings the mail
backends connect with.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.export_samples import draft, drafts
from tests.exporters.eds_registry import REGISTRY, Registry
from tests.exporters.test_evolution_export import (
    ACCOUNT_UID,
    IDENTITY_UID,
    TRANSPORT_UID,
    make_exporter,
    target_of,
    write_evolution_account,
)
from tests.keyring_service.fixture import SessionBus
from tests.support import require_program
from wizard.core.exporters.base import Plan, Status
from wizard.core.exporters.evolution.sources import KeyFile
from wizard.core.model import AccountDraft, Protocol
from wizard.core.provider import Provider, load_provider
from wizard.core.safe_files import BACKUP_MARK

pytestmark = pytest.mark.system

HOST = "maximusconfessor.all2all.org"
# Quotes, commas, semicolons, accents, emoji, a backslash and a tab inside: EDS itself
# strips only leading and trailing white space from names, so none here.
NAME = 'Jan "de Kat" Peeters, Ségolène d\'Ursel; Émile 😀 \\ Zoë\tend'


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def bus(empty_session_bus: SessionBus) -> str:
    require_program(REGISTRY, "evolution-data-server")
    return empty_session_bus.address


def _export(home: Path, account: AccountDraft, provider: Provider) -> tuple[Plan, Path]:
    exporter = make_exporter(home)
    plan = exporter.plan(target_of(exporter), account, provider)
    assert exporter.apply(plan).status is Status.DONE
    return plan, plan.target.path


def _our_uids(plan: Plan) -> list[str]:
    account = KeyFile.parse((plan.target.path / f"{plan.account_ref}.source").read_bytes())
    identity = account.get("Mail Account", "IdentityUid")
    assert identity is not None
    return [plan.account_ref, identity, plan.outgoing_ref]


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def _accounts_of(sources: dict[str, str], login: str) -> list[str]:
    """UIDs of the mail accounts the registry holds for this login on our host."""
    found = []
    for uid, data in sources.items():
        keys = KeyFile.parse(data.encode())
        host = (keys.get("Authentication", "Host") or "").lower()
        user = keys.get("Authentication", "User")
        if keys.has_group("Mail Account") and user == login and host == HOST:
            found.append(uid)
    return found


@pytest.mark.parametrize("kind", ["imap", "pop3-relay"])
def test_registry_loads_our_sources_as_written(
    tmp_path: Path, bus: str, provider: Provider, kind: str
) -> None:
    account = drafts(provider)[kind].with_changes(display_name=NAME)
    plan, folder = _export(tmp_path, account, provider)
    uids = _our_uids(plan)
    written = _files(folder)
    with Registry(tmp_path, bus) as registry:
        sources = registry.wait_until(lambda s: set(uids) <= set(s), "did not load our sources")
        for uid in uids:  # loaded, not rejected, not normalised: the registry holds our bytes
            assert sources[uid].encode("utf-8") == written[f"{uid}.source"]
        probed = registry.probe(*uids)
    after = _files(folder)
    assert after.pop("system-proxy.source")  # the registry's own, made at its first start
    assert after == written  # nothing rewritten on disk

    store, identity, transport = (probed[uid] for uid in uids)
    pop = kind.startswith("pop3")
    assert store["display-name"] == account.email
    assert store["extensions"]["Mail Account"]["backend-name"] == ("pop" if pop else "imapx")
    assert store["extensions"]["Mail Account"]["identity-uid"] == uids[1]
    assert store["extensions"]["Authentication"] == {
        "host": HOST,
        "port": 995 if pop else 993,
        "user": "user0001",
        "method": "PLAIN",
        "remember-password": True,
        "proxy-uid": "system-proxy",
    }
    camel: dict[str, Any] = store["camel"]  # what Evolution's mail backend connects with
    assert {k: camel[k] for k in ("host", "port", "user", "auth-mechanism", "security-method")} == {
        "host": HOST,
        "port": 995 if pop else 993,
        "user": "user0001",
        "auth-mechanism": "PLAIN",
        "security-method": "ssl-on-alternate-port",
    }
    if pop:
        assert (camel["keep-on-server"], camel["delete-after-days"]) == (True, 14)
    else:
        assert camel["use-idle"] is True
    assert identity["parent"] == uids[0]
    assert identity["extensions"]["Mail Identity"]["name"] == NAME
    assert identity["extensions"]["Mail Identity"]["address"] == account.email
    assert identity["extensions"]["Mail Submission"]["transport-uid"] == uids[2]
    assert transport["parent"] == uids[0]
    assert transport["extensions"]["Mail Transport"]["backend-name"] == "smtp"
    smtp = transport["camel"]
    if kind == "imap":
        assert (smtp["host"], smtp["port"], smtp["user"]) == (HOST, 465, "user0001")
        assert (smtp["auth-mechanism"], smtp["security-method"]) == (
            "PLAIN",
            "ssl-on-alternate-port",
        )
    else:
        relay = provider.relay("telenet")
        assert relay is not None
        assert (smtp["host"], smtp["port"], smtp["user"]) == (
            relay.endpoint.host,
            relay.endpoint.port,
            "",
        )
        # "none" is EDS's "no login"; Camel gets no mechanism at all
        assert transport["extensions"]["Authentication"]["method"] == "none"
        assert (smtp["auth-mechanism"], smtp["security-method"]) == (None, "none")


def test_running_registry_picks_up_a_second_export(
    tmp_path: Path, bus: str, provider: Provider
) -> None:
    plan, folder = _export(tmp_path, draft(display_name="Jan Peeters"), provider)
    uids = _our_uids(plan)
    with Registry(tmp_path, bus) as registry:
        registry.wait_until(lambda s: set(uids) <= set(s), "did not load our sources")
        second, _ = _export(tmp_path, draft(display_name=NAME), provider)
        assert second.writes  # the identity changed
        expected = (folder / f"{uids[1]}.source").read_text(encoding="utf-8")
        sources = registry.wait_until(
            lambda s: s.get(uids[1]) == expected, "did not reload the changed identity"
        )
        probed = registry.probe(uids[1])
        pop, _ = _export(tmp_path, draft(protocol=Protocol.POP3), provider)  # new files
        pop_uids = _our_uids(pop)
        sources = registry.wait_until(
            lambda s: set(pop_uids) <= set(s), "did not load a new account without a restart"
        )
    assert probed[uids[1]]["extensions"]["Mail Identity"]["name"] == NAME
    assert sorted(_accounts_of(sources, "user0001")) == sorted([uids[0], pop_uids[0]])
    assert not [uid for uid in sources if BACKUP_MARK in uid]  # backups are not sources
    assert any(BACKUP_MARK in name for name in _files(folder))


def test_account_evolution_made_is_updated(tmp_path: Path, bus: str, provider: Provider) -> None:
    exporter = make_exporter(tmp_path)
    folder = target_of(exporter).path
    write_evolution_account(folder)
    plan, _ = _export(tmp_path, draft(display_name=NAME), provider)
    assert (plan.account_ref, plan.outgoing_ref) == (ACCOUNT_UID, TRANSPORT_UID)
    uids = [ACCOUNT_UID, IDENTITY_UID, TRANSPORT_UID]
    with Registry(tmp_path, bus) as registry:
        sources = registry.wait_until(lambda s: set(uids) <= set(s), "did not load the account")
        for uid in uids:
            assert sources[uid] == (folder / f"{uid}.source").read_text(encoding="utf-8")
        assert "broken" not in sources  # a damaged file is skipped by EDS too
        probed = registry.probe(*uids)
    assert _accounts_of(sources, "user0001") == [ACCOUNT_UID]
    store = probed[ACCOUNT_UID]
    assert store["display-name"] == "Werk (all2all)"  # the name the user chose in Evolution
    assert store["enabled"] is True
    assert (store["camel"]["port"], store["camel"]["security-method"]) == (
        993,
        "ssl-on-alternate-port",
    )
    assert probed[IDENTITY_UID]["extensions"]["Mail Identity"]["organization"] == (
        "Peeters & Zonen"
    )
    assert probed[TRANSPORT_UID]["camel"]["host"] == HOST
