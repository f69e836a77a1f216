"""``all2all-setup probe``: test an account from the command line (IT staff, scripts, CI).

The password is read from standard input only (asked without echo on a terminal), so it
never shows up in a process list or a shell history. The login and password go through
the same rules as on the account page before anything is sent. Exit codes: 0 the
account works, 1 it does not, 2 bad usage.
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
from wizard.core.probe.helpdesk import helpdesk_report
from wizard.core.probe.net import tls_context
from wizard.core.probe.results import ProbeReport, ProbeSettings, Server
from wizard.core.provider import Provider, load_provider
from wizard.core.validation import Problem, check_email
from wizard.exit_codes import ExitCode

# What port a typed relay uses decides its security, as mail programs assume it.


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
        draft = _draft(args, provider, _read_password())
        settings = _settings(args)
        report = probe_account(draft, provider, settings)
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
        print(json.dumps(report.to_json_dict(), indent=2))
    elif args.helpdesk:
        print(helpdesk_report(report, draft.username, __version__), end="")
    else:
        print(_summary(report))
    return ExitCode.OK if report.ok else ExitCode.ACCOUNT_NOT_WORKING


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
        ProblemContext,
        format_megabytes,
        format_seconds,
        probe_problem,
        server_label,
        state_of,
        status_text,
        step_label,
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
        if step.code is None:
            continue
        endpoint = report.incoming if step.server is Server.INCOMING else report.outgoing
        relay = report.outgoing_is_relay and step.server is Server.OUTGOING
        where = ProblemContext(
            step.server, endpoint.host if endpoint else "", endpoint.port if endpoint else 0, relay
        )
        problem = probe_problem(step.code, where, Surface.COMMAND_LINE)
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
