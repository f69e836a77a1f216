"""Entry points: ``python -m wizard``, ``all2all-setup`` and ``all2all-setup-gui``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Console entry: the wizard without a subcommand, a command-line tool with one."""
    from wizard.hardening import harden_process

    harden_process()  # before any password can be typed or read
    from wizard.cli import run

    return run(sys.argv[1:] if argv is None else argv)


def main_gui() -> int:
    """GUI entry for shortcuts (no console window on Windows): always the wizard."""
    from wizard.hardening import harden_process

    harden_process()
    from wizard.cli import run

    return run(sys.argv[1:], gui_only=True)


if __name__ == "__main__":
    sys.exit(main())
