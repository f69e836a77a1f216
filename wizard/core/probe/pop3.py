"""The POP3S chain of the connection test: greeting, AUTH PLAIN (or USER/PASS), STAT, UIDL."""

from __future__ import annotations

import ssl

from wizard.core.limits import MAX_ANSWER_LINES
from wizard.core.model import Security, ServerEndpoint
from wizard.core.probe.errors import ProbeError, ProbeErrorCode
from wizard.core.probe.net import Link
from wizard.core.probe.results import Step
from wizard.core.probe.steps import Credentials, Done, Steps, open_connection


def _pop3_reply(link: Link, failure: ProbeErrorCode = ProbeErrorCode.SERVER_ERROR) -> str:
    line = link.readline()
    if line.startswith("+OK"):
        return line
    if line.startswith("-ERR"):
        raise ProbeError(failure, line)
    raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, line[:200])


def _pop3_lines(link: Link) -> list[str]:
    lines: list[str] = []
    while (line := link.readline()) != ".":
        if len(lines) >= MAX_ANSWER_LINES:
            raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "answer too long")
        lines.append(line[1:] if line.startswith("..") else line)
    return lines


def pop3_chain(
    steps: Steps,
    link: Link,
    endpoint: ServerEndpoint,
    context: ssl.SSLContext,
    credentials: Credentials,
) -> None:
    """POP3S as a mail program uses it: login, STAT, UIDL, QUIT."""
    open_connection(steps, link, endpoint, context)
    steps.run(Step.GREETING, lambda: Done(None, _pop3_reply(link)))
    if endpoint.security is Security.STARTTLS:
        steps.run(Step.TLS, lambda: _pop3_starttls(link, context, endpoint.host))
    capabilities = steps.run(Step.LOGIN, lambda: _pop3_login(link, credentials))
    steps.run(Step.STAT, lambda: _pop3_stat(link))
    steps.run(Step.UIDL, lambda: _pop3_uidl(link, capabilities))
    steps.run(Step.LOGOUT, lambda: _pop3_command(link, "QUIT"))


def _pop3_command(link: Link, command: str) -> Done[None]:
    link.send(command.encode("ascii") + b"\r\n")
    return Done(None, _pop3_reply(link))


def _pop3_capabilities(link: Link) -> dict[str, list[str]]:
    link.send(b"CAPA\r\n")
    try:
        _pop3_reply(link)
    except ProbeError as error:
        if error.code is ProbeErrorCode.SERVER_ERROR:  # -ERR: an old server without CAPA
            return {}
        raise
    return {words[0].upper(): words[1:] for words in map(str.split, _pop3_lines(link)) if words}


def _pop3_starttls(link: Link, context: ssl.SSLContext, host: str) -> Done[None]:
    link.send(b"STLS\r\n")
    _pop3_reply(link, ProbeErrorCode.TLS_HANDSHAKE_FAILED)
    return Done(None, link.start_tls(context, host))


def _pop3_login(link: Link, credentials: Credentials) -> Done[dict[str, list[str]]]:
    capabilities = _pop3_capabilities(link)
    try:
        if "PLAIN" in (mechanism.upper() for mechanism in capabilities.get("SASL", [])):
            link.send(f"AUTH PLAIN {credentials.plain_token()}\r\n".encode("ascii"))
            with link.awaiting_login():
                answer = _pop3_reply(link, ProbeErrorCode.AUTH_FAILED)
        else:  # USER/PASS, as UTF-8 bytes: what mail programs do with such servers
            link.send(b"USER " + credentials.username.encode("utf-8") + b"\r\n")
            _pop3_reply(link, ProbeErrorCode.AUTH_FAILED)
            link.send(b"PASS " + credentials.password.encode("utf-8") + b"\r\n")
            with link.awaiting_login():
                answer = _pop3_reply(link, ProbeErrorCode.AUTH_FAILED)
    except ProbeError as error:
        if error.code is ProbeErrorCode.AUTH_FAILED and error.detail.upper().startswith(
            ("-ERR [SYS/", "-ERR [IN-USE]")
        ):
            raise ProbeError(ProbeErrorCode.SERVER_ERROR, error.detail) from None
        raise
    return Done(capabilities, answer)


def _pop3_stat(link: Link) -> Done[None]:
    link.send(b"STAT\r\n")
    answer = _pop3_reply(link)
    parts = answer.split()
    if len(parts) < 3 or not parts[1].isdigit() or not parts[2].isdigit():
        raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, answer[:200])
    return Done(None, answer)


def _pop3_uidl(link: Link, capabilities: dict[str, list[str]]) -> Done[None]:
    if "UIDL" in capabilities:
        return Done(None, "UIDL (CAPA)")
    link.send(b"UIDL\r\n")
    answer = _pop3_reply(link, ProbeErrorCode.PROTOCOL_ERROR)
    _pop3_lines(link)
    return Done(None, answer)
