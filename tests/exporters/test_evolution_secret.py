"""The password in a real Secret Service (gnome-keyring), where Evolution looks for it.

The items are read back by EDS's own attributes; and with the registry started on the
same bus, libedataserver's ``e_source_lookup_password_sync`` (what Evolution calls)
finds the password and ``e_source_dup_secret_label`` names the item exactly as we did.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.core.export_samples import PASSWORD, draft
from tests.exporters.eds_registry import REGISTRY, Registry
from tests.exporters.test_evolution_export import make_exporter, target_of
from tests.keyring_service.fixture import (
    SecretService,
    SessionBus,
    lock_collection,
    unlock_and_empty,
)
from tests.support import require_program
from wizard.core.exporters.base import Plan, Status
from wizard.core.exporters.evolution.secret import (
    ATTRIBUTE_ORIGIN,
    ATTRIBUTE_UID,
    SCHEMA,
    SecretTarget,
    item_attributes,
    secret_label,
    store_passwords,
)
from wizard.core.keyring_store import KeyringStatus
from wizard.core.provider import Provider, load_provider

pytestmark = pytest.mark.system


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def keyring(secret_service: SecretService, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The test Secret Service as this user's session bus, empty and unlocked."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service.address)
    unlock_and_empty(secret_service.address)
    yield secret_service.address
    unlock_and_empty(secret_service.address)


def _items(address: str, attributes: dict[str, str]) -> list[tuple[str, dict[str, str], bytes]]:
    """(label, attributes, secret) of every item matching, read with secretstorage."""
    from secretstorage import search_items

    blocking = importlib.import_module("jeepney.io.blocking")
    with closing(blocking.open_dbus_connection(address)) as connection:
        return [
            (item.get_label(), item.get_attributes(), item.get_secret())
            for item in search_items(connection, attributes)
        ]


def _exported(home: Path, provider: Provider) -> tuple[Plan, tuple[SecretTarget, ...]]:
    exporter = make_exporter(home)
    plan = exporter.plan(target_of(exporter), draft(display_name="Jan 😀"), provider)
    assert exporter.apply(plan).status is Status.DONE
    return plan, exporter.secret_targets(plan)


def test_label_is_eds_own() -> None:
    assert secret_label("a@b.be", "uid1", "Mail Account", "imapx", "") == (
        'Evolution Data Source "a@b.be" (Mail Account - imapx) '
    )
    assert secret_label("  ", "uid2", "Mail Transport", "smtp", "uid1") == (
        'Evolution Data Source "uid2" (Mail Transport - smtp)  of uid1'
    )
    assert secret_label("x", "uid3", "", "", "uid1") == 'Evolution Data Source "x" of uid1'


def test_stored_under_evolutions_schema(tmp_path: Path, keyring: str, provider: Provider) -> None:
    plan, targets = _exported(tmp_path, provider)
    assert [t.uid for t in targets] == [plan.account_ref, plan.outgoing_ref]
    assert store_passwords(targets, PASSWORD).status is KeyringStatus.STORED
    for target in targets:  # found the way EDS searches: by e-source-uid alone
        (found,) = _items(keyring, {ATTRIBUTE_UID: target.uid})
        assert found == (target.label, item_attributes(target.uid), PASSWORD.encode())
        assert found[1] == {
            "xdg:schema": "org.gnome.Evolution.Data.Source",
            "e-source-uid": target.uid,
            "eds-origin": "evolution-data-server",
        }
    for path in tmp_path.rglob("*"):
        assert not path.is_file() or PASSWORD.encode() not in path.read_bytes()


def test_second_store_replaces(tmp_path: Path, keyring: str, provider: Provider) -> None:
    _, targets = _exported(tmp_path, provider)
    account = targets[0]
    # what a Flatpak EDS (another eds-origin) may have left for the same source
    from secretstorage import get_default_collection

    blocking = importlib.import_module("jeepney.io.blocking")
    with closing(blocking.open_dbus_connection(keyring)) as connection:
        stale = {**item_attributes(account.uid), ATTRIBUTE_ORIGIN: "org.gnome.Evolution.eds"}
        get_default_collection(connection).create_item("old", stale, b"old-password")
    assert store_passwords(targets, "first-password").status is KeyringStatus.STORED
    assert store_passwords(targets, PASSWORD).status is KeyringStatus.STORED
    for target in targets:
        assert [item[2] for item in _items(keyring, {ATTRIBUTE_UID: target.uid})] == [
            PASSWORD.encode()
        ]
    assert len(_items(keyring, {"xdg:schema": SCHEMA})) == 2


def test_locked_keyring(tmp_path: Path, keyring: str, provider: Provider) -> None:
    _, targets = _exported(tmp_path, provider)
    lock_collection(keyring)
    # No prompter on a test machine: the unlock prompt fails, as when a user dismisses it.
    assert store_passwords(targets, PASSWORD).status is KeyringStatus.LOCKED
    unlock_and_empty(keyring)
    assert _items(keyring, {"xdg:schema": SCHEMA}) == []


def test_no_secret_service(
    tmp_path: Path,
    empty_session_bus: SessionBus,
    monkeypatch: pytest.MonkeyPatch,
    provider: Provider,
) -> None:
    _, targets = _exported(tmp_path, provider)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", empty_session_bus.address)
    outcome = store_passwords(targets, PASSWORD)
    assert outcome.status is KeyringStatus.UNAVAILABLE
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    assert store_passwords(targets, PASSWORD).status is KeyringStatus.UNAVAILABLE
    for path in tmp_path.rglob("*"):  # and no plaintext fallback anywhere
        assert not path.is_file() or PASSWORD.encode() not in path.read_bytes()


def test_empty_password_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        store_passwords([SecretTarget("uid", "label")], "")


def test_evolution_finds_the_password(tmp_path: Path, keyring: str, provider: Provider) -> None:
    require_program(REGISTRY, "evolution-data-server")
    plan, targets = _exported(tmp_path, provider)
    assert store_passwords(targets, PASSWORD).status is KeyringStatus.STORED
    uids = [t.uid for t in targets]
    with Registry(tmp_path, keyring) as registry:
        registry.wait_until(lambda s: set(uids) <= set(s), "did not load our sources")
        probed: dict[str, Any] = registry.probe(*uids, password=True)
    for target in targets:
        assert probed[target.uid]["password"] == PASSWORD  # e_source_lookup_password_sync
        assert probed[target.uid]["secret_label"] == target.label  # e_source_dup_secret_label
    assert plan.account_ref in probed
