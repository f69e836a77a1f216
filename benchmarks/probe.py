"""How fast is the connection test, and how fast does it stop? Run against the test Dovecot.

    .venv/bin/python benchmarks/probe.py [--runs 20]

Prints, over several runs (median and p90):
- the whole probe's time next to its slowest chain (incoming or outgoing): the ratio shows
  that the two chains really overlap (target <= 1.15x);
- the time from ``CancelToken.cancel()`` to ``probe_account`` returning, while both chains
  hang in a TLS handshake (silent server) or in connect (dropped SYNs) (target <= 100 ms);
- next to a single connect (TCP, and TCP + TLS handshake): the round trip (a test
  message sent, found in the inbox and deleted) over IMAP and POP3, and the time from
  handing it over to finding it; the relay search with every relay answering, and with
  one that never answers (bounded by the search's time limit).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.mailserver.dovecot import (
    MailServer,
    running_fault_servers,
    running_mail_server,
)
from tests.mailserver.faults import Behaviour, FaultServer
from tests.mailserver.smtp_sink import SmtpSink
from wizard.core.model import (
    AccountDraft,
    Authentication,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.probe.account import probe_account
from wizard.core.probe.net import CancelToken, Link, tls_context
from wizard.core.probe.relays import RelaySearchSettings, find_relays, resolver_with
from wizard.core.probe.results import ProbeSettings, ProgressEvent, Server, Step
from wizard.core.probe.round_trip import RoundTripSettings, round_trip
from wizard.core.probe.round_trip_message import MessageText
from wizard.core.provider import load_provider

RATIO_TARGET = 1.15
CANCEL_TARGET_MS = 100.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def overlap_runs(server: MailServer, runs: int) -> list[tuple[float, float, float]]:
    """(whole, incoming chain, outgoing chain) seconds per run."""
    draft = AccountDraft(username=server.ascii_user, password=server.users[server.ascii_user])
    settings = ProbeSettings(ca_file=server.ca_file)
    results = []
    for _ in range(runs):
        report = probe_account(draft, server.provider, settings)
        assert report.ok, report.failures()
        chains = [sum(step.seconds for step in report.for_server(side)) for side in Server]
        results.append((report.seconds, chains[0], chains[1]))
    return results


def cancel_latency(
    server: MailServer, port: int, hanging: Step, silent: FaultServer | None = None
) -> tuple[float, float | None]:
    """Seconds from cancel() to the probe returning (and to ``silent`` seeing both sockets
    closed), both chains hanging at ``hanging``."""
    endpoint = ServerEndpoint("localhost", port, Security.SSL, Authentication.PASSWORD)
    provider = server.provider_with(imap=endpoint, smtp=endpoint)
    draft = AccountDraft(username=server.ascii_user, password=server.users[server.ascii_user])
    settings = ProbeSettings(timeout=300, io_timeout=300, ca_file=server.ca_file)
    token = CancelToken()
    hanging_now = threading.Semaphore(0)
    returned_at: list[float] = []

    def progress(event: ProgressEvent) -> None:
        if event.step is hanging and event.result is None:
            hanging_now.release()

    def target() -> None:
        report = probe_account(draft, provider, settings, token, progress)
        returned_at.append(time.perf_counter())
        assert report.cancelled

    thread = threading.Thread(target=target)
    thread.start()
    for _ in Server:
        hanging_now.acquire(timeout=30)
    time.sleep(0.05)  # let both workers block inside the socket call
    asked_at = time.perf_counter()
    token.cancel()
    closed_after = None
    if silent is not None and silent.wait_all_closed():
        closed_after = time.perf_counter() - asked_at
    thread.join(timeout=30)
    return returned_at[0] - asked_at, closed_after


def single_connects(server: MailServer, runs: int) -> tuple[list[float], list[float]]:
    """Seconds for one TCP connect, and for one TCP connect plus the TLS handshake."""
    context = tls_context(server.ca_file)
    tcp, tls = [], []
    for _ in range(runs):
        link = Link(threading.Event(), 10.0, time.monotonic() + 30)
        start = time.perf_counter()
        link.connect(Link.resolve(server.host, server.imaps_port))
        tcp.append(time.perf_counter() - start)
        link.start_tls(context, server.host)
        tls.append(time.perf_counter() - start)
        link.close()
    return tcp, tls


def round_trips(
    server: MailServer, protocol: Protocol, runs: int
) -> tuple[list[float], list[float]]:
    """(whole round trip, handing over -> found) seconds per run."""
    user = server.trip_user
    draft = AccountDraft(
        protocol=protocol,
        username=user,
        password=server.users[user],
        email=server.address(user),
    )
    settings = RoundTripSettings(ca_file=server.ca_file)
    text = MessageText("benchmark", "round trip benchmark")
    whole, arrival = [], []
    for _ in range(runs):
        report = round_trip(draft, server.provider, text, settings)
        assert report.ok, report.steps
        whole.append(report.total_seconds)
        arrival.append(report.seconds or 0.0)
    return whole, arrival


def relay_searches(runs: int, silent_one: bool) -> list[float]:
    """Seconds of the relay search over the shipped relays, all on loopback."""
    provider = load_provider()
    sinks = [SmtpSink(host=f"127.0.0.{10 + i}").start() for i in range(len(provider.relays))]
    silent = FaultServer(Behaviour.SILENT, host="127.0.0.9").start()
    try:
        relays, addresses = [], {}
        for index, (relay, sink) in enumerate(zip(provider.relays, sinks, strict=True)):
            quiet = silent_one and index == 1
            port = silent.port if quiet else sink.port
            relays.append(replace(relay, endpoint=replace(relay.endpoint, port=port)))
            addresses[relay.endpoint.host] = "127.0.0.9" if quiet else f"127.0.0.{10 + index}"
        test_provider = replace(provider, relays=tuple(relays))
        resolver = resolver_with(addresses)
        settings = RelaySearchSettings()
        times = []
        for _ in range(runs):
            search = find_relays(test_provider, settings, resolver=resolver)
            times.append(search.seconds)
        return times
    finally:
        for sink in sinks:
            sink.stop()
        silent.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    with running_mail_server() as server, running_fault_servers(server.certificates) as faults:
        overlap_runs(server, 2)  # warm up Dovecot's processes
        results = overlap_runs(server, runs)
        ratios = [whole / max(incoming, outgoing) for whole, incoming, outgoing in results]
        tls = [
            cancel_latency(server, faults.silent.port, Step.TLS, faults.silent) for _ in range(runs)
        ]
        cancel_tls = [returned for returned, _ in tls]
        closed = [closed for _, closed in tls if closed is not None]
        cancel_connect = [
            cancel_latency(server, faults.blocked_port, Step.CONNECT)[0] for _ in range(runs)
        ]
        tcp, handshake = single_connects(server, runs)
        imap_trip, imap_arrival = round_trips(server, Protocol.IMAP, runs)
        pop3_trip, pop3_arrival = round_trips(server, Protocol.POP3, runs)
    relays_all = relay_searches(runs, silent_one=False)
    relays_silent = relay_searches(max(2, runs // 5), silent_one=True)

    def row(name: str, values: list[float], unit: str, scale: float = 1.0) -> str:
        median, p90 = statistics.median(values) * scale, percentile(values, 0.9) * scale
        return f"{name:<34} median {median:8.2f}{unit}   p90 {p90:8.2f}{unit}"

    print(f"connection test benchmark, {runs} runs each")
    print(row("whole probe", [r[0] for r in results], " ms", 1000))
    print(row("incoming chain (IMAPS)", [r[1] for r in results], " ms", 1000))
    print(row("outgoing chain (SMTPS)", [r[2] for r in results], " ms", 1000))
    print(row(f"whole / slowest chain (<= {RATIO_TARGET}x)", ratios, "x "))
    print(row(f"cancel in TLS -> return (<= {CANCEL_TARGET_MS:.0f})", cancel_tls, " ms", 1000))
    print(row("cancel in TLS -> sockets closed", closed, " ms", 1000))
    print(row("cancel in connect -> return", cancel_connect, " ms", 1000))
    print(row("single connect (TCP)", tcp, " ms", 1000))
    print(row("single connect + TLS handshake", handshake, " ms", 1000))
    print(row("round trip IMAP (whole)", imap_trip, " ms", 1000))
    print(row("round trip IMAP: sent -> found", imap_arrival, " ms", 1000))
    print(row("round trip POP3 (whole)", pop3_trip, " ms", 1000))
    print(row("round trip POP3: sent -> found", pop3_arrival, " ms", 1000))
    print(row("relay search, all answer", relays_all, " ms", 1000))
    print(row("relay search, one silent", relays_silent, " ms", 1000))
    worst_cancel = max(percentile(cancel_tls, 0.9), percentile(cancel_connect, 0.9)) * 1000
    met = statistics.median(ratios) <= RATIO_TARGET and worst_cancel <= CANCEL_TARGET_MS
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
