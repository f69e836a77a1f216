"""The test server itself: what other tests rely on (provider file, sink, log, quota, faults)."""

from __future__ import annotations

import base64
import imaplib
import smtplib
import ssl

import pytest

from tests.mailserver.dovecot import FaultServers, MailServer
from wizard.core.provider import load_provider

pytestmark = pytest.mark.system


def test_provider_file_matches_the_provider_object(mail_server: MailServer) -> None:
    assert load_provider(mail_server.provider_file) == mail_server.provider
    assert mail_server.provider.imap.port == mail_server.imaps_port
    assert mail_server.provider.smtp.host == mail_server.host


def test_submission_relays_to_the_sink_and_logs_the_tls_login(mail_server: MailServer) -> None:
    user = mail_server.utf8_user
    token = f"\0{user}\0{mail_server.users[user]}".encode()
    context = ssl.create_default_context(cafile=str(mail_server.ca_file))
    with smtplib.SMTP_SSL(mail_server.host, mail_server.submissions_port, context=context) as smtp:
        smtp.ehlo()
        assert smtp.docmd("AUTH", "PLAIN " + base64.b64encode(token).decode())[0] == 235
        smtp.sendmail(
            f"{user}@localhost", ["friend@example.org"], b"Subject: fixture\r\n\r\nhi\r\n"
        )

    received = [m for m in mail_server.sink_messages() if b"Subject: fixture" in m.data]
    assert received
    assert received[-1].recipients == ("TO:<friend@example.org>",)
    assert f"lport={mail_server.submissions_port}, TLS" in mail_server.log_text()


def test_quota_and_special_folders(mail_server: MailServer) -> None:
    user = mail_server.full_user
    context = ssl.create_default_context(cafile=str(mail_server.ca_file))
    with imaplib.IMAP4_SSL(mail_server.host, mail_server.imaps_port, ssl_context=context) as imap:
        imap.authenticate("PLAIN", lambda _: f"\0{user}\0{mail_server.users[user]}".encode())
        _, roots = imap.getquotaroot("INBOX")
        _, folders = imap.list()

    assert b"25600)" in roots[1][0]  # 25 MiB in KiB
    listed = b" ".join(folder for folder in folders if isinstance(folder, bytes))
    for use in (b"\\Sent", b"\\Drafts", b"\\Trash"):
        assert use in listed
    assert b"Templates" in listed


def test_fault_servers_use_distinct_ports(fault_servers: FaultServers) -> None:
    ports = [
        fault_servers.wrong_name.port,
        fault_servers.expired.port,
        fault_servers.untrusted.port,
        fault_servers.silent.port,
        fault_servers.drop_in_handshake.port,
        fault_servers.bye.port,
        fault_servers.garbage.port,
        fault_servers.smtp_unavailable.port,
        fault_servers.closed_port,
        fault_servers.blocked_port,
    ]
    assert len(set(ports)) == len(ports)
