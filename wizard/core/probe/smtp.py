"""The SMTP chain of the connection test: SMTPS submission with AUTH PLAIN, or a relay check.

An ISP relay only gets a greeting, an EHLO and a QUIT: the all2all password is never
sent to a server that does not belong to all2all.
"""

from __future__ import annotations

import ssl

from wizard.core.limits import MAX_ANSWER_LINES
from wizard.core.model import Security, ServerEndpoint
from wizard.core.probe.errors import ProbeError, ProbeErrorCode
from wizard.core.probe.net import Link
from wizard.core.probe.results import Step
from wizard.core.probe.steps import Credentials, Done, Facts, Steps, open_connection


def smtp_reply(link: Link) -> tuple[int, list[str]]:
    lines: list[str] = []
    while True:
        line = link.readline()
        if len(line) < 3 or not line[:3].isdigit() or line[3:4] not in {"", " ", "-"}:
            raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, line[:200])
        lines.append(line)
        if line[3:4] != "-":
            return int(line[:3]), lines
        if len(lines) >= MAX_ANSWER_LINES:
            raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "answer too long")


def smtp_expect(link: Link, command: str, expected: int, secret: str = "") -> list[str]:
    if command:
        link.send(f"{command}{secret}\r\n".encode("ascii"))
    code, lines = smtp_reply(link)
    if code == expected:
        return lines
    if code == 535 or (code == 454 and "AUTH" in command):
        failure = ProbeErrorCode.AUTH_FAILED if code == 535 else ProbeErrorCode.SERVER_ERROR
        raise ProbeError(failure, " ".join(lines))
    raise ProbeError(ProbeErrorCode.SERVER_ERROR, " ".join(lines))


def smtp_ehlo(link: Link, local_name: str) -> Done[dict[str, list[str]]]:
    name = local_name or f"[{link.local_address()}]"
    if ":" in name and not name.startswith("[IPv6:"):
        name = f"[IPv6:{link.local_address()}]"
    lines = smtp_expect(link, f"EHLO {name}", 250)
    extensions = {words[0].upper(): words[1:] for words in (line[4:].split() for line in lines[1:])}
    return Done(extensions, " | ".join(lines))


def smtp_hello(
    steps: Steps,
    link: Link,
    endpoint: ServerEndpoint,
    context: ssl.SSLContext,
    local_name: str,
    sends_password: bool,
) -> dict[str, list[str]]:
    """Connect, take the greeting, say EHLO (again after STARTTLS where the server uses
    it): the server's extensions, each step reported. Both the login test and the test
    message begin this way."""
    open_connection(steps, link, endpoint, context, sends_password=sends_password)
    steps.run(Step.GREETING, lambda: Done(None, " ".join(smtp_expect(link, "", 220))))
    extensions = steps.run(Step.EHLO, lambda: smtp_ehlo(link, local_name))
    if endpoint.security is Security.STARTTLS:
        steps.run(Step.TLS, lambda: smtp_starttls(link, context, endpoint.host, extensions))
        extensions = steps.run(Step.EHLO, lambda: smtp_ehlo(link, local_name))
    return extensions


def smtp_chain(
    steps: Steps,
    link: Link,
    endpoint: ServerEndpoint,
    context: ssl.SSLContext,
    credentials: Credentials | None,
    facts: Facts,
    local_name: str,
) -> None:
    """SMTPS submission (EHLO, SIZE, AUTH PLAIN) or, without credentials, a relay check."""
    extensions = smtp_hello(steps, link, endpoint, context, local_name, credentials is not None)
    if credentials is not None:
        facts.smtp_size_limit_bytes = steps.run(Step.SIZE, lambda: _smtp_size(extensions))
        steps.run(Step.LOGIN, lambda: smtp_login(link, credentials, extensions))
    steps.run(Step.LOGOUT, lambda: Done(None, " ".join(smtp_expect(link, "QUIT", 221))))


def smtp_starttls(
    link: Link, context: ssl.SSLContext, host: str, extensions: dict[str, list[str]]
) -> Done[None]:
    if "STARTTLS" not in extensions:
        raise ProbeError(ProbeErrorCode.TLS_HANDSHAKE_FAILED, "STARTTLS not offered")
    smtp_expect(link, "STARTTLS", 220)
    return Done(None, link.start_tls(context, host))


def _smtp_size(extensions: dict[str, list[str]]) -> Done[int | None]:
    values = extensions.get("SIZE", [])
    if values and values[0].isdigit() and int(values[0]) > 0:
        return Done(int(values[0]), f"SIZE {values[0]}")
    return Done(None, "no SIZE limit announced")


def smtp_login(
    link: Link, credentials: Credentials, extensions: dict[str, list[str]]
) -> Done[None]:
    if "PLAIN" not in (mechanism.upper() for mechanism in extensions.get("AUTH", [])):
        raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "AUTH PLAIN not offered")
    with link.awaiting_login():
        lines = smtp_expect(link, "AUTH PLAIN ", 235, credentials.plain_token())
    return Done(None, " ".join(lines))
