"""``all2all-setup clients``: which mail programs and profiles this computer has.

IT staff run this before ``export`` to see which profile would be configured; the
``--json`` form is what scripts read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wizard.core.exporters import exporter_names, make_exporter
from wizard.core.exporters.base import Environment, ExportError, Installation
from wizard.exit_codes import ExitCode


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``clients`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "clients", help="list the mail programs and profiles found for this user"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)
    return parser


def installation_json(installation: Installation) -> dict[str, Any]:
    """One installation as plain JSON types."""
    return {
        "client": installation.client,
        "root": str(installation.root),
        "variant": installation.variant,
        "profiles": [
            {"name": target.name, "path": str(target.path), "default": target.is_default}
            for target in installation.targets
        ],
    }


def run(args: argparse.Namespace, log_file: Path | None) -> int:
    """List every client's installations; exit 0 even when none is found."""
    del log_file
    env = Environment.from_os()
    found: list[Installation] = []
    errors: list[tuple[str, ExportError]] = []
    for name in exporter_names():
        try:
            found += make_exporter(name, env).detect()
        except ExportError as failure:
            errors.append((name, failure))
    if args.json:
        data = {
            "clients": [installation_json(installation) for installation in found],
            "errors": [
                {"client": name, "code": failure.code.value, "path": str(failure.path)}
                for name, failure in errors
            ],
        }
        json.dump(data, sys.stdout, indent=2)
        print()
        return ExitCode.OK
    _print_readable(found, errors)
    return ExitCode.OK


def _print_readable(found: list[Installation], errors: list[tuple[str, ExportError]]) -> None:
    """For people, in their language; client ids and variants stay as ``export`` takes them."""
    from PySide6.QtCore import QCoreApplication

    from wizard.texts.export import error_message  # QtCore only

    translate = QCoreApplication.translate
    if not found and not errors:
        print(translate("Cli", "No supported mail program was found for this user."))
    for installation in found:
        print(f"{installation.client} ({installation.variant}): {installation.root}")
        for target in installation.targets:
            if target.is_default:
                line = translate("Cli", "profile {name}: {path} (default)")
            else:
                line = translate("Cli", "profile {name}: {path}")
            print("  " + line.format(name=target.name, path=target.path))
    for name, failure in errors:
        where = f" {failure.path}" if failure.path else ""
        explanation = error_message(failure.code, name)
        print(f"{name}:{where}: {explanation} ({failure.code.value})", file=sys.stderr)
