"""``all2all-setup --unattended``: set up the account without a window (IT staff, scripts).

    all2all-setup --unattended [--preset FILE] --username U --email ADDRESS [--name NAME]
                  [--password-stdin | --password-env VAR] [--json] [--dry-run] ...

Runs the wizard's steps (:mod:`wizard.core.unattended`), writes the log, prints one JSON
object (``--json``) or a short summary in the user's language, and exits with a
documented code (:class:`~wizard.commands.ExitCode`): 0 done, 1 the account does not
work, 2 bad usage or a faulty preset, 3 a mail program could not be configured.

The password is never an option value: it comes from standard input or from an
environment variable (removed from the environment once read), and it appears in no
output, log or file. Only argparse is imported at module level: the parser is built on
every start, the wizard's included.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wizard.core.presets.preset import Preset, PresetError
    from wizard.core.probe.results import ProbeReport
    from wizard.core.provider import Provider
    from wizard.core.unattended import ClientResult, UnattendedResult, UsageError

# Options that mean something only with --unattended (dest -> flag), refused without it.
# Every dest is prefixed: subcommands have options of the same names (probe's
# --password-stdin, export's --json), and theirs must not read as ours.
UNATTENDED_ONLY = {
    "u_username": "--username",
    "u_email": "--email",
    "u_name": "--name",
    "u_password_stdin": "--password-stdin",
    "u_password_env": "--password-env",
    "u_protocol": "--protocol",
    "u_outgoing": "--outgoing",
    "u_keep_days": "--keep-days",
    "u_clients": "--client",
    "u_ca_file": "--ca-file",
    "u_timeout": "--timeout",
    "u_json": "--json",
    "u_dry_run": "--dry-run",
}
DEFAULT_TIMEOUT = 30.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The unattended options, in a group of the main parser (not a subcommand)."""
    group = parser.add_argument_group(
        "unattended set-up (IT staff)",
        "Set up the account without a window; see docs/deployment.md. Exit codes: 0 done, "
        "1 account not working, 2 bad usage or preset, 3 a mail program not configured.",
    )
    group.add_argument("--unattended", action="store_true", help="run without a window")
    group.add_argument("--username", dest="u_username", metavar="U", help="the all2all login")
    group.add_argument("--email", dest="u_email", metavar="ADDRESS", help="the e-mail address")
    group.add_argument("--name", dest="u_name", metavar="NAME", help="the name recipients see")
    password = group.add_mutually_exclusive_group()
    password.add_argument(
        "--password-stdin",
        dest="u_password_stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    password.add_argument(
        "--password-env",
        dest="u_password_env",
        metavar="VAR",
        help="read the password from the environment variable VAR",
    )
    group.add_argument("--protocol", dest="u_protocol", choices=("imap", "pop3"))
    group.add_argument("--outgoing", dest="u_outgoing", metavar="all2all|RELAY_ID|HOST[:PORT]")
    group.add_argument(
        "--keep-days", dest="u_keep_days", type=int, metavar="N", help="POP3: days kept (0: none)"
    )
    group.add_argument(
        "--client",
        dest="u_clients",
        action="append",
        metavar="NAME",
        help="mail program to set up (repeatable; default: the preset's, else all found)",
    )
    group.add_argument(
        "--ca-file", dest="u_ca_file", type=Path, metavar="FILE", help="also trust this CA (PEM)"
    )
    group.add_argument(
        "--timeout", dest="u_timeout", type=float, metavar="SECONDS", help="for the account test"
    )
    group.add_argument("--json", dest="u_json", action="store_true", help="print one JSON object")
    group.add_argument(
        "--dry-run", dest="u_dry_run", action="store_true", help="show the plan, write nothing"
    )


def given_without_unattended(args: argparse.Namespace) -> str | None:
    """The first unattended-only option given without ``--unattended``, if any."""
    for dest, flag in UNATTENDED_ONLY.items():
        if getattr(args, dest, None) not in (None, False):
            return flag
    return None


class _RefusedError(Exception):
    """Bad usage found by this module; ``error`` is the JSON ``error`` object."""

    def __init__(self, message: str, error: dict[str, Any]) -> None:
        super().__init__(message)
        self.message = message
        self.error = error


def run(args: argparse.Namespace, log_file: Path | None) -> int:
    """Run the unattended set-up; return the exit code."""
    from wizard.core.language import Language
    from wizard.core.presets.preset import PresetError
    from wizard.core.unattended import UsageError
    from wizard.texts.language import install_translations

    install_translations(Language(args.lang) if args.lang else None)
    preset_path: Path | None = None
    try:
        password = _password(args)
        provider = _provider(args.provider)
        preset_path = _find_preset(args.preset)
        preset = _load(preset_path)
        result = _run(args, password, provider, preset)
    except _RefusedError as refused:
        return _refuse(args, refused.message, refused.error, preset_path, log_file)
    except UsageError as error:
        message, details = _usage_text(error), _usage_json(error)
        return _refuse(args, message, details, preset_path, log_file)
    except PresetError as error:
        return _refuse(args, _preset_text(error), _preset_json(error), preset_path, log_file)
    code = _exit_code(result)
    if args.u_json:
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

    from wizard.logging_setup import SECRETS

    translate = QCoreApplication.translate
    if args.u_password_stdin:
        password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
        if not password:
            message = translate("Unattended", "No password on standard input.")
            raise _RefusedError(
                f"--password-stdin: {message}", _usage_error("--password-stdin", "missing")
            )
    elif args.u_password_env:
        password = os.environ.pop(args.u_password_env, "")
        if not password:
            message = translate(
                "Unattended", "The environment variable {name} holds no password."
            ).format(name=args.u_password_env)
            raise _RefusedError(
                f"--password-env: {message}", _usage_error("--password-env", "missing")
            )
    else:
        return ""
    SECRETS.add_secret(password)
    return password


def _provider(path: Path | None) -> Provider:
    from wizard.core.provider import ProviderDataError, load_provider

    try:
        return load_provider(path)
    except ProviderDataError as error:
        raise _RefusedError(str(error), {"kind": "provider", "detail": str(error)}) from error


def _find_preset(explicit: Path | None) -> Path | None:
    from wizard.cli import launch_dir
    from wizard.core.presets.locations import find_preset, preset_locations

    locations = preset_locations(sys.platform, launch_dir(), os.environ, explicit)
    return find_preset(locations, explicit)


def _load(path: Path | None) -> Preset | None:
    from wizard.core.presets.reading import load_preset

    return load_preset(path) if path is not None else None


def _run(
    args: argparse.Namespace, password: str, provider: Provider, preset: Preset | None
) -> UnattendedResult:
    from wizard.core.language import Language
    from wizard.core.model import Protocol
    from wizard.core.probe.net import tls_context
    from wizard.core.probe.results import ProbeSettings
    from wizard.core.unattended import Context, UnattendedRequest, run_unattended

    timeout = DEFAULT_TIMEOUT if args.u_timeout is None else args.u_timeout
    if not 0 < timeout <= 600:
        raise _RefusedError(
            _out_of_range("--timeout", 1, 600), _usage_error("--timeout", "out_of_range")
        )
    if args.u_ca_file is not None:
        try:
            tls_context(args.u_ca_file)
        except (OSError, ValueError) as error:  # ssl.SSLError is an OSError
            message = f"--ca-file {args.u_ca_file}: {error}"
            raise _RefusedError(message, _usage_error("--ca-file", "unreadable")) from None
    request = UnattendedRequest(
        username=args.u_username or "",
        email=args.u_email or "",
        name=args.u_name or "",
        password=password,
        language=Language(args.lang) if args.lang else None,
        protocol=Protocol(args.u_protocol) if args.u_protocol else None,
        outgoing=args.u_outgoing,
        keep_days=args.u_keep_days,
        clients=tuple(dict.fromkeys(args.u_clients or ())),
        dry_run=args.u_dry_run,
    )
    settings = ProbeSettings(timeout=timeout, io_timeout=min(10.0, timeout), ca_file=args.u_ca_file)
    context = Context(provider, preset, probe_settings=settings)
    return run_unattended(request, context)


def _exit_code(result: UnattendedResult) -> int:
    from wizard.commands import ExitCode
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

    from wizard.commands import ExitCode

    logging.getLogger(__name__).error("unattended set-up refused: %s", error)
    print(f"all2all-setup: {message}", file=sys.stderr)
    if args.u_json:
        _print_json(refusal_json(error, args.u_dry_run, preset_path, log_file))
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


def _usage_error(option: str, problem: str) -> dict[str, Any]:
    return {"kind": "usage", "option": option, "code": problem}


def _usage_json(error: UsageError) -> dict[str, Any]:
    return _usage_error(error.option, error.problem)


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


def _usage_text(error: UsageError) -> str:
    """The refused option and why, with the wizard's own field explanations."""
    from PySide6.QtCore import QCoreApplication

    from wizard.core.exporters import exporter_names
    from wizard.core.unattended import KEEP_DAYS_RANGE, UsageProblem
    from wizard.core.validation import Problem
    from wizard.texts import field_problem

    translate = QCoreApplication.translate
    if error.problem == UsageProblem.MISSING:
        return translate("Unattended", "{option} is required with --unattended.").format(
            option=error.option
        )
    if error.problem == UsageProblem.UNKNOWN_CLIENT:
        return translate(
            "Unattended", "{option}: this mail program is not supported. Possible values: {values}."
        ).format(option=error.option, values=", ".join(exporter_names()))
    if error.problem == UsageProblem.OUT_OF_RANGE:
        return _out_of_range(error.option, *KEEP_DAYS_RANGE)
    fields = {
        "--username": "username",
        "--email": "email",
        "--name": "display_name",
        "--password": "password",
        "--outgoing": "server",
    }
    explanation = field_problem(fields.get(error.option, ""), Problem(error.problem))
    return f"{error.option}: {explanation}"


def _out_of_range(option: str, minimum: int, maximum: int) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Unattended", "{option}: the number must be between {minimum} and {maximum}."
    ).format(option=option, minimum=minimum, maximum=maximum)


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

    from wizard.core.probe.results import Server
    from wizard.texts.probe import ProblemContext, probe_problem, server_label

    translate = QCoreApplication.translate
    if report.ok:
        return [translate("Unattended", "The account works: it can receive and send mail.")]
    lines = [translate("Unattended", "The account does not work: nothing was set up.")]
    for step in report.failures():
        if step.code is None:
            continue
        endpoint = report.incoming if step.server is Server.INCOMING else report.outgoing
        relay = report.outgoing_is_relay and step.server is Server.OUTGOING
        where = ProblemContext(
            step.server, endpoint.host if endpoint else "", endpoint.port if endpoint else 0, relay
        )
        problem = probe_problem(step.code, where)
        lines.append(f"  {server_label(step.server)}: {problem.explanation} {problem.advice}")
    return lines


def _client_lines(client: ClientResult, email: str, dry_run: bool) -> list[str]:
    from PySide6.QtCore import QCoreApplication

    from wizard.core.exporters.base import Status
    from wizard.texts import export as messages

    report, plan = client.report, client.plan
    lines = [f"{messages.client_name(report.client)}: {report.target or ''}"]
    if dry_run and plan is not None and report.status is Status.DONE:
        change = messages.change_message(plan.change, plan.client, email, plan.target.name)
        lines.append("  " + change)
        lines += ["  - " + messages.action_message(action) for action in plan.actions]
    else:
        lines.append("  " + messages.report_text(report))
    lines += ["  " + messages.note_message(note, report.client) for note in report.notes]
    copy = QCoreApplication.translate("Unattended", "Copy of the previous settings: {file}")
    lines += ["  " + copy.format(file=backup) for backup in report.backups]
    return lines
