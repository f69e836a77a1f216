"""``all2all-setup probe``: test an account from the command line (IT staff, scripts, CI).

The password is read from standard input only (asked without echo on a terminal), so it
never shows up in a process list or a shell history. The login and password go through
the same rules as on the account page before anything is sent. With ``--round-trip``,
once both logins work, a test message in the user's language goes from the address to
itself through the chosen outgoing server, is waited for in the inbox and deleted. Exit
codes: 0 the account works (round trip included when asked for), 1 it does not, 2 bad
usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wizard import __version__
from wizard.commands.options import outgoing_help
from wizard.core.model import (
    AccountDraft,
    OutgoingChoice,
    Protocol,
)
from wizard.core.outgoing import outgoing_from_text
from wizard.core.probe.account import probe_account
from wizard.core.probe.errors import BadCredentialsInputError
from wizard.core.probe.helpdesk import helpdesk_report, round_trip_lines
from wizard.core.probe.net import tls_context
from wizard.core.probe.results import ProbeReport, ProbeSettings
from wizard.core.probe.round_trip import RoundTripReport, RoundTripSettings, round_trip
from wizard.core.provider import Provider, load_provider
from wizard.core.validation import Problem, check_email
from wizard.exit_codes import ExitCode

MAX_SECONDS = 600
# The "round_trip" object when it was not tried (the login test failed first).
NOT_TRIED = {"ok": False, "code": None, "sent": False, "received": False}
NOT_TRIED |= {"seconds": None, "deleted": False}


class _UsageError(Exception):
    """Bad command-line input; the message is printed and the exit code is 2."""


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``probe`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "probe",
        help="test an account's incoming and outgoing servers",
        description="Log in to the incoming and outgoing servers as a mail program would.",
    )
    parser.add_argument("--username", required=True, help="the all2all login, e.g. user0001")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password from standard input (asked without echo on a terminal)",
    )
    parser.add_argument("--email", default="", help="the e-mail address (optional)")
    parser.add_argument(
        "--protocol", choices=[protocol.value for protocol in Protocol], default="imap"
    )
    parser.add_argument(
        "--outgoing",
        default="all2all",
        metavar="all2all|RELAY_ID|HOST[:PORT]",
        help=outgoing_help(),
    )
    parser.add_argument("--ca-file", type=Path, help="also trust this CA (PEM file)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="for the whole test, more than 0 and at most 600 (default 20)",
    )
    parser.add_argument(
        "--round-trip",
        action="store_true",
        help="once both logins work, send a test message from the address (--email) to "
        "itself through the outgoing server, wait until it arrives, then delete it",
    )
    parser.add_argument(
        "--arrival-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long --round-trip waits for the message, more than 0 and at most 600 "
        "(default 60)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the result as JSON")
    output.add_argument(
        "--helpdesk", action="store_true", help="print the report for the helpdesk (login masked)"
    )
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, log_file: Path | None) -> int:
    """Handler: build the draft, probe, print; return the exit code."""
    from wizard.commands.options import PasswordInputError, password_problem_text

    del log_file
    provider = load_provider(args.provider)
    try:
        _check_round_trip_options(args)
        draft = _draft(args, provider, _read_password())
        settings = _settings(args)
        report = probe_account(draft, provider, settings)
        trip = _round_trip(args, draft, provider, settings) if report.ok else None
    except _UsageError as error:
        print(f"all2all-setup probe: {error}", file=sys.stderr)
        return ExitCode.BAD_USAGE
    except PasswordInputError as error:
        print(f"all2all-setup probe: {password_problem_text(error)}", file=sys.stderr)
        return ExitCode.BAD_USAGE
    except BadCredentialsInputError as error:
        print(f"all2all-setup probe: {_credentials_problem(error)}", file=sys.stderr)
        return ExitCode.BAD_USAGE
    if args.json:
        data = report.to_json_dict()
        if args.round_trip:
            data["round_trip"] = trip.to_json_dict() if trip else dict(NOT_TRIED)
        print(json.dumps(data, indent=2))
    elif args.helpdesk:
        text = helpdesk_report(report, draft.username, __version__)
        print(text + ("\n".join(round_trip_lines(trip)) + "\n" if trip else ""), end="")
    else:
        print(_summary(report))
        if trip is not None:
            print(_round_trip_summary(trip))
    works = report.ok and (not args.round_trip or (trip is not None and trip.ok))
    return ExitCode.OK if works else ExitCode.ACCOUNT_NOT_WORKING


def _check_round_trip_options(args: argparse.Namespace) -> None:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if args.round_trip and not args.email:
        message = translate(
            "Cli", "The test message is sent from and to the account's address: give --email."
        )
        raise _UsageError(f"--round-trip: {message}")
    if not 0 < args.arrival_timeout <= MAX_SECONDS:
        message = translate("Cli", "The time limit must be more than 0 and at most 600 seconds.")
        raise _UsageError(f"--arrival-timeout: {message}")


def _round_trip(
    args: argparse.Namespace, draft: AccountDraft, provider: Provider, settings: ProbeSettings
) -> RoundTripReport | None:
    """The test message, in the language of the messages, when asked for."""
    if not args.round_trip:
        return None
    from wizard.texts.round_trip import message_text  # QtCore only

    trip_settings = RoundTripSettings(
        arrival_timeout=args.arrival_timeout,
        timeout=settings.timeout,
        io_timeout=settings.io_timeout,
        ca_file=settings.ca_file,
    )
    return round_trip(draft, provider, message_text(), trip_settings)


def _round_trip_summary(trip: RoundTripReport) -> str:
    """The outcome line and, when something is wrong, what it means and what to do."""
    from PySide6.QtCore import QCoreApplication

    from wizard.texts import Surface
    from wizard.texts.probe import server_label
    from wizard.texts.round_trip import outcome_line, round_trip_problem

    lines = [outcome_line(trip)]
    problem = round_trip_problem(trip, Surface.COMMAND_LINE)
    failed = trip.failed_step
    if problem is not None and failed is not None:
        lines.append(
            QCoreApplication.translate(
                "ConnectionTestPage", "{where}: {explanation}\nWhat to do: {advice}"
            ).format(
                where=server_label(failed.server),
                explanation=problem.explanation,
                advice=problem.advice,
            )
        )
    return "\n".join(lines)


def _read_password() -> str:
    from PySide6.QtCore import QCoreApplication

    from wizard.commands.options import read_password_stdin

    return read_password_stdin(QCoreApplication.translate("Cli", "Password (not shown): "))


def _settings(args: argparse.Namespace) -> ProbeSettings:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if not 0 < args.timeout <= 600:
        message = translate("Cli", "The time limit must be more than 0 and at most 600 seconds.")
        raise _UsageError(f"--timeout: {message}")
    if args.ca_file is not None:
        try:
            tls_context(args.ca_file)
        except (OSError, ValueError) as error:  # ssl.SSLError is an OSError
            message = translate(
                "Cli", "The certificate file {file} cannot be used ({reason})."
            ).format(file=args.ca_file, reason=error)
            raise _UsageError(f"--ca-file: {message}") from None
    return ProbeSettings(
        timeout=args.timeout, io_timeout=min(10.0, args.timeout), ca_file=args.ca_file
    )


def _draft(args: argparse.Namespace, provider: Provider, password: str) -> AccountDraft:
    from wizard.texts.fields import field_problem  # QtCore only

    problem = check_email(args.email) if args.email else None
    if problem is not None:
        raise _UsageError(f"--email: {field_problem('email', problem)}")
    return AccountDraft(
        protocol=Protocol(args.protocol),
        email=args.email,
        username=args.username,
        password=password,
        outgoing=_outgoing(args.outgoing, provider),
    )


def _outgoing(text: str, provider: Provider) -> OutgoingChoice:
    from PySide6.QtCore import QCoreApplication

    from wizard.texts.fields import field_problem  # QtCore only

    choice = outgoing_from_text(text, provider)
    if isinstance(choice, Problem):
        expected = QCoreApplication.translate(
            "Cli", "Give all2all, the id of an internet provider's server, or HOST:PORT."
        )
        raise _UsageError(f"--outgoing {text!r}: {field_problem('server', choice)} {expected}")
    return choice


def _credentials_problem(error: BadCredentialsInputError) -> str:
    """Why the login or password cannot be sent, in the account page's words."""
    from wizard.texts.fields import field_problem  # QtCore only

    option = "--username" if error.field == "username" else "--password-stdin"
    return f"{option}: {field_problem(error.field, Problem(error.problem))}"


def _summary(report: ProbeReport) -> str:
    """The result in the user's language, with the wizard's own explanations.

    Only QtCore is used (the wizard's message catalogue and QLocale), so the command runs
    on a server without any graphics library.
    """
    from PySide6.QtCore import QCoreApplication

    from wizard.texts import Surface
    from wizard.texts.probe import (
        format_megabytes,
        format_seconds,
        server_label,
        state_of,
        status_text,
        step_label,
        step_problem,
    )

    translate = QCoreApplication.translate
    if report.ok:
        headline = translate("Cli", "Your account works: you can receive and send mail.")
    else:
        headline = translate("Cli", "Your account does not work yet.")
    lines = [f"{headline} ({format_seconds(report.seconds)})"]
    for step in report.steps:
        lines.append(
            f"  {status_text(state_of(step)):<10} {server_label(step.server)}: "
            f"{step_label(step.step)} ({format_seconds(step.seconds, 2)})"
        )
    for step in report.failures():
        problem = step_problem(report, step, Surface.COMMAND_LINE)
        if problem is None:
            continue
        lines.append(
            translate("ConnectionTestPage", "{where}: {explanation}\nWhat to do: {advice}").format(
                where=server_label(step.server),
                explanation=problem.explanation,
                advice=problem.advice,
            )
        )
    if report.quota is not None:
        lines.append(
            translate("ConnectionTestPage", "{used} MB of {limit} MB used").format(
                used=format_megabytes(report.quota.used_bytes),
                limit=format_megabytes(report.quota.limit_bytes),
            )
        )
    if report.smtp_size_limit_bytes is not None:
        lines.append(
            translate("Cli", "Largest message the server accepts: {size} MB").format(
                size=format_megabytes(report.smtp_size_limit_bytes)
            )
        )
    return "\n".join(lines)
