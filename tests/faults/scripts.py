"""Scripted mail servers for the fault tests: real TLS on loopback with the suite's
trusted certificate, speaking just enough IMAP or SMTP to fail in one chosen way."""

from __future__ import annotations

import socket
from collections.abc import Callable

from tests.mailserver.faults import Script

ReadLine = Callable[[], bytes]


def _drain(read_line: ReadLine) -> None:
    """Stay silent until the client gives up."""
    while read_line():
        pass


def imap_server(
    greeting: bytes = b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n",
    at_login: str = "silence",
    refusal: bytes = b"NO [AUTHENTICATIONFAILED] Authentication failed.",
    folders: int = 3,
) -> Script:
    """Greets with ``greeting``, lists its capabilities, then at the login: stays silent
    (``"silence"``), hangs up (``"close"``), refuses with ``refusal`` (``"refuse"``) or
    accepts (``"accept"``, then lists ``folders`` folders)."""

    def script(tls: socket.socket, read_line: ReadLine) -> None:
        tls.sendall(greeting)
        while line := read_line():
            tag, _, command = line.decode("ascii", "replace").strip().partition(" ")
            if command.upper().startswith("CAPABILITY"):
                tls.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n")
                tls.sendall(f"{tag} OK done\r\n".encode())
            elif command.upper().startswith("AUTHENTICATE"):
                if at_login == "close":
                    return
                if at_login == "refuse":
                    tls.sendall(tag.encode() + b" " + refusal + b"\r\n")
                    continue
                if at_login == "accept":
                    tls.sendall(f"{tag} OK logged in\r\n".encode())
                    continue
                _drain(read_line)
                return
            elif command.upper().startswith("LIST"):
                chunk = b"".join(b'* LIST () "/" folder%d\r\n' % index for index in range(folders))
                tls.sendall(chunk + f"{tag} OK listed\r\n".encode())
            elif command.upper().startswith("LOGOUT"):
                tls.sendall(f"* BYE\r\n{tag} OK bye\r\n".encode())
                return

    return script


def smtp_server(at_login: str = "close") -> Script:
    """SMTPS that greets, answers EHLO with AUTH PLAIN, then hangs up at the login."""

    def script(tls: socket.socket, read_line: ReadLine) -> None:
        tls.sendall(b"220 localhost ESMTP ready\r\n")
        while line := read_line():
            command = line.decode("ascii", "replace").strip().upper()
            if command.startswith("EHLO"):
                tls.sendall(b"250-localhost\r\n250-SIZE 12582912\r\n250 AUTH PLAIN\r\n")
            elif command.startswith("AUTH"):
                if at_login == "close":
                    return
                _drain(read_line)
                return
            elif command.startswith("QUIT"):
                tls.sendall(b"221 bye\r\n")
                return

    return script


def smtp_starttls_injection() -> Script:
    """A plain SMTP relay that answers STARTTLS and slips a forged answer in behind it,
    in the same packet, before the TLS handshake (the classic injection)."""

    def script(plain: socket.socket, read_line: ReadLine) -> None:
        plain.sendall(b"220 relay ESMTP\r\n")
        while line := read_line():
            command = line.decode("ascii", "replace").strip().upper()
            if command.startswith("EHLO"):
                plain.sendall(b"250-relay\r\n250 STARTTLS\r\n")
            elif command.startswith("STARTTLS"):
                plain.sendall(b"220 Go ahead\r\n250-relay\r\n250 AUTH PLAIN\r\n")
                _drain(read_line)
                return

    return script
