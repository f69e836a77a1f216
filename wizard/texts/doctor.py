"""The doctor's findings in plain words: a title, what it means, and what to do.

The window (a list with a Repair button) and ``all2all-setup doctor`` show the same
sentences; the advice names the button or the option (:class:`Surface`). Ports and the
number of days come from the provider data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from wizard.core.doctor.findings import Finding, FindingCode, Severity
from wizard.core.doctor.run import PlaceFailure
from wizard.core.exporters.base import ExportErrorCode
from wizard.core.model import Protocol
from wizard.core.provider import Provider
from wizard.texts import Surface
from wizard.texts.export import client_name, error_advice, error_message

translate = QCoreApplication.translate


@dataclass(frozen=True)
class FindingText:
    """A short title, what it means, and what to do about it."""

    title: str
    explanation: str
    advice: str


class Doctor(QObject):
    """The doctor's texts with a number: lupdate finds plural forms only in ``self.tr``
    calls, so these live in a class named like the context of the others."""

    def keep_a_copy(self, days: int, surface: Surface) -> str:
        """The repair of POP3 deleting mail: a copy stays for ``days`` day(s)."""
        if surface is Surface.COMMAND_LINE:
            return self.tr(
                "Run the command again with --fix: a copy then stays on the server for "
                "%n day(s) (it can be changed in the mail program's account settings).",
                "",
                days,
            )
        return self.tr(
            "Press Repair: a copy then stays on the server for %n day(s) (you can change "
            "that in the mail program's account settings).",
            "",
            days,
        )


def nothing_found() -> str:
    """The doctor found no all2all account at all."""
    return translate("Doctor", "No all2all account was found in Thunderbird or Evolution.")


def severity_label(severity: Severity) -> str:
    """``Problem`` or ``Warning``."""
    if severity is Severity.ERROR:
        return translate("Doctor", "Problem")
    return translate("Doctor", "Warning")


def _titles() -> dict[FindingCode, str]:
    return {
        FindingCode.INCOMING_NO_ENCRYPTION: translate(
            "Doctor", "Incoming mail is fetched without encryption"
        ),
        FindingCode.INCOMING_STARTTLS: translate(
            "Doctor", "Incoming mail uses STARTTLS instead of SSL/TLS"
        ),
        FindingCode.INCOMING_WRONG_PORT: translate("Doctor", "Incoming mail uses the wrong port"),
        FindingCode.INCOMING_WRONG_AUTHENTICATION: translate(
            "Doctor", "Incoming mail uses the wrong kind of password"
        ),
        FindingCode.OUTGOING_PORT_25: translate(
            "Doctor", "Mail is sent to all2all's server on port 25"
        ),
        FindingCode.OUTGOING_NO_ENCRYPTION: translate(
            "Doctor", "Mail is sent to all2all's server without encryption"
        ),
        FindingCode.OUTGOING_STARTTLS: translate(
            "Doctor", "Mail is sent with STARTTLS instead of SSL/TLS"
        ),
        FindingCode.OUTGOING_WRONG_PORT: translate("Doctor", "Mail is sent on the wrong port"),
        FindingCode.OUTGOING_NO_AUTHENTICATION: translate(
            "Doctor", "Mail is sent to all2all's server without logging in"
        ),
        FindingCode.OUTGOING_WRONG_AUTHENTICATION: translate(
            "Doctor", "Mail is sent with the wrong kind of password"
        ),
        FindingCode.OUTGOING_LOGIN_DIFFERS: translate(
            "Doctor", "Mail is sent with another all2all username"
        ),
        FindingCode.OUTGOING_MISSING: translate(
            "Doctor", "The outgoing server set for this account does not exist"
        ),
        FindingCode.LOGIN_DIFFERS: translate("Doctor", "This account uses another username"),
        FindingCode.POP3_DELETES_FROM_SERVER: translate(
            "Doctor", "Mail is deleted from the server once downloaded"
        ),
        FindingCode.DUPLICATE_ACCOUNT: translate("Doctor", "Two accounts for the same mailbox"),
    }


def _explanations() -> dict[FindingCode, str]:
    return {
        FindingCode.INCOMING_NO_ENCRYPTION: translate(
            "Doctor",
            "Your password and your mail travel over the internet as readable text. all2all "
            "expects a secure connection (SSL/TLS) on port {incoming_port}.",
        ),
        FindingCode.INCOMING_STARTTLS: translate(
            "Doctor",
            "The connection is secured only after it starts (STARTTLS). all2all's guide says "
            "SSL/TLS from the start, on port {incoming_port}.",
        ),
        FindingCode.INCOMING_WRONG_PORT: translate(
            "Doctor",
            "all2all's server waits for this on port {incoming_port}; on another port the "
            "mail program cannot connect.",
        ),
        FindingCode.INCOMING_WRONG_AUTHENTICATION: translate(
            "Doctor",
            "all2all expects the normal password, sent inside the secure connection. With "
            "another method logging in fails.",
        ),
        FindingCode.OUTGOING_PORT_25: translate(
            "Doctor",
            "Port 25 is for servers talking to each other: many networks block it, and "
            "all2all expects your mail on port {smtp_port} with SSL/TLS, your username and "
            "password.",
        ),
        FindingCode.OUTGOING_NO_ENCRYPTION: translate(
            "Doctor",
            "Your password and what you send travel over the internet as readable text. "
            "all2all expects SSL/TLS on port {smtp_port}.",
        ),
        FindingCode.OUTGOING_STARTTLS: translate(
            "Doctor",
            "The connection is secured only after it starts (STARTTLS). all2all's guide says "
            "SSL/TLS from the start, on port {smtp_port}.",
        ),
        FindingCode.OUTGOING_WRONG_PORT: translate(
            "Doctor",
            "all2all's outgoing server waits on port {smtp_port}; on another port sending fails.",
        ),
        FindingCode.OUTGOING_NO_AUTHENTICATION: translate(
            "Doctor",
            "all2all only sends mail for people who log in with their all2all username and "
            "password. Without logging in, sending is refused.",
        ),
        FindingCode.OUTGOING_WRONG_AUTHENTICATION: translate(
            "Doctor",
            "all2all expects the normal password, sent inside the secure connection. With "
            "another method sending fails.",
        ),
        FindingCode.OUTGOING_LOGIN_DIFFERS: translate(
            "Doctor",
            "For sending, this account uses another all2all username than for receiving, so "
            "the server may refuse your address.",
        ),
        FindingCode.OUTGOING_MISSING: translate(
            "Doctor",
            "The account points at an outgoing server that is no longer there, so nothing "
            "can be sent from it.",
        ),
        FindingCode.LOGIN_DIFFERS: translate(
            "Doctor",
            "This all2all account logs in with another username than the one you gave. It "
            "may be an old username, or another person's mailbox.",
        ),
        FindingCode.POP3_DELETES_FROM_SERVER: translate(
            "Doctor",
            "With POP3 the mail program removes your mail from the server after downloading "
            "it, so the webmail and your other devices no longer see it.",
        ),
        FindingCode.DUPLICATE_ACCOUNT: translate(
            "Doctor",
            "The same mailbox is set up twice in this mail program. Mail then shows twice, "
            "or one account (POP3) takes it away from the other.",
        ),
    }


def _advice(code: FindingCode, days: int, surface: Surface) -> str:
    """What to do about ``code``: the window names its button, the command line its
    commands and options."""
    window = surface is Surface.WINDOW
    if code is FindingCode.LOGIN_DIFFERS:
        if window:
            return translate(
                "Doctor",
                "If the username is old, remove this account and set up all2all again. If "
                "it is another person's mailbox, leave it.",
            )
        return translate(
            "Doctor",
            "If the username is old, remove this account (all2all-setup remove) and set up "
            "all2all again. If it is another person's mailbox, leave it.",
        )
    if code is FindingCode.DUPLICATE_ACCOUNT:
        return translate(
            "Doctor",
            "Keep one of the two accounts and remove the other in the mail program's "
            "account settings (its local mail stays on this computer).",
        )
    if code is FindingCode.POP3_DELETES_FROM_SERVER:
        return Doctor().keep_a_copy(days, surface)
    if window:
        return translate(
            "Doctor", "Press Repair to set it right; nothing else in the mail program changes."
        )
    return translate(
        "Doctor",
        "Run the command again with --fix to set it right; nothing else in the mail program "
        "changes.",
    )


def finding_text(
    finding: Finding, protocol: str, provider: Provider, surface: Surface = Surface.WINDOW
) -> FindingText:
    """Title, explanation and advice of ``finding`` for an account of ``protocol``."""
    values = {
        "incoming_port": provider.incoming(Protocol(protocol)).port,
        "smtp_port": provider.smtp.port,
    }
    advice = _advice(finding.code, provider.keep_on_server_days, surface)
    return FindingText(
        _titles()[finding.code], _explanations()[finding.code].format(**values), advice
    )


def _fixed_titles() -> dict[FindingCode, str]:
    return {
        FindingCode.INCOMING_NO_ENCRYPTION: translate(
            "Doctor", "Incoming mail now uses a secure connection"
        ),
        FindingCode.INCOMING_STARTTLS: translate(
            "Doctor", "Incoming mail is now secured from the start (SSL/TLS)"
        ),
        FindingCode.INCOMING_WRONG_PORT: translate(
            "Doctor", "Incoming mail now uses the right port"
        ),
        FindingCode.INCOMING_WRONG_AUTHENTICATION: translate(
            "Doctor", "Incoming mail now logs in with the normal password"
        ),
        FindingCode.OUTGOING_PORT_25: translate(
            "Doctor", "Mail is now sent to all2all's server on the right port"
        ),
        FindingCode.OUTGOING_NO_ENCRYPTION: translate(
            "Doctor", "Mail is now sent over a secure connection"
        ),
        FindingCode.OUTGOING_STARTTLS: translate(
            "Doctor", "Mail is now sent secured from the start (SSL/TLS)"
        ),
        FindingCode.OUTGOING_WRONG_PORT: translate("Doctor", "Mail is now sent on the right port"),
        FindingCode.OUTGOING_NO_AUTHENTICATION: translate(
            "Doctor", "Mail is now sent with your username and password"
        ),
        FindingCode.OUTGOING_WRONG_AUTHENTICATION: translate(
            "Doctor", "Mail is now sent with the normal password"
        ),
        FindingCode.OUTGOING_LOGIN_DIFFERS: translate(
            "Doctor", "Mail is now sent with the same username as it is received"
        ),
        FindingCode.OUTGOING_MISSING: translate(
            "Doctor", "This account now has an outgoing server"
        ),
        FindingCode.POP3_DELETES_FROM_SERVER: translate(
            "Doctor", "A copy of your mail now stays on the server"
        ),
    }


def fixed_title(code: FindingCode) -> str:
    """What is true now that ``code`` was repaired ("Incoming mail now uses a secure
    connection"): a repaired problem's own title would read as if it were still there."""
    titles = _fixed_titles()
    return titles.get(code, _titles()[code])


def window_heading(finding: Finding, title: str) -> str:
    """``<title> (can be repaired)``: the icon beside it says how bad it is."""
    return translate("Doctor", "{title} ({state})").format(title=title, state=fixed_label(finding))


def finding_heading(finding: Finding, title: str) -> str:
    """``Problem: <title> (can be repaired)``: how bad, what, and who sets it right."""
    return translate("Doctor", "{severity}: {title} ({state})").format(
        severity=severity_label(finding.severity), title=title, state=fixed_label(finding)
    )


def advice_line(advice: str) -> str:
    """``What to do: <advice>``."""
    return translate("Doctor", "What to do: {advice}").format(advice=advice)


def has_own_advice(finding: Finding) -> bool:
    """Whether the advice says more than "Press Repair" (the window then shows it)."""
    return not finding.fixable or finding.code is FindingCode.POP3_DELETES_FROM_SERVER


def fixed_label(finding: Finding) -> str:
    """Where the finding stands: repaired, can be repaired, or by hand only."""
    if finding.fixed:
        return translate("Doctor", "repaired")
    if finding.fixable:
        return translate("Doctor", "can be repaired")
    return translate("Doctor", "to be done by hand")


def failure_text(failure: PlaceFailure) -> str:
    """Why a program's settings could not be repaired, and what to do (the window)."""
    name = client_name(failure.client)
    code = failure.code
    advice = {
        ExportErrorCode.CLIENT_RUNNING: translate(
            "Doctor", "Close {client}, then press Repair again."
        ),
        ExportErrorCode.PROFILE_CHANGED: translate(
            "Doctor", "Close {client} if it is open, then press Repair again."
        ),
        ExportErrorCode.DISK_FULL: translate(
            "Doctor", "Free some space on the disk, then press Repair again."
        ),
        ExportErrorCode.WRITE_FAILED: translate(
            "Doctor",
            "Press Repair again. If it fails again, ask your administrator for help.",
        ),
    }
    advice[ExportErrorCode.VERIFY_FAILED] = advice[ExportErrorCode.WRITE_FAILED]
    if code in advice:
        what = advice[code].format(client=name)
    elif code is ExportErrorCode.LINK_REFUSED:
        what = error_advice(code, failure.client)
    else:
        what = translate("Doctor", "Ask your administrator for help.")
    return f"{error_message(code, failure.client)} {what}"
