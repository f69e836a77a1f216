"""``all2all-setup export``: configure the account in one mail program, unattended.

Exit codes: 0 done (or nothing to change), 2 bad usage, 3 the client could not be
configured (running, unreadable or read-only profile, damaged settings...). The
password is not an option: mail programs ask for it themselves at the first start.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wizard.commands import ExitCode
from wizard.core.exporters import exporter_names, make_exporter
from wizard.core.exporters.base import (
    REPORT_FOR_CHANGE,
    ClientReport,
    Environment,
    ErrorCode,
    ExportError,
    ExportOptions,
    Installation,
    Plan,
    Status,
    Target,
    default_target,
)
from wizard.core.model import (
    AccountDraft,
    OutgoingChoice,
    Protocol,
)
from wizard.core.outgoing import outgoing_from_text
from wizard.core.provider import Provider
from wizard.core.validation import (
    Problem,
    check_display_name,
    check_email,
    check_username,
)

# Plain English for now; the translated texts come with the GUI's messages module.
MESSAGES = {
    "account_added": "The account was added.",
    "account_updated": "The existing account was updated (no second copy was made).",
    "account_unchanged": "The account was already set up exactly like this; nothing changed.",
    "client_not_found": "The mail program has no settings folder for this user.",
    "profile_not_found": "The profile folder does not exist.",
    "client_running": "The mail program is running. Close it and try again.",
    "profiles_ini_corrupt": "The list of profiles is damaged and cannot be read.",
    "profile_unreadable": "A settings file of the profile cannot be read.",
    "profile_read_only": "The profile folder cannot be written to.",
    "disk_full": "The disk is full. Free some space and try again.",
    "prefs_corrupt": "The settings file is damaged; it was left untouched.",
    "profile_changed": "The settings changed while we worked. Try again.",
    "outgoing_not_found": "The chosen outgoing server no longer exists in this profile.",
    "write_failed": "The settings could not be written; the original file was kept.",
    "verify_failed": "The written settings did not read back correctly; the original was restored.",
    "password_asked_at_first_start": "The mail program will ask for your password once.",
    "outgoing_reused": "An outgoing server that was already set up is shared.",
    "outgoing_updated": "The settings of your existing all2all outgoing server were corrected.",
    "local_folders_created": "Local Folders were created.",
    "becomes_default_account": "This becomes the default account.",
    "name_clash_renamed": "Another account had the same name; the protocol was added to it.",
    "other_protocol_account_exists": "This login is also set up with the other protocol.",
    "profile_read_only_note": "The profile folder is read-only; applying would fail.",
}


def register(subparsers: Any) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser("export", help="set up the account in a mail program")
    parser.add_argument("--client", required=True, choices=exporter_names())
    parser.add_argument("--profile", type=Path, metavar="DIR", help="profile folder to use")
    parser.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--username", required=True, help="the all2all login, e.g. user0001")
    parser.add_argument("--email", required=True)
    parser.add_argument("--name", required=True, help="the name recipients see")
    parser.add_argument("--protocol", choices=[p.value for p in Protocol], default="imap")
    parser.add_argument(
        "--outgoing", default="all2all", metavar="all2all|HOST:PORT", help="outgoing server"
    )
    parser.add_argument("--reuse-outgoing", metavar="KEY", help="share this existing server")
    parser.add_argument("--keep-days", type=int, metavar="N", help="POP3: days kept on server")
    parser.add_argument("--empty-trash-on-exit", action="store_true", default=None)
    parser.set_defaults(handler=run)


def _usage(message: str) -> int:
    print(f"all2all-setup export: {message}", file=sys.stderr)
    return ExitCode.BAD_USAGE


def _outgoing(text: str, provider: Provider) -> OutgoingChoice | str:
    choice = outgoing_from_text(text, provider)
    return f"--outgoing: {choice.value}" if isinstance(choice, Problem) else choice


def _draft(args: argparse.Namespace, provider: Provider) -> AccountDraft | str:
    for flag, problem in (
        ("--username", check_username(args.username)),
        ("--email", check_email(args.email)),
        ("--name", check_display_name(args.name)),
    ):
        if problem is not None:
            return f"{flag}: {problem.value}"
    days = provider.keep_on_server_days if args.keep_days is None else args.keep_days
    if not 0 <= days <= 3650:
        return "--keep-days: must be between 0 and 3650"
    outgoing = _outgoing(args.outgoing, provider)
    if isinstance(outgoing, str):
        return outgoing
    return AccountDraft(
        protocol=Protocol(args.protocol),
        keep_on_server=days > 0,
        keep_on_server_days=days,
        display_name=args.name,
        email=args.email,
        username=args.username,
        outgoing=outgoing,
    )


def _target(
    client: str, installations: Sequence[Installation], profile: Path | None
) -> Target | None:
    if profile is None:
        return default_target(installations)
    wanted = profile.expanduser().resolve()
    for installation in installations:
        for target in installation.targets:
            if target.path.resolve() == wanted:
                return target
    return Target(client, wanted, wanted.name, is_default=False)


def run(args: argparse.Namespace, provider: Provider) -> int:
    """Plan, then (unless --dry-run) apply, and print the result."""
    draft = _draft(args, provider)
    if isinstance(draft, str):
        return _usage(draft)
    if args.profile is not None and not args.profile.is_dir():
        return _usage(f"--profile: {args.profile} is not a folder")
    exporter = make_exporter(args.client, Environment.from_os())
    options = ExportOptions(args.reuse_outgoing, args.empty_trash_on_exit)
    plan: Plan | None = None
    try:
        target = _target(args.client, exporter.detect(), args.profile)
        if target is None:
            raise ExportError(ErrorCode.CLIENT_NOT_FOUND)
        plan = exporter.plan(target, draft, provider, options)
        report = _dry_report(plan) if args.dry_run else exporter.apply(plan)
    except ExportError as error:
        path = plan.target.path if plan else error.path
        report = ClientReport.from_error(args.client, path, error)
    _print(report, plan, args)
    return ExitCode.OK if report.status is Status.DONE else ExitCode.CLIENT_FAILED


def _dry_report(plan: Plan) -> ClientReport:
    code = REPORT_FOR_CHANGE[plan.change].value
    return ClientReport(plan.client, plan.target.path, Status.DONE, code, notes=plan.notes)


def _print(report: ClientReport, plan: Plan | None, args: argparse.Namespace) -> None:
    actions = [
        {"action": a.code.value, "path": str(a.path), "key": a.key, "old": a.old, "new": a.new}
        for a in (plan.actions if plan else ())
    ]
    if args.json:
        data = {
            "client": report.client,
            "profile": str(report.target) if report.target else None,
            "dry_run": bool(args.dry_run),
            "status": report.status.value,
            "code": report.code,
            "change": plan.change.value if plan else None,
            "account": plan.account_ref if plan else None,
            "outgoing": plan.outgoing_ref if plan else None,
            "notes": [note.value for note in report.notes],
            "backups": [str(path) for path in report.backups],
            "details": dict(report.details),
            "actions": actions,
        }
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return
    stream = sys.stdout if report.status is Status.DONE else sys.stderr
    print(f"{report.client}: {report.target or ''}", file=stream)
    prefix = "Would do: " if args.dry_run and report.status is Status.DONE else ""
    print(prefix + MESSAGES.get(report.code, report.code), file=stream)
    for note in report.notes:
        key = "profile_read_only_note" if note.value == "profile_read_only" else note.value
        print("  " + MESSAGES.get(key, note.value), file=stream)
    for backup in report.backups:
        print(f"  Backup of the previous settings: {backup}", file=stream)
    if args.dry_run:
        for action in actions:
            detail = f" {action['key']} = {action['new']!r}" if action["key"] else ""
            print(f"  {action['action']} {action['path']}{detail}", file=stream)
