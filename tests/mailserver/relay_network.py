"""The internet providers' relays as real listeners on loopback, under their real names.

As in ``tests/core/test_relays.py``: ``uit.telenet.be`` is an SMTP server on 127.0.0.2
that greets and takes EHLO, ``relay.skynet.be`` a listener on 127.0.0.3 that accepts
and never says a word, every other relay a closed port. The names reach them through
the resolver handed to the core (never /etc/hosts). The window's tests and the relay
screenshots (``tools/relay_screenshots.py``) share this.
"""

from __future__ import annotations

import dataclasses
import socket
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.mailserver.dovecot import provider_toml
from tests.mailserver.faults import Behaviour, ClosedPort, FaultServer
from tests.mailserver.smtp_sink import SmtpSink
from wizard.core.probe.net import Address
from wizard.core.probe.relays import Resolver, resolver_with
from wizard.core.provider import Provider, Relay, default_provider_file, load_provider

ANSWERING_ADDRESS = "127.0.0.2"
SILENT_ADDRESS = "127.0.0.3"
CLOSED_ADDRESS = "127.0.0.1"
ANSWERING_RELAY = "telenet"  # uit.telenet.be
SILENT_RELAY = "proximus-legacy"  # relay.skynet.be


@dataclass(frozen=True)
class RelayNetwork:
    """The relays as a test's "internet".

    ``provider``: the shipped provider data, each relay at its listener's port;
    ``addresses``: host -> loopback address (for :func:`resolver_with`);
    ``listeners``: host -> (address, port), whatever port the provider data says.
    """

    provider: Provider
    addresses: dict[str, str]
    listeners: dict[str, tuple[str, int]]
    answering: SmtpSink
    silent: FaultServer

    def resolver(self) -> Resolver:
        """The relays' names, resolved to the listeners' addresses (``provider``'s ports)."""
        return resolver_with(self.addresses)

    def resolver_for_shipped_ports(self) -> Resolver:
        """For the shipped provider data (port 25 on screen): each name leads to its
        listener's address *and* port, whatever port is asked for."""
        listeners = {host.lower(): target for host, target in self.listeners.items()}

        def resolve(host: str, port: int) -> list[Address]:
            target = listeners.get(host.lower().rstrip("."))
            if target is None:
                raise socket.gaierror(socket.EAI_NONAME, f"{host}: not one of the test relays")
            return [(socket.AF_INET, target)]

        return resolve

    def write_provider_file(self, target: Path) -> Path:
        """The shipped provider.toml with each relay's host and port replaced by its
        listener's address and port: for the wizard run as a program of its own, which
        cannot be handed this test's resolver (the suggestion then names an address)."""
        data = tomllib.loads(default_provider_file().read_text(encoding="utf-8"))
        for relay in data["relays"]:
            relay["host"], relay["port"] = self.listeners[relay["host"]]
        target.write_text(provider_toml(data), encoding="utf-8")
        return target


def at_port(relay: Relay, port: int) -> Relay:
    """``relay`` with another port (the host name stays)."""
    return dataclasses.replace(relay, endpoint=dataclasses.replace(relay.endpoint, port=port))


@contextmanager
def running_relays() -> Iterator[RelayNetwork]:
    """Start the listeners; stop them (closing every connection) on the way out."""
    shipped = load_provider()
    answering = SmtpSink(hostname="uit.telenet.be", host=ANSWERING_ADDRESS).start()
    silent = FaultServer(Behaviour.SILENT, host=SILENT_ADDRESS).start()
    closed = ClosedPort()
    listeners_by_id = {
        ANSWERING_RELAY: (ANSWERING_ADDRESS, answering.port),
        SILENT_RELAY: (SILENT_ADDRESS, silent.port),
    }
    listeners = {
        relay.endpoint.host: listeners_by_id.get(relay.id, (CLOSED_ADDRESS, closed.port))
        for relay in shipped.relays
    }
    relays = tuple(at_port(relay, listeners[relay.endpoint.host][1]) for relay in shipped.relays)
    addresses = {host: address for host, (address, _port) in listeners.items()}
    try:
        yield RelayNetwork(
            dataclasses.replace(shipped, relays=relays), addresses, listeners, answering, silent
        )
    finally:
        answering.stop()
        silent.stop()
        closed.close()
