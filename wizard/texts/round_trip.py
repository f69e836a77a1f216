"""The round trip in words: the test message itself, and "sent ✓ — arrived after 2 s ✓".

The core sends whatever words it is handed (:class:`MessageText`), so the message is in
the user's language; here are those words, the short outcome line the connection-test
page and the command line show, and the explanation of a failure (the connection
test's own, :func:`~wizard.texts.probe.probe_problem`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.results import Server
from wizard.core.probe.round_trip import RoundTripReport
from wizard.core.probe.round_trip_message import MessageText
from wizard.texts import Surface
from wizard.texts.probe import ProblemContext, ProblemText, RowState, format_seconds, probe_problem

translate = QCoreApplication.translate


def message_text() -> MessageText:
    """Subject and body of the test message, in the current language."""
    return MessageText(
        subject=translate("RoundTrip", "all2all: test message"),
        body=translate(
            "RoundTrip",
            "This message was sent by the all2all setup assistant, to check that mail sent from "
            "this computer really arrives in your mailbox.\n\n"
            "It is deleted again straight away. If you can still see it, you can delete it.",
        ),
    )


def _arrival_time(seconds: float) -> str:
    """Like "1.2 s"; below a second with two decimals, so it never reads "0.0 s"."""
    return format_seconds(seconds, 2 if seconds < 1 else 1)


def outcome_parts(report: RoundTripReport) -> list[tuple[str, RowState]]:
    """The stages reached, each with its state: sent, arrived (after N s), deleted."""
    parts: list[tuple[str, RowState]] = []
    if not report.sent:
        state = RowState.STOPPED if report.cancelled else RowState.FAILED
        return [(translate("RoundTrip", "not sent"), state)]
    parts.append((translate("RoundTrip", "sent"), RowState.OK))
    if report.received and report.seconds is not None:
        arrived = translate("RoundTrip", "arrived after {seconds}").format(
            seconds=_arrival_time(report.seconds)
        )
        parts.append((arrived, RowState.OK))
    elif report.cancelled:
        parts.append((translate("RoundTrip", "stopped while waiting"), RowState.STOPPED))
        return parts
    else:
        parts.append((translate("RoundTrip", "not arrived yet"), RowState.WARNING))
        return parts
    if report.deleted:
        parts.append((translate("RoundTrip", "deleted again"), RowState.OK))
    else:
        parts.append((translate("RoundTrip", "still in your inbox"), RowState.WARNING))
    return parts


def waiting_line() -> str:
    """Before the logins are tested: the message goes only once both work."""
    return translate("RoundTrip", "Test message: sent once receiving and sending work.")


def not_sent_line() -> str:
    """The logins failed or the test was stopped first: no message was sent."""
    return translate("RoundTrip", "Test message: not sent.")


def running_line(sent: bool, arrived_after: float | None) -> str:
    """While the round trip runs: where the message is now."""
    done: list[tuple[str, RowState]] = []
    if sent:
        done.append((translate("RoundTrip", "sent"), RowState.OK))
    if arrived_after is not None:
        arrived = translate("RoundTrip", "arrived after {seconds}").format(
            seconds=_arrival_time(arrived_after)
        )
        done.append((arrived, RowState.OK))
    if arrived_after is not None:
        now = translate("RoundTrip", "deleting it again…")
    elif sent:
        now = translate("RoundTrip", "waiting for it to arrive…")
    else:
        now = translate("RoundTrip", "sending…")
    parts = [f"{text} {state.value}" for text, state in done] + [now]
    return translate("RoundTrip", "Test message: {parts}").format(parts=" — ".join(parts))


def outcome_line(report: RoundTripReport) -> str:
    """``Test message: sent ✔ — arrived after 1.2 s ✔ — deleted again ✔``."""
    parts = " — ".join(f"{text} {state.value[0]}" for text, state in outcome_parts(report))
    return translate("RoundTrip", "Test message: {parts}").format(parts=parts)


def round_trip_problem(
    report: RoundTripReport, surface: Surface = Surface.WINDOW
) -> ProblemText | None:
    """What went wrong and what to do, or ``None`` when it worked."""
    failed = report.failed_step
    if report.code is None or failed is None:
        return None
    incoming = failed.server is Server.INCOMING or report.code is ProbeErrorCode.NOT_ARRIVED
    endpoint = report.incoming if incoming else report.outgoing
    where = ProblemContext(
        Server.INCOMING if incoming else Server.OUTGOING,
        endpoint.host if endpoint else "",
        endpoint.port if endpoint else 0,
        report.outgoing_is_relay and not incoming,
    )
    return probe_problem(report.code, where, surface)
