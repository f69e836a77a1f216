"""``all2all-setup remove``: take the all2all account out of Thunderbird or Evolution.

The account (IMAP and/or POP3 of one login), its identity and, when no other account
sends through it, its outgoing server go, with a backup of every file first; the rest
of the profile stays byte for byte. ``--dry-run`` lists what would go. With
``--forget-password`` the saved passwords go too (the program's and the wizard's own
keyring entry). ``--json`` prints ``{"client", "profile", "removed": [{"key", "login",
"protocol"}], "outgoing_removed", "outgoing_kept", "backups", "passwords", "error",
"dry_run", "exit_code"}``. Exit codes: 0 removed (or, with --dry-run, would be), 1 no
all2all account there, 2 bad usage (accounts of several logins: give --username),
3 the program could not be changed (running, unreadable, read-only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wizard.core.doctor.run import CLIENTS
from wizard.core.exporters.base import Environment, ExportError
from wizard.core.model import Protocol
from wizard.core.provider import load_provider
from wizard.core.removal import (
    RemovalError,
    RemovalPlan,
    RemovalProblem,
    RemovalResult,
    apply_removal,
    plan_removal,
)
from wizard.exit_codes import ExitCode


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``remove`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "remove",
        help="remove the all2all account from Thunderbird or Evolution",
        description="Remove the all2all account (its server, identity and, when no other "
        "account uses it, its outgoing server) from a mail program, after a backup.",
    )
    parser.add_argument("--client", required=True, choices=CLIENTS, help="the mail program")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="the Thunderbird profile or Evolution sources folder (default: the one in use)",
    )
    parser.add_argument(
        "--username",
        metavar="LOGIN",
        help="whose account, when the profile has all2all accounts of several usernames",
    )
    parser.add_argument(
        "--protocol",
        choices=[protocol.value for protocol in Protocol],
        help="only the IMAP or only the POP3 account (default: both)",
    )
    parser.add_argument("--dry-run", action="store_true", help="say what would go, change nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--forget-password",
        action="store_true",
        help="also remove the saved passwords (the program's and the wizard's keyring entry)",
    )
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, log_file: Path | None) -> int:
    """Handler: plan, (apply), print; return the exit code."""
    del log_file
    provider = load_provider(args.provider)
    env = Environment.from_os()
    try:
        plan = plan_removal(
            env,
            provider,
            args.client,
            args.profile,
            args.username,
            args.protocol,
            args.forget_password,
        )
    except RemovalError as error:
        return _refused(args, error)
    except ExportError as error:
        return _failed(args, error)
    if args.dry_run:
        result = RemovalResult(plan)
        code = ExitCode.OK
    else:
        result = apply_removal(plan, env, provider)
        code = ExitCode.OK if result.removed else ExitCode.CLIENT_FAILED
    if args.json:
        data = result.to_json_dict()
        data["dry_run"] = bool(args.dry_run)
        data["exit_code"] = int(code)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_readable(result, bool(args.dry_run))
    return code


def _refused(args: argparse.Namespace, error: RemovalError) -> int:
    from PySide6.QtCore import QCoreApplication

    from wizard.texts.export import client_name

    translate = QCoreApplication.translate
    if error.problem is RemovalProblem.SEVERAL_LOGINS:
        message = translate(
            "Removal",
            "There are all2all accounts of several usernames here ({usernames}): give --username.",
        ).format(usernames=", ".join(error.logins))
        print(f"all2all-setup remove: {message}", file=sys.stderr)
        return ExitCode.BAD_USAGE
    message = translate("Removal", "No all2all account was found in {client}.").format(
        client=client_name(args.client)
    )
    if args.json:
        print(json.dumps({"removed": [], "exit_code": int(ExitCode.ACCOUNT_NOT_WORKING)}))
    else:
        print(message)
    return ExitCode.ACCOUNT_NOT_WORKING


def _failed(args: argparse.Namespace, error: ExportError) -> int:
    """A folder that is not there is bad usage; an unreadable profile a client failure."""
    from wizard.core.exporters.base import ExportErrorCode
    from wizard.texts.export import error_message

    explanation = error_message(error.code, args.client)
    print(f"all2all-setup remove: {explanation} ({error.code.value})", file=sys.stderr)
    if error.code is ExportErrorCode.PROFILE_NOT_FOUND and args.profile is not None:
        return ExitCode.BAD_USAGE
    if error.code is ExportErrorCode.CLIENT_NOT_FOUND:
        return ExitCode.ACCOUNT_NOT_WORKING
    return ExitCode.CLIENT_FAILED


def _print_readable(result: RemovalResult, dry_run: bool) -> None:
    from PySide6.QtCore import QCoreApplication

    from wizard.texts import Surface
    from wizard.texts.export import client_name, error_advice, error_message
    from wizard.texts.removal import password_text

    translate = QCoreApplication.translate
    plan: RemovalPlan = result.plan
    name = client_name(plan.client)
    if result.error is not None:
        header = translate("Removal", "{client}: {profile}")
        print(header.format(client=name, profile=plan.target.path))
        print("  " + error_message(result.error, plan.client))
        print("  " + error_advice(result.error, plan.client, Surface.COMMAND_LINE))
        return
    if dry_run:
        line = translate("Removal", "{client} ({profile}): this would be removed:")
    else:
        line = translate("Removal", "{client} ({profile}): removed:")
    print(line.format(client=name, profile=plan.target.path))
    for account in plan.accounts:
        print(f"  - {account.login} ({account.protocol.upper()}, {account.key})")
    if plan.outgoing_kept:
        print(
            "  "
            + translate("Removal", "The outgoing server stays: another account sends through it.")
        )
    copy = translate("Cli", "Copy of the previous settings: {file}")
    for backup in result.backups:
        print("  " + copy.format(file=backup))
    if plan.forget_password and not dry_run:
        print("  " + password_text(result))
