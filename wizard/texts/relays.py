"""The relay search in words: each relay's answer, and what to choose because of it.

"Your connection seems to be Telenet's: uit.telenet.be answers from here", or, when
none answers, that all2all's own server is the way. The window and the command line
show the same sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.relays import RelayAnswer, RelaySearch
from wizard.texts.probe import format_seconds

translate = QCoreApplication.translate


def _reason(code: ProbeErrorCode | None) -> str:
    reasons = {
        ProbeErrorCode.DNS_FAILED: translate("Relays", "its name is unknown here"),
        ProbeErrorCode.REFUSED: translate("Relays", "it refuses the connection"),
        ProbeErrorCode.PORT_BLOCKED: translate("Relays", "no answer: the port is blocked"),
        ProbeErrorCode.TIMEOUT: translate("Relays", "it does not answer in time"),
        ProbeErrorCode.SERVER_ERROR: translate("Relays", "it does not serve this connection"),
        ProbeErrorCode.CANCELLED: translate("Relays", "stopped"),
    }
    fallback = translate("Relays", "no answer")
    return reasons.get(code, fallback) if code is not None else fallback


def answer_text(answer: RelayAnswer) -> str:
    """``Telenet — uit.telenet.be, port 25: answers (0.1 s)`` (an ISP's name may hold
    brackets of its own: "Proximus (Skynet, Belgacom)")."""
    endpoint = answer.relay.endpoint
    if answer.answers:
        status = translate("Relays", "answers ({seconds})").format(
            seconds=format_seconds(answer.seconds)
        )
    else:
        status = _reason(answer.code)
    return translate("Relays", "{isp} — {host}, port {port}: {status}").format(
        host=endpoint.host, isp=answer.relay.isp, port=endpoint.port, status=status
    )


def suggestion_text(search: RelaySearch) -> str:
    """What the search means for the choice of outgoing server."""
    if search.cancelled:
        return translate("Relays", "The search was stopped.")
    suggested = search.suggested
    if suggested is not None:
        return translate(
            "Relays", "Your connection seems to be {isp}'s: {host} answers from here."
        ).format(isp=suggested.isp, host=suggested.endpoint.host)
    if any(a.relay.offered and a.relay.own_network_only for a in search.answering):
        return translate(
            "Relays",
            "Servers of several internet providers answer from here, so this connection "
            "does not tell which one is yours. all2all's own outgoing server works on "
            "almost every network.",
        )
    return translate(
        "Relays",
        "None of the internet providers' outgoing servers answers from here. Use all2all's "
        "own outgoing server: it works on almost every network, with your all2all username "
        "and password.",
    )
