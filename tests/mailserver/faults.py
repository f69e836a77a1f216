"""Real network faults on loopback: bad certificates, silence, drops, refusals, blocks.

Each fault is a real socket doing the wrong thing, so the probe meets exactly what a
mail program meets in the field: OpenSSL verifies real certificates, the kernel refuses
or drops real connection attempts.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable
from enum import Enum
from pathlib import Path

# A scripted conversation: gets the TLS socket and a function reading one line.
Script = Callable[[socket.socket, Callable[[], bytes]], None]


class Behaviour(Enum):
    """What a :class:`FaultServer` does with each connection it accepts."""

    SILENT = "silent"  # accept, then never send a byte
    DROP_IN_HANDSHAKE = "drop_in_handshake"  # read the TLS ClientHello, then hang up
    TLS = "tls"  # a real TLS handshake with the given certificate, then the greeting
    SCRIPT = "script"  # TLS, then a scripted conversation (a server failing mid-way)
    PLAIN_SCRIPT = "plain_script"  # a scripted conversation without TLS (STARTTLS faults)


class FaultServer:
    """A listener on 127.0.0.1 (or another loopback address) that misbehaves in one way.

    ``accepted`` counts connections; ``open_connections`` is how many are open right now;
    :meth:`wait_open` and :meth:`wait_all_closed` let a test wait for the client's side
    of the story without sleeping.
    """

    def __init__(
        self,
        behaviour: Behaviour,
        cert: Path | None = None,
        key: Path | None = None,
        greeting: bytes = b"",
        script: Script | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.behaviour = behaviour
        self._greeting = greeting
        self._script = script
        self._context: ssl.SSLContext | None = None
        if behaviour in {Behaviour.TLS, Behaviour.SCRIPT}:
            assert cert is not None
            assert key is not None
            self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self._context.load_cert_chain(cert, key)
        self._listener = socket.create_server((host, 0), backlog=32)
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._changed = threading.Condition()
        self.accepted = 0
        self.open_connections = 0
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True, name=f"fault-{self.port}")

    def start(self) -> FaultServer:
        """Serve in the background; returns itself for chaining."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting and close every connection still open."""
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()
        with self._changed:
            for connection in self._connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)

    def wait_open(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until at least ``count`` connections are open at the same time."""
        with self._changed:
            return self._changed.wait_for(lambda: self.open_connections >= count, timeout)

    def wait_all_closed(self, timeout: float = 10.0) -> bool:
        """Wait until the client has closed every connection it opened."""
        with self._changed:
            return self._changed.wait_for(lambda: self.open_connections == 0, timeout)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._changed:
                self.accepted += 1
                self.open_connections += 1
                self._connections.append(connection)
                self._changed.notify_all()
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        try:
            connection.settimeout(30)
            if self.behaviour is Behaviour.DROP_IN_HANDSHAKE:
                connection.recv(4096)
            elif self.behaviour is Behaviour.TLS:
                assert self._context is not None
                with self._context.wrap_socket(connection, server_side=True) as tls:
                    tls.sendall(self._greeting)
                    self._drain(tls)
                return
            elif self.behaviour is Behaviour.PLAIN_SCRIPT:
                assert self._script is not None
                self._script(connection, _line_reader(connection))
                return
            elif self.behaviour is Behaviour.SCRIPT:
                assert self._context is not None
                assert self._script is not None
                with self._context.wrap_socket(connection, server_side=True) as tls:
                    self._script(tls, _line_reader(tls))
                return
            else:
                self._drain(connection)
        except OSError:  # the client refusing our certificate lands here too
            pass
        finally:
            connection.close()
            with self._changed:
                self.open_connections -= 1
                self._changed.notify_all()

    def _drain(self, connection: socket.socket) -> None:
        """Read and ignore until the client hangs up (or the server stops)."""
        while not self._stop.is_set():
            try:
                if not connection.recv(4096):
                    return
            except TimeoutError:
                continue


def _line_reader(connection: socket.socket) -> Callable[[], bytes]:
    """One line at a time from ``connection`` (b"" once the client hung up)."""
    buffer = bytearray()

    def read_line() -> bytes:
        while b"\n" not in buffer:
            chunk = connection.recv(4096)
            if not chunk:
                return b""
            buffer.extend(chunk)
        line, _, rest = bytes(buffer).partition(b"\n")
        buffer[:] = rest
        return line + b"\n"

    return read_line


class ClosedPort:
    """A port bound on 127.0.0.1 but not listening: connecting is refused (RST)."""

    def __init__(self) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self.port: int = self._socket.getsockname()[1]

    def close(self) -> None:
        """Release the port."""
        self._socket.close()


class BlockedPort:
    """A port whose connection attempts are silently dropped, like a firewall does.

    A listener with a full accept queue that never accepts: the kernel drops further
    SYNs, so ``connect()`` hangs until the client's timeout, exactly like a port
    blocked by an internet provider.
    """

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self.port: int = self._listener.getsockname()[1]
        self._fillers: list[socket.socket] = []
        for _ in range(16):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.settimeout(0.3)
            self._fillers.append(filler)
            try:
                filler.connect(("127.0.0.1", self.port))
            except TimeoutError:
                return  # the queue is full: from now on every attempt hangs
        raise RuntimeError("could not fill the accept queue to simulate a blocked port")

    def close(self) -> None:
        """Release the port and the sockets filling its queue."""
        for filler in self._fillers:
            filler.close()
        self._listener.close()
