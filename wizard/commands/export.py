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
    ExportError,
    ExportErrorCode,
    ExportOptions,
    Installation,
    Plan,
    Status,
    Target,
    default_target,
)
from wizard.core.formats.saving import FILE_FORMATS, planned_file, write_file_export
from wizard.core.language import Language
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

# Messages for people go through Qt's translation (context "Cli"), imported inside the
# functions so that ``--help`` does not load Qt; ``--json``, codes and paths stay as they are.

SHEET = "sheet"  # the printable PDF: drawn by Qt, so not one of the core's FILE_FORMATS


def register(subparsers: Any) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser("export", help="set up the account in a mail program")
    parser.add_argument(
        "--client",
        required=True,
        choices=list(dict.fromkeys([*exporter_names(), *FILE_FORMATS, SHEET])),
    )
    parser.add_argument("--profile", type=Path, metavar="DIR", help="profile folder to use")
    parser.add_argument(
        "--output",
        type=Path,
        metavar="DIR",
        default=Path(),
        help="apple-mail, autoconfig, outlook-prf, sheet: folder for the file (default: here)",
    )
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


def _not_a_folder(option: str, folder: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Cli", "{folder} is not a folder.").format(folder=folder)
    return _usage(f"{option}: {text}")


def _not_expressible(error: ValueError) -> int:
    """The account does not fit this file format; the core's reason (English) is for IT."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "Cli", "This account cannot be saved in this kind of file ({reason})."
    ).format(reason=error)
    return _usage(text)


def _write_failed(path: Path, error: OSError) -> int:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Cli", "{file} could not be written ({reason}).").format(
        file=path, reason=error.strerror or error
    )
    print(f"all2all-setup export: {text}", file=sys.stderr)
    return ExitCode.CLIENT_FAILED


def _field_problem(option: str, field: str, problem: Problem) -> str:
    """``--email: <the wizard's explanation>``: the same words the form shows."""
    from wizard.texts.fields import field_problem  # QtCore only

    return f"{option}: {field_problem(field, problem)}"


def _outgoing(text: str, provider: Provider) -> OutgoingChoice | str:
    choice = outgoing_from_text(text, provider)
    if isinstance(choice, Problem):
        return _field_problem("--outgoing", "server", choice)
    return choice


def _draft(args: argparse.Namespace, provider: Provider) -> AccountDraft | str:
    for flag, field, problem in (
        ("--username", "username", check_username(args.username)),
        ("--email", "email", check_email(args.email)),
        ("--name", "display_name", check_display_name(args.name)),
    ):
        if problem is not None:
            return _field_problem(flag, field, problem)
    days = provider.keep_on_server_days if args.keep_days is None else args.keep_days
    if not 0 <= days <= 3650:
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate("Cli", "The number of days must be between 0 and 3650.")
        return f"--keep-days: {text}"
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
    if args.client == SHEET:
        return _export_sheet(args, draft, provider)
    if args.client in FILE_FORMATS:
        return _export_file(args, draft, provider)
    if args.profile is not None and not args.profile.is_dir():
        return _not_a_folder("--profile", args.profile)
    exporter = make_exporter(args.client, Environment.from_os())
    options = ExportOptions(args.reuse_outgoing, args.empty_trash_on_exit)
    plan: Plan | None = None
    try:
        target = _target(args.client, exporter.detect(), args.profile)
        if target is None:
            raise ExportError(ExportErrorCode.CLIENT_NOT_FOUND)
        plan = exporter.plan(target, draft, provider, options)
        report = _dry_report(plan) if args.dry_run else exporter.apply(plan)
    except ExportError as error:
        path = plan.target.path if plan else error.path
        report = ClientReport.from_error(args.client, path, error)
    _print(report, plan, args)
    return ExitCode.OK if report.status is Status.DONE else ExitCode.CLIENT_FAILED


def _export_file(args: argparse.Namespace, draft: AccountDraft, provider: Provider) -> int:
    """apple-mail / autoconfig: write (or with --dry-run only name) the settings file."""
    if not args.output.is_dir():
        return _not_a_folder("--output", args.output)
    path = planned_file(args.client, draft, args.output)
    if not args.dry_run:
        try:
            path = write_file_export(args.client, draft, provider, args.output)
        except ValueError as error:
            return _not_expressible(error)
        except OSError as error:
            return _write_failed(path, error)
    if args.json:
        print(json.dumps({"client": args.client, "file": str(path), "dry_run": args.dry_run}))
    else:
        print(path)
    return ExitCode.OK


def _export_sheet(args: argparse.Namespace, draft: AccountDraft, provider: Provider) -> int:
    """The printable PDF sheet, in --lang or the system's language (drawn by Qt)."""
    from wizard.core.formats.settings_sheet import settings_sheet_file_name

    if not args.output.is_dir():
        return _not_a_folder("--output", args.output)
    path = args.output / settings_sheet_file_name(draft)
    if not args.dry_run:
        from wizard.pdf.settings_sheet import write_settings_sheet
        from wizard.translations import system_language

        language = Language(args.lang) if args.lang else system_language()
        try:
            path = write_settings_sheet(draft, provider, args.output, language)
        except ValueError as error:
            return _not_expressible(error)
        except OSError as error:
            return _write_failed(path, error)
    if args.json:
        print(json.dumps({"client": SHEET, "file": str(path), "dry_run": args.dry_run}))
    else:
        print(path)
    return ExitCode.OK


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
    _print_readable(report, plan, bool(args.dry_run), args.email)


def _print_readable(report: ClientReport, plan: Plan | None, dry_run: bool, email: str) -> None:
    """The result in the user's language, with the wizard's own explanations (QtCore only)."""
    from PySide6.QtCore import QCoreApplication

    from wizard.texts import export as messages

    translate = QCoreApplication.translate
    stream = sys.stdout if report.status is Status.DONE else sys.stderr
    print(f"{messages.client_name(report.client)}: {report.target or ''}", file=stream)
    if dry_run and plan is not None and report.status is Status.DONE:
        print(translate("Cli", "Dry run: nothing was written. The plan:"), file=stream)
        change = messages.change_message(plan.change, plan.client, email, plan.target.name)
        print("  " + change, file=stream)
        for action in plan.actions:
            print("  - " + messages.action_message(action), file=stream)
    else:
        print(messages.report_text(report), file=stream)
    for note in report.notes:
        print("  " + messages.note_message(note, report.client), file=stream)
    for backup in report.backups:
        print(
            "  "
            + translate("DonePage", "Copy of the previous settings: {file}").format(file=backup),
            file=stream,
        )
