"""The keyring store against a real Secret Service, and every way a keyring can be missing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.keyring_service.fixture import SessionBus, lock_collection, unlock_and_empty
from wizard.core.keyring_store import (
    SERVICE_PREFIX,
    KeyringEntry,
    KeyringOutcome,
    KeyringStatus,
    KeyringStore,
)
from wizard.core.provider import load_provider

PASSWORD = "Zonnebloem-7#kX9mP2"
ENTRY = KeyringEntry(f"{SERVICE_PREFIX}mail.example.test", "user0001")


def test_entry_names_the_login_on_the_incoming_server() -> None:
    provider = load_provider()
    entry = KeyringEntry.for_account(provider, "voorbeeld0001")
    assert entry.service == f"all2all-setup:{provider.incoming_host}"
    assert entry.username == "voorbeeld0001"


def test_outcome_never_shows_the_password() -> None:
    outcome = KeyringOutcome(KeyringStatus.FOUND, password=PASSWORD)
    assert PASSWORD not in repr(outcome)
    assert PASSWORD not in str(outcome)


@pytest.mark.system
class TestRealSecretService:
    def test_store_and_find(self, secret_service_keyring: Any) -> None:
        store = KeyringStore(secret_service_keyring)
        assert store.available()
        assert store.store(ENTRY, PASSWORD).status is KeyringStatus.STORED
        found = store.find(ENTRY)
        assert found.status is KeyringStatus.FOUND
        assert found.password == PASSWORD
        assert found.ok

    def test_store_replaces_the_previous_password(self, secret_service_keyring: Any) -> None:
        store = KeyringStore(secret_service_keyring)
        store.store(ENTRY, PASSWORD)
        assert store.store(ENTRY, "another-Passw0rd!").status is KeyringStatus.STORED
        assert store.find(ENTRY).password == "another-Passw0rd!"

    def test_entries_of_other_logins_and_servers_stay_apart(
        self, secret_service_keyring: Any
    ) -> None:
        store = KeyringStore(secret_service_keyring)
        other_login = KeyringEntry(ENTRY.service, "user0002")
        other_server = KeyringEntry(f"{SERVICE_PREFIX}other.example.test", ENTRY.username)
        store.store(ENTRY, PASSWORD)
        assert store.find(other_login).status is KeyringStatus.NOT_FOUND
        assert store.find(other_server).status is KeyringStatus.NOT_FOUND

    def test_unicode_password_round_trips(self, secret_service_keyring: Any) -> None:
        store = KeyringStore(secret_service_keyring)
        store.store(ENTRY, "écureuil & çà €")
        assert store.find(ENTRY).password == "écureuil & çà €"

    def test_remove(self, secret_service_keyring: Any) -> None:
        store = KeyringStore(secret_service_keyring)
        store.store(ENTRY, PASSWORD)
        assert store.remove(ENTRY).status is KeyringStatus.REMOVED
        assert store.find(ENTRY).status is KeyringStatus.NOT_FOUND

    def test_remove_what_is_not_there(self, secret_service_keyring: Any) -> None:
        outcome = KeyringStore(secret_service_keyring).remove(ENTRY)
        assert outcome.status is KeyringStatus.NOT_FOUND
        assert outcome.ok

    def test_find_nothing(self, secret_service_keyring: Any) -> None:
        outcome = KeyringStore(secret_service_keyring).find(ENTRY)
        assert outcome == KeyringOutcome(KeyringStatus.NOT_FOUND)

    def test_locked_keyring(self, secret_service_keyring: Any, secret_service: Any) -> None:
        store = KeyringStore(secret_service_keyring)
        store.store(ENTRY, PASSWORD)
        lock_collection(secret_service.address)
        # No prompter on a test machine: the unlock prompt fails, as when a user dismisses it.
        assert store.find(ENTRY).status is KeyringStatus.LOCKED
        assert store.store(ENTRY, PASSWORD).status is KeyringStatus.LOCKED
        unlock_and_empty(secret_service.address)  # what the fixture does between tests
        assert store.store(ENTRY, PASSWORD).status is KeyringStatus.STORED

    def test_never_logs_the_password(
        self, secret_service_keyring: Any, caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level("DEBUG")
        store = KeyringStore(secret_service_keyring)
        store.store(ENTRY, PASSWORD)
        store.find(ENTRY)
        store.remove(ENTRY)
        assert PASSWORD not in caplog.text


@pytest.mark.system
class TestSecretServiceGone:
    def test_bus_without_secret_service(
        self, empty_session_bus: SessionBus, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from keyring.backends.SecretService import Keyring

        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", empty_session_bus.address)
        store = KeyringStore(Keyring())
        for outcome in (store.store(ENTRY, PASSWORD), store.find(ENTRY), store.remove(ENTRY)):
            assert outcome.status is KeyringStatus.UNAVAILABLE
            assert not outcome.ok

    def test_bus_socket_gone(self, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        from keyring.backends.SecretService import Keyring

        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-such-bus")
        assert KeyringStore(Keyring()).find(ENTRY).status is KeyringStatus.UNAVAILABLE

    def test_no_session_bus_at_all(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from keyring.backends.SecretService import Keyring

        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
        monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent")
        assert KeyringStore(Keyring()).find(ENTRY).status is KeyringStatus.UNAVAILABLE


class TestNoKeyring:
    def test_fail_backend(self) -> None:
        from keyring.backends.fail import Keyring

        store = KeyringStore(Keyring())
        assert not store.available()
        assert store.store(ENTRY, PASSWORD).status is KeyringStatus.UNAVAILABLE
        assert store.find(ENTRY).status is KeyringStatus.UNAVAILABLE
        assert store.remove(ENTRY).status is KeyringStatus.UNAVAILABLE

    def test_null_backend_is_not_a_keyring(self) -> None:
        from keyring.backends.null import Keyring

        assert KeyringStore(Keyring()).store(ENTRY, PASSWORD).status is KeyringStatus.UNAVAILABLE

    def test_plaintext_file_backends_are_refused(self) -> None:
        class PlaintextKeyring:  # what keyrings.alt.file offers
            __module__ = "keyrings.alt.file"

            def set_password(self, *_: str) -> None:
                raise AssertionError("must never be called")

        assert KeyringStore(PlaintextKeyring()).store(ENTRY, PASSWORD).status is (
            KeyringStatus.UNAVAILABLE
        )

    def test_default_backend_of_a_headless_machine(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import keyring
        from keyring.backends.fail import Keyring

        monkeypatch.setattr(keyring, "get_keyring", Keyring)
        assert KeyringStore().find(ENTRY).status is KeyringStatus.UNAVAILABLE

    @pytest.mark.parametrize(
        ("error_name", "status"),
        [
            ("NoKeyringError", KeyringStatus.UNAVAILABLE),
            ("InitError", KeyringStatus.UNAVAILABLE),
            ("KeyringLocked", KeyringStatus.LOCKED),
            ("PasswordSetError", KeyringStatus.FAILED),
            ("KeyringError", KeyringStatus.FAILED),
        ],
    )
    def test_keyring_errors(self, error_name: str, status: KeyringStatus) -> None:
        import keyring.errors

        error = getattr(keyring.errors, error_name)
        assert KeyringStore(_Raising(error("boom"))).store(ENTRY, PASSWORD).status is status

    def test_transport_errors(self) -> None:
        for error in (ConnectionResetError("bus gone"), OSError(2, "No such file")):
            outcome = KeyringStore(_Raising(error)).find(ENTRY)
            assert outcome.status is KeyringStatus.UNAVAILABLE
            assert type(error).__name__ in outcome.detail

    def test_an_error_quoting_the_password_is_not_logged(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        outcome = KeyringStore(_Raising(ValueError(f"bad secret {PASSWORD}"))).store(
            ENTRY, PASSWORD
        )
        assert PASSWORD not in outcome.detail
        assert PASSWORD not in caplog.text

    def test_empty_password_is_a_bug(self) -> None:
        with pytest.raises(ValueError, match="empty"):
            KeyringStore(_Raising(AssertionError())).store(ENTRY, "")


class _Raising:
    """A backend whose every call raises ``error``."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def _raise(self, *_: str) -> None:
        raise self.error

    set_password = get_password = delete_password = _raise
