"""The plain-text report a user sends to the helpdesk: facts and codes, never the password.

It is deliberately not translated: support staff read it, and codes and server answers
are the same in every language. The login is masked unless the user agrees to show it.
"""

from __future__ import annotations

import platform
import ssl
import sys

from wizard.core.probe.results import ProbeReport, StepResult
from wizard.core.probe.round_trip import RoundTripReport


def mask_login(login: str) -> str:
    """``user0001`` -> ``us*****01``: recognisable for the user, useless to anyone else.

    Always five stars, so the mask does not even tell the login's length.
    """
    if len(login) <= 4:
        return "*****"
    return login[:2] + "*****" + login[-2:]


def helpdesk_report(report: ProbeReport, login: str, version: str, show_login: bool = False) -> str:
    """Versions, servers, every step with its code, time and server answer."""
    shown_login = login if show_login else mask_login(login)
    lines = [
        f"all2all-setup {version} connection test",
        f"Python {sys.version.split()[0]}, {ssl.OPENSSL_VERSION}, {platform.platform()}",
        f"login: {shown_login}",
        f"protocol: {report.protocol}",
        f"incoming: {report.incoming}",
        f"outgoing: {report.outgoing}" + (" (ISP relay)" if report.outgoing_is_relay else ""),
        f"result: {'ok' if report.ok else 'not ok'} in {report.seconds:.3f}s",
        "",
    ]
    lines += [_step_line(step) for step in report.steps]
    if report.quota is not None:
        lines.append(
            f"quota: {report.quota.used_bytes} of {report.quota.limit_bytes} bytes "
            f"({report.quota.percent:.0f} %)"
        )
    if report.smtp_size_limit_bytes is not None:
        lines.append(f"smtp size limit: {report.smtp_size_limit_bytes} bytes")
    if report.missing_folders:
        lines.append("missing folders: " + ", ".join(report.missing_folders))
    return "\n".join(lines) + "\n"


def round_trip_lines(report: RoundTripReport) -> list[str]:
    """The round trip for the same report: outcome, Message-ID, every step."""
    seconds = f"{report.seconds:.3f}s" if report.seconds is not None else "-"
    lines = [
        "",
        f"round trip: {'ok' if report.ok else 'not ok'}"
        + (f" [{report.code}]" if report.code else "")
        + f", sent {report.sent}, received {report.received} after {seconds},"
        + f" deleted {report.deleted}",
        f"message-id: {report.message_id}",
    ]
    lines += [_step_line(step) for step in report.steps]
    return lines


def _step_line(step: StepResult) -> str:
    status = "ok" if step.ok else ("warning" if step.warning else "FAILED")
    code = f" [{step.code}]" if step.code else ""
    detail = f"  {step.detail}" if step.detail else ""
    return f"{step.server:<8} {step.step:<8} {status:<7}{code} {step.seconds:.3f}s{detail}"
