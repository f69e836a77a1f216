"""``all2all-setup password-strength``: score a password read from standard input.

The password comes on stdin, never as an argument, so it does not end up in the shell
history, the process list or the run log. IT staff use this to check the passwords they
hand out against the same rules the wizard applies.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wizard.exit_codes import ExitCode

NAME = "password-strength"


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the subcommand to the ``all2all-setup`` parser."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        NAME,
        help="rate a password read from standard input (score 0-4 and reasons)",
        description=(
            "Read one password from standard input (one trailing newline is removed; on a "
            "terminal it is asked without echo) and "
            "rate it as the wizard does. The login, address and name count as personal "
            "data a password should not contain. Exit code 0, or 2 if the input cannot "
            "be a password (empty, control characters, not UTF-8)."
        ),
    )
    parser.add_argument("--username", default="", metavar="U", help="the all2all login")
    parser.add_argument("--email", default="", metavar="E", help="the e-mail address")
    parser.add_argument("--name", default="", metavar="N", help="the display name")
    parser.add_argument(
        "--json", action="store_true", help='print {"score": int, "reasons": [str]}'
    )
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, log_file: Path | None) -> int:
    """Score stdin's password and print the result; never prints the password."""
    from PySide6.QtCore import QCoreApplication

    from wizard.commands.options import (
        PasswordInputError,
        PasswordProblem,
        password_problem_text,
        read_password_stdin,
    )
    from wizard.core.provider import load_provider
    from wizard.core.strength.rating import Reason, evaluate, personal_words

    del log_file
    provider = load_provider(args.provider)
    translate = QCoreApplication.translate
    try:
        password = read_password_stdin(translate("Cli", "Password (not shown): "))
    except PasswordInputError as error:
        if error.problem is not PasswordProblem.MISSING:
            return _refuse(password_problem_text(error).removeprefix(f"{error.option}: "))
        password = ""  # rated below: "empty" in --json, then refused
    words = personal_words(
        (args.username, args.email, args.name),
        hosts=(provider.name, provider.incoming_host, provider.smtp.host),
    )
    result = evaluate(password, words)
    reasons = [reason.value for reason in result.reasons]
    if args.json:
        print(json.dumps({"score": result.score, "reasons": reasons}))
    elif not result.refused:
        from wizard.texts.strength import level_text, reason_advice  # QtCore only

        print(level_text(result.score))
        for reason in result.reasons:
            print(f"- {reason_advice(reason)} ({reason.value})")
    if Reason.CONTROL_CHARACTERS in result.reasons:
        return _refuse(
            translate(
                "Cli",
                "The password contains invisible characters, such as a tab or a second "
                "line. A password cannot contain them.",
            )
        )
    if Reason.EMPTY in result.reasons:
        return _refuse(translate("Cli", "No password on standard input."))
    return ExitCode.OK


def _refuse(message: str) -> int:
    """Say why the input cannot be a password; exit code 2 (bad usage)."""
    print(f"all2all-setup {NAME}: {message}", file=sys.stderr)
    return ExitCode.BAD_USAGE
