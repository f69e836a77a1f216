"""Watching the inbox over IMAP for the round trip: one connection, IDLE or polling.

INBOX is selected before the message is sent, so a server that offers IDLE tells us
the moment it arrives; without IDLE the inbox is searched again every few seconds.
The message is found by its Message-ID, flagged ``\\Deleted`` and expunged alone
(``UID EXPUNGE``, UIDPLUS): messages the user marked as deleted stay as they are.
"""

from __future__ import annotations

import ssl
import threading

from wizard.core.model import Security, ServerEndpoint
from wizard.core.probe.errors import ProbeError, ProbeErrorCode

# The connection test's own IMAP conversation: one way of logging in.
from wizard.core.probe.imap import _Imap, _imap_greeting, _imap_login, _imap_starttls
from wizard.core.probe.net import Link
from wizard.core.probe.results import Step
from wizard.core.probe.steps import Credentials, Done, Steps, open_connection

IDLE_SLICE = 10.0  # seconds; a server that never says EXISTS is still searched again


def _uids(untagged: list[str]) -> set[int]:
    """The numbers of ``* SEARCH 3 7`` lines."""
    found: set[int] = set()
    for line in untagged:
        words = line.split()
        if words and words[0].upper() == "SEARCH":
            found |= {int(word) for word in words[1:] if word.isdigit()}
    return found


class ImapInbox:
    """INBOX of the account over one IMAPS connection (owned by one thread)."""

    def __init__(
        self,
        steps: Steps,
        link: Link,
        endpoint: ServerEndpoint,
        context: ssl.SSLContext,
        credentials: Credentials,
        stop: threading.Event,
        poll_interval: float,
    ) -> None:
        self._steps = steps
        self._imap = _Imap(link)
        self._endpoint = endpoint
        self._context = context
        self._credentials = credentials
        self._stop = stop
        self._poll_interval = poll_interval
        self._capabilities: set[str] = set()

    @property
    def pushes(self) -> bool:
        """Whether the server announces new mail itself (IDLE)."""
        return "IDLE" in self._capabilities

    def open(self) -> None:
        """Log in and select INBOX (steps RESOLVE … LOGIN, INBOX)."""
        imap, steps = self._imap, self._steps
        open_connection(steps, imap.link, self._endpoint, self._context)
        steps.run(Step.GREETING, lambda: _imap_greeting(imap))
        if self._endpoint.security is Security.STARTTLS:
            steps.run(Step.TLS, lambda: _imap_starttls(imap, self._context, self._endpoint.host))
        self._capabilities = steps.run(Step.LOGIN, lambda: _imap_login(imap, self._credentials))
        steps.run(Step.INBOX, self._select)

    def _select(self) -> Done[None]:
        status, text, untagged = self._imap.command("SELECT INBOX")
        if status != "OK":
            raise ProbeError(ProbeErrorCode.SERVER_ERROR, f"SELECT INBOX: {status} {text}")
        exists = next((line for line in untagged if line.upper().endswith(" EXISTS")), "")
        way = "IDLE" if self.pushes else f"polling every {self._poll_interval:g} s"
        return Done(None, f"{exists}; {way}".strip("; "))

    def find(self, token: str) -> int | None:
        """The UID of the message whose Message-ID holds ``token``, if it is there."""
        status, text, untagged = self._imap.command(f'UID SEARCH HEADER Message-ID "{token}"')
        if status != "OK":
            raise ProbeError(ProbeErrorCode.SERVER_ERROR, f"SEARCH: {status} {text}")
        uids = _uids(untagged)
        return max(uids) if uids else None

    def wait(self, seconds: float) -> None:
        """Until the server announces something (IDLE) or ``seconds`` have passed
        (at most the polling interval without IDLE, so new mail is searched for)."""
        if not self.pushes:
            self._stop.wait(max(0.0, min(seconds, self._poll_interval)))
            self._imap.command("NOOP")  # lets the server report new messages
            return
        imap = self._imap
        tag = imap.send("IDLE")
        status, text, _ = imap.response(tag)
        if status != "+":
            raise ProbeError(ProbeErrorCode.SERVER_ERROR, f"IDLE: {status} {text}")
        imap.link.wait_readable(min(seconds, IDLE_SLICE))
        imap.link.send(b"DONE\r\n")
        status, text, _ = imap.response(tag)
        if status != "OK":
            raise ProbeError(ProbeErrorCode.SERVER_ERROR, f"IDLE: {status} {text}")

    def delete(self, uid: int) -> Done[bool]:
        """Flag and expunge that one message; True when it is gone from the inbox."""
        imap = self._imap
        status, text, _ = imap.command(f"UID STORE {uid} +FLAGS.SILENT (\\Deleted)")
        if status != "OK":
            raise ProbeError(ProbeErrorCode.SERVER_ERROR, f"STORE: {status} {text}")
        if "UIDPLUS" in self._capabilities:
            status, text, _ = imap.command(f"UID EXPUNGE {uid}")
        else:
            status, text, untagged = imap.command("UID SEARCH DELETED")
            if _uids(untagged) != {uid}:  # EXPUNGE would take the user's marked ones too
                return Done(False, "marked as deleted; other messages are marked too")
            status, text, _ = imap.command("EXPUNGE")
        if status != "OK":
            raise ProbeError(ProbeErrorCode.SERVER_ERROR, f"EXPUNGE: {status} {text}")
        status, text, untagged = imap.command(f"UID SEARCH UID {uid}")
        gone = status == "OK" and uid not in _uids(untagged)
        return Done(gone, f"UID {uid} expunged" if gone else f"UID {uid} still there")

    def close(self) -> None:
        """Log out (step LOGOUT)."""
        imap = self._imap

        def logout() -> Done[None]:
            status, text, _ = imap.response(imap.send("LOGOUT"), allow_bye=True)
            return Done(None, f"{status} {text}")

        self._steps.run(Step.LOGOUT, logout)
