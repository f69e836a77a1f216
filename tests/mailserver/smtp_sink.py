"""A tiny SMTP server that keeps what it receives: Dovecot's submission relays to it.

Dovecot's submission service needs a real next hop. This one speaks just enough SMTP
(EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on plain TCP, in a thread with its own
asyncio loop, and stores each message so a test can read what was really sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SinkMessage:
    """One message as the sink received it."""

    mail_from: str
    recipients: tuple[str, ...]
    data: bytes


@dataclass
class _Envelope:
    mail_from: str = ""
    recipients: list[str] = field(default_factory=list)


class SmtpSink:
    """Plain SMTP on 127.0.0.1; start with :meth:`start`, stop with :meth:`stop`."""

    def __init__(self, hostname: str = "sink.localhost") -> None:
        self._hostname = hostname
        self._messages: list[SinkMessage] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="sink")
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    def start(self) -> None:
        """Listen on a free port and serve in the background."""
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        self.port = future.result(timeout=10)

    def stop(self) -> None:
        """Close the listener and end the loop's thread."""
        if self._server is not None:
            asyncio.run_coroutine_threadsafe(self._close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def messages(self) -> list[SinkMessage]:
        """Everything received so far, oldest first."""
        with self._lock:
            return list(self._messages)

    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._session, "127.0.0.1", 0)
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def _close(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        envelope = _Envelope()

        async def reply(line: str) -> None:
            writer.write(line.encode("ascii") + b"\r\n")
            await writer.drain()

        try:
            await reply(f"220 {self._hostname} ESMTP test sink")
            while line := await reader.readline():
                verb, _, argument = line.decode("utf-8", "replace").strip().partition(" ")
                verb = verb.upper()
                if verb in {"EHLO", "HELO"}:
                    await reply(f"250-{self._hostname}\r\n250-8BITMIME\r\n250 SMTPUTF8")
                elif verb == "MAIL":
                    envelope = _Envelope(mail_from=argument)
                    await reply("250 2.1.0 Ok")
                elif verb == "RCPT":
                    envelope.recipients.append(argument)
                    await reply("250 2.1.5 Ok")
                elif verb == "DATA":
                    await reply("354 End data with <CR><LF>.<CR><LF>")
                    self._store(envelope, await self._read_data(reader))
                    envelope = _Envelope()
                    await reply("250 2.0.0 Ok: queued")
                elif verb in {"RSET", "NOOP"}:
                    envelope = _Envelope() if verb == "RSET" else envelope
                    await reply("250 2.0.0 Ok")
                elif verb == "QUIT":
                    await reply("221 2.0.0 Bye")
                    break
                else:
                    await reply("502 5.5.2 Command not recognized")
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    @staticmethod
    async def _read_data(reader: asyncio.StreamReader) -> bytes:
        lines: list[bytes] = []
        while (line := await reader.readline()) not in {b".\r\n", b".\n", b""}:
            lines.append(line[1:] if line.startswith(b"..") else line)
        return b"".join(lines)

    def _store(self, envelope: _Envelope, data: bytes) -> None:
        message = SinkMessage(envelope.mail_from, tuple(envelope.recipients), data)
        with self._lock:
            self._messages.append(message)
