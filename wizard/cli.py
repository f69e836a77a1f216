"""Command-line front door: global options, subcommands, and handing over to the GUI.

Without a subcommand the wizard window opens. Qt is imported only on that path, so
the command-line tools stay fast and work on machines without a display. With
``--unattended`` the account is set up without any window
(:mod:`wizard.commands.setup`).

An IT preset is given with ``--preset FILE`` or found next to the executable or in the
system-wide place (:mod:`wizard.core.presets.locations`). Looking costs two ``stat`` calls;
the preset machinery is imported only when a file is there.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from wizard import __version__
from wizard.commands import COMMAND_MODULES, COMMANDS, ExitCode
from wizard.commands.setup import add_arguments as add_unattended_arguments
from wizard.commands.setup import given_without_unattended
from wizard.core.language import Language

if TYPE_CHECKING:
    from wizard.core.provider import Provider


log = logging.getLogger(__name__)


def build_parser(gui_only: bool = False, with_commands: bool = True) -> argparse.ArgumentParser:
    """All options; subcommands only for the console entry point and when asked for."""
    parser = argparse.ArgumentParser(
        prog="all2all-setup",
        description="Set up an all2all mail account in the mail programs on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        help="language of the wizard (default: the system's language)",
    )
    parser.add_argument("--verbose", action="store_true", help="also log to stderr")
    parser.add_argument(
        "--provider",
        type=Path,
        metavar="FILE",
        help="provider data file to use instead of the built-in one (tests, IT staff)",
    )
    parser.add_argument(
        "--preset",
        type=Path,
        metavar="FILE",
        help="IT preset: defaults, locked choices, extra servers (see docs/preset-example.toml)",
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
    add_unattended_arguments(parser)
    if not gui_only and with_commands:
        import importlib
        import importlib.util

        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name in COMMAND_MODULES:
            module_name = f"wizard.commands.{name}"
            if importlib.util.find_spec(module_name) is not None:
                importlib.import_module(module_name).register(subparsers)
    return parser


def run(argv: list[str], gui_only: bool = False) -> int:
    """Parse ``argv`` and run the wizard or a subcommand; return the exit code."""
    parser = build_parser(gui_only, with_commands=_wants_command(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # argparse: --help, --version or bad usage
        code = int(exit_request.code or 0) and int(ExitCode.BAD_USAGE)
        if code and "--unattended" in argv and "--json" in argv:
            _print_refusal_json({"kind": "usage", "option": "", "code": "bad_usage"})
        return code
    handler = getattr(args, "handler", None)
    problem = _misused_option(args, handler)
    if problem is not None:
        print(f"all2all-setup: {problem}", file=sys.stderr)
        if args.unattended and args.u_json:
            _print_refusal_json(
                {"kind": "usage", "option": problem.split()[0], "code": "bad_usage"}
            )
        return ExitCode.BAD_USAGE
    log_file: Path | None = None
    try:
        if args.unattended:
            from wizard.commands import setup as unattended

            log_file = _start_log(args, argv)
            return unattended.run(args, log_file)
        if handler is None:
            # The wizard reads the provider data and opens its log itself, after its
            # first page is on screen (both are part of what a person waits for).
            return _run_gui(args, lambda: _start_log(args, argv))
        log_file = _start_log(args, argv)
        if getattr(args, "client", None) == "sheet" and not getattr(args, "dry_run", False):
            # The PDF sheet needs fonts, hence a QGuiApplication, before the plain
            # QCoreApplication that the translations would otherwise create.
            from wizard.pdf.settings_sheet import ensure_gui_application

            ensure_gui_application()
        from wizard.texts.language import install_translations

        # Before the provider data, so that a complaint about it is in the user's language.
        install_translations(Language(args.lang) if args.lang else None)
        provider = _load_provider(args.provider)
        if provider is None:
            return ExitCode.BAD_USAGE
        return int(handler(args, provider))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `all2all-setup clients --json | head`: the reader left early; not our fault.
        # Point stdout at /dev/null so the interpreter's final flush does not fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports it
    except Exception:
        log.exception("unexpected error")
        print(f"all2all-setup: {_unexpected_error_text(log_file)}", file=sys.stderr)
        if args.unattended and args.u_json:  # still the one JSON object a script expects
            _print_refusal_json(
                {"kind": "internal"}, ExitCode.INTERNAL_ERROR, log_file, args.u_dry_run
            )
        return ExitCode.INTERNAL_ERROR


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


def _misused_option(args: argparse.Namespace, handler: object) -> str | None:
    """Options that do not go together, said in one line (English, as argparse's own)."""
    if not args.unattended:
        flag = given_without_unattended(args)
        if flag is not None:
            return f"{flag} only works together with --unattended"
        if handler is not None and args.preset is not None:
            return "--preset applies to the wizard and --unattended, not to a command"
        return None
    if handler is not None:
        return "--unattended cannot be combined with a command"
    for flag, given in (("--self-test", args.self_test), ("--screenshots", args.screenshots)):
        if given:
            return f"--unattended cannot be combined with {flag}"
    return None


def _print_refusal_json(
    error: dict[str, str],
    exit_code: int = ExitCode.BAD_USAGE,
    log_file: Path | None = None,
    dry_run: bool = False,
) -> None:
    """``--unattended --json`` promises one JSON object, even when stopped early."""
    import json

    from wizard.commands.setup import refusal_json

    print(json.dumps(refusal_json(error, dry_run, None, log_file, int(exit_code)), indent=2))


def launch_dir() -> Path | None:
    """The folder a preset may sit in "next to the executable".

    A frozen build: the executable's folder. From source or an installed entry point:
    the folder of the script that was started (``python path/to/script.py``, the
    ``all2all-setup`` launcher). ``None`` when there is no such file (``python -c``).
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    script = sys.argv[0] if sys.argv else ""
    if not script or script == "-c" or not os.path.isfile(script):
        return None
    return Path(script).resolve().parent


def gui_preset(explicit: Path | None) -> Path | None:
    """The preset the wizard must load, or ``None``: only ``stat`` calls, no parsing."""
    from wizard.core.presets.locations import find_preset, preset_locations

    return find_preset(preset_locations(sys.platform, launch_dir(), os.environ, explicit), explicit)


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
    return log_file


def _load_provider(path: Path | None) -> Provider | None:
    """The provider data for a command, or ``None`` after saying why it is unusable."""
    from wizard.core.provider import ProviderDataError, load_provider

    try:
        return load_provider(path)
    except ProviderDataError as error:
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate(
            "Cli", "The file with all2all's server settings cannot be used: {reason}"
        ).format(reason=error)
        print(f"all2all-setup: {text}", file=sys.stderr)
        log.error("provider data: %s", error)
        return None


def _wants_command(argv: list[str]) -> bool:
    """Whether the command line names a subcommand or asks for help (which lists them)."""
    return any(item in COMMANDS or item in {"-h", "--help"} for item in argv)


def _run_gui(args: argparse.Namespace, start_log: Callable[[], Path | None]) -> int:
    from wizard.app import run_app

    return run_app(
        args.provider,
        language=Language(args.lang) if args.lang else None,
        self_test=args.self_test,
        screenshots=args.screenshots,
        start_log=start_log,
        exit_after_first_paint=args.exit_after_first_paint,
        preset_file=None if args.screenshots else gui_preset(args.preset),
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
