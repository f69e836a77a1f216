"""What every mail-protocol chain of the connection test shares: steps, facts, the login.

The conversations are written on plain lines instead of imaplib/poplib/smtplib because
those encode logins as ASCII (a ``Crème-brûlée`` password never leaves the machine) and
own their sockets, which would hide the resolve/connect/TLS steps and make cancelling
impossible. Logins go as SASL PLAIN with a UTF-8 token; a plaintext fallback does not
exist.
"""

from __future__ import annotations

import base64
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from wizard.core.model import Security, ServerEndpoint
from wizard.core.probe.errors import ProbeError, ProbeErrorCode
from wizard.core.probe.net import Address, Link
from wizard.core.probe.results import Quota, Step

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a step hands back: a value, the detail to report, maybe a warning code."""

    value: T
    detail: str = ""
    warning: ProbeErrorCode | None = None


class Steps(Protocol):
    """Runs one named step, timing it and reporting it; raises to end the chain."""

    def run(self, step: Step, action: Callable[[], Done[T]]) -> T:
        """Do ``action`` as ``step``."""


@dataclass
class Facts:
    """What the chains learn besides ok/failed (filled in from worker threads)."""

    quota: Quota | None = None
    smtp_size_limit_bytes: int | None = None
    folders: list[str] = field(default_factory=list)
    missing_folders: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Credentials:
    """The all2all login; ``repr`` never shows the password."""

    username: str
    password: str = field(repr=False)

    def plain_token(self) -> str:
        """SASL PLAIN (RFC 4616) as base64 of UTF-8: ``\\0login\\0password``."""
        raw = b"\0" + self.username.encode("utf-8") + b"\0" + self.password.encode("utf-8")
        return base64.b64encode(raw).decode("ascii")


def open_connection(
    steps: Steps,
    link: Link,
    endpoint: ServerEndpoint,
    context: ssl.SSLContext,
    sends_password: bool = True,
) -> None:
    """Resolve, connect, and for implicit TLS do the verified handshake.

    A server configured without TLS fails the TLS step when a password would be sent:
    there is no plaintext login, whatever the configuration says.
    """
    addresses = steps.run(Step.RESOLVE, lambda: _resolved(endpoint))
    steps.run(Step.CONNECT, lambda: Done(None, f"{link.connect(addresses)} port {endpoint.port}"))
    if endpoint.security is Security.SSL:
        steps.run(Step.TLS, lambda: Done(None, link.start_tls(context, endpoint.host)))
    elif endpoint.security is Security.NONE and sends_password:
        steps.run(Step.TLS, _refuse_plaintext)


def _resolved(endpoint: ServerEndpoint) -> Done[list[Address]]:
    addresses = Link.resolve(endpoint.host, endpoint.port)
    return Done(addresses, ", ".join(address[0] for _, address in addresses))


def _refuse_plaintext() -> Done[None]:
    raise ProbeError(ProbeErrorCode.TLS_HANDSHAKE_FAILED, "no TLS configured: login refused")
