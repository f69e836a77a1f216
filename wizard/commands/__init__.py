"""Command-line subcommands (``all2all-setup probe`` and so on), one module each.

Each module defines ``register(subparsers)``, which adds its parser (and returns it, so
the front door can add the global options) and sets ``handler`` to a function
``(args, log_file) -> int`` returning an :class:`ExitCode`. Commands never import the
window's package (``wizard.gui``): the texts they share with it are in ``wizard.texts``.
"""

from __future__ import annotations

from wizard.exit_codes import ExitCode

__all__ = ["COMMANDS", "COMMAND_MODULES", "ExitCode"]


# Subcommand name -> module, in the order ``--help`` lists them. Modules are imported
# only when a subcommand (or --help) is asked for, so opening the wizard does not pay
# for the probing and exporting code.
COMMANDS = {
    "probe": "probe",
    "password-strength": "password_strength",
    "clients": "clients",
    "export": "export",
    "setup": "setup",
    "relays": "relays",
    "doctor": "doctor",
    "remove": "remove",
}
COMMAND_MODULES = tuple(COMMANDS.values())
