"""Which internet provider's outgoing server answers from the network this computer is on?

An ISP's relay on port 25 only talks to that ISP's own customers (and other networks
block port 25 towards it), so the one that answers says whose connection this is.
:func:`find_relays` asks every relay of the provider data at the same time — resolve,
connect, greeting, EHLO, QUIT; never MAIL FROM, never a password — within a few
seconds in all, and suggests the one that answered. When none answers, all2all's own
server (SMTPS with the login, every network) is the way.

It blocks; run it in a worker thread. Cancelling returns at once, and the progress
callback is never called after the function has returned. Name resolution can be
replaced (:func:`resolver_with`): IT staff check a relay by its address, and the tests
give real relay names loopback addresses.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.core.model import Security
from wizard.core.probe.errors import ProbeErrorCode, classify
from wizard.core.probe.net import Address, CancelToken, Link, tls_context, wait_for_workers

# The connection test's SMTP conversation: one way of reading replies and saying EHLO.
from wizard.core.probe.smtp import smtp_ehlo, smtp_expect
from wizard.core.provider import Provider, Relay

log = logging.getLogger(__name__)
MAX_DETAIL = 300

Resolver = Callable[[str, int], list[Address]]


@dataclass(frozen=True)
class RelaySearchSettings:
    """``timeout``: for the whole search; ``io_timeout``: any single connect or read."""

    timeout: float = 4.0
    io_timeout: float = 3.0
    ca_file: Path | None = None
    local_name: str = ""


@dataclass(frozen=True)
class RelayAnswer:
    """How one relay reacted: ``answers`` when it greeted and took EHLO."""

    relay: Relay
    answers: bool
    code: ProbeErrorCode | None
    seconds: float
    detail: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        """One relay in the documented ``relays --json`` shape."""
        return {
            "id": self.relay.id,
            "host": self.relay.endpoint.host,
            "port": self.relay.endpoint.port,
            "answers": self.answers,
            "code": self.code.value if self.code else None,
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class RelaySearch:
    """Every relay's answer (in the provider's order) and the one to preselect."""

    answers: tuple[RelayAnswer, ...]
    suggested: Relay | None
    seconds: float = 0.0
    cancelled: bool = False

    @property
    def answering(self) -> tuple[RelayAnswer, ...]:
        """The relays that answered."""
        return tuple(answer for answer in self.answers if answer.answers)

    def to_json_dict(self) -> dict[str, Any]:
        """The documented ``relays --json`` shape (keys and types are an interface)."""
        return {
            "relays": [answer.to_json_dict() for answer in self.answers],
            "suggested": self.suggested.id if self.suggested else None,
        }


RelayProgress = Callable[[RelayAnswer], None]


def suggest(answers: tuple[RelayAnswer, ...]) -> Relay | None:
    """The relay to preselect: an offered, own-network relay that answers, when all
    such relays that answer belong to one ISP (several ISPs answering tells nothing)."""
    telling = [
        answer.relay
        for answer in answers
        if answer.answers and answer.relay.offered and answer.relay.own_network_only
    ]
    return telling[0] if len({relay.isp for relay in telling}) == 1 else None


def resolver_with(addresses: Mapping[str, str], fallback: Resolver = Link.resolve) -> Resolver:
    """Name resolution where ``addresses`` (host -> IP address) wins over DNS."""
    known = {host.lower().rstrip("."): address for host, address in addresses.items()}

    def resolve(host: str, port: int) -> list[Address]:
        address = known.get(host.lower().rstrip("."))
        if address is None:
            return fallback(host, port)
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, (address, port))]

    return resolve


class _Search:
    """The workers' shared state; reports and callbacks under one lock (see probe)."""

    def __init__(self, relays: tuple[Relay, ...], on_progress: RelayProgress | None) -> None:
        self._lock = threading.Lock()
        self._on_progress = on_progress
        self._closed = False
        self._answers: dict[str, RelayAnswer] = {}
        self._current: dict[str, tuple[str, float]] = {}
        self._links: list[Link] = []
        self._relays = relays
        self.stop = threading.Event()
        self.wake = threading.Event()

    def add_link(self, link: Link) -> bool:
        with self._lock:
            if not self._closed:
                self._links.append(link)
            return not self._closed

    def step(self, relay: Relay, step: str) -> None:
        with self._lock:
            since = self._current.get(relay.id, (step, time.perf_counter()))[1]
            self._current[relay.id] = (step, since)

    def record(self, answer: RelayAnswer) -> None:
        with self._lock:
            if self._closed:
                return
            self._answers[answer.relay.id] = answer
            self._current.pop(answer.relay.id, None)
            log.info(
                "relay %s %s: %s%s in %.3fs %s",
                answer.relay.id,
                answer.relay.endpoint,
                "answers" if answer.answers else "no answer",
                f" ({answer.code})" if answer.code else "",
                answer.seconds,
                answer.detail,
            )
            if self._on_progress is not None:
                try:
                    self._on_progress(answer)
                except Exception:  # a broken display must not break the search
                    log.exception("progress callback failed")
        self.wake.set()

    def all_answered(self) -> bool:
        with self._lock:
            return len(self._answers) == len(self._relays)

    def close(self, code: ProbeErrorCode) -> None:
        """Stop: a relay still being asked gets ``code`` (connect: blocked)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self.stop.set()
            now = time.perf_counter()
            for relay in self._relays:
                if relay.id in self._answers:
                    continue
                step, since = self._current.get(relay.id, ("connect", now))
                stuck = ProbeErrorCode.PORT_BLOCKED if step == "connect" else code
                final = ProbeErrorCode.CANCELLED if code is ProbeErrorCode.CANCELLED else stuck
                self._answers[relay.id] = RelayAnswer(relay, False, final, now - since)
            links = list(self._links)
        for link in links:
            link.abort()

    def answers(self) -> tuple[RelayAnswer, ...]:
        with self._lock:
            return tuple(self._answers[relay.id] for relay in self._relays)


def find_relays(
    provider: Provider,
    settings: RelaySearchSettings | None = None,
    cancel: CancelToken | None = None,
    on_progress: RelayProgress | None = None,
    resolver: Resolver | None = None,
) -> RelaySearch:
    """Ask every relay of ``provider`` at once whether it answers; see the module doc.

    Raises ``OSError``/``ssl.SSLError`` if ``settings.ca_file`` cannot be read.
    """
    settings = settings or RelaySearchSettings()
    context = tls_context(settings.ca_file)
    resolve = resolver or Link.resolve
    began = time.perf_counter()
    deadline = time.monotonic() + settings.timeout
    search = _Search(provider.relays, on_progress)
    workers = [
        threading.Thread(
            target=_ask,
            args=(search, relay, context, resolve, settings, deadline),
            name=f"relay-{relay.id}",
            daemon=True,  # a worker stuck in name resolution must not keep the app alive
        )
        for relay in provider.relays
    ]
    for worker in workers:
        worker.start()
    stopped = wait_for_workers(search.wake, search.all_answered, cancel, deadline)
    if stopped is not None:
        search.close(stopped)
    cancelled = stopped is ProbeErrorCode.CANCELLED
    answers = search.answers()
    suggested = None if cancelled else suggest(answers)
    return RelaySearch(answers, suggested, time.perf_counter() - began, cancelled)


def _ask(
    search: _Search,
    relay: Relay,
    context: ssl.SSLContext,
    resolve: Resolver,
    settings: RelaySearchSettings,
    deadline: float,
) -> None:
    """One worker: greet one relay and say how it went."""
    endpoint = relay.endpoint
    link = Link(search.stop, settings.io_timeout, deadline)
    start = time.perf_counter()
    step = "resolve"
    try:
        if not search.add_link(link):
            return
        search.step(relay, step)
        addresses = resolve(endpoint.host, endpoint.port)
        step = "connect"
        search.step(relay, step)
        address = link.connect(addresses)
        if endpoint.security is Security.SSL:
            step = "tls"
            search.step(relay, step)
            link.start_tls(context, endpoint.host)
        step = "greeting"
        search.step(relay, step)
        greeting = " ".join(smtp_expect(link, "", 220))
        step = "ehlo"
        search.step(relay, step)
        smtp_ehlo(link, settings.local_name)
        answer = RelayAnswer(
            relay, True, None, time.perf_counter() - start, f"{address}: {greeting}"[:MAX_DETAIL]
        )
    except Exception as error:  # every fault of a relay is just "it does not answer"
        failure = classify(error, step)
        seconds = time.perf_counter() - start
        answer = RelayAnswer(relay, False, failure.code, seconds, failure.detail[:MAX_DETAIL])
    else:
        with contextlib.suppress(Exception):  # a failed goodbye changes nothing
            smtp_expect(link, "QUIT", 221)
    finally:
        link.close()
    search.record(answer)
