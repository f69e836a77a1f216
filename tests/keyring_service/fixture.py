"""Pytest plugin: a throwaway Secret Service on a private D-Bus session bus.

Fixtures:

- ``secret_service`` (session): starts ``dbus-daemon`` with a minimal configuration (no
  service activation, so nothing else is started behind our back) and
  ``gnome-keyring-daemon --foreground --unlock --components=secrets`` with a throwaway
  HOME, ``XDG_RUNTIME_DIR`` unset and the keyring password on stdin, then waits until
  ``org.freedesktop.secrets`` answers. Both daemons are stopped at the end.
- ``secret_service_keyring``: ``keyring.backends.SecretService.Keyring()`` talking to that
  bus (``DBUS_SESSION_BUS_ADDRESS`` is set for the test only; keyring's own cached backend
  choice is never used), with the collection unlocked and emptied before each test.
- ``empty_session_bus`` (session): a second private bus on which no Secret Service runs.

A missing ``dbus-daemon`` or ``gnome-keyring-daemon`` skips the tests locally and fails them
in CI (``tests.support.require_program``).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support import require_program

KEYRING_PASSWORD = "throwaway-test-keyring"
START_TIMEOUT = 15.0

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={directory}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass(frozen=True)
class SessionBus:
    """A running private bus: its address and the process serving it."""

    address: str
    process: subprocess.Popen[bytes]


@dataclass(frozen=True)
class SecretService:
    """A running gnome-keyring Secret Service on a private bus."""

    bus: SessionBus
    home: Path
    daemon: subprocess.Popen[bytes]

    @property
    def address(self) -> str:
        return self.bus.address


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _start_bus(directory: Path) -> SessionBus:
    dbus_daemon = require_program("dbus-daemon", "dbus-daemon")
    directory.mkdir(parents=True, exist_ok=True)
    config = directory / "bus.conf"
    config.write_text(_BUS_CONFIG.format(directory=directory), encoding="utf-8")
    process = subprocess.Popen(
        [dbus_daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    address = process.stdout.readline().decode().strip()
    if not address:
        _stop(process)
        pytest.fail("dbus-daemon did not print its address")
    return SessionBus(address, process)


def _secret_service_ready(address: str) -> bool:
    from secretstorage import check_service_availability

    try:
        with closing(_open_bus(address)) as connection:
            return bool(check_service_availability(connection))
    except OSError:
        return False


def _daemon_environment(address: str, home: Path) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"XDG_RUNTIME_DIR", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK"}
    }
    environment.update(
        HOME=str(home),
        DBUS_SESSION_BUS_ADDRESS=address,
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return environment


@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService]:
    """A gnome-keyring Secret Service with an unlocked default collection."""
    daemon_path = require_program("gnome-keyring-daemon", "gnome-keyring")
    root = tmp_path_factory.mktemp("secret-service")
    bus = _start_bus(root / "bus")
    home = root / "home"
    home.mkdir()
    daemon = subprocess.Popen(
        [daemon_path, "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_daemon_environment(bus.address, home),
    )
    try:
        assert daemon.stdin is not None
        daemon.stdin.write(KEYRING_PASSWORD.encode())
        daemon.stdin.close()
        deadline = time.monotonic() + START_TIMEOUT
        while not _secret_service_ready(bus.address):
            if daemon.poll() is not None:
                pytest.fail(f"gnome-keyring-daemon exited with {daemon.returncode}")
            if time.monotonic() > deadline:
                pytest.fail("gnome-keyring-daemon did not offer org.freedesktop.secrets")
            time.sleep(0.05)
        yield SecretService(bus, home, daemon)
    finally:
        _stop(daemon)
        _stop(bus.process)


@pytest.fixture(scope="session")
def empty_session_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SessionBus]:
    """A private session bus without any Secret Service."""
    bus = _start_bus(tmp_path_factory.mktemp("empty-bus"))
    try:
        yield bus
    finally:
        _stop(bus.process)


def _open_bus(address: str) -> Any:
    """A jeepney connection to the bus at ``address`` (secretstorage only opens the
    session bus of the environment). jeepney ships no type information, hence the
    dynamic import instead of a mypy override."""
    return importlib.import_module("jeepney.io.blocking").open_dbus_connection(address)


def _default_collection(address: str) -> Any:
    from secretstorage import get_default_collection
    from secretstorage.util import add_match_rules

    connection = _open_bus(address)
    add_match_rules(connection)
    return get_default_collection(connection)


def unlock_and_empty(address: str) -> None:
    """Unlock the default collection if a test locked it, and delete every item in it."""
    collection = _default_collection(address)
    with closing(collection.connection):
        if collection.is_locked():
            _unlock_with_password(collection, KEYRING_PASSWORD)
        for item in collection.get_all_items():
            item.delete()


def _unlock_with_password(collection: Any, password: str) -> None:
    """gnome-keyring's own ``UnlockWithMasterPassword``: the Secret Service ``Unlock``
    would need a graphical prompter, which a test machine does not have."""
    from secretstorage.util import format_secret, open_session

    jeepney = importlib.import_module("jeepney")
    DBusAddress, new_method_call = jeepney.DBusAddress, jeepney.new_method_call  # noqa: N806

    connection = collection.connection
    secret = format_secret(open_session(connection), password.encode(), "text/plain")
    internal = DBusAddress(
        "/org/freedesktop/secrets",
        bus_name="org.freedesktop.secrets",
        interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
    )
    message = new_method_call(
        internal, "UnlockWithMasterPassword", "o(oayays)", (collection.collection_path, secret)
    )
    reply = connection.send_and_get_reply(message)
    if reply.header.message_type.name == "error":
        raise RuntimeError(f"could not unlock the test keyring: {reply.body}")


def lock_collection(address: str) -> None:
    """Lock the default collection, as after a screen lock or a timeout."""
    collection = _default_collection(address)
    with closing(collection.connection):
        collection.lock()


@pytest.fixture
def secret_service_keyring(
    secret_service: SecretService, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """keyring's Secret Service backend on the private bus, with an empty, unlocked keyring."""
    from keyring.backends.SecretService import Keyring

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service.address)
    unlock_and_empty(secret_service.address)
    yield Keyring()
    unlock_and_empty(secret_service.address)
