"""What the commands share: the global options, the account options, the password reader.

Global options (``--lang``, ``--verbose``, ``--provider``) are accepted before or after
the command's name: the main parser and every command's parser know them, and a
command's copy leaves the value alone when it is not given there.

The password is never an option value: it comes from standard input (or, for
``setup``, from an environment variable that is removed once read), so it never shows
in a process list or a shell history. Whatever the source, it is registered with the
log filter at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from wizard.core.language import Language
from wizard.core.log_secrets import protect  # light: the wizard's start-up imports this module

# A password is at most validation.MAX_PASSWORD characters, 4 bytes each in UTF-8, plus
# a line ending: whatever is longer on standard input is refused, not read whole.
MAX_PASSWORD_BYTES = 4 * 1024 + 2


def add_global_options(parser: argparse.ArgumentParser, in_command: bool) -> None:
    """``--lang``, ``--verbose`` and ``--provider``; ``in_command``: on a command's parser,
    where an absent option must not hide the same option given before the command."""
    parser.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=argparse.SUPPRESS if in_command else None,
        help="language of the window and of the messages (default: the system's language)",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if in_command else False,
        help="also write the log to stderr",
    )
    parser.add_argument(
        "--provider",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS if in_command else None,
        help="provider data file to use instead of the built-in one (tests, IT staff)",
    )


def outgoing_help() -> str:
    """What ``--outgoing`` accepts, with the relay ids of the shipped provider data."""
    from wizard.core.provider import ProviderDataError, load_provider

    try:
        ids = [relay.id for relay in load_provider().relays if relay.offered]
    except ProviderDataError:  # --help must still work with a damaged installation
        ids = []
    known = f" (one of: {', '.join(ids)})" if ids else ""
    return (
        "all2all (its own SMTPS server, the default), the id of an internet provider's "
        f"outgoing server{known}, or HOST[:PORT] of any other outgoing server"
    )


def add_account_options(parser: argparse.ArgumentParser) -> None:
    """The account as ``export`` and ``setup`` take it (validated by the core's rules)."""
    from wizard.core.model import Protocol

    parser.add_argument(
        "--username", metavar="LOGIN", help="the all2all login, e.g. user0001 (not the address)"
    )
    parser.add_argument("--email", metavar="ADDRESS", help="the all2all e-mail address")
    parser.add_argument("--name", metavar="NAME", help="the name recipients see")
    parser.add_argument(
        "--protocol",
        choices=[protocol.value for protocol in Protocol],
        help="imap (the default: mail stays on the server) or pop3",
    )
    parser.add_argument("--outgoing", metavar="all2all|RELAY_ID|HOST[:PORT]", help=outgoing_help())
    parser.add_argument(
        "--keep-days",
        type=int,
        metavar="DAYS",
        help="POP3: days a copy stays on the server, 0 to 3650 (0: no copy)",
    )


class PasswordProblem(StrEnum):
    """Why no password could be read."""

    MISSING = "missing"  # nothing on standard input, or an unset variable
    NOT_UTF8 = "not_utf8"
    TOO_LONG = "too_long"


class PasswordInputError(Exception):
    """No usable password; ``option`` names where it was to come from."""

    def __init__(self, option: str, problem: PasswordProblem, variable: str = "") -> None:
        super().__init__(f"{option}: {problem.value}")
        self.option = option
        self.problem = problem
        self.variable = variable


def read_password_stdin(prompt: str | None = None, stream: BinaryIO | None = None) -> str:
    """The password on standard input: UTF-8, without the one line ending ``echo`` adds.

    On a terminal it is asked without echo (``prompt``; ``None`` refuses a terminal as
    "missing": scripts must pipe it). A line break inside it is left for the rule set
    to refuse (it cannot be part of a password). Raises :class:`PasswordInputError`.
    """
    option = "--password-stdin"
    source = stream if stream is not None else sys.stdin.buffer
    if stream is None and sys.stdin.isatty():
        if prompt is None:
            raise PasswordInputError(option, PasswordProblem.MISSING)
        import getpass

        password = getpass.getpass(prompt)
    else:
        raw = source.read(MAX_PASSWORD_BYTES + 1)
        if len(raw) > MAX_PASSWORD_BYTES:
            raise PasswordInputError(option, PasswordProblem.TOO_LONG)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise PasswordInputError(option, PasswordProblem.NOT_UTF8) from None
        password = text.removesuffix("\n").removesuffix("\r")
    if not password:
        raise PasswordInputError(option, PasswordProblem.MISSING)
    protect(password)
    return password


def read_password_env(variable: str) -> str:
    """The password in the environment variable ``variable``, which is removed at once
    (so that programs started later do not inherit it)."""
    password = os.environ.pop(variable, "")
    if not password:
        raise PasswordInputError("--password-env", PasswordProblem.MISSING, variable)
    protect(password)
    return password


def password_problem_text(error: PasswordInputError) -> str:
    """The refusal in the user's language (QtCore's translation)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if error.problem is PasswordProblem.NOT_UTF8:
        text = translate(
            "Cli",
            "The password on standard input is not UTF-8 text. Save it as UTF-8 and try again.",
        )
    elif error.problem is PasswordProblem.TOO_LONG:
        text = translate("Cli", "The password on standard input is far too long.")
    elif error.variable:
        text = translate("Cli", "The environment variable {name} holds no password.").format(
            name=error.variable
        )
    else:
        text = translate("Cli", "No password on standard input.")
    return f"{error.option}: {text}"
