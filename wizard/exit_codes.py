"""The documented exit codes, shared by the wizard, every command and the set-up."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes, shared by every subcommand and the unattended mode."""

    OK = 0
    ACCOUNT_NOT_WORKING = 1
    BAD_USAGE = 2
    CLIENT_FAILED = 3
    INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug; the traceback is in the log file
