"""Test plumbing: a minimal Marionette client, to make a real Thunderbird do one thing.

Thunderbird only talks SMTP when it sends; Marionette (``--marionette
-remote-allow-system-access``, thunderbird.md §2) lets a test ask it to check an
outgoing server's login the way its account settings do (``verifyLogon``), so the mail
server's log shows Thunderbird connecting over TLS with what is in the profile.

The protocol: length-prefixed JSON (``<len>:<json>``); the server greets first, then
each command ``[0, id, name, params]`` gets ``[1, id, error, result]``.
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any

# Chrome-context script: check the outgoing server of every identity of the accounts
# whose incoming server is on ``arguments[0]``; returns the server keys asked.
VERIFY_OUTGOING = """
const [host] = arguments;
const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
const listener = { OnStartRunningUrl() {}, OnStopRunningUrl() {} };
const plain = name => name.toLowerCase().replace(/\\.$/, "");
const asked = [];
for (const account of MailServices.accounts.accounts) {
  const server = account.incomingServer;
  const name = server && server.getStringValue("hostname");
  if (!name || plain(name) != plain(host)) {
    continue;
  }
  for (const identity of account.identities) {
    const server = MailServices.outgoingServer.getServerByIdentity(identity);
    if (server && !asked.includes(server.key)) {
      asked.push(server.key);
      server.QueryInterface(Ci.nsISmtpServer).verifyLogon(listener, null);
    }
  }
}
return asked;
"""


class Marionette:
    """One connection to a Thunderbird started with ``--marionette``."""

    def __init__(self, port: int, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._socket = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)  # Thunderbird is still starting
        self._socket.settimeout(timeout)
        self._buffer = b""
        self._id = 0
        self.hello = self._read()

    def close(self) -> None:
        """Close the connection (Thunderbird keeps running)."""
        self._socket.close()

    def _read(self) -> Any:
        while b":" not in self._buffer:
            self._receive()
        length, _, rest = self._buffer.partition(b":")
        self._buffer = rest
        while len(self._buffer) < int(length):
            self._receive()
        message, self._buffer = self._buffer[: int(length)], self._buffer[int(length) :]
        return json.loads(message)

    def _receive(self) -> None:
        chunk = self._socket.recv(65536)
        if not chunk:
            raise ConnectionError("Marionette closed the connection")
        self._buffer += chunk

    def command(self, name: str, parameters: dict[str, Any] | None = None) -> Any:
        """Send one command and return its result (RuntimeError for an error)."""
        self._id += 1
        data = json.dumps([0, self._id, name, parameters or {}]).encode("utf-8")
        self._socket.sendall(str(len(data)).encode("ascii") + b":" + data)
        while True:
            reply = self._read()
            if reply[0] == 1 and reply[1] == self._id:
                if reply[2]:
                    raise RuntimeError(f"{name}: {reply[2]}")
                return reply[3]

    def chrome_script(self, script: str, *arguments: Any) -> Any:
        """Run ``script`` with Thunderbird's own privileges (a session is opened first)."""
        if self._id == 0:
            self.command("WebDriver:NewSession", {"capabilities": {}})
            self.command("Marionette:SetContext", {"value": "chrome"})
        return self.command("WebDriver:ExecuteScript", {"script": script, "args": list(arguments)})[
            "value"
        ]
