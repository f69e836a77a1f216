"""One mail program's result as lines for a person at a terminal (``export``, ``setup``).

In the user's language, with the wizard's own explanations (QtCore only); the advice
speaks of running the command again, never of buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.exporters.base import Status
from wizard.core.setup import ClientResult
from wizard.texts import Surface
from wizard.texts import export as messages


def client_report_lines(result: ClientResult, email: str, dry_run: bool) -> list[str]:
    """Where, what changed (or would change), notes, and the backups made."""
    report, plan = result.report, result.plan
    translate = QCoreApplication.translate
    lines = [f"{messages.client_name(report.client)}: {report.target or ''}"]
    if dry_run and plan is not None and report.status is Status.DONE:
        change = messages.change_message(plan.change, plan.client, email, plan.target.name)
        lines.append("  " + change)
        lines += ["  - " + messages.action_message(action) for action in plan.actions]
    else:
        lines.append("  " + messages.report_text(report, Surface.COMMAND_LINE))
    lines += ["  " + messages.note_message(note, report.client) for note in report.notes]
    copy = translate("Cli", "Copy of the previous settings: {file}")
    lines += ["  " + copy.format(file=backup) for backup in report.backups]
    return lines
