"""The values a connection test produces: step results, quota, the report, progress events.

Kept apart from the network code so the GUI, the CLI and the helpdesk report can use
the types without pulling in sockets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from wizard.core.model import Protocol, ServerEndpoint
from wizard.core.probe.errors import ProbeErrorCode


class Server(StrEnum):
    """Which of the two connections a step belongs to."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"


class Step(StrEnum):
    """One stage of a connection, in the order a mail program goes through them."""

    RESOLVE = "resolve"  # server name -> addresses
    CONNECT = "connect"  # TCP
    TLS = "tls"  # handshake, certificate chain and host name verified
    GREETING = "greeting"  # the server's first line
    EHLO = "ehlo"  # SMTP: what the server offers
    SIZE = "size"  # SMTP: the announced message size limit
    LOGIN = "login"  # the all2all login and password
    QUOTA = "quota"  # IMAP: GETQUOTAROOT INBOX
    FOLDERS = "folders"  # IMAP: the usual folders exist
    STAT = "stat"  # POP3: messages waiting
    UIDL = "uidl"  # POP3: unique ids, needed for "keep a copy on the server"
    INBOX = "inbox"  # round trip: open the inbox to watch it (IMAP SELECT, POP3 UIDL)
    SEND = "send"  # round trip: hand over the test message (MAIL FROM, RCPT TO, DATA)
    ARRIVAL = "arrival"  # round trip: wait until it is in the inbox
    DELETE = "delete"  # round trip: remove that one message again
    LOGOUT = "logout"  # a polite goodbye
    SESSION = "session"  # a chain stopped between two steps (cancel or time limit)


@dataclass(frozen=True)
class StepResult:
    """How one step went. ``detail`` is the server's answer or the system error text.

    ``warning`` marks a result that does not stop the account from working: a nearly
    full mailbox, or an ISP relay that only answers on its own network.
    """

    server: Server
    step: Step
    ok: bool
    code: ProbeErrorCode | None
    seconds: float
    detail: str = ""
    warning: bool = False

    @property
    def blocking(self) -> bool:
        """True when this result means the account does not work."""
        return not self.ok and not self.warning

    def to_json_dict(self) -> dict[str, Any]:
        """The documented JSON shape of one step."""
        return {
            "server": self.server.value,
            "step": self.step.value,
            "ok": self.ok,
            "code": self.code.value if self.code else None,
            "seconds": round(self.seconds, 4),
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Quota:
    """Mailbox usage as the server reports it (GETQUOTAROOT STORAGE, in bytes)."""

    used_bytes: int
    limit_bytes: int

    @property
    def percent(self) -> float:
        """How full the mailbox is, 0..100 (more if over quota)."""
        return 100.0 * self.used_bytes / self.limit_bytes if self.limit_bytes else 0.0


@dataclass(frozen=True)
class ProbeReport:
    """Everything the connection test found out, in the order the steps finished."""

    steps: tuple[StepResult, ...]
    ok: bool
    quota: Quota | None = None
    smtp_size_limit_bytes: int | None = None
    seconds: float = 0.0
    protocol: Protocol = Protocol.IMAP
    incoming: ServerEndpoint | None = None
    outgoing: ServerEndpoint | None = None
    outgoing_is_relay: bool = False
    folders: tuple[str, ...] = ()
    missing_folders: tuple[str, ...] = ()

    @property
    def cancelled(self) -> bool:
        """True when the user stopped the test."""
        return any(step.code is ProbeErrorCode.CANCELLED for step in self.steps)

    def codes(self) -> list[ProbeErrorCode]:
        """Every code reported, warnings included, in step order."""
        return [step.code for step in self.steps if step.code is not None]

    def failures(self) -> list[StepResult]:
        """The steps that failed (warnings included)."""
        return [step for step in self.steps if not step.ok]

    def for_server(self, server: Server) -> list[StepResult]:
        """The steps of one connection."""
        return [step for step in self.steps if step.server is server]

    def to_json_dict(self) -> dict[str, Any]:
        """The documented ``--json`` shape (keys and types are an interface)."""
        return {
            "ok": self.ok,
            "steps": [step.to_json_dict() for step in self.steps],
            "quota": (
                {"used_bytes": self.quota.used_bytes, "limit_bytes": self.quota.limit_bytes}
                if self.quota
                else None
            ),
            "smtp_size_limit_bytes": self.smtp_size_limit_bytes,
        }


@dataclass(frozen=True)
class ProgressEvent:
    """A step started (``result`` is None) or finished; sent from worker threads."""

    server: Server
    step: Step
    result: StepResult | None = None


ProgressCallback = Callable[[ProgressEvent], None]


@dataclass(frozen=True)
class ProbeSettings:
    """Limits of one connection test.

    ``timeout`` is the hard ceiling for the whole test; ``io_timeout`` bounds any single
    connect or read; ``login_timeout`` the wait for the answer to the login itself,
    which servers delay on purpose after wrong passwords (Dovecot up to 15 s, more than
    an ordinary wait; the hard ceiling still applies). ``ca_file`` adds a CA to the
    system trust store (tests, companies with their own CA). ``local_name`` is what
    SMTP's EHLO says about us.
    """

    timeout: float = 20.0
    io_timeout: float = 10.0
    login_timeout: float = 20.0
    ca_file: Path | None = None
    local_name: str = ""
