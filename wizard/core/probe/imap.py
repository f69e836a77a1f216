"""The IMAPS chain of the connection test: greeting, AUTHENTICATE PLAIN, quota, folders."""

from __future__ import annotations

import re
import ssl

from wizard.core.limits import MAX_ANSWER_LINES
from wizard.core.model import Security, ServerEndpoint
from wizard.core.probe.errors import ProbeError, ProbeErrorCode
from wizard.core.probe.net import MAX_LINE, Link
from wizard.core.probe.results import Quota, Step
from wizard.core.probe.steps import Credentials, Done, Facts, Steps, open_connection

USUAL_FOLDERS = {"\\Sent": "Sent", "\\Drafts": "Drafts", "\\Trash": "Trash"}
_LITERAL = re.compile(r"\{(\d+)\+?\}$")
_STORAGE = re.compile(r"\((?:[^()]*?\s)?STORAGE\s+(\d+)\s+(\d+)", re.IGNORECASE)
_LIST = re.compile(r'^LIST \(([^)]*)\) (?:"(?:[^"\\]|\\.)*"|NIL) (.+)$', re.IGNORECASE)
_SERVER_TROUBLE = ("[UNAVAILABLE]", "[SERVERBUG]", "[INUSE]", "[LIMIT]")


class _Imap:
    def __init__(self, link: Link) -> None:
        self.link = link
        self.counter = 0

    def line(self) -> str:
        """A response line with its literals ({n}) folded in."""
        line = self.link.readline()
        while match := _LITERAL.search(line):
            size = int(match.group(1))
            if size > MAX_LINE:
                raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "literal too large")
            literal = self.link.read_exact(size).decode("utf-8", "replace")
            line = line[: match.start()] + '"' + literal + '"' + self.link.readline()
            if len(line) > MAX_LINE:  # literal after literal
                raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "line too long")
        return line

    def send(self, command: str, secret: str = "") -> str:
        self.counter += 1
        tag = f"a{self.counter}"
        self.link.send(f"{tag} {command}{secret}\r\n".encode())
        return tag

    def response(self, tag: str, allow_bye: bool = False) -> tuple[str, str, list[str]]:
        """(status, text, untagged lines) of the command ``tag``; ``+`` for a continuation."""
        untagged: list[str] = []
        while True:
            line = self.line()
            if line.startswith(tag + " "):
                status, _, text = line[len(tag) + 1 :].partition(" ")
                return status.upper(), text, untagged
            if line.startswith("* "):
                if line[2:5].upper() == "BYE" and not allow_bye:
                    raise ProbeError(ProbeErrorCode.SERVER_ERROR, line)
                if len(untagged) >= MAX_ANSWER_LINES:
                    raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "answer too long")
                untagged.append(line[2:])
            elif line.startswith("+"):
                return "+", line[1:].strip(), untagged
            else:
                raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, line[:200])

    def command(self, command: str) -> tuple[str, str, list[str]]:
        status, text, untagged = self.response(self.send(command))
        if status == "BAD":
            raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, f"{command.split()[0]}: BAD {text}")
        return status, text, untagged

    def capabilities(self) -> set[str]:
        status, text, untagged = self.command("CAPABILITY")
        if status != "OK":
            raise ProbeError(ProbeErrorCode.SERVER_ERROR, f"CAPABILITY: {status} {text}")
        words = [line.split()[1:] for line in untagged if line.upper().startswith("CAPABILITY")]
        return {word.upper() for group in words for word in group}


def imap_chain(
    steps: Steps,
    link: Link,
    endpoint: ServerEndpoint,
    context: ssl.SSLContext,
    credentials: Credentials,
    facts: Facts,
    warning_percent: int,
) -> None:
    """IMAPS as a mail program uses it: login, quota, folders, logout."""
    imap = _Imap(link)
    open_connection(steps, link, endpoint, context)
    steps.run(Step.GREETING, lambda: _imap_greeting(imap))
    if endpoint.security is Security.STARTTLS:
        steps.run(Step.TLS, lambda: _imap_starttls(imap, context, endpoint.host))
    capabilities = steps.run(Step.LOGIN, lambda: _imap_login(imap, credentials))
    facts.quota = steps.run(Step.QUOTA, lambda: _imap_quota(imap, capabilities, warning_percent))
    steps.run(Step.FOLDERS, lambda: _imap_folders(imap, facts))
    steps.run(Step.LOGOUT, lambda: _imap_logout(imap))


def _imap_greeting(imap: _Imap) -> Done[None]:
    line = imap.line()
    if line.upper().startswith(("* OK", "* PREAUTH")):
        return Done(None, line)
    if line.upper().startswith("* BYE"):
        raise ProbeError(ProbeErrorCode.SERVER_ERROR, line)
    raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, line[:200])


def _imap_starttls(imap: _Imap, context: ssl.SSLContext, host: str) -> Done[None]:
    status, text, _ = imap.command("STARTTLS")
    if status != "OK":
        raise ProbeError(ProbeErrorCode.TLS_HANDSHAKE_FAILED, f"STARTTLS: {status} {text}")
    return Done(None, imap.link.start_tls(context, host))


def _imap_login(imap: _Imap, credentials: Credentials) -> Done[set[str]]:
    capabilities = imap.capabilities()
    if "AUTH=PLAIN" not in capabilities:
        raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "no AUTH=PLAIN: " + " ".join(capabilities))
    if "SASL-IR" in capabilities:
        tag = imap.send("AUTHENTICATE PLAIN ", credentials.plain_token())
        with imap.link.awaiting_login():
            status, text, _ = imap.response(tag)
    else:
        tag = imap.send("AUTHENTICATE PLAIN")
        status, text, _ = imap.response(tag)
        if status == "+":
            imap.link.send(credentials.plain_token().encode("ascii") + b"\r\n")
            with imap.link.awaiting_login():
                status, text, _ = imap.response(tag)
    if status == "NO":
        trouble = any(code in text.upper() for code in _SERVER_TROUBLE)
        raise ProbeError(
            ProbeErrorCode.SERVER_ERROR if trouble else ProbeErrorCode.AUTH_FAILED, text
        )
    if status != "OK":
        raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, f"AUTHENTICATE: {status} {text}")
    return Done(imap.capabilities(), f"OK {text}")


def _imap_quota(imap: _Imap, capabilities: set[str], warning_percent: int) -> Done[Quota | None]:
    if "QUOTA" not in capabilities:
        return Done(None, "no QUOTA capability")
    status, text, untagged = imap.command("GETQUOTAROOT INBOX")
    if status != "OK":
        return Done(None, f"{status} {text}")
    for line in untagged:
        if line.upper().startswith("QUOTA ") and (match := _STORAGE.search(line)):
            quota = Quota(int(match.group(1)) * 1024, int(match.group(2)) * 1024)
            warning = ProbeErrorCode.QUOTA_NEARLY_FULL if quota.percent >= warning_percent else None
            return Done(quota, line, warning)
    return Done(None, "no STORAGE quota")


def _imap_folders(imap: _Imap, facts: Facts) -> Done[None]:
    status, text, untagged = imap.command('LIST "" "*"')
    if status != "OK":
        raise ProbeError(ProbeErrorCode.SERVER_ERROR, f"LIST: {status} {text}")
    found: set[str] = set()
    for line in untagged:
        if match := _LIST.match(line):
            name = match.group(2).strip('"')
            facts.folders.append(name)
            flags = {flag.lower() for flag in match.group(1).split()}
            found |= {use for use, usual in USUAL_FOLDERS.items() if use.lower() in flags}
            found |= {use for use, usual in USUAL_FOLDERS.items() if usual.lower() == name.lower()}
    facts.missing_folders = [USUAL_FOLDERS[use] for use in USUAL_FOLDERS if use not in found]
    missing = ", ".join(facts.missing_folders)
    return Done(None, " ".join(facts.folders) + (f"; missing: {missing}" if missing else ""))


def _imap_logout(imap: _Imap) -> Done[None]:
    status, text, _ = imap.response(imap.send("LOGOUT"), allow_bye=True)
    return Done(None, f"{status} {text}")
