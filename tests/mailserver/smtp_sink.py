"""A tiny SMTP server that keeps what it receives: Dovecot's submission relays to it.

Dovecot's submission service needs a real next hop. This one speaks just enough SMTP
(EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on plain TCP, in a thread with its own
asyncio loop, and stores each message so a test can read what was really sent.

With a :class:`Delivery` it is also the test server's mail exchanger: a message for
``<login>@<mail domain>`` is handed to Dovecot's own delivery agent (``dovecot-lda``)
before the end of DATA is answered, so it lands in that mailbox as real mail does, and
the agent's refusal (unknown user, mailbox full) becomes the SMTP answer. Mail for any
other domain is only kept, as if it had left for the internet and never come back.

A :class:`Policy` makes it refuse like real servers do: an ISP relay that does not
relay for this network, a server that rejects the sender address.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# sysexits.h values dovecot-lda exits with (-e: the reason on stderr, no bounce mail).
EX_NOUSER = 67
EX_NOPERM = 77
EX_TEMPFAIL = 75


@dataclass(frozen=True)
class SinkMessage:
    """One message as the sink received it."""

    mail_from: str
    recipients: tuple[str, ...]
    data: bytes


@dataclass(frozen=True)
class Delivery:
    """Hand mail for ``domain`` to ``dovecot-lda`` of the test server's config."""

    lda: str
    config: Path
    domain: str
    users: frozenset[str]


@dataclass(frozen=True)
class Policy:
    """How the sink refuses, as real servers word it (empty: it accepts everything)."""

    refuse_relay: bool = False  # RCPT: "554 5.7.1 Relay access denied" (Postfix)
    reject_sender: bool = False  # MAIL: "553 5.7.1 Sender address rejected" (Postfix)


@dataclass
class _Envelope:
    mail_from: str = ""
    recipients: list[str] = field(default_factory=list)


def _address(argument: str) -> str:
    """``TO:<a@b> NOTIFY=...`` -> ``a@b``."""
    start, end = argument.find("<"), argument.find(">")
    return argument[start + 1 : end] if 0 <= start < end else argument.partition(":")[2]


class SmtpSink:
    """Plain SMTP on ``host`` (a loopback address); :meth:`start`, then :meth:`stop`."""

    def __init__(
        self,
        hostname: str = "sink.localhost",
        host: str = "127.0.0.1",
        policy: Policy = Policy(),
    ) -> None:
        self._hostname = hostname
        self._host = host
        self._policy = policy
        self._delivery: Delivery | None = None
        self._delay = 0.0
        self._later: set[asyncio.Task[str]] = set()
        self._messages: list[SinkMessage] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="sink")
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    def start(self) -> SmtpSink:
        """Listen on a free port and serve in the background; returns itself."""
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        self.port = future.result(timeout=10)
        return self

    def deliver_with(self, delivery: Delivery) -> None:
        """From now on, deliver mail for ``delivery.domain`` into the test mailboxes."""
        self._delivery = delivery

    @contextlib.contextmanager
    def delivery_delayed(self, seconds: float) -> Iterator[None]:
        """Inside the block, queue local mail and deliver it ``seconds`` later, like a
        busy server does (DATA is answered at once; a refusal is then lost)."""
        self._delay = seconds
        try:
            yield
        finally:
            self._delay = 0.0

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
        self._server = await asyncio.start_server(self._session, self._host, 0)
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def _close(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    def _local_login(self, address: str) -> str | None:
        """The mailbox an address belongs to when it is in the delivery domain."""
        delivery = self._delivery
        local, _, domain = address.rpartition("@")
        if delivery is None or domain.lower() != delivery.domain.lower():
            return None
        return local

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
                    await reply(
                        f"250-{self._hostname}\r\n250-8BITMIME\r\n250-ENHANCEDSTATUSCODES\r\n"
                        "250 SMTPUTF8"
                    )
                elif verb == "MAIL":
                    if self._policy.reject_sender:
                        sender = _address(argument)
                        await reply(f"553 5.7.1 <{sender}>: Sender address rejected: not owned")
                        continue
                    envelope = _Envelope(mail_from=argument)
                    await reply("250 2.1.0 Ok")
                elif verb == "RCPT":
                    await reply(self._recipient(envelope, argument))
                elif verb == "DATA":
                    await reply("354 End data with <CR><LF>.<CR><LF>")
                    data = await self._read_data(reader)
                    self._store(envelope, data)
                    if self._delay > 0:
                        task = asyncio.create_task(self._deliver(envelope, data, self._delay))
                        self._later.add(task)
                        task.add_done_callback(self._later.discard)
                        await reply("250 2.0.0 Ok: queued for later")
                    else:
                        await reply(await self._deliver(envelope, data))
                    envelope = _Envelope()
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

    def _recipient(self, envelope: _Envelope, argument: str) -> str:
        address = _address(argument)
        if self._policy.refuse_relay:
            return f"554 5.7.1 <{address}>: Relay access denied"
        login = self._local_login(address)
        if login is not None and self._delivery is not None and login not in self._delivery.users:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.recipients.append(argument)
        return "250 2.1.5 Ok"

    async def _deliver(self, envelope: _Envelope, data: bytes, delay: float = 0.0) -> str:
        """Deliver to the local mailboxes (if any); the answer to the end of DATA."""
        await asyncio.sleep(delay)
        delivery = self._delivery
        logins = [
            login
            for login in (self._local_login(_address(r)) for r in envelope.recipients)
            if login is not None
        ]
        if delivery is None or not logins:
            return "250 2.0.0 Ok: queued"
        sender = _address(envelope.mail_from) or "MAILER-DAEMON"
        for login in logins:
            command = [delivery.lda, "-c", str(delivery.config), "-d", login, "-f", sender, "-e"]
            result = await asyncio.to_thread(
                subprocess.run, command, input=data, capture_output=True, check=False
            )
            reason = result.stderr.decode("utf-8", "replace").strip().replace("\n", " ")[:200]
            if result.returncode == EX_NOPERM and "quota" in reason.lower():
                return f"552 5.2.2 <{login}>: Mailbox full ({reason})"
            if result.returncode == EX_NOUSER:
                return f"550 5.1.1 <{login}>: User unknown"
            if result.returncode != 0:
                return f"451 4.3.0 delivery failed ({result.returncode}: {reason})"
        return "250 2.0.0 Ok: delivered"

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
