"""Sending the round trip's test message through exactly the outgoing server chosen.

The same conversation as the connection test's SMTP chain (verified TLS, EHLO, AUTH
PLAIN for all2all's server; an ISP relay never sees the password), then MAIL FROM,
RCPT TO and DATA. What the server answers to those is turned into a stable code by
:func:`refusal_code`, from the enhanced status code (RFC 3463) where the server gives
one, else from the reply code and the words real servers use.
"""

from __future__ import annotations

import re
import ssl
from enum import StrEnum

from wizard.core.model import ServerEndpoint
from wizard.core.probe.errors import ProbeError, ProbeErrorCode
from wizard.core.probe.net import Link
from wizard.core.probe.results import Step
from wizard.core.probe.round_trip_message import TestMessage

# The chain's own helpers: one way of reading replies, saying EHLO and logging in.
from wizard.core.probe.smtp import smtp_expect, smtp_hello, smtp_login, smtp_reply
from wizard.core.probe.steps import Credentials, Done, Steps

_ENHANCED = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


class Phase(StrEnum):
    """Which command of the mail transaction got the answer."""

    MAIL = "mail"  # MAIL FROM: the sender
    RCPT = "rcpt"  # RCPT TO: the recipient
    DATA = "data"  # DATA, or the end of the message


def _enhanced(lines: list[str]) -> str:
    """The enhanced status code (``5.7.1``) of a reply, or empty."""
    words = lines[0][4:].split() if lines and len(lines[0]) > 4 else []
    return words[0] if words and _ENHANCED.match(words[0]) else ""


def refusal_code(phase: Phase, code: int, lines: list[str], relay: bool) -> ProbeErrorCode:
    """What a refusal means, as a stable code (``relay``: an ISP's server, no login)."""
    enhanced = _enhanced(lines)
    text = " ".join(lines).lower()
    detail = enhanced[2:] if enhanced else ""
    if detail in {"2.2"} or "quota" in text or "mailbox full" in text or "mailbox is full" in text:
        return ProbeErrorCode.MAILBOX_FULL
    if detail in {"3.4", "2.3"} or (code == 552 and phase is not Phase.RCPT) or "too large" in text:
        return ProbeErrorCode.MESSAGE_TOO_LARGE
    if code == 552:  # RFC 5321: "exceeded storage allocation", at RCPT the mailbox's
        return ProbeErrorCode.MAILBOX_FULL
    if code == 421 or code // 100 == 4:  # busy, greylisting, a local error: try later
        return ProbeErrorCode.SERVER_ERROR
    relaying = "relay" in text or "rcpthosts" in text or code == 551
    if phase is not Phase.DATA and relaying:
        return ProbeErrorCode.RELAY_REFUSED
    if relay and (code == 530 or (phase is Phase.RCPT and detail == "7.1")):
        # An ISP's server that wants a login, or refuses this recipient by policy:
        # it does not pass mail on for this network.
        return ProbeErrorCode.RELAY_REFUSED
    if phase is Phase.MAIL:
        return ProbeErrorCode.SENDER_REJECTED
    if phase is Phase.RCPT:
        return ProbeErrorCode.RECIPIENT_REJECTED
    return ProbeErrorCode.SERVER_ERROR


def _expect(link: Link, command: str, accepted: set[int], phase: Phase, relay: bool) -> str:
    if command:
        link.send(command.encode("ascii") + b"\r\n")
    code, lines = smtp_reply(link)
    if code in accepted:
        return " ".join(lines)
    raise ProbeError(refusal_code(phase, code, lines, relay), " ".join(lines))


def dot_stuffed(data: bytes) -> bytes:
    """The message as DATA carries it: CRLF lines, a leading dot doubled, then ``.``."""
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    body = b"".join((b"." + line if line.startswith(b".") else line) + b"\r\n" for line in lines)
    return body + b".\r\n"


def _transaction(
    link: Link, message: TestMessage, extensions: dict[str, list[str]], relay: bool
) -> Done[None]:
    size = f" SIZE={len(message.data)}" if "SIZE" in extensions else ""
    _expect(link, f"MAIL FROM:<{message.address}>{size}", {250}, Phase.MAIL, relay)
    _expect(link, f"RCPT TO:<{message.address}>", {250, 251}, Phase.RCPT, relay)
    _expect(link, "DATA", {354}, Phase.DATA, relay)
    link.send(dot_stuffed(message.data))
    answer = _expect(link, "", {250}, Phase.DATA, relay)
    return Done(None, answer)


def send_test_message(
    steps: Steps,
    link: Link,
    endpoint: ServerEndpoint,
    context: ssl.SSLContext,
    credentials: Credentials | None,
    message: TestMessage,
    local_name: str,
) -> None:
    """Log in (all2all's server) or just greet (an ISP relay), then send ``message``.

    The SEND step ends when the server has taken the message; QUIT follows as LOGOUT.
    """
    extensions = smtp_hello(steps, link, endpoint, context, local_name, credentials is not None)
    if credentials is not None:
        steps.run(Step.LOGIN, lambda: smtp_login(link, credentials, extensions))
    relay = credentials is None
    steps.run(Step.SEND, lambda: _transaction(link, message, extensions, relay))
    steps.run(Step.LOGOUT, lambda: Done(None, " ".join(smtp_expect(link, "QUIT", 221))))
