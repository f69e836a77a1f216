"""Removing the all2all account from real Thunderbird profiles and Evolution sources.

The account is first added by the exporters themselves, into profiles full of other
accounts; removing it must give back the profile as it was (Thunderbird: byte for
byte, but for ``mail.account.lastKey``, which Thunderbird never lowers either).
What the real Thunderbird makes of the result is in ``test_removal_real.py``.
"""

from __future__ import annotations

import importlib
import json
from contextlib import closing
from pathlib import Path

import pytest
from secretstorage import search_items

from tests.core.export_samples import PASSWORD, draft, relay_choice
from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.test_evolution_export import (
    make_exporter as evolution_exporter,
)
from tests.exporters.test_evolution_export import (
    target_of,
    write_evolution_account,
)
from tests.keyring_service.fixture import SecretService, unlock_and_empty
from wizard.core.exporters.base import Environment, ExportErrorCode, Status
from wizard.core.exporters.evolution.secret import ATTRIBUTE_UID, store_passwords
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.keyring_store import KeyringEntry, KeyringStatus, KeyringStore
from wizard.core.model import AccountDraft, Protocol
from wizard.core.provider import Provider, load_provider
from wizard.core.removal import (
    RemovalError,
    RemovalProblem,
    apply_removal,
    plan_removal,
    remove_account,
)
from wizard.core.safe_files import list_backups


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def env(home: Path) -> Environment:
    return Environment(home, platform="linux")


def tb(home: Path, running: bool = False) -> ThunderbirdExporter:
    return ThunderbirdExporter(env(home), in_use=lambda _: running)


def export(home: Path, account: AccountDraft, provider: Provider) -> None:
    exporter = tb(home)
    target = next(t for t in exporter.detect()[0].targets if t.is_default)
    assert exporter.apply(exporter.plan(target, account, provider)).status is Status.DONE


def without_last_key(data: bytes) -> bytes:
    return b"".join(
        line for line in data.splitlines(keepends=True) if b'"mail.account.lastKey"' not in line
    )


@pytest.mark.parametrize("protocol", [Protocol.IMAP, Protocol.POP3], ids=["imap", "pop3"])
def test_export_then_remove_gives_the_profile_back(home: Path, provider, protocol) -> None:
    profile = make_root(home / ".thunderbird", EXISTING_PREFS)
    original = (profile / "prefs.js").read_bytes()
    export(home, draft(protocol=protocol, email="user0001@all2all.org"), provider)

    plan = plan_removal(env(home), provider, "thunderbird")
    assert [(a.login, a.protocol) for a in plan.accounts] == [("user0001", protocol.value)]
    assert plan.outgoing  # its own outgoing server goes with it
    result = apply_removal(plan, env(home), provider, tb(home))

    assert result.removed, result
    after = (profile / "prefs.js").read_bytes()
    assert without_last_key(after) == without_last_key(original)
    assert PrefsFile.parse(after).get("mail.account.lastKey") == 4
    assert result.backups == tuple(list_backups(profile / "prefs.js"))[-1:]


def test_shared_outgoing_server_and_default_account(home: Path, provider) -> None:
    """A relay another account sends through stays; the default account moves on."""
    profile = make_root(home / ".thunderbird", EXISTING_PREFS)
    account = draft(email="user0001@all2all.org", outgoing=relay_choice(provider))
    export(home, account, provider)
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    ours = next(
        key
        for key in str(prefs.get("mail.accountmanager.accounts")).split(",")
        if prefs.get(f"mail.server.{prefs.get(f'mail.account.{key}.server')}.userName")
        == "user0001"
    )
    prefs.set("mail.accountmanager.defaultaccount", ours)
    (profile / "prefs.js").write_bytes(prefs.to_bytes())

    plan = plan_removal(env(home), provider, "thunderbird")
    assert (plan.outgoing, plan.outgoing_kept) == ((), ("smtp2",))
    assert apply_removal(plan, env(home), provider, tb(home)).removed
    after = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert after.get("mail.smtpservers") == "smtp1,smtp2"
    assert after.get("mail.smtpserver.smtp2.hostname") == "uit.telenet.be"
    assert after.get("mail.accountmanager.defaultaccount") == "account1"
    assert after.get("mail.accountmanager.accounts") == "account1,account3,account2"


def test_both_accounts_of_one_login_and_several_logins(home: Path, provider) -> None:
    make_root(home / ".thunderbird", EXISTING_PREFS)
    export(home, draft(email="a@all2all.org"), provider)
    export(home, draft(email="a@all2all.org", protocol=Protocol.POP3), provider)
    export(home, draft(email="b@all2all.org", username="user0002"), provider)

    with pytest.raises(RemovalError) as refused:
        plan_removal(env(home), provider, "thunderbird")
    assert refused.value.problem is RemovalProblem.SEVERAL_LOGINS
    assert refused.value.logins == ("user0001", "user0002")

    plan = plan_removal(env(home), provider, "thunderbird", login="USER0001")
    assert sorted(a.protocol for a in plan.accounts) == ["imap", "pop3"]
    assert apply_removal(plan, env(home), provider, tb(home)).removed
    left = plan_removal(env(home), provider, "thunderbird")
    assert [a.login for a in left.accounts] == ["user0002"]


def test_nothing_to_remove(home: Path, provider) -> None:
    make_root(home / ".thunderbird", EXISTING_PREFS)
    with pytest.raises(RemovalError) as refused:
        plan_removal(env(home), provider, "thunderbird")
    assert refused.value.problem is RemovalProblem.NO_ACCOUNT


def test_refused_while_thunderbird_runs(home: Path, provider) -> None:
    profile = make_root(home / ".thunderbird", EXISTING_PREFS)
    export(home, draft(email="user0001@all2all.org"), provider)
    before = (profile / "prefs.js").read_bytes()
    plan = plan_removal(env(home), provider, "thunderbird")
    result = apply_removal(plan, env(home), provider, tb(home, running=True))

    assert result.error is ExportErrorCode.CLIENT_RUNNING
    assert (profile / "prefs.js").read_bytes() == before


def test_remove_account_says_what_became_of_it(home: Path, provider) -> None:
    """The window's one call: nothing there, the program open, then removed."""
    profile = make_root(home / ".thunderbird", EXISTING_PREFS)
    nothing = remove_account(env(home), provider, "thunderbird", "user0001", "imap")
    assert (nothing.removed, nothing.problem, nothing.failure) == (
        False,
        RemovalProblem.NO_ACCOUNT,
        None,
    )
    export(home, draft(email="user0001@all2all.org"), provider)
    before = (profile / "prefs.js").read_bytes()
    running = remove_account(
        env(home), provider, "thunderbird", "USER0001", "imap", exporter=tb(home, running=True)
    )
    assert (running.removed, running.failure) == (False, ExportErrorCode.CLIENT_RUNNING)
    assert (profile / "prefs.js").read_bytes() == before
    pop3 = remove_account(env(home), provider, "thunderbird", "user0001", "pop3", profile)
    assert pop3.problem is RemovalProblem.NO_ACCOUNT  # only the IMAP account is there

    removed = remove_account(env(home), provider, "thunderbird", "user0001", "imap", profile)
    assert (removed.removed, removed.failure, removed.login) == (True, None, "user0001")
    assert removed.result is not None
    assert removed.result.backups
    missing = remove_account(env(home), provider, "thunderbird", "user0001", None, home / "gone")
    assert missing.error is ExportErrorCode.PROFILE_NOT_FOUND


def test_forget_password_only_where_nobody_else_needs_it(
    home: Path, provider, secret_service_keyring
) -> None:
    profile = make_root(home / ".thunderbird", EXISTING_PREFS)
    export(home, draft(email="user0001@all2all.org"), provider)
    host = provider.incoming_host
    logins = {
        "nextId": 4,
        "logins": [
            {"id": 1, "hostname": f"imap://{host}", "encryptedUsername": "x"},
            {"id": 2, "hostname": f"smtp://{host}", "encryptedUsername": "y"},
            {"id": 3, "hostname": "imap://imap.gmail.com", "encryptedUsername": "z"},
        ],
        "version": 3,
    }
    (profile / "logins.json").write_text(json.dumps(logins), encoding="utf-8")
    store = KeyringStore(secret_service_keyring)
    entry = KeyringEntry.for_account(provider, "user0001")
    assert store.store(entry, PASSWORD).status is KeyringStatus.STORED

    plan = plan_removal(env(home), provider, "thunderbird", forget_password=True)
    result = apply_removal(plan, env(home), provider, tb(home), keyring=store)

    assert (result.program_passwords, result.keyring) == (
        KeyringStatus.REMOVED,
        KeyringStatus.REMOVED,
    )
    kept = json.loads((profile / "logins.json").read_text(encoding="utf-8"))
    assert [login["hostname"] for login in kept["logins"]] == ["imap://imap.gmail.com"]
    assert len(list_backups(profile / "logins.json")) == 1
    assert store.find(entry).status is KeyringStatus.NOT_FOUND


def test_evolution_account_goes_with_its_files_and_secrets(
    tmp_path: Path, provider: Provider, secret_service: SecretService, monkeypatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service.address)
    unlock_and_empty(secret_service.address)
    folder = tmp_path / ".config" / "evolution" / "sources"
    write_evolution_account(folder)  # an all2all account Evolution made, gmail, a broken file
    exporter = evolution_exporter(tmp_path)
    target = target_of(exporter)
    export_plan = exporter.plan(target, draft(username="user0009", email="x@all2all.org"), provider)
    assert exporter.apply(export_plan).status is Status.DONE
    assert store_passwords(exporter.secret_targets(export_plan), PASSWORD).status.value == "stored"
    others = {p.name: p.read_bytes() for p in folder.iterdir()}
    ours = {f"{uid}.source" for uid in (export_plan.account_ref, export_plan.outgoing_ref)}

    plan = plan_removal(
        Environment(tmp_path, platform="linux"),
        provider,
        "evolution",
        login="user0009",
        forget_password=True,
    )
    assert len(plan.deletions) == 3
    result = apply_removal(
        plan, Environment(tmp_path, platform="linux"), provider, exporter, KeyringStore()
    )

    assert result.removed, result
    assert result.program_passwords is KeyringStatus.REMOVED
    left = {p.name: p.read_bytes() for p in folder.glob("*.source")}
    assert not ours & set(left)
    for name, data in left.items():
        assert others[name] == data  # everything else byte for byte
    assert len(result.backups) == 3
    blocking = importlib.import_module("jeepney.io.blocking")
    with closing(blocking.open_dbus_connection(secret_service.address)) as connection:
        assert list(search_items(connection, {ATTRIBUTE_UID: export_plan.account_ref})) == []
    unlock_and_empty(secret_service.address)


def test_evolution_refused_while_it_runs(tmp_path: Path, provider: Provider) -> None:
    folder = tmp_path / ".config" / "evolution" / "sources"
    write_evolution_account(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    plan = plan_removal(Environment(tmp_path, platform="linux"), provider, "evolution")
    running = evolution_exporter(tmp_path, running=lambda: True)
    result = apply_removal(plan, Environment(tmp_path, platform="linux"), provider, running)

    assert result.error is ExportErrorCode.CLIENT_RUNNING
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_password_another_account_needs_is_kept(
    home: Path, provider, secret_service_keyring
) -> None:
    """logins.json keeps its logins encrypted: a server still used keeps its entries."""
    profile = make_root(home / ".thunderbird", EXISTING_PREFS)
    export(home, draft(email="a@all2all.org"), provider)
    export(home, draft(email="b@all2all.org", username="user0002"), provider)
    host = provider.incoming_host
    logins = {"logins": [{"id": 1, "hostname": f"imap://{host}"}], "version": 3}
    (profile / "logins.json").write_text(json.dumps(logins), encoding="utf-8")
    before = (profile / "logins.json").read_bytes()

    plan = plan_removal(env(home), provider, "thunderbird", login="user0001", forget_password=True)
    assert plan.passwords_shared
    keyring = KeyringStore(secret_service_keyring)
    result = apply_removal(plan, env(home), provider, tb(home), keyring=keyring)

    assert result.program_passwords is KeyringStatus.NOT_FOUND
    assert (profile / "logins.json").read_bytes() == before
