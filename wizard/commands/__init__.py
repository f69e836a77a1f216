"""Command-line subcommands (``all2all-setup probe`` and so on), one module each.

Each module defines ``register(subparsers)``, which adds its parser and sets
``handler`` to a function ``(args, provider) -> int`` returning an :class:`ExitCode`.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes, shared by every subcommand and the unattended mode."""

    OK = 0
    ACCOUNT_NOT_WORKING = 1
    BAD_USAGE = 2
    CLIENT_FAILED = 3
    INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug; the traceback is in the log file


# Subcommand name -> module, in the order ``--help`` lists them. Modules are imported
# only when a subcommand (or --help) is asked for, so opening the wizard does not pay
# for the probing and exporting code.
COMMANDS = {
    "probe": "probe",
    "password-strength": "password_strength",
    "clients": "clients",
    "export": "export",
}
COMMAND_MODULES = tuple(COMMANDS.values())
