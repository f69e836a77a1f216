"""Messages for the connection test: step names, and for every error code what it means
and what to do about it, in plain words.

The core reports codes (:class:`~wizard.core.probe.errors.ProbeErrorCode`) and the step that
failed; :func:`probe_problem` turns them into two sentences: what happened, and what the
user can do now. Where another choice in the wizard avoids the problem (the internet
provider's outgoing server when port 465 is blocked, and the other way round), the
advice names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.results import ProbeReport, Server, Step, StepResult
from wizard.core.provider import MIB
from wizard.texts import Surface

# lupdate finds ``translate("Context", "text")`` calls; the context must be a literal.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ProblemContext:
    """Where the problem happened: which connection, which server, and whether the
    outgoing server is the internet provider's relay (which only works on its network)."""

    server: Server
    host: str
    port: int
    is_relay: bool = False


@dataclass(frozen=True)
class ProblemText:
    """What happened, and what to do now."""

    explanation: str
    advice: str


def server_label(server: Server) -> str:
    """The heading of one connection's checklist."""
    if server is Server.INCOMING:
        return translate("ProbeMessages", "Receiving mail")
    return translate("ProbeMessages", "Sending mail")


def step_label(step: Step) -> str:
    """A short label for one step of the checklist."""
    labels = {
        Step.RESOLVE: translate("ProbeMessages", "Finding the server"),
        Step.CONNECT: translate("ProbeMessages", "Reaching the server"),
        Step.TLS: translate("ProbeMessages", "Secure connection"),
        Step.GREETING: translate("ProbeMessages", "Server's welcome"),
        Step.EHLO: translate("ProbeMessages", "What the server offers"),
        Step.SIZE: translate("ProbeMessages", "Largest message accepted"),
        Step.LOGIN: translate("ProbeMessages", "Username and password"),
        Step.QUOTA: translate("ProbeMessages", "Space in your mailbox"),
        Step.FOLDERS: translate("ProbeMessages", "Your folders"),
        Step.STAT: translate("ProbeMessages", "Messages waiting"),
        Step.UIDL: translate("ProbeMessages", "Keeping a copy on the server"),
        Step.INBOX: translate("ProbeMessages", "Watching your inbox"),
        Step.SEND: translate("ProbeMessages", "Sending the test message"),
        Step.ARRIVAL: translate("ProbeMessages", "The test message arriving"),
        Step.DELETE: translate("ProbeMessages", "Deleting the test message"),
        Step.LOGOUT: translate("ProbeMessages", "Closing the connection"),
        Step.SESSION: translate("ProbeMessages", "The test as a whole"),
    }
    return labels[step]


def step_problem(
    report: ProbeReport, step: StepResult, surface: Surface = Surface.WINDOW
) -> ProblemText | None:
    """:func:`probe_problem` for a step of ``report``, at the server the report tested
    for that step (None when the step has no error code)."""
    if step.code is None:
        return None
    endpoint = report.incoming if step.server is Server.INCOMING else report.outgoing
    where = ProblemContext(
        step.server,
        endpoint.host if endpoint else "",
        endpoint.port if endpoint else 0,
        report.outgoing_is_relay and step.server is Server.OUTGOING,
    )
    return probe_problem(step.code, where, surface)


def probe_problem(
    code: ProbeErrorCode, where: ProblemContext, surface: Surface = Surface.WINDOW
) -> ProblemText:
    """Explain ``code`` for the connection described by ``where``; the advice names what
    can be done on ``surface`` (a button, or running the command again)."""
    host, port = where.host, where.port
    explanation = _explanation(code).format(host=host, port=port)
    advice = None
    if surface is Surface.COMMAND_LINE:
        advice = _command_line_advice(code, where)
    if advice is None:
        advice = _advice(code, where)
    return ProblemText(explanation, advice.format(host=host, port=port))


def _explanation(code: ProbeErrorCode) -> str:
    texts = {
        ProbeErrorCode.DNS_FAILED: translate(
            "ProbeMessages", "This computer cannot find the server {host} on the internet."
        ),
        ProbeErrorCode.REFUSED: translate(
            "ProbeMessages", "The server {host} refused the connection on port {port}."
        ),
        ProbeErrorCode.PORT_BLOCKED: translate(
            "ProbeMessages",
            "The server {host} does not answer on port {port}: this network blocks that "
            "connection.",
        ),
        ProbeErrorCode.TLS_UNTRUSTED: translate(
            "ProbeMessages",
            "The server's certificate is not trusted, so this connection is not safe: "
            "your password could be read by others.",
        ),
        ProbeErrorCode.TLS_HOSTNAME_MISMATCH: translate(
            "ProbeMessages",
            "The server answered with a certificate for another name than {host}. "
            "The connection may be intercepted.",
        ),
        ProbeErrorCode.TLS_EXPIRED: translate(
            "ProbeMessages", "The server's certificate has expired or is not valid yet."
        ),
        ProbeErrorCode.TLS_HANDSHAKE_FAILED: translate(
            "ProbeMessages", "A secure connection with {host} could not be set up."
        ),
        ProbeErrorCode.AUTH_FAILED: translate(
            "ProbeMessages", "The server does not accept this username and password."
        ),
        ProbeErrorCode.SERVER_ERROR: translate(
            "ProbeMessages", "The server answered with an error or closed the connection."
        ),
        ProbeErrorCode.TIMEOUT: translate("ProbeMessages", "The server stopped answering."),
        ProbeErrorCode.LOGIN_SLOW: translate(
            "ProbeMessages",
            "The server took too long to check the username and password. Servers do this "
            "on purpose after a few wrong passwords, to stop people who try to guess them.",
        ),
        ProbeErrorCode.PROTOCOL_ERROR: translate(
            "ProbeMessages", "The answer did not come from a mail server."
        ),
        ProbeErrorCode.QUOTA_NEARLY_FULL: translate(
            "ProbeMessages", "Your mailbox is almost full."
        ),
        ProbeErrorCode.CANCELLED: translate("ProbeMessages", "You stopped the test."),
        ProbeErrorCode.BAD_CREDENTIALS_INPUT: translate(
            "ProbeMessages",
            "Your username or password contains characters that cannot be sent to the "
            "server. Nothing was sent.",
        ),
        ProbeErrorCode.RELAY_REFUSED: translate(
            "ProbeMessages",
            "The outgoing server {host} refused to pass the test message on: it does not "
            "send mail for this connection.",
        ),
        ProbeErrorCode.SENDER_REJECTED: translate(
            "ProbeMessages",
            "The outgoing server {host} does not accept your e-mail address as the sender.",
        ),
        ProbeErrorCode.RECIPIENT_REJECTED: translate(
            "ProbeMessages",
            "The server does not accept your own e-mail address as the recipient: for the "
            "server, that mailbox does not exist.",
        ),
        ProbeErrorCode.MESSAGE_TOO_LARGE: translate(
            "ProbeMessages", "The outgoing server {host} refused the test message as too large."
        ),
        ProbeErrorCode.MAILBOX_FULL: translate(
            "ProbeMessages", "Your mailbox is full: the server cannot accept new mail."
        ),
        ProbeErrorCode.NOT_ARRIVED: translate(
            "ProbeMessages",
            "Sending worked, but the test message has not arrived in your inbox yet. "
            "This is not a fault of the set-up.",
        ),
    }
    return texts[code]


def _advice(code: ProbeErrorCode, where: ProblemContext) -> str:
    relay = where.server is Server.OUTGOING and where.is_relay
    submission = where.server is Server.OUTGOING and not where.is_relay
    if code is ProbeErrorCode.PORT_BLOCKED and submission:
        return translate(
            "ProbeMessages",
            "Choose another outgoing server with the button below, or try another network, "
            "for example your phone's connection.",
        )
    if (
        code in {ProbeErrorCode.PORT_BLOCKED, ProbeErrorCode.REFUSED, ProbeErrorCode.TIMEOUT}
        and relay
    ):
        return translate(
            "ProbeMessages",
            "Your internet provider's outgoing server only answers on that provider's own "
            "network. Go back and choose all2all's outgoing server, which works on almost "
            "every network.",
        )
    if code is ProbeErrorCode.DNS_FAILED and relay:
        return translate(
            "ProbeMessages",
            "Check the name of your internet provider's outgoing server, or go back and "
            "choose all2all's outgoing server.",
        )
    texts = {
        ProbeErrorCode.DNS_FAILED: translate(
            "ProbeMessages",
            "Check that this computer is connected to the internet, for example by opening "
            "a website, then press Test again.",
        ),
        ProbeErrorCode.REFUSED: translate(
            "ProbeMessages",
            "The server may be down for maintenance. Try again in a few minutes; if it keeps "
            "happening, contact your administrator.",
        ),
        ProbeErrorCode.PORT_BLOCKED: translate(
            "ProbeMessages",
            "Try another network, for example your phone's connection, or ask whoever "
            "manages this network to allow port {port}.",
        ),
        ProbeErrorCode.TLS_UNTRUSTED: translate(
            "ProbeMessages",
            "Some networks (at work, in a hotel) and some antivirus programs inspect secure "
            "connections. Try another network, for example your home connection or your "
            "phone's. Do not type your password on this network.",
        ),
        ProbeErrorCode.TLS_HOSTNAME_MISMATCH: translate(
            "ProbeMessages",
            "Try another network. If it keeps happening, contact your administrator.",
        ),
        ProbeErrorCode.TLS_EXPIRED: translate(
            "ProbeMessages",
            "Check that the date and time of this computer are right. If they are, contact "
            "your administrator.",
        ),
        ProbeErrorCode.TLS_HANDSHAKE_FAILED: translate(
            "ProbeMessages",
            "Press Test again. If it keeps happening, try another network or contact your "
            "administrator.",
        ),
        ProbeErrorCode.AUTH_FAILED: translate(
            "ProbeMessages",
            "Go back and check your username (the short name such as user0001, not your "
            "e-mail address) and your password, capital letters included. If both are "
            "right, ask your administrator.",
        ),
        ProbeErrorCode.SERVER_ERROR: translate(
            "ProbeMessages",
            "Try again in a few minutes. If it keeps happening, open Details, copy the "
            "report and send it to the helpdesk.",
        ),
        ProbeErrorCode.TIMEOUT: translate(
            "ProbeMessages",
            "The connection may be slow or unstable. Press Test again; if it keeps "
            "happening, try another network.",
        ),
        ProbeErrorCode.LOGIN_SLOW: translate(
            "ProbeMessages",
            "Check your username and password first: every wrong try makes the server "
            "wait longer. Then wait a minute and press Test again.",
        ),
        ProbeErrorCode.PROTOCOL_ERROR: translate(
            "ProbeMessages",
            "Some networks, such as a hotel Wi-Fi, first show a page in the web browser. "
            "Open a website, follow what it asks, then press Test again.",
        ),
        ProbeErrorCode.QUOTA_NEARLY_FULL: translate(
            "ProbeMessages",
            "Empty the trash of your mail program and delete old messages with large "
            "attachments: deleted messages stay on the server until the trash is emptied.",
        ),
        ProbeErrorCode.CANCELLED: translate(
            "ProbeMessages", "Press Test again to start the test once more."
        ),
        ProbeErrorCode.BAD_CREDENTIALS_INPUT: translate(
            "ProbeMessages",
            "Go back and type your username and password again instead of pasting them.",
        ),
        ProbeErrorCode.RELAY_REFUSED: translate(
            "ProbeMessages",
            "An internet provider's outgoing server only sends mail for its own customers, "
            "on its own network. Go back and choose all2all's outgoing server, which works "
            "on almost every network.",
        ),
        ProbeErrorCode.SENDER_REJECTED: translate(
            "ProbeMessages",
            "Go back and check your e-mail address: it must be exactly the one your "
            "administrator gave you. If it is, ask your administrator.",
        ),
        ProbeErrorCode.RECIPIENT_REJECTED: translate(
            "ProbeMessages",
            "Go back and check your e-mail address for typing errors. If it is right, ask "
            "your administrator.",
        ),
        ProbeErrorCode.MESSAGE_TOO_LARGE: translate(
            "ProbeMessages",
            "The server refuses even this very small test message, so its settings are "
            "unusual. Open Details, copy the report and send it to the helpdesk.",
        ),
        ProbeErrorCode.MAILBOX_FULL: translate(
            "ProbeMessages",
            "Empty the trash in your mail program or in the webmail and delete old messages "
            "with large attachments. Then press Test again.",
        ),
        ProbeErrorCode.NOT_ARRIVED: translate(
            "ProbeMessages",
            "Mail is sometimes a few minutes late: if the test message arrives later, you can "
            "delete it. If it has still not arrived in an hour, the address may belong to "
            "another mailbox or be forwarded elsewhere: ask your administrator.",
        ),
    }
    return texts[code]


def _command_line_advice(code: ProbeErrorCode, where: ProblemContext) -> str | None:
    """Advice that differs at a terminal (options, not pages); ``None``: the same."""
    relay = where.server is Server.OUTGOING and where.is_relay
    submission = where.server is Server.OUTGOING and not where.is_relay
    unreachable = {ProbeErrorCode.PORT_BLOCKED, ProbeErrorCode.REFUSED, ProbeErrorCode.TIMEOUT}
    if code is ProbeErrorCode.PORT_BLOCKED and submission:
        return translate(
            "ProbeMessages",
            "Use your internet provider's outgoing server (--outgoing), which this network "
            "does not block. Or try another network, for example your phone's connection.",
        )
    if code in unreachable and relay:
        return translate(
            "ProbeMessages",
            "Your internet provider's outgoing server only answers on that provider's own "
            "network. Use all2all's outgoing server (--outgoing all2all), which works on "
            "almost every network.",
        )
    if code is ProbeErrorCode.DNS_FAILED and relay:
        return translate(
            "ProbeMessages",
            "Check the name of your internet provider's outgoing server, or use all2all's "
            "outgoing server (--outgoing all2all).",
        )
    if code is ProbeErrorCode.RELAY_REFUSED:
        return translate(
            "ProbeMessages",
            "An internet provider's outgoing server only sends mail for its own customers, "
            "on its own network. Use all2all's outgoing server (--outgoing all2all), which "
            "works on almost every network.",
        )
    texts = {
        ProbeErrorCode.DNS_FAILED: translate(
            "ProbeMessages",
            "Check that this computer is connected to the internet, for example by opening "
            "a website, then run the command again.",
        ),
        ProbeErrorCode.TLS_HANDSHAKE_FAILED: translate(
            "ProbeMessages",
            "Run the command again. If it keeps happening, try another network or contact "
            "your administrator.",
        ),
        ProbeErrorCode.AUTH_FAILED: translate(
            "ProbeMessages",
            "Check the username (the short name such as user0001, not the e-mail address) "
            "and the password, capital letters included. If both are right, ask your "
            "administrator.",
        ),
        ProbeErrorCode.SERVER_ERROR: translate(
            "ProbeMessages",
            "Try again in a few minutes. If it keeps happening, run the command again with "
            "--helpdesk and send what it prints to the helpdesk.",
        ),
        ProbeErrorCode.TIMEOUT: translate(
            "ProbeMessages",
            "The connection may be slow or unstable. Run the command again; if it keeps "
            "happening, try another network.",
        ),
        ProbeErrorCode.LOGIN_SLOW: translate(
            "ProbeMessages",
            "Check the username and the password first: every wrong try makes the server "
            "wait longer. Then wait a minute and run the command again.",
        ),
        ProbeErrorCode.PROTOCOL_ERROR: translate(
            "ProbeMessages",
            "Some networks, such as a hotel Wi-Fi, first show a page in the web browser. "
            "Open a website, follow what it asks, then run the command again.",
        ),
        ProbeErrorCode.CANCELLED: translate(
            "ProbeMessages", "Run the command again to start the test once more."
        ),
        ProbeErrorCode.BAD_CREDENTIALS_INPUT: translate(
            "ProbeMessages",
            "Check the username and the password: they contain characters that cannot be "
            "sent to the server.",
        ),
        ProbeErrorCode.SENDER_REJECTED: translate(
            "ProbeMessages",
            "Check the e-mail address (--email): it must be exactly the one the administrator "
            "gave. If it is, ask the administrator.",
        ),
        ProbeErrorCode.RECIPIENT_REJECTED: translate(
            "ProbeMessages",
            "Check the e-mail address (--email) for typing errors. If it is right, ask the "
            "administrator.",
        ),
        ProbeErrorCode.MESSAGE_TOO_LARGE: translate(
            "ProbeMessages",
            "The server refuses even this very small test message, so its settings are "
            "unusual. Run the command again with --helpdesk and send what it prints to the "
            "helpdesk.",
        ),
        ProbeErrorCode.MAILBOX_FULL: translate(
            "ProbeMessages",
            "Empty the trash in the mail program or the webmail and delete old messages with "
            "large attachments, then run the command again.",
        ),
    }
    return texts.get(code)


class RowState(Enum):
    """Where one step of the checklist stands; the value is its symbol (the window
    colours it from the desktop's palette, see ``wizard.gui.widgets.step_row``)."""

    WAITING = "○"
    RUNNING = "◔"
    OK = "✔"
    WARNING = "⚠"
    FAILED = "✘"
    NOT_TESTED = "–"
    STOPPED = "■"


def status_text(state: RowState) -> str:
    """The status word that goes with the symbol (colour is never the only signal)."""
    texts = {
        RowState.WAITING: translate("ConnectionTestPage", "Waiting"),
        RowState.RUNNING: translate("ConnectionTestPage", "Checking…"),
        RowState.OK: translate("ConnectionTestPage", "OK"),
        RowState.WARNING: translate("ConnectionTestPage", "Warning"),
        RowState.FAILED: translate("ConnectionTestPage", "Failed"),
        RowState.NOT_TESTED: translate("ConnectionTestPage", "Not tested"),
        RowState.STOPPED: translate("ConnectionTestPage", "Stopped"),
    }
    return texts[state]


def format_seconds(seconds: float, decimals: int = 1) -> str:
    """``1.25`` -> "1.3 s" / "1,3 s", in the current locale."""
    number = QLocale().toString(float(seconds), "f", decimals)
    return translate("ConnectionTestPage", "{seconds} s").format(seconds=number)


def format_megabytes(size: int) -> str:
    """Bytes as MB with one decimal ("12.3"), or a whole number when it is one ("25")."""
    locale = QLocale()
    if size % MIB == 0:
        return locale.toString(size // MIB)
    return locale.toString(size / MIB, "f", 1)


def state_of(result: StepResult) -> RowState:
    """The checklist state a finished step shows."""
    if result.ok:
        return RowState.OK
    if result.code is ProbeErrorCode.CANCELLED:
        return RowState.STOPPED
    return RowState.WARNING if result.warning else RowState.FAILED
