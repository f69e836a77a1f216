"""``all2all-setup doctor``: find every all2all account of this user and what is wrong.

Every Thunderbird profile and Evolution's sources (or one folder, ``--profile``) are
read; each account whose incoming server is all2all's is checked against the guide.
``--fix`` repairs what can be repaired through the exporters' safe write (refused while
the program runs, backup, atomic write, read back); ``--dry-run`` says what it would
repair and writes nothing. ``--json`` prints ``{"accounts": [...], "errors": [...],
"backups": [...], "exit_code"}``. Exit codes: 0 nothing left to fix, 1 problems found
and not fixed, 2 bad usage, 3 a mail program could not be changed (it runs, or its
files cannot be read or written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wizard.core.doctor import DoctorReport, Outcome, examine, repair
from wizard.core.doctor.run import CLIENTS, guess_client
from wizard.core.exporters.base import Environment
from wizard.core.provider import Provider, load_provider
from wizard.core.validation import check_username
from wizard.exit_codes import ExitCode

EXIT_CODES = {
    Outcome.CLEAN: ExitCode.OK,
    Outcome.PROBLEMS_LEFT: ExitCode.ACCOUNT_NOT_WORKING,
    Outcome.PROGRAM_NOT_CHANGED: ExitCode.CLIENT_FAILED,
}


class _UsageError(Exception):
    """Bad command-line input; the message is printed and the exit code is 2."""


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``doctor`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "doctor",
        help="check the all2all accounts already set up in Thunderbird and Evolution",
        description="Find every all2all account in this user's Thunderbird profiles and "
        "Evolution, explain what is wrong and, with --fix, repair it.",
    )
    parser.add_argument("--fix", action="store_true", help="repair what can be repaired")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="with --fix: say what would be repaired, change nothing",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="only this Thunderbird profile or Evolution sources folder",
    )
    parser.add_argument("--client", choices=CLIENTS, help="only this mail program (default: both)")
    parser.add_argument(
        "--username",
        metavar="LOGIN",
        help="the all2all login that should be used: accounts with another one are reported",
    )
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, log_file: Path | None) -> int:
    """Handler: examine (and repair), print, return the exit code."""
    del log_file
    provider = load_provider(args.provider)
    try:
        clients = _clients(args)
    except _UsageError as error:
        print(f"all2all-setup doctor: {error}", file=sys.stderr)
        return ExitCode.BAD_USAGE
    env = Environment.from_os()
    login = args.username
    if args.fix and not args.dry_run:
        report = repair(env, provider, login, clients, args.profile)
    else:
        report = examine(env, provider, login, clients, args.profile)
    code = EXIT_CODES[report.outcome]
    if args.json:
        data = report.to_json_dict()
        data["backups"] = [str(path) for path in report.backups]
        data["exit_code"] = int(code)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_readable(report, provider, args.fix and not args.dry_run)
    return code


def _clients(args: argparse.Namespace) -> tuple[str, ...]:
    """Which programs to look at, refusing a --profile that is no settings folder."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if args.username is not None and check_username(args.username) is not None:
        from wizard.texts.fields import field_problem  # QtCore only

        problem = check_username(args.username)
        assert problem is not None
        raise _UsageError(f"--username: {field_problem('username', problem)}")
    if args.dry_run and not args.fix:
        message = translate("Cli", "{option} only goes with --fix.").format(option="--dry-run")
        raise _UsageError(message)
    if args.profile is None:
        return (args.client,) if args.client else CLIENTS
    if not args.profile.is_dir():
        message = translate("Cli", "This folder does not exist: {path}").format(path=args.profile)
        raise _UsageError(f"--profile: {message}")
    client = args.client or guess_client(args.profile)
    if client is None:
        message = translate(
            "Cli",
            "This folder holds neither a Thunderbird profile (prefs.js) nor Evolution's "
            "accounts (.source files): {path}",
        ).format(path=args.profile)
        raise _UsageError(f"--profile: {message}")
    return (client,)


def _print_readable(report: DoctorReport, provider: Provider, fixing: bool) -> None:
    """For people, in their language, with the window's own explanations."""
    from PySide6.QtCore import QCoreApplication

    from wizard.texts import Surface
    from wizard.texts.doctor import advice_line, finding_heading, finding_text, nothing_found
    from wizard.texts.export import client_name, error_message

    translate = QCoreApplication.translate
    if not report.accounts and not report.failures:
        print(nothing_found())
    for check in report.accounts:
        account = check.account
        print(
            translate("Doctor", "{client}: {login} ({protocol}) in {profile}").format(
                client=client_name(account.client),
                login=account.login,
                protocol=account.protocol.upper(),
                profile=account.profile,
            )
        )
        if not check.findings:
            print("  " + translate("Doctor", "Nothing to repair."))
        for finding in check.findings:
            text = finding_text(finding, account.protocol, provider, Surface.COMMAND_LINE)
            print(f"  {finding_heading(finding, text.title)}")
            print(f"    {text.explanation}")
            if not finding.fixed:
                print(f"    {advice_line(text.advice)}")
    for failure in report.failures:
        explanation = error_message(failure.code, failure.client)
        print(
            f"{client_name(failure.client)}: {failure.path}: {explanation} ({failure.code.value})",
            file=sys.stderr,
        )
    copy = translate("Cli", "Copy of the previous settings: {file}")
    for backup in report.backups:
        print(copy.format(file=backup))
    if fixing and report.outcome is Outcome.CLEAN and report.accounts:
        print(translate("Doctor", "Everything that was wrong is repaired."))
