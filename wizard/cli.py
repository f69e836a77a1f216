"""Command-line front door: global options, subcommands, and handing over to the GUI.

Without a subcommand the wizard window opens. Qt is imported only on that path (and by
the commands that print translated text), so ``--help`` stays fast and the tools work
on machines without a display. ``--lang``, ``--verbose`` and ``--provider`` are
accepted before or after the subcommand.

The older ``all2all-setup --unattended ...`` is the ``setup`` command now; it keeps
working and says so on stderr (:func:`legacy_unattended`).

An IT preset is given with ``--preset FILE`` or found next to the executable or in the
system-wide place (:mod:`wizard.core.presets.locations`). Looking costs two ``stat``
calls; the preset machinery is imported only when a file is there.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from wizard import __version__
from wizard.commands import COMMANDS
from wizard.commands.options import add_global_options
from wizard.core.language import Language
from wizard.exit_codes import ExitCode

log = logging.getLogger(__name__)

SETUP = "setup"
LEGACY_UNATTENDED = "--unattended"


def build_parser(gui_only: bool = False, with_commands: bool = True) -> argparse.ArgumentParser:
    """All options; subcommands only for the console entry point and when asked for."""
    parser = argparse.ArgumentParser(
        prog="all2all-setup",
        description="Set up an all2all mail account in the mail programs on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_global_options(parser, in_command=False)
    parser.add_argument(
        "--preset",
        type=Path,
        metavar="FILE",
        help="IT preset for the wizard and `setup`: defaults, locked choices, extra servers "
        "(see docs/preset-example.toml)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build the wizard, paint the first page offscreen, check resources; exit 0 if fine",
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="save every page of the wizard as PNG into DIR and exit",
    )
    # For benchmarks/startup.py: print the wall clock at the first paint, then quit.
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    if not gui_only and with_commands:
        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
        for module_name in COMMANDS.values():
            module = importlib.import_module(f"wizard.commands.{module_name}")
            command_parser = module.register(subparsers)
            add_global_options(command_parser, in_command=True)
    return parser


def legacy_unattended(argv: list[str]) -> list[str] | str:
    """``--unattended ...`` as the ``setup`` command (with a note on stderr), or why the
    old form cannot be read that way; any other command line unchanged."""
    if LEGACY_UNATTENDED not in argv:
        return argv
    rest = [item for item in argv if item != LEGACY_UNATTENDED]
    named = [item for item in rest if item in COMMANDS]
    if named:
        return f"{LEGACY_UNATTENDED} cannot be combined with a command"
    for flag in ("--self-test", "--screenshots"):
        if flag in rest:
            return f"{LEGACY_UNATTENDED} cannot be combined with {flag}"
    print(
        f"all2all-setup: {LEGACY_UNATTENDED} is now the command `all2all-setup {SETUP} ...`; "
        "the old form keeps working.",
        file=sys.stderr,
    )
    return [SETUP, *rest]


def run(argv: list[str], gui_only: bool = False) -> int:
    """Parse ``argv`` and run the wizard or a subcommand; return the exit code."""
    translated = argv if gui_only else legacy_unattended(argv)
    if isinstance(translated, str):
        return _refuse_usage(translated, argv)
    argv = translated
    parser = build_parser(gui_only, with_commands=_wants_command(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # argparse: --help, --version or bad usage
        code = int(exit_request.code or 0) and int(ExitCode.BAD_USAGE)
        if code and _wants_setup_json(argv):
            _print_refusal_json({"kind": "usage", "option": "", "code": "bad_usage"})
        return code
    handler: Callable[[argparse.Namespace, Path | None], int] | None = getattr(
        args, "handler", None
    )
    problem = _misused_option(args, handler is not None)
    if problem is not None:
        return _refuse_usage(problem, argv)
    log_file: Path | None = None
    try:
        if handler is None:
            # The wizard reads the provider data and opens its log itself, after its
            # first page is on screen (both are part of what a person waits for).
            return _run_gui(args, lambda: _start_log(args, argv))
        log_file = _start_log(args, argv)
        if args.command == "export" and args.client == "sheet" and not args.dry_run:
            # The PDF sheet needs fonts, hence a QGuiApplication, before the plain
            # QCoreApplication that the translations would otherwise create.
            from wizard.pdf.settings_sheet import ensure_gui_application

            ensure_gui_application()
        from wizard.texts.language import install_translations

        # Before the provider data, so that a complaint about it is in the user's language.
        install_translations(Language(args.lang) if args.lang else None)
        return int(handler(args, log_file))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `all2all-setup clients --json | head`: the reader left early; not our fault.
        # Point stdout at /dev/null so the interpreter's final flush does not fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports it
    except Exception as error:
        from wizard.core.provider import ProviderDataError

        if isinstance(error, ProviderDataError):
            return _provider_unusable(error)
        log.exception("unexpected error")
        print(f"all2all-setup: {_unexpected_error_text(log_file)}", file=sys.stderr)
        if getattr(args, "command", None) == SETUP and args.json:  # still one JSON object
            _print_refusal_json(
                {"kind": "internal"}, ExitCode.INTERNAL_ERROR, log_file, args.dry_run
            )
        return ExitCode.INTERNAL_ERROR


def _refuse_usage(problem: str, argv: list[str]) -> int:
    """A usage fault found here (English, as argparse's own messages); exit code 2."""
    print(f"all2all-setup: {problem}", file=sys.stderr)
    if _wants_setup_json(argv):
        option = problem.split()[0]
        _print_refusal_json({"kind": "usage", "option": option, "code": "bad_usage"})
    return ExitCode.BAD_USAGE


def _wants_setup_json(argv: list[str]) -> bool:
    """A ``setup`` run promises one JSON object with ``--json``, even when refused."""
    return "--json" in argv and (SETUP in argv or LEGACY_UNATTENDED in argv)


def _unexpected_error_text(log_file: Path | None) -> str:
    """The line for a bug, in the user's language once the translators are installed.

    English when Qt itself cannot be loaded: the message must not fail in turn.
    """
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:
        where = f" The details are in {log_file}." if log_file else ""
        return f"An unexpected error happened.{where}"
    translate = QCoreApplication.translate
    text = translate("Cli", "An unexpected error happened.")
    if log_file is None:
        return text
    details = translate("Cli", "The details are in {file}.").format(file=log_file)
    return f"{text} {details}"


def _provider_unusable(error: Exception) -> int:
    """The provider data file cannot be used: say so in the user's language; exit 2."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "Cli", "The file with all2all's server settings cannot be used: {reason}"
    ).format(reason=error)
    print(f"all2all-setup: {text}", file=sys.stderr)
    log.error("provider data: %s", error)
    return ExitCode.BAD_USAGE


def _misused_option(args: argparse.Namespace, is_command: bool) -> str | None:
    """Options that do not go together, said in one line (English, as argparse's own)."""
    if not is_command:
        return None
    if args.preset is not None and args.command != SETUP:
        return "--preset applies to the wizard and the setup command, not to this command"
    for flag, given in (("--self-test", args.self_test), ("--screenshots", args.screenshots)):
        if given:
            return f"{flag} cannot be combined with a command"
    return None


def _print_refusal_json(
    error: dict[str, str],
    exit_code: int = ExitCode.BAD_USAGE,
    log_file: Path | None = None,
    dry_run: bool = False,
) -> None:
    """``setup --json`` promises one JSON object, even when stopped early."""
    import json

    from wizard.commands.setup import refusal_json

    print(json.dumps(refusal_json(error, dry_run, None, log_file, int(exit_code)), indent=2))


def _start_log(args: argparse.Namespace, argv: list[str]) -> Path | None:
    """Open this run's log file and write what was started, with which arguments."""
    from wizard.logging_setup import start_run_log

    log_file = start_run_log(verbose=args.verbose)
    log.info(
        "all2all-setup %s, Python %s, arguments %s",
        __version__,
        sys.version.split()[0],
        _safe_arguments(argv),
    )
    from wizard.launch import log_ignored_presets

    log_ignored_presets()  # the window looked for its preset before this file existed
    return log_file


def _wants_command(argv: list[str]) -> bool:
    """Whether the command line names a subcommand or asks for help (which lists them)."""
    return any(item in COMMANDS or item in {"-h", "--help"} for item in argv)


def _run_gui(args: argparse.Namespace, start_log: Callable[[], Path | None]) -> int:
    from wizard.app import run_app
    from wizard.launch import find_preset_file, ignored_notes

    preset_file = None if args.screenshots else find_preset_file(args.preset)
    return run_app(
        args.provider,
        language=Language(args.lang) if args.lang else None,
        self_test=args.self_test,
        screenshots=args.screenshots,
        start_log=start_log,
        exit_after_first_paint=args.exit_after_first_paint,
        preset_file=preset_file,
        notes=ignored_notes() if args.self_test else (),
    )


def _safe_arguments(argv: list[str]) -> list[str]:
    """The command line for the log, with any value after a password-ish flag hidden."""
    safe: list[str] = []
    hide_next = False
    for item in argv:
        if hide_next:
            safe.append("***")
            hide_next = False
            continue
        flag, equals, _ = item.partition("=")
        if "password" in flag.lower() and flag.startswith("--") and flag != "--password-stdin":
            if equals:
                safe.append(f"{flag}=***")
            else:
                safe.append(item)
                hide_next = True
            continue
        safe.append(item)
    return safe
