"""A real Dovecot 2.3 on loopback for the tests (pytest plugin) and the benchmarks.

:func:`running_mail_server` is a plain context manager: it makes certificates, writes a
config under a temporary folder, validates it with ``doveconf -n``, starts ``dovecot -F``
as a child, pre-fills mailboxes with ``doveadm save``, runs an SMTP sink that the
submission service relays to and that delivers mail for ``<login>@all2all.test`` into
the mailboxes with ``dovecot-lda`` (so a message sent through the server really
arrives), and stops everything by pid. The ``mail_server`` and
``fault_servers`` fixtures wrap it once per test session.

Register with ``pytest_plugins = ["tests.mailserver.dovecot"]`` in ``tests/conftest.py``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.mailserver.certs import Certificates, make_certificates
from tests.mailserver.faults import Behaviour, BlockedPort, ClosedPort, FaultServer
from tests.mailserver.smtp_sink import Delivery, SinkMessage, SmtpSink
from tests.support import require_program
from wizard.core.model import Authentication, Security, ServerEndpoint
from wizard.core.provider import Provider, default_provider_file, load_provider

HOST = "localhost"  # covered by the certificate; resolved to 127.0.0.1 (see _check_host)
MAIL_DOMAIN = "all2all.test"  # addresses <login>@all2all.test are delivered to <login>
QUOTA_MIB = 25
MAX_MAIL_MIB = 12

# login -> password. Dovecot's passwd-file stores them verbatim ({PLAIN}).
ASCII_USER = "user0001"
UTF8_USER = "user0002"
QUOTED_USER = "user0003"
FULL_USER = "user0004"
TRIP_USER = "user0005"  # round trips: messages come and go, nobody counts them
OVER_QUOTA_USER = "user0006"  # filled to the last byte of the quota
USERS = {
    ASCII_USER: "Secret-0001",
    UTF8_USER: "Crème-brûlée-42",
    QUOTED_USER: 'Say "hi" \\o/ it\'s \\mail\\ 42',  # no ":" (passwd-file separator)
    FULL_USER: "Full-mailbox-0004",
    TRIP_USER: "Round-trip-0005",
    OVER_QUOTA_USER: "Over-quota-0006",
}
SPECIAL_FOLDERS = {
    "Drafts": "\\Drafts",
    "Sent": "\\Sent",
    "Trash": "\\Trash",
    "Junk": "\\Junk",
    "Archive": "\\Archive",
    "Templates": "",
}


@dataclass(frozen=True)
class Programs:
    """The system programs the server needs (Debian packages in brackets)."""

    dovecot: str  # dovecot-core
    doveconf: str  # dovecot-core
    doveadm: str  # dovecot-core
    openssl: str  # openssl
    lda: str = "/usr/lib/dovecot/dovecot-lda"  # dovecot-core


@dataclass(frozen=True)
class MailServer:
    """A running test Dovecot and what a test needs to talk to it."""

    host: str
    imaps_port: int
    pop3s_port: int
    submissions_port: int
    ca_file: Path
    log_path: Path
    users: dict[str, str]
    provider: Provider
    provider_file: Path
    certificates: Certificates
    config_path: Path
    sink: SmtpSink
    ascii_user: str = ASCII_USER
    utf8_user: str = UTF8_USER
    quoted_user: str = QUOTED_USER
    full_user: str = FULL_USER
    trip_user: str = TRIP_USER
    over_quota_user: str = OVER_QUOTA_USER
    mail_domain: str = MAIL_DOMAIN

    def address(self, user: str) -> str:
        """The e-mail address whose mail the test server delivers into ``user``'s INBOX."""
        return f"{user}@{self.mail_domain}"

    def _doveadm(self, *arguments: str, data: bytes | None = None) -> str:
        result = subprocess.run(
            [find_programs().doveadm, "-c", str(self.config_path), *arguments],
            input=data,
            capture_output=True,
            check=True,
        )
        return result.stdout.decode("utf-8", "replace")

    def save_message(self, user: str, data: bytes) -> None:
        """Put a message into ``user``'s INBOX (as if it had arrived long ago)."""
        self._doveadm("save", "-u", user, "-m", "INBOX", data=data)

    def mark_deleted(self, user: str, message_id: str) -> None:
        """Flag a message ``\\Deleted`` without expunging it, as some mail programs do."""
        query = ["mailbox", "INBOX", "header", "Message-ID", message_id]
        self._doveadm("flags", "add", "-u", user, "\\Deleted", *query)

    def empty_mailbox(self, user: str) -> None:
        """Remove every message from ``user``'s INBOX."""
        self._doveadm("expunge", "-u", user, "mailbox", "INBOX", "all")

    def mailbox_message_ids(self, user: str) -> list[str]:
        """The Message-ID of every message in ``user``'s INBOX, read by ``doveadm``."""
        output = self._doveadm("fetch", "-u", user, "hdr.message-id", "mailbox", "INBOX")
        return [
            line.partition(":")[2].strip()
            for line in output.splitlines()
            if line.lower().startswith("hdr.message-id:")
        ]

    def sink_messages(self) -> list[SinkMessage]:
        """Messages the submission service relayed to the SMTP sink so far."""
        return self.sink.messages()

    def log_text(self) -> str:
        """Dovecot's log so far (login lines carry ``lport=`` and ``TLS``)."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def provider_with(self, **changes: Any) -> Provider:
        """The test provider with some fields changed (e.g. another ``imap`` endpoint)."""
        return dataclasses.replace(self.provider, **changes)


@dataclass(frozen=True)
class FaultServers:
    """Listeners that fail in every way the probe must recognise (all on ``localhost``)."""

    wrong_name: FaultServer  # valid chain, certificate for wrong-name.example
    expired: FaultServer  # trusted CA, certificate expired yesterday
    not_yet_valid: FaultServer  # trusted CA, certificate valid from 2031 (a clock set back)
    untrusted: FaultServer  # certificate from a CA the client does not know
    silent: FaultServer  # accepts the connection, never answers
    drop_in_handshake: FaultServer  # hangs up in the middle of the TLS handshake
    bye: FaultServer  # TLS fine, then an IMAP ``* BYE`` / SMTP 554 style refusal
    garbage: FaultServer  # TLS fine, then something that is no mail protocol
    smtp_unavailable: FaultServer  # TLS fine, then SMTP 554 "no service"
    closed_port: int  # connection refused
    blocked_port: int  # connection attempts dropped (connect times out)


def find_programs() -> Programs:
    """Locate the programs without pytest (for the benchmark script)."""

    def which(name: str) -> str:
        for candidate in (shutil.which(name), f"/usr/sbin/{name}", f"/usr/bin/{name}"):
            if candidate and os.access(candidate, os.X_OK):
                return candidate
        raise FileNotFoundError(f"{name} not found (apt-get install dovecot-core openssl)")

    packaged = "/usr/lib/dovecot/dovecot-lda"  # not on PATH in Debian's package
    lda = packaged if os.access(packaged, os.X_OK) else which("dovecot-lda")
    return Programs(which("dovecot"), which("doveconf"), which("doveadm"), which("openssl"), lda)


def free_port() -> int:
    """An unprivileged port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _check_host() -> None:
    """The certificate names ``localhost``; it must resolve to IPv4 loopback here."""
    addresses = {info[4][0] for info in socket.getaddrinfo(HOST, None, socket.AF_INET)}
    if "127.0.0.1" not in addresses:
        raise RuntimeError(f"{HOST} does not resolve to 127.0.0.1 ({addresses})")


def _mail_owner() -> tuple[str, int, int]:
    """Who owns the mailboxes: ``mail`` when root (Dovecot refuses root), else ourselves."""
    entry = pwd.getpwnam("mail") if os.geteuid() == 0 else pwd.getpwuid(os.geteuid())
    return entry.pw_name, entry.pw_uid, entry.pw_gid


# What production Dovecot does after failed logins: the failure itself is answered after
# auth_failure_delay, and anvil's penalty delays the next logins from that address by
# 2, 4, 8, up to 15 s (measured here: tests/faults/test_login_delay.py).
_PROMPT_FAILURES = """auth_failure_delay = 0
# No growing delay after repeated failed logins from 127.0.0.1 (measured: 4.5 s each
# from the second failure on without this); the failure itself still answers in 0.5 s.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
"""
_SLOW_FAILURES = "auth_failure_delay = 2 secs\n"


def _config(
    root: Path,
    certs: Certificates,
    ports: dict[str, int],
    sink_port: int,
    slow_failures: bool = False,
) -> str:
    user, uid, gid = _mail_owner()
    privileged = os.geteuid() == 0
    internal = "dovecot" if privileged else user
    login = "dovenull" if privileged else user
    mailboxes = "\n".join(
        f"  mailbox {name} {{\n    auto = subscribe\n"
        + (f"    special_use = {use}\n" if use else "")
        + "  }"
        for name, use in SPECIAL_FOLDERS.items()
    )
    return f"""# Written by tests/mailserver/dovecot.py; never used outside the tests.
instance_name = all2all-test-{os.getpid()}-{root.name}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
default_internal_user = {internal}
default_login_user = {login}
protocols = imap pop3 submission
listen = 127.0.0.1
hostname = {HOST}
postmaster_address = postmaster@{HOST}
ssl = required
ssl_cert = <{certs.server.cert}
ssl_key = <{certs.server.key}
ssl_dh = </usr/share/dovecot/dh.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
{_SLOW_FAILURES if slow_failures else _PROMPT_FAILURES}auth_verbose = yes
login_log_format_elements = user=<%u> method=%m rip=%r rport=%{{rport}} lip=%l \
lport=%{{lport}} %c session=<%{{session}}>
imap_id_log = *
first_valid_uid = {uid}
last_valid_uid = {uid}
mail_location = maildir:{root}/mail/%u/Maildir
mail_plugins = $mail_plugins quota
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/users
  default_fields = uid={uid} gid={gid} home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
{mailboxes}
}}
protocol imap {{
  mail_plugins = $mail_plugins imap_quota
}}
plugin {{
  quota = count:User quota
  quota_vsizes = yes
  quota_rule = *:storage={QUOTA_MIB}M
  # A full mailbox refuses the next message (the default lets one more through).
  quota_grace = 0
}}
submission_relay_host = 127.0.0.1
submission_relay_port = {sink_port}
submission_relay_ssl = no
submission_max_mail_size = {MAX_MAIL_MIB}M
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {ports["imaps"]}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
  inet_listener pop3s {{
    port = {ports["pop3s"]}
    ssl = yes
  }}
}}
service submission-login {{
  inet_listener submission {{
    port = 0
  }}
  inet_listener submissions {{
    port = {ports["submissions"]}
    ssl = yes
  }}
}}
"""


def _message(index: int, size: int) -> bytes:
    """A plain RFC 5322 message of about ``size`` bytes."""
    header = (
        f"From: Sender {index} <sender{index}@example.org>\r\n"
        f"To: {ASCII_USER}@{HOST}\r\nSubject: Test message {index}\r\n"
        f"Message-ID: <test-{index}@all2all.test>\r\n"
        "Date: Sat, 28 Nov 2026 06:00:00 +0100\r\n\r\n"
    ).encode("ascii")
    line = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\r\n"
    return header + line * max(1, (size - len(header)) // len(line))


def _save(programs: Programs, config: Path, user: str, sizes: list[int]) -> None:
    """Store messages with ``doveadm save`` (as the real server would have them)."""
    for index, size in enumerate(sizes):
        subprocess.run(
            [programs.doveadm, "-c", str(config), "save", "-u", user, "-m", "INBOX"],
            input=_message(index, size),
            check=True,
            capture_output=True,
        )


def _fill_to_quota(programs: Programs, config: Path, user: str) -> None:
    """Save messages until the quota refuses even a small one: the mailbox is full."""
    for size in (1_000_000, 100_000, 10_000, 1_000, 400):
        index = 0
        while True:
            index += 1
            saved = subprocess.run(
                [programs.doveadm, "-c", str(config), "save", "-u", user, "-m", "INBOX"],
                input=_message(1000 + index, size),
                capture_output=True,
                check=False,
            )
            if saved.returncode != 0:
                break


def _wait_until_listening(process: subprocess.Popen[bytes], ports: list[int], log: Path) -> None:
    deadline = time.monotonic() + 15
    for port in ports:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"dovecot exited ({process.returncode}): {_tail(log)}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot does not listen on {port}: {_tail(log)}")
            time.sleep(0.02)  # startup poll, not a test sleep


def _tail(log: Path) -> str:
    with contextlib.suppress(OSError):
        return log.read_text(errors="replace")[-2000:]
    return "(no log)"


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the master by its pid; it takes its children down with it."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _test_provider(ports: dict[str, int]) -> Provider:
    shipped = load_provider()

    def endpoint(port: int) -> ServerEndpoint:
        return ServerEndpoint(HOST, port, Security.SSL, Authentication.PASSWORD)

    return dataclasses.replace(
        shipped,
        incoming_host=HOST,
        imap=endpoint(ports["imaps"]),
        pop3=endpoint(ports["pop3s"]),
        smtp=endpoint(ports["submissions"]),
    )


def write_provider_file(target: Path, ports: dict[str, int]) -> Path:
    """The shipped provider.toml with hosts and ports pointing at the test server."""
    data: dict[str, Any] = tomllib.loads(default_provider_file().read_text(encoding="utf-8"))
    data["incoming"]["host"] = HOST
    data["incoming"]["imap"]["port"] = ports["imaps"]
    data["incoming"]["pop3"]["port"] = ports["pop3s"]
    data["outgoing"]["host"] = HOST
    data["outgoing"]["port"] = ports["submissions"]
    target.write_text(provider_toml(data), encoding="utf-8")
    return target


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid TOML basic string
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")


def provider_toml(data: dict[str, Any]) -> str:
    """Just enough TOML writing for the provider file's shape (tables, array of tables)."""
    lines = [f"{k} = {_toml_value(v)}" for k, v in data.items() if not isinstance(v, dict | list)]
    for name, table in data.items():
        if isinstance(table, dict):
            lines += ["", f"[{name}]"] + [f"{k} = {_toml_value(v)}" for k, v in table.items()]
        elif isinstance(table, list):
            for item in table:
                lines += ["", f"[[{name}]]"] + [f"{k} = {_toml_value(v)}" for k, v in item.items()]
    return "\n".join(lines) + "\n"


@contextlib.contextmanager
def running_mail_server(
    programs: Programs | None = None, slow_failures: bool = False
) -> Iterator[MailServer]:
    """Start the test Dovecot (and its SMTP sink); stop both and delete everything after.

    ``slow_failures``: answer failed logins late and delay the next ones, as production
    servers do (the session's main server answers at once, so that tests stay fast).
    """
    programs = programs or find_programs()
    _check_host()
    # Not under pytest's 0700 folders: the ``mail`` user must reach the mailboxes.
    root = Path(tempfile.mkdtemp(prefix="all2all-dovecot-"))
    root.chmod(0o755)
    sink = SmtpSink()
    process: subprocess.Popen[bytes] | None = None
    try:
        sink.start()
        certs = make_certificates(programs.openssl, root / "certs", HOST)
        ports = {name: free_port() for name in ("imaps", "pop3s", "submissions")}
        _, uid, gid = _mail_owner()
        (root / "mail").mkdir()
        os.chown(root / "mail", uid, gid)
        (root / "users").write_text(
            "".join(f"{login}:{{PLAIN}}{password}::::::\n" for login, password in USERS.items()),
            encoding="utf-8",
        )
        config = root / "dovecot.conf"
        config.write_text(_config(root, certs, ports, sink.port, slow_failures), encoding="utf-8")
        check = subprocess.run(
            [programs.doveconf, "-c", str(config), "-n"], capture_output=True, text=True
        )
        if check.returncode != 0:
            raise RuntimeError(f"doveconf refuses the test config: {check.stderr}")
        log = root / "dovecot.log"
        process = subprocess.Popen([programs.dovecot, "-F", "-c", str(config)])
        _wait_until_listening(process, list(ports.values()), log)
        _save(programs, config, ASCII_USER, [2_000, 5_000, 20_000, 200_000, 1_000_000])
        _save(programs, config, FULL_USER, [1_000_000] * 22)  # about 84 % of 25 MiB
        _fill_to_quota(programs, config, OVER_QUOTA_USER)
        sink.deliver_with(Delivery(programs.lda, config, MAIL_DOMAIN, frozenset(USERS)))
        yield MailServer(
            host=HOST,
            imaps_port=ports["imaps"],
            pop3s_port=ports["pop3s"],
            submissions_port=ports["submissions"],
            ca_file=certs.ca_file,
            log_path=log,
            users=dict(USERS),
            provider=_test_provider(ports),
            provider_file=write_provider_file(root / "provider.toml", ports),
            certificates=certs,
            config_path=config,
            sink=sink,
        )
    finally:
        if process is not None:
            _stop(process)
        sink.stop()
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def running_fault_servers(certs: Certificates) -> Iterator[FaultServers]:
    """Start every fault listener; close them all afterwards."""
    with contextlib.ExitStack() as stack:

        def started(server: FaultServer) -> FaultServer:
            stack.callback(server.stop)
            return server.start()

        def tls(pair: Any, greeting: bytes = b"") -> FaultServer:
            return started(FaultServer(Behaviour.TLS, pair.cert, pair.key, greeting))

        closed = ClosedPort()
        stack.callback(closed.close)
        blocked = BlockedPort()
        stack.callback(blocked.close)
        yield FaultServers(
            wrong_name=tls(certs.wrong_name),
            expired=tls(certs.expired),
            not_yet_valid=tls(certs.not_yet_valid),
            untrusted=tls(certs.untrusted),
            silent=started(FaultServer(Behaviour.SILENT)),
            drop_in_handshake=started(FaultServer(Behaviour.DROP_IN_HANDSHAKE)),
            bye=tls(certs.server, b"* BYE Server shutting down, try again later\r\n"),
            garbage=tls(certs.server, b"HTTP/1.1 400 Bad Request\r\n\r\n"),
            smtp_unavailable=tls(certs.server, b"554 5.3.2 localhost no service right now\r\n"),
            closed_port=closed.port,
            blocked_port=blocked.port,
        )


def _required_programs() -> Programs:
    return Programs(
        dovecot=require_program("dovecot", "dovecot-core"),
        doveconf=require_program("doveconf", "dovecot-core"),
        doveadm=require_program("doveadm", "dovecot-core"),
        openssl=require_program("openssl", "openssl"),
        lda=require_program("dovecot-lda", "dovecot-core"),
    )


@pytest.fixture(scope="session")
def mail_server() -> Iterator[MailServer]:
    """The test Dovecot, started once per session (skips locally without Dovecot)."""
    programs = _required_programs()
    # The protocol services live in /usr/lib/dovecot, which require_program also searches.
    require_program("imap", "dovecot-imapd")
    require_program("pop3", "dovecot-pop3d")
    require_program("submission", "dovecot-submissiond")
    with running_mail_server(programs) as server:
        yield server


@pytest.fixture(scope="session")
def slow_failures_server() -> Iterator[MailServer]:
    """A second Dovecot that, like production ones, slows down after failed logins
    (auth_failure_delay and anvil's penalty); started only by the tests that ask."""
    programs = _required_programs()
    require_program("imap", "dovecot-imapd")
    require_program("submission", "dovecot-submissiond")
    with running_mail_server(programs, slow_failures=True) as server:
        yield server


@pytest.fixture(scope="session")
def fault_servers(mail_server: MailServer) -> Iterator[FaultServers]:
    """Misbehaving listeners using the test server's certificates."""
    with running_fault_servers(mail_server.certificates) as faults:
        yield faults
