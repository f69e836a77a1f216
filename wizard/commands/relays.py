"""``all2all-setup relays``: which internet provider's outgoing server answers from here?

Asks every relay of the provider data at once (greeting and EHLO only, never a message
or a password) and says which one to use, or that none answers and all2all's own
server is the way. ``--json`` prints ``{"relays": [...], "suggested": id|null}``.
Exit codes: 0 the search ran (whatever it found), 2 bad usage.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from pathlib import Path
from typing import Any

from wizard.core.probe.relays import RelaySearchSettings, find_relays, resolver_with
from wizard.core.provider import load_provider
from wizard.core.validation import is_valid_host
from wizard.exit_codes import ExitCode

MAX_SECONDS = 60


class _UsageError(Exception):
    """Bad command-line input; the message is printed and the exit code is 2."""


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``relays`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "relays",
        help="find which internet provider's outgoing server answers from this network",
        description="Ask every internet provider's outgoing server of the provider data "
        "whether it answers from here (greeting only: nothing is sent, no password).",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--resolve",
        action="append",
        default=[],
        metavar="HOST:ADDRESS",
        help="use ADDRESS for HOST instead of asking DNS (like curl's --resolve); repeatable",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=RelaySearchSettings.timeout,
        metavar="SECONDS",
        help=f"for the whole search, more than 0 and at most {MAX_SECONDS} (default 4)",
    )
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, log_file: Path | None) -> int:
    """Handler: search, print; exit 0 whatever answered."""
    del log_file
    provider = load_provider(args.provider)
    try:
        overrides = _overrides(args.resolve)
        settings = _settings(args.timeout)
    except _UsageError as error:
        print(f"all2all-setup relays: {error}", file=sys.stderr)
        return ExitCode.BAD_USAGE
    resolver = resolver_with(overrides) if overrides else None
    search = find_relays(provider, settings, resolver=resolver)
    if args.json:
        print(json.dumps(search.to_json_dict(), indent=2))
        return ExitCode.OK
    from wizard.texts.relays import answer_text, suggestion_text  # QtCore only

    for answer in search.answers:
        print(answer_text(answer))
    print(suggestion_text(search))
    return ExitCode.OK


def _settings(timeout: float) -> RelaySearchSettings:
    from PySide6.QtCore import QCoreApplication

    if not 0 < timeout <= MAX_SECONDS:
        message = QCoreApplication.translate(
            "Cli", "The time limit must be more than 0 and at most {seconds} seconds."
        ).format(seconds=MAX_SECONDS)
        raise _UsageError(f"--timeout: {message}")
    return RelaySearchSettings(timeout=timeout, io_timeout=min(timeout, 3.0))


def _overrides(values: list[str]) -> dict[str, str]:
    """``HOST:ADDRESS`` pairs (an IPv6 address keeps its colons)."""
    from PySide6.QtCore import QCoreApplication

    found: dict[str, str] = {}
    for value in values:
        host, _, address = value.partition(":")
        try:
            ipaddress.ip_address(address)
            valid = is_valid_host(host)
        except ValueError:
            valid = False
        if not valid:
            message = QCoreApplication.translate(
                "Cli", "Give a server name and an IP address, for example {example}."
            ).format(example="uit.telenet.be:192.0.2.25")
            raise _UsageError(f"--resolve {value!r}: {message}")
        found[host] = address
    return found
