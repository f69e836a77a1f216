"""Why a connection test failed, as stable codes (the GUI translates them, the CLI prints them).

The codes are an interface: ``gui/messages.py``, the ``--json`` output and support
staff's scripts all key on them, so they never change meaning. :func:`classify` is the
one place that turns a Python exception into a code.
"""

from __future__ import annotations

import errno
import socket
import ssl
from enum import StrEnum


class ProbeErrorCode(StrEnum):
    """What went wrong in one step of the connection test."""

    DNS_FAILED = "dns_failed"  # the server name does not resolve
    REFUSED = "refused"  # nothing listens on that port (TCP reset)
    PORT_BLOCKED = "port_blocked"  # connect() got no answer at all: a firewall drops it
    TLS_UNTRUSTED = "tls_untrusted"  # certificate chain not trusted (unknown or self-signed CA)
    TLS_HOSTNAME_MISMATCH = "tls_hostname_mismatch"  # valid certificate for another name
    TLS_EXPIRED = "tls_expired"  # certificate outside its validity period
    TLS_HANDSHAKE_FAILED = "tls_handshake_failed"  # no TLS agreed (dropped, wrong protocol)
    AUTH_FAILED = "auth_failed"  # the server refused the login and password
    SERVER_ERROR = "server_error"  # the server answered with an error or hung up
    TIMEOUT = "timeout"  # connected, but the server stopped answering
    # Connected and greeted, but the answer to the login itself did not come in time:
    # servers delay it on purpose after wrong passwords (Dovecot: up to 15 s).
    LOGIN_SLOW = "login_slow"
    PROTOCOL_ERROR = "protocol_error"  # the answer is not the mail protocol we expected
    QUOTA_NEARLY_FULL = "quota_nearly_full"  # a warning: the mailbox is almost full
    CANCELLED = "cancelled"  # the user stopped the test
    BAD_CREDENTIALS_INPUT = "bad_credentials_input"  # login/password unusable; nothing sent
    # The round trip (a real test message): what the outgoing server said about it...
    RELAY_REFUSED = "relay_refused"  # the server does not pass mail on for this network
    SENDER_REJECTED = "sender_rejected"  # the From address is not accepted
    RECIPIENT_REJECTED = "recipient_rejected"  # the address does not exist (for the server)
    MESSAGE_TOO_LARGE = "message_too_large"  # refused for its size
    MAILBOX_FULL = "mailbox_full"  # the recipient's mailbox is over its quota
    # ...and a warning, not a failure of the set-up: sent, but not in the inbox in time.
    NOT_ARRIVED = "not_arrived"


class ProbeError(Exception):
    """A failed step; ``detail`` is the server's answer or the system error (never a secret)."""

    def __init__(self, code: ProbeErrorCode, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else str(code))
        self.code = code
        self.detail = detail


class BadCredentialsInputError(ProbeError):
    """Raised before any connection when the login or password cannot be sent safely.

    ``field`` is ``"username"`` or ``"password"``; ``problem`` the validation code.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(ProbeErrorCode.BAD_CREDENTIALS_INPUT, f"{field}: {problem}")
        self.field = field
        self.problem = problem


# OpenSSL X509_V_ERR_* values as reported by ssl.SSLCertVerificationError.verify_code.
_EXPIRED = {9, 10}  # not yet valid, has expired
_HOSTNAME_MISMATCH = {62}
_UNTRUSTED = {2, 18, 19, 20, 21, 24, 27, 28}
_UNREACHABLE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN}


def classify(error: BaseException, step: str) -> ProbeError:
    """The :class:`ProbeError` for an exception raised while doing ``step``."""
    if isinstance(error, ProbeError):
        return error
    detail = _describe(error)
    if isinstance(error, socket.gaierror):
        return ProbeError(ProbeErrorCode.DNS_FAILED, detail)
    if isinstance(error, ssl.SSLCertVerificationError):
        return ProbeError(_certificate_code(error.verify_code), detail)
    if isinstance(error, TimeoutError):
        code = ProbeErrorCode.PORT_BLOCKED if step == "connect" else ProbeErrorCode.TIMEOUT
        return ProbeError(code, detail)
    if isinstance(error, ConnectionRefusedError):
        return ProbeError(ProbeErrorCode.REFUSED, detail)
    if step == "connect" and isinstance(error, OSError) and error.errno in _UNREACHABLE:
        return ProbeError(ProbeErrorCode.PORT_BLOCKED, detail)
    if step == "tls" and isinstance(error, OSError):  # ssl.SSLError is an OSError
        return ProbeError(ProbeErrorCode.TLS_HANDSHAKE_FAILED, detail)
    if isinstance(error, OSError | EOFError):
        return ProbeError(ProbeErrorCode.SERVER_ERROR, detail)
    return ProbeError(ProbeErrorCode.PROTOCOL_ERROR, detail)


def _certificate_code(verify_code: int) -> ProbeErrorCode:
    if verify_code in _HOSTNAME_MISMATCH:
        return ProbeErrorCode.TLS_HOSTNAME_MISMATCH
    if verify_code in _EXPIRED:
        return ProbeErrorCode.TLS_EXPIRED
    return ProbeErrorCode.TLS_UNTRUSTED


def _describe(error: BaseException) -> str:
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"{error.verify_message} (X509 error {error.verify_code})"
    text = str(error) or type(error).__name__
    return f"{type(error).__name__}: {text}"
