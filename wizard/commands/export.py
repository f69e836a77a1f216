"""``all2all-setup export``: configure the account in one mail program, or save one file.

Exit codes: 0 done (or nothing to change), 2 bad usage, 3 the client could not be
configured (running, unreadable or read-only profile, damaged settings...). The
password is not an option: mail programs ask for it themselves at the first start.
The account goes through the same rules and the same commit
(:func:`wizard.core.setup.apply_setup`) as in the window and ``setup``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.commands.options import add_account_options
from wizard.exit_codes import ExitCode

if TYPE_CHECKING:
    from wizard.core.exporters.base import Installation, Target
    from wizard.core.model import AccountDraft
    from wizard.core.provider import Provider
    from wizard.core.setup import ClientResult

# Messages for people go through Qt's translation (context "Cli"), imported inside the
# functions so that ``--help`` does not load Qt; ``--json``, codes and paths stay as they are.

SHEET = "sheet"  # the printable PDF: drawn by Qt, so not one of the core's FILE_FORMATS


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``export`` subcommand."""
    from wizard.core.exporters import exporter_names
    from wizard.core.formats.saving import FILE_FORMATS

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="set up the account in one mail program, or save one settings file",
        description=(
            "Write the account into one mail program's settings (thunderbird, evolution; "
            "outlook and apple-mail save their file into --output), or save one settings "
            "file into --output: autoconfig (clientConfig XML), outlook-prf (classic "
            "Outlook's profile file), sheet (the printable PDF, in --lang)."
        ),
    )
    parser.add_argument(
        "--client",
        required=True,
        choices=list(dict.fromkeys([*exporter_names(), *FILE_FORMATS, SHEET])),
        help="the mail program or the kind of file",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="profile folder to use (default: the one the program opens; "
        "all2all-setup clients lists them)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        metavar="DIR",
        default=Path(),
        help="apple-mail, autoconfig, outlook-prf, sheet: folder for the file (default: here)",
    )
    parser.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    add_account_options(parser)
    parser.add_argument(
        "--reuse-outgoing",
        metavar="KEY",
        help="Thunderbird: share this existing outgoing server (its key, e.g. smtp2)",
    )
    parser.add_argument(
        "--empty-trash-on-exit",
        action="store_true",
        default=None,
        help="Thunderbird: empty the trash when it closes",
    )
    parser.set_defaults(handler=run)
    return parser


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

    from wizard.core.file_access import LinkRefusedError

    if isinstance(error, LinkRefusedError):
        text = QCoreApplication.translate(
            "Cli",
            "{file} is a link to another place, made by someone else or pointing nowhere. "
            "To keep files safe, nothing was written through it. Remove the link or give "
            "another folder with --output.",
        ).format(file=path)
    else:
        text = QCoreApplication.translate("Cli", "{file} could not be written ({reason}).").format(
            file=path, reason=error.strerror or error
        )
    print(f"all2all-setup export: {text}", file=sys.stderr)
    return ExitCode.CLIENT_FAILED


def _draft(args: argparse.Namespace, provider: Provider) -> AccountDraft | str:
    """The checked draft, or the reason it cannot be made (in the user's language)."""
    from wizard.commands.usage import usage_text
    from wizard.core.model import Protocol
    from wizard.core.setup_request import SetupRequest, UsageError, prepare

    request = SetupRequest(
        username=args.username or "",
        email=args.email or "",
        name=args.name or "",
        protocol=Protocol(args.protocol) if args.protocol else None,
        outgoing=args.outgoing,
        keep_days=args.keep_days,
    )
    try:
        return prepare(request, provider, None).draft
    except UsageError as error:
        return usage_text(error)


def _target(
    client: str, installations: Sequence[Installation], profile: Path | None
) -> Target | None:
    from wizard.core.exporters.base import Target, default_target

    if profile is None:
        return default_target(installations)
    wanted = profile.expanduser().resolve()
    for installation in installations:
        for target in installation.targets:
            if target.path.resolve() == wanted:
                return target
    return Target(client, wanted, wanted.name, is_default=False)


def run(args: argparse.Namespace, log_file: Path | None) -> int:
    """Plan, then (unless --dry-run) commit, and print the result."""
    from wizard.core.formats.saving import FILE_FORMATS
    from wizard.core.provider import load_provider

    del log_file
    provider = load_provider(args.provider)
    draft = _draft(args, provider)
    if isinstance(draft, str):
        return _usage(draft)
    if args.client == SHEET:
        return _export_sheet(args, draft, provider)
    if args.client in FILE_FORMATS:
        return _export_file(args, draft, provider)
    if args.profile is not None and not args.profile.is_dir():
        return _not_a_folder("--profile", args.profile)
    result = _export_program(args, draft, provider)
    _print(result, args, draft.email)
    return ExitCode.OK if _done(result) else ExitCode.CLIENT_FAILED


def _export_program(
    args: argparse.Namespace, draft: AccountDraft, provider: Provider
) -> ClientResult:
    from wizard.core.exporters import make_exporter
    from wizard.core.exporters.base import Environment, ExportError, ExportOptions
    from wizard.core.setup import ClientResult, apply_setup, plan_program

    exporter = make_exporter(args.client, Environment.from_os())
    options = ExportOptions(args.reuse_outgoing, args.empty_trash_on_exit)
    try:
        target = _target(args.client, exporter.detect(), args.profile)
    except ExportError as error:
        from wizard.core.exporters.base import ClientReport

        return ClientResult(ClientReport.from_error(args.client, error.path, error))
    planned = plan_program(exporter, target, draft, provider, options)
    if isinstance(planned, ClientResult):
        return planned
    (result,) = apply_setup(draft, provider, [planned], dry_run=args.dry_run).clients
    return result


def _done(result: ClientResult) -> bool:
    from wizard.core.exporters.base import Status

    return result.report.status is Status.DONE


def _export_file(args: argparse.Namespace, draft: AccountDraft, provider: Provider) -> int:
    """apple-mail / autoconfig / outlook-prf: write (with --dry-run only name) the file."""
    from wizard.core.formats.saving import planned_file, write_file_export

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
    from wizard.core.language import Language

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


def _print(result: ClientResult, args: argparse.Namespace, email: str) -> None:
    from wizard.core.exporters.base import Status

    if args.json:
        from wizard.core.setup import client_json

        data = {"dry_run": bool(args.dry_run), **client_json(result)}
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return
    from PySide6.QtCore import QCoreApplication

    from wizard.commands.report_lines import client_report_lines

    stream = sys.stdout if result.report.status is Status.DONE else sys.stderr
    lines = client_report_lines(result, email, bool(args.dry_run))
    if args.dry_run and result.report.status is Status.DONE:
        lines.insert(1, QCoreApplication.translate("Cli", "Dry run: nothing was written."))
    print("\n".join(lines), file=stream)
