"""``all2all-setup clients``: which mail programs and profiles this computer has.

IT staff run this before ``export`` to see which profile would be configured; the
``--json`` form is what scripts read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from wizard.commands import ExitCode
from wizard.core.exporters import exporter_names, make_exporter
from wizard.core.exporters.base import Environment, ExportError, Installation
from wizard.core.provider import Provider


def register(subparsers: Any) -> None:
    """Add the ``clients`` subcommand."""
    parser = subparsers.add_parser(
        "clients", help="list the mail programs and profiles found for this user"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


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


def run(args: argparse.Namespace, provider: Provider) -> int:
    """List every client's installations; exit 0 even when none is found."""
    del provider
    env = Environment.from_os()
    found: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    for name in exporter_names():
        try:
            installations = make_exporter(name, env).detect()
        except ExportError as failure:
            errors.append({"client": name, "code": failure.code.value, "path": str(failure.path)})
            continue
        found += [installation_json(installation) for installation in installations]
    if args.json:
        json.dump({"clients": found, "errors": errors}, sys.stdout, indent=2)
        print()
        return ExitCode.OK
    if not found and not errors:
        print("No supported mail program was found for this user.")
    for item in found:
        print(f"{item['client']} ({item['variant']}): {item['root']}")
        for profile in item["profiles"]:
            mark = "  (default)" if profile["default"] else ""
            print(f"  profile {profile['name']}: {profile['path']}{mark}")
    for error in errors:
        print(f"{error['client']}: cannot read {error['path']} ({error['code']})", file=sys.stderr)
    return ExitCode.OK
