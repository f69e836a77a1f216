"""Sockets for the connection test: resolve, connect, verified TLS, lines; all cancellable.

A :class:`Link` is owned by one worker thread. Any other thread may call
:meth:`Link.abort`, which shuts the socket down so that a blocked read returns at
once; connecting polls in short slices for the same reason. Every blocking call has a
timeout bounded by the test's deadline, so no worker can hang for ever.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from wizard.core.file_access import read_bounded
from wizard.core.limits import MAX_CA_FILE
from wizard.core.probe.errors import ProbeError, ProbeErrorCode

MAX_LINE = 64 * 1024  # longer than any sane protocol line; protects memory
_IN_PROGRESS = {0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EALREADY}
_WINDOWS_IN_PROGRESS = 10035  # WSAEWOULDBLOCK
Address = tuple[socket.AddressFamily, tuple[str, int]]


class CancelToken:
    """Thread-safe "stop now" flag with callbacks, shared by the GUI and the probe."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        """Ask every probe using this token to stop; safe from any thread, idempotent."""
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback()

    def is_cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._event.is_set()

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` on cancel (now, if already cancelled); returns the unsubscriber."""
        with self._lock:
            already = self._event.is_set()
            if not already:
                self._callbacks.append(callback)
        if already:
            callback()

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._callbacks.remove(callback)

        return unsubscribe


def wait_for_workers(
    wake: threading.Event,
    done: Callable[[], bool],
    cancel: CancelToken | None,
    deadline: float,
) -> ProbeErrorCode | None:
    """Wait until ``done()``, a cancel request or the ``time.monotonic`` ``deadline``,
    whichever comes first: None, ``CANCELLED`` or ``TIMEOUT`` (the caller then closes
    its run with that code). The workers set ``wake`` when they finish; a cancel sets
    it too while this waits."""
    unsubscribe = cancel.subscribe(wake.set) if cancel is not None else None
    try:
        while True:
            wake.clear()
            if done():
                return None
            if cancel is not None and cancel.is_cancelled():
                return ProbeErrorCode.CANCELLED
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return ProbeErrorCode.TIMEOUT
            wake.wait(remaining)
    finally:
        if unsubscribe is not None:
            unsubscribe()


def tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """System trust store (plus ``ca_file``), host names checked, TLS 1.2 or newer.

    Raises ``OSError``/``ssl.SSLError`` for an unreadable ``ca_file`` (a FIFO, or one
    larger than any bundle of CAs, is refused unread).
    """
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if ca_file is not None:
        pem = read_bounded(ca_file, MAX_CA_FILE, follow_links=True)
        # PEM is ASCII; comments in public bundles may name CAs in UTF-8.
        context.load_verify_locations(
            cadata=pem.decode("latin-1").encode("ascii", "ignore").decode()
        )
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


class Link:
    """One connection of the test, owned by one thread, abortable from any other."""

    def __init__(
        self,
        stop: threading.Event,
        io_timeout: float,
        deadline: float,
        login_timeout: float | None = None,
    ) -> None:
        self._stop = stop
        self._io_timeout = io_timeout
        self._login_timeout = max(io_timeout, login_timeout or io_timeout)
        self._patience = io_timeout
        self._deadline = deadline
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._aborted = False
        self._buffer = b""

    # -- life cycle ---------------------------------------------------------------------

    def abort(self) -> None:
        """Wake the owning thread: shut the socket down (the owner closes it)."""
        with self._lock:
            self._aborted = True
            if self._socket is not None:
                with contextlib.suppress(OSError):
                    # The plain socket call, not SSLSocket.shutdown: no TLS state is touched
                    # from this thread, the kernel just ends both directions.
                    socket.socket.shutdown(self._socket, socket.SHUT_RDWR)

    def close(self) -> None:
        """Close the socket (owner thread only)."""
        with self._lock:
            sock, self._socket = self._socket, None
        if sock is not None:
            sock.close()

    def _adopt(self, sock: socket.socket) -> None:
        with self._lock:
            self._socket = sock
            if self._aborted:
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def _check(self) -> None:
        if self._stop.is_set() or self._aborted:
            raise ProbeError(ProbeErrorCode.CANCELLED)

    def _timeout(self) -> float:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise ProbeError(ProbeErrorCode.TIMEOUT, "time limit of the test reached")
        return min(self._patience, remaining)

    @contextlib.contextmanager
    def awaiting_login(self) -> Iterator[None]:
        """Wait for the answer to a login: longer than for anything else, because
        servers delay it on purpose after wrong passwords. If it still does not come
        (or the test's time limit is reached meanwhile), that is ``login_slow``, not
        ``timeout``: the server did answer everything before."""
        self._patience = self._login_timeout
        try:
            yield
        except TimeoutError as error:
            raise ProbeError(
                ProbeErrorCode.LOGIN_SLOW, f"no answer to the login: {error}"
            ) from None
        except ProbeError as error:
            if error.code is not ProbeErrorCode.TIMEOUT:
                raise
            raise ProbeError(ProbeErrorCode.LOGIN_SLOW, error.detail) from None
        finally:
            self._patience = self._io_timeout

    # -- steps --------------------------------------------------------------------------

    @staticmethod
    def resolve(host: str, port: int) -> list[Address]:
        """Addresses of ``host`` in the system's preferred order (IPv6 and IPv4)."""
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        seen: list[Address] = []
        for family, _, _, _, address in infos:
            entry = (family, (str(address[0]), int(address[1])))
            if entry not in seen:
                seen.append(entry)
        return seen

    def connect(self, addresses: list[Address]) -> str:
        """Connect to the first address that answers, like a mail program; returns it."""
        last_error: BaseException = OSError("no address")
        for family, address in addresses:
            self._check()
            sock = socket.socket(family, socket.SOCK_STREAM)
            self._adopt(sock)
            try:
                self._connect_one(sock, address)
            except ProbeError:
                raise
            except OSError as error:
                last_error = error
                self.close()
                continue
            return address[0]
        raise last_error

    def _connect_one(self, sock: socket.socket, address: tuple[str, int]) -> None:
        sock.setblocking(False)
        result = sock.connect_ex(address)
        if result not in _IN_PROGRESS and result != _WINDOWS_IN_PROGRESS:
            raise OSError(result, os.strerror(result))
        end = time.monotonic() + self._timeout()
        while True:
            self._check()
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no answer from {address[0]} port {address[1]}")
            _, writable, failed = select.select([], [sock], [sock], min(0.02, remaining))
            if writable or failed:
                break
        result = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if result:
            raise OSError(result, os.strerror(result))
        sock.setblocking(True)

    def start_tls(self, context: ssl.SSLContext, host: str) -> str:
        """TLS handshake with certificate and host-name verification; returns a summary."""
        self._check()
        with self._lock:
            plain = self._socket
        if plain is None:
            raise ProbeError(ProbeErrorCode.CANCELLED)
        plain.settimeout(self._timeout())
        if self._buffer:
            raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "data before TLS (injection?)")
        tls = context.wrap_socket(plain, server_hostname=host, do_handshake_on_connect=False)
        self._adopt(tls)  # ``plain`` is detached now; the TLS socket owns the descriptor
        tls.do_handshake()
        cipher = tls.cipher()
        return f"{tls.version()} {cipher[0] if cipher else ''}".strip()

    def send(self, data: bytes) -> None:
        """Send all of ``data`` (or raise)."""
        self._check()
        with self._lock:
            sock = self._socket
        if sock is None:
            raise ProbeError(ProbeErrorCode.CANCELLED)
        sock.settimeout(self._timeout())
        sock.sendall(data)

    def readline(self) -> str:
        """One protocol line without its line break (UTF-8, undecodable bytes replaced)."""
        while b"\n" not in self._buffer:
            self._check()
            if len(self._buffer) > MAX_LINE:
                raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "line too long")
            with self._lock:
                sock = self._socket
            if sock is None:
                raise ProbeError(ProbeErrorCode.CANCELLED)
            sock.settimeout(self._timeout())
            chunk = sock.recv(16384)
            if not chunk:
                self._check()
                raise EOFError("the server closed the connection")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        if len(line) > MAX_LINE:  # it came with its end in the last chunk
            raise ProbeError(ProbeErrorCode.PROTOCOL_ERROR, "line too long")
        return line.rstrip(b"\r").decode("utf-8", "replace")

    def read_exact(self, size: int) -> bytes:
        """Exactly ``size`` bytes (IMAP literals)."""
        while len(self._buffer) < size:
            self._check()
            with self._lock:
                sock = self._socket
            if sock is None:
                raise ProbeError(ProbeErrorCode.CANCELLED)
            sock.settimeout(self._timeout())
            chunk = sock.recv(min(16384, size - len(self._buffer)))
            if not chunk:
                raise EOFError("the server closed the connection")
            self._buffer += chunk
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def wait_readable(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for the server to say something (IMAP IDLE).

        True when a line (or the end of the connection) can be read now, False after
        ``seconds`` of silence. :meth:`abort` wakes it: the next read then says so.
        """
        self._check()
        if b"\n" in self._buffer:
            return True
        with self._lock:
            sock = self._socket
        if sock is None:
            raise ProbeError(ProbeErrorCode.CANCELLED)
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return True
        readable, _, _ = select.select([sock], [], [], max(0.0, seconds))
        self._check()
        return bool(readable)

    def local_address(self) -> str:
        """Our side's IP address (for SMTP's EHLO address literal)."""
        with self._lock:
            sock = self._socket
        if sock is None:
            return "127.0.0.1"
        return str(sock.getsockname()[0])
