"""Which ISP relay answers from here: real listeners on loopback under the relays' real names.

``uit.telenet.be`` is an SMTP server on 127.0.0.2 that greets and takes EHLO;
``relay.skynet.be`` is a listener on 127.0.0.3 that accepts and never says a word; the
names reach them through the resolver handed to the core (never /etc/hosts). Ports are
the listeners' own (free, unprivileged); the host names are the provider data's.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.mailserver.faults import Behaviour, ClosedPort, FaultServer
from tests.mailserver.smtp_sink import SmtpSink
from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.net import CancelToken
from wizard.core.probe.relays import (
    RelayAnswer,
    RelaySearchSettings,
    find_relays,
    resolver_with,
    suggest,
)
from wizard.core.provider import Provider, Relay, load_provider

ANSWERING_ADDRESS = "127.0.0.2"
SILENT_ADDRESS = "127.0.0.3"
REFUSING_ADDRESS = "127.0.0.4"


@dataclass(frozen=True)
class Network:
    """The relays as this test's "internet": a provider pointing at them, and the DNS."""

    provider: Provider
    addresses: dict[str, str]
    answering: SmtpSink
    silent: FaultServer


def at_port(relay: Relay, port: int) -> Relay:
    return dataclasses.replace(relay, endpoint=dataclasses.replace(relay.endpoint, port=port))


@pytest.fixture
def network() -> Iterator[Network]:
    shipped = load_provider()
    telenet, skynet = shipped.relay("telenet"), shipped.relay("proximus-legacy")
    proximus = shipped.relay("proximus")
    assert telenet
    assert skynet
    assert proximus
    assert (telenet.endpoint.host, skynet.endpoint.host) == ("uit.telenet.be", "relay.skynet.be")
    answering = SmtpSink(hostname=telenet.endpoint.host, host=ANSWERING_ADDRESS).start()
    silent = FaultServer(Behaviour.SILENT, host=SILENT_ADDRESS).start()
    closed = ClosedPort()
    relays = (
        at_port(telenet, answering.port),
        at_port(skynet, silent.port),
        at_port(proximus, closed.port),
    )
    addresses = {
        telenet.endpoint.host: ANSWERING_ADDRESS,
        skynet.endpoint.host: SILENT_ADDRESS,
        proximus.endpoint.host: "127.0.0.1",
    }
    try:
        yield Network(dataclasses.replace(shipped, relays=relays), addresses, answering, silent)
    finally:
        answering.stop()
        silent.stop()
        closed.close()


SHORT = RelaySearchSettings(timeout=2.0, io_timeout=1.5)


def test_the_answering_relay_is_suggested(network: Network) -> None:
    progress: list[RelayAnswer] = []
    search = find_relays(
        network.provider, SHORT, None, progress.append, resolver_with(network.addresses)
    )

    by_id = {answer.relay.id: answer for answer in search.answers}
    assert [answer.relay.id for answer in search.answers] == [
        relay.id for relay in network.provider.relays
    ]
    assert (by_id["telenet"].answers, by_id["telenet"].code) == (True, None)
    assert ANSWERING_ADDRESS in by_id["telenet"].detail
    assert (by_id["proximus-legacy"].answers, by_id["proximus-legacy"].code) == (
        False,
        ProbeErrorCode.TIMEOUT,  # connected, then silence: no greeting in time
    )
    assert (by_id["proximus"].answers, by_id["proximus"].code) == (False, ProbeErrorCode.REFUSED)
    assert search.suggested is not None
    assert search.suggested.id == "telenet"
    assert search.to_json_dict()["suggested"] == "telenet"
    assert {answer.relay.id for answer in progress} <= set(by_id)
    assert network.answering.messages() == []  # greeted, never asked to send anything


def test_json_shape(network: Network) -> None:
    search = find_relays(network.provider, SHORT, resolver=resolver_with(network.addresses))

    data = search.to_json_dict()
    assert set(data) == {"relays", "suggested"}
    for relay in data["relays"]:
        assert set(relay) == {"id", "host", "port", "answers", "code", "seconds"}
        assert isinstance(relay["seconds"], float)
    assert data["relays"][0]["host"] == "uit.telenet.be"


def test_no_answer_means_no_suggestion(network: Network) -> None:
    provider = dataclasses.replace(network.provider, relays=network.provider.relays[1:])
    search = find_relays(provider, SHORT, resolver=resolver_with(network.addresses))

    assert search.answering == ()
    assert search.suggested is None


def test_a_name_that_does_not_resolve(network: Network) -> None:
    """``.invalid`` never resolves (RFC 2606): the system's own resolver says so."""
    first = network.provider.relays[0]
    endpoint = dataclasses.replace(first.endpoint, host="relay.nowhere.invalid")
    nowhere = dataclasses.replace(first, id="nowhere", endpoint=endpoint)
    provider = dataclasses.replace(network.provider, relays=(nowhere,))
    search = find_relays(provider, SHORT, resolver=resolver_with(network.addresses))

    assert search.answers[0].code is ProbeErrorCode.DNS_FAILED


def test_cancel_returns_at_once_and_reports_nothing_later(network: Network) -> None:
    token = CancelToken()
    late: list[RelayAnswer] = []
    returned = threading.Event()
    answered = threading.Event()

    def progress(answer: RelayAnswer) -> None:
        if returned.is_set():
            late.append(answer)
        if answer.relay.id == "telenet":
            answered.set()

    slow = RelaySearchSettings(timeout=120.0, io_timeout=120.0)
    results = []

    def run() -> None:
        results.append(
            find_relays(network.provider, slow, token, progress, resolver_with(network.addresses))
        )
        returned.set()

    thread = threading.Thread(target=run)
    thread.start()
    assert answered.wait(30)
    assert network.silent.wait_open(1)
    token.cancel()
    thread.join(30)
    assert not thread.is_alive()

    (search,) = results
    assert search.cancelled
    assert search.suggested is None
    by_id = {answer.relay.id: answer for answer in search.answers}
    assert by_id["proximus-legacy"].code is ProbeErrorCode.CANCELLED
    assert by_id["telenet"].answers  # what was known before stays known
    assert network.silent.wait_all_closed()
    assert late == []


def relay(relay_id: str, isp: str, offered: bool = True, own: bool = True) -> Relay:
    shipped = load_provider()
    base = shipped.relay("telenet" if offered else "proximus")
    assert base is not None
    return dataclasses.replace(base, id=relay_id, isp=isp, own_network_only=own)


@pytest.mark.parametrize(
    ("answering", "expected"),
    [
        ([relay("a", "Telenet")], "a"),
        ([relay("a", "Proximus"), relay("b", "Proximus")], "a"),
        ([relay("a", "Telenet"), relay("b", "Proximus")], None),  # two networks: no guess
        ([relay("a", "Proximus", offered=False, own=False)], None),  # answers everywhere
        ([], None),
    ],
)
def test_suggestion_rule(answering: list[Relay], expected: str | None) -> None:
    answers = tuple(RelayAnswer(r, True, None, 0.1) for r in answering)
    suggested = suggest(answers)
    assert (suggested.id if suggested else None) == expected


def test_resolver_override_only_for_the_names_given() -> None:
    asked: list[str] = []

    def fallback(host: str, port: int):
        asked.append(host)
        return []

    resolve = resolver_with({"Uit.Telenet.BE.": "127.0.0.2", "v6.example": "::1"}, fallback)
    assert resolve("uit.telenet.be", 25)[0][1] == ("127.0.0.2", 25)
    assert resolve("v6.example", 25)[0][1] == ("::1", 25)
    assert resolve("relay.skynet.be", 25) == []
    assert asked == ["relay.skynet.be"]
