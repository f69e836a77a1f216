"""``all2all-setup setup``: set up the account without a window (IT staff, scripts).

    all2all-setup setup [--preset FILE] --username U --email ADDRESS --name NAME
                        [--password-stdin | --password-env VAR] [--json] [--dry-run] ...

Runs the wizard's steps (:mod:`wizard.core.unattended`), writes the log, prints one JSON
object (``--json``) or a short summary in the user's language, and exits with a
documented code (:class:`~wizard.exit_codes.ExitCode`): 0 done, 1 the account does not
work, 2 bad usage or a faulty preset, 3 a mail program could not be configured.

The older form ``all2all-setup --unattended ...`` still works: the front door
(:mod:`wizard.cli`) turns it into this command and says so on stderr.

The password is never an option value: it comes from standard input or from an
environment variable (removed from the environment once read), and it appears in no
output, log or file. Only argparse is imported at module level: ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.commands.options import add_account_options
from wizard.exit_codes import ExitCode

if TYPE_CHECKING:
    from wizard.core.presets.preset import Preset, PresetError
    from wizard.core.probe.results import ProbeReport
    from wizard.core.provider import Provider
    from wizard.core.setup import ClientResult
    from wizard.core.unattended import UnattendedResult

NAME = "setup"
DEFAULT_TIMEOUT = 30.0
TIMEOUT_RANGE = (1, 600)


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``setup`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help="set up the account in this user's mail programs, without a window",
        description=(
            "Test the account live (when a password is given), write it into the mail "
            "programs (the preset's, else every one found), keep the password in the OS "
            "keyring. See docs/deployment.md. Exit codes: 0 done, 1 account not working, "
            "2 bad usage or preset, 3 a mail program not configured."
        ),
    )
    parser.add_argument(
        "--preset",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,  # also accepted before the command's name (the wizard's)
        help="IT preset: defaults, locked choices, extra servers (docs/preset-example.toml)",
    )
    add_account_options(parser)
    password = parser.add_mutually_exclusive_group()
    password.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (asked without echo on a terminal)",
    )
    password.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the password from the environment variable VAR (removed once read)",
    )
    parser.add_argument(
        "--client",
        dest="clients",
        action="append",
        metavar="PROGRAM",
        help="mail program to set up: thunderbird, evolution, outlook or apple-mail "
        "(repeatable; default: the preset's, else every one found)",
    )
    parser.add_argument(
        "--ca-file", type=Path, metavar="FILE", help="also trust this CA for the test (PEM)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help=f"for the account test, 1 to 600 (default {DEFAULT_TIMEOUT:.0f})",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    parser.set_defaults(handler=run)
    return parser


class _RefusedError(Exception):
    """Bad usage found by this module; ``error`` is the JSON ``error`` object."""

    def __init__(self, message: str, error: dict[str, Any]) -> None:
        super().__init__(message)
        self.message = message
        self.error = error


def run(args: argparse.Namespace, log_file: Path | None) -> int:
    """Run the set-up; return the exit code. Reads the provider data and the preset
    itself, so that a fault in either is one JSON object too."""
    from wizard.commands.options import PasswordInputError, password_problem_text
    from wizard.commands.usage import usage_text
    from wizard.core.presets.preset import PresetError
    from wizard.core.setup_request import UsageError
    from wizard.launch import find_preset_file

    preset_path: Path | None = None
    try:
        password = _password(args)
        provider = _provider(args.provider)
        preset_path = find_preset_file(args.preset)
        preset = _load(preset_path)
        result = _run(args, password, provider, preset)
    except _RefusedError as refused:
        return _refuse(args, refused.message, refused.error, preset_path, log_file)
    except PasswordInputError as error:
        details = usage_error(error.option, error.problem.value)
        return _refuse(args, password_problem_text(error), details, preset_path, log_file)
    except UsageError as error:
        details = usage_error(error.option, error.problem)
        return _refuse(args, usage_text(error), details, preset_path, log_file)
    except PresetError as error:
        return _refuse(args, _preset_text(error), _preset_json(error), preset_path, log_file)
    code = _exit_code(result)
    if args.json:
        data = {
            **result.to_json_dict(),
            "exit_code": int(code),
            "preset": str(preset_path) if preset_path else None,
            "log": str(log_file) if log_file else None,
            "error": None,
        }
        _print_json(data)
    else:
        print(_summary(result, log_file))
    return code


# -- inputs --------------------------------------------------------------------------


def _password(args: argparse.Namespace) -> str:
    """From stdin or the environment (then removed from it); "" when neither is asked."""
    from PySide6.QtCore import QCoreApplication

    from wizard.commands.options import read_password_env, read_password_stdin

    if args.password_stdin:
        prompt = QCoreApplication.translate("Cli", "Password (not shown): ")
        return read_password_stdin(prompt)
    if args.password_env:
        return read_password_env(args.password_env)
    return ""


def _provider(path: Path | None) -> Provider:
    from wizard.core.provider import ProviderDataError, load_provider

    try:
        return load_provider(path)
    except ProviderDataError as error:
        raise _RefusedError(str(error), {"kind": "provider", "detail": str(error)}) from error


def _load(path: Path | None) -> Preset | None:
    from wizard.core.presets.reading import load_preset

    return load_preset(path) if path is not None else None


def _run(
    args: argparse.Namespace, password: str, provider: Provider, preset: Preset | None
) -> UnattendedResult:
    from wizard.commands.usage import out_of_range
    from wizard.core.language import Language
    from wizard.core.model import Protocol
    from wizard.core.probe.net import tls_context
    from wizard.core.probe.results import ProbeSettings
    from wizard.core.setup_request import SetupRequest
    from wizard.core.unattended import Context, run_unattended

    timeout = DEFAULT_TIMEOUT if args.timeout is None else args.timeout
    if not TIMEOUT_RANGE[0] <= timeout <= TIMEOUT_RANGE[1]:
        raise _RefusedError(
            out_of_range("--timeout", *TIMEOUT_RANGE), usage_error("--timeout", "out_of_range")
        )
    if args.ca_file is not None:
        try:
            tls_context(args.ca_file)
        except (OSError, ValueError) as error:  # ssl.SSLError is an OSError
            message = f"--ca-file {args.ca_file}: {error}"
            raise _RefusedError(message, usage_error("--ca-file", "unreadable")) from None
    request = SetupRequest(
        username=args.username or "",
        email=args.email or "",
        name=args.name or "",
        password=password,
        language=Language(args.lang) if args.lang else None,
        protocol=Protocol(args.protocol) if args.protocol else None,
        outgoing=args.outgoing,
        keep_days=args.keep_days,
        clients=tuple(dict.fromkeys(args.clients or ())),
        dry_run=args.dry_run,
    )
    settings = ProbeSettings(timeout=timeout, io_timeout=min(10.0, timeout), ca_file=args.ca_file)
    context = Context(provider, preset, probe_settings=settings)
    return run_unattended(request, context)


def _exit_code(result: UnattendedResult) -> int:
    from wizard.core.unattended import Outcome

    return {
        Outcome.DONE: ExitCode.OK,
        Outcome.ACCOUNT_NOT_WORKING: ExitCode.ACCOUNT_NOT_WORKING,
        Outcome.CLIENT_FAILED: ExitCode.CLIENT_FAILED,
    }[result.outcome]


# -- refusals (exit code 2) ------------------------------------------------------------


def _refuse(
    args: argparse.Namespace,
    message: str,
    error: dict[str, Any],
    preset_path: Path | None,
    log_file: Path | None,
) -> int:
    """Say why nothing was done: on stderr (and as JSON with --json); exit code 2."""
    import logging

    logging.getLogger(__name__).error("set-up refused: %s", error)
    print(f"all2all-setup: {message}", file=sys.stderr)
    if args.json:
        _print_json(refusal_json(error, args.dry_run, preset_path, log_file))
    return int(ExitCode.BAD_USAGE)


_OUTCOME_OF_ERROR = {"preset": "bad_preset", "internal": "internal_error"}


def refusal_json(
    error: dict[str, Any],
    dry_run: bool,
    preset: Path | None,
    log_file: Path | None,
    exit_code: int = 2,
) -> dict[str, Any]:
    """The one JSON object of a run that was refused before doing anything (or, with
    ``error["kind"] == "internal"``, that broke on a bug: what it did is in the log)."""
    return {
        "ok": False,
        "outcome": _OUTCOME_OF_ERROR.get(error.get("kind", ""), "bad_usage"),
        "dry_run": dry_run,
        "account": None,
        "check": None,
        "keyring": None,
        "clients": [],
        "no_client_found": False,
        "exit_code": exit_code,
        "preset": str(preset) if preset else None,
        "log": str(log_file) if log_file else None,
        "error": error,
    }


def usage_error(option: str, problem: str) -> dict[str, Any]:
    """The JSON ``error`` object of a refused option."""
    return {"kind": "usage", "option": option, "code": problem}


def _preset_json(error: PresetError) -> dict[str, Any]:
    return {
        "kind": "preset",
        "code": error.code.value,
        "file": str(error.path),
        "line": error.line,
        "key": error.key,
        "detail": error.detail,
    }


def _preset_text(error: PresetError) -> str:
    from wizard.texts.preset import preset_error_text

    return preset_error_text(error)


# -- output --------------------------------------------------------------------------


def _print_json(data: dict[str, Any]) -> None:
    import json

    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    print()


def _summary(result: UnattendedResult, log_file: Path | None) -> str:
    """The result in the user's language (QtCore only), for a person reading a terminal."""
    from PySide6.QtCore import QCoreApplication

    from wizard.core.keyring_store import KeyringStatus

    translate = QCoreApplication.translate
    lines: list[str] = []
    if result.dry_run:
        lines.append(translate("Unattended", "Dry run: nothing was written."))
    if result.check is None:
        lines.append(
            translate(
                "Unattended",
                "The account was not tested: no password was given. The mail programs "
                "ask for it at their first start.",
            )
        )
    else:
        lines += _check_lines(result.check)
    for client in result.clients:
        lines += _client_lines(client, result.draft.email, result.dry_run)
    if result.no_client_found:
        lines.append(
            translate("Unattended", "No mail program that the assistant can set up was found.")
        )
    if result.keyring is KeyringStatus.STORED:
        lines.append(
            translate("Unattended", "The password is saved in this computer's password safe.")
        )
    elif result.keyring is not None:
        lines.append(
            translate(
                "Unattended",
                "The password could not be saved in this computer's password safe ({reason}).",
            ).format(reason=result.keyring.value)
        )
    if log_file is not None:
        lines.append(translate("Unattended", "Log file: {file}").format(file=log_file))
    return "\n".join(lines)


def _check_lines(report: ProbeReport) -> list[str]:
    from PySide6.QtCore import QCoreApplication

    from wizard.texts import Surface
    from wizard.texts.probe import server_label, step_problem

    translate = QCoreApplication.translate
    if report.ok:
        return [translate("Unattended", "The account works: it can receive and send mail.")]
    lines = [translate("Unattended", "The account does not work: nothing was set up.")]
    for step in report.failures():
        problem = step_problem(report, step, Surface.COMMAND_LINE)
        if problem is not None:
            lines.append(f"  {server_label(step.server)}: {problem.explanation} {problem.advice}")
    return lines


def _client_lines(client: ClientResult, email: str, dry_run: bool) -> list[str]:
    from wizard.commands.report_lines import client_report_lines

    return client_report_lines(client, email, dry_run)
