"""Watching the inbox over POP3 for the round trip: a fresh session per look.

A POP3 session sees the mailbox as it was when it logged in (RFC 1939), so each look
is a new session: login, UIDL, the headers (TOP) of messages not seen before, and,
when the test message is there, DELE of that one message and QUIT, which is when the
server really removes it. The first session only notes which messages already exist.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.parser import HeaderParser

from wizard.core.model import Security, ServerEndpoint
from wizard.core.probe.errors import ProbeError, ProbeErrorCode
from wizard.core.probe.net import Link

# The connection test's own POP3 conversation: one way of reading and logging in.
from wizard.core.probe.pop3 import _pop3_lines, _pop3_login, _pop3_reply, _pop3_starttls
from wizard.core.probe.results import Step
from wizard.core.probe.steps import Credentials, Done, Steps, open_connection


@dataclass
class Pop3Found:
    """The test message in an open session: its number there, and that session."""

    number: int
    uid: str
    link: Link


class Pop3Inbox:
    """The account's POP3 mailbox, looked at session by session (one thread)."""

    def __init__(
        self,
        steps: Steps,
        new_link: Callable[[], Link],
        endpoint: ServerEndpoint,
        context: ssl.SSLContext,
        credentials: Credentials,
        stop: threading.Event,
        poll_interval: float,
    ) -> None:
        self._steps = steps
        self._poll_interval = poll_interval
        self._new_link = new_link
        self._endpoint = endpoint
        self._context = context
        self._credentials = credentials
        self._stop = stop
        self._seen: set[str] = set()
        self._open: Link | None = None

    def open(self) -> None:
        """Log in once as a mail program does and note the messages already there."""
        steps, link = self._steps, self._new_link()
        try:
            open_connection(steps, link, self._endpoint, self._context)
            steps.run(Step.GREETING, lambda: Done(None, _pop3_reply(link)))
            if self._endpoint.security is Security.STARTTLS:
                steps.run(
                    Step.TLS, lambda: _pop3_starttls(link, self._context, self._endpoint.host)
                )
            steps.run(Step.LOGIN, lambda: Done(None, _login(link, self._credentials)))
            steps.run(Step.INBOX, lambda: self._baseline(link))
        finally:
            link.close()

    def _baseline(self, link: Link) -> Done[None]:
        listing = _uidl(link)
        self._seen = set(listing.values())
        _quit(link)
        return Done(None, f"{len(listing)} message(s) already there; polling")

    def find(self, token: str) -> Pop3Found | None:
        """A new session; the test message if it has arrived (the session stays open)."""
        link = self._new_link()
        try:
            link.connect(Link.resolve(self._endpoint.host, self._endpoint.port))
            if self._endpoint.security is Security.SSL:
                link.start_tls(self._context, self._endpoint.host)
            elif self._endpoint.security is Security.NONE:
                raise ProbeError(ProbeErrorCode.TLS_HANDSHAKE_FAILED, "no TLS: login refused")
            _pop3_reply(link)
            if self._endpoint.security is Security.STARTTLS:
                _pop3_starttls(link, self._context, self._endpoint.host)
            _login(link, self._credentials)
            for number, uid in sorted(_uidl(link).items()):
                if uid in self._seen:
                    continue
                self._seen.add(uid)
                if token in _message_id(link, number):
                    self._open = link
                    return Pop3Found(number, uid, link)
            _quit(link)
        finally:
            if self._open is not link:
                link.close()
        return None

    def wait(self, seconds: float) -> None:
        """POP3 cannot announce new mail: wait up to the polling interval (cancelling
        ends the wait)."""
        self._stop.wait(max(0.0, min(seconds, self._poll_interval)))

    def delete(self, found: Pop3Found) -> Done[bool]:
        """DELE that message; it is gone once QUIT is answered with +OK."""
        link, self._open = found.link, None
        try:
            link.send(f"DELE {found.number}\r\n".encode("ascii"))
            _pop3_reply(link)
            answer = _quit(link)
        finally:
            link.close()
        return Done(True, f"message {found.number} ({found.uid}) deleted; {answer}")

    def close(self) -> None:
        """Nothing stays open between looks (a session left open is closed here)."""
        if self._open is not None:
            link, self._open = self._open, None
            link.close()


def _login(link: Link, credentials: Credentials) -> str:
    return str(_pop3_login(link, credentials).detail)


def _quit(link: Link) -> str:
    link.send(b"QUIT\r\n")
    return _pop3_reply(link)


def _uidl(link: Link) -> dict[int, str]:
    """Message number -> unique id; numbers stand in on a server without UIDL."""
    link.send(b"UIDL\r\n")
    try:
        _pop3_reply(link)
    except ProbeError as error:
        if error.code is not ProbeErrorCode.SERVER_ERROR:
            raise
        link.send(b"LIST\r\n")
        _pop3_reply(link)
        return {int(words[0]): f"#{words[0]}" for words in _words(_pop3_lines(link))}
    return {int(words[0]): words[1] for words in _words(_pop3_lines(link)) if len(words) > 1}


def _words(lines: list[str]) -> list[list[str]]:
    return [words for words in map(str.split, lines) if words and words[0].isdigit()]


def _message_id(link: Link, number: int) -> str:
    """The Message-ID header of message ``number`` (TOP, or RETR on a server without)."""
    link.send(f"TOP {number} 0\r\n".encode("ascii"))
    try:
        _pop3_reply(link)
    except ProbeError as error:
        if error.code is not ProbeErrorCode.SERVER_ERROR:
            raise
        link.send(f"RETR {number}\r\n".encode("ascii"))
        _pop3_reply(link)
    headers = HeaderParser().parsestr("\r\n".join(_pop3_lines(link)), headersonly=True)
    return str(headers.get("Message-ID", ""))
