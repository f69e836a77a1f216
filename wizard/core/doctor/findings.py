"""What the doctor can find wrong with an all2all account, as stable codes and values.

Each mail program's settings are first read into a :class:`FoundAccount` (the same
shape for Thunderbird and Evolution), and :mod:`wizard.core.doctor.rules` compares it
with the provider's guide. The codes are an interface (``doctor --json``, the helpdesk,
the window's explanations in ``wizard/texts/doctor.py``): they never change meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from wizard.core.model import Security


class Severity(StrEnum):
    """How bad a finding is."""

    ERROR = "error"  # mail does not work this way, or the password travels unprotected
    WARNING = "warning"  # it works, but mail gets lost or confused, or it is not the way


class FindingCode(StrEnum):
    """One problem of one account."""

    INCOMING_NO_ENCRYPTION = "incoming_no_encryption"  # password and mail in clear text
    INCOMING_STARTTLS = "incoming_starttls"  # STARTTLS instead of the guide's SSL/TLS
    INCOMING_WRONG_PORT = "incoming_wrong_port"  # SSL/TLS, but not on 993 (IMAP) / 995 (POP3)
    INCOMING_WRONG_AUTHENTICATION = "incoming_wrong_authentication"  # not "normal password"
    OUTGOING_PORT_25 = "outgoing_port_25"  # all2all's server on port 25
    OUTGOING_NO_ENCRYPTION = "outgoing_no_encryption"  # all2all's server without TLS
    OUTGOING_STARTTLS = "outgoing_starttls"  # all2all's server with STARTTLS, not SSL/TLS
    OUTGOING_WRONG_PORT = "outgoing_wrong_port"  # all2all's server with SSL/TLS, not on 465
    OUTGOING_NO_AUTHENTICATION = "outgoing_no_authentication"  # all2all's server, no login
    OUTGOING_WRONG_AUTHENTICATION = "outgoing_wrong_authentication"  # not "normal password"
    OUTGOING_LOGIN_DIFFERS = "outgoing_login_differs"  # all2all's server, another login
    OUTGOING_MISSING = "outgoing_missing"  # the outgoing server set for it does not exist
    LOGIN_DIFFERS = "login_differs"  # not the login given (--username)
    POP3_DELETES_FROM_SERVER = "pop3_deletes_from_server"  # webmail and phone miss that mail
    DUPLICATE_ACCOUNT = "duplicate_account"  # two accounts for one mailbox in one profile


SEVERITY = {
    FindingCode.INCOMING_NO_ENCRYPTION: Severity.ERROR,
    FindingCode.INCOMING_STARTTLS: Severity.WARNING,
    FindingCode.INCOMING_WRONG_PORT: Severity.ERROR,
    FindingCode.INCOMING_WRONG_AUTHENTICATION: Severity.ERROR,
    FindingCode.OUTGOING_PORT_25: Severity.ERROR,
    FindingCode.OUTGOING_NO_ENCRYPTION: Severity.ERROR,
    FindingCode.OUTGOING_STARTTLS: Severity.WARNING,
    FindingCode.OUTGOING_WRONG_PORT: Severity.ERROR,
    FindingCode.OUTGOING_NO_AUTHENTICATION: Severity.ERROR,
    FindingCode.OUTGOING_WRONG_AUTHENTICATION: Severity.ERROR,
    FindingCode.OUTGOING_LOGIN_DIFFERS: Severity.WARNING,
    FindingCode.OUTGOING_MISSING: Severity.ERROR,
    FindingCode.LOGIN_DIFFERS: Severity.WARNING,
    FindingCode.POP3_DELETES_FROM_SERVER: Severity.WARNING,
    FindingCode.DUPLICATE_ACCOUNT: Severity.WARNING,
}

# The findings a repair sets right in the incoming server's settings, and in the
# settings of the outgoing server the account uses (``OUTGOING_MISSING`` is not one:
# there is no such server to set right; each program's repair says what it does then).
INCOMING_SETTINGS = frozenset(
    {
        FindingCode.INCOMING_NO_ENCRYPTION,
        FindingCode.INCOMING_STARTTLS,
        FindingCode.INCOMING_WRONG_PORT,
        FindingCode.INCOMING_WRONG_AUTHENTICATION,
    }
)
OUTGOING_SETTINGS = frozenset(
    {
        FindingCode.OUTGOING_PORT_25,
        FindingCode.OUTGOING_NO_ENCRYPTION,
        FindingCode.OUTGOING_STARTTLS,
        FindingCode.OUTGOING_WRONG_PORT,
        FindingCode.OUTGOING_NO_AUTHENTICATION,
        FindingCode.OUTGOING_WRONG_AUTHENTICATION,
        FindingCode.OUTGOING_LOGIN_DIFFERS,
    }
)

# No safe automatic repair: the other login may be another person's mailbox, and which
# of two accounts to drop (with the mail it keeps locally) is the user's choice.
NOT_FIXABLE = frozenset({FindingCode.LOGIN_DIFFERS, FindingCode.DUPLICATE_ACCOUNT})


class LoginMethod(StrEnum):
    """How a configured server logs in, reduced to what matters to all2all."""

    PASSWORD = "password"  # noqa: S105  the password inside TLS ("normal password", PLAIN)
    NONE = "none"
    OTHER = "other"  # CRAM-MD5, NTLM, Kerberos, OAuth2...: all2all offers none of them


@dataclass(frozen=True)
class ConfiguredServer:
    """A server as a mail program has it set up (defaults of the program filled in)."""

    host: str
    port: int
    security: Security | None  # None: a value the program has but we do not know
    authentication: LoginMethod
    login: str


@dataclass(frozen=True)
class FoundAccount:
    """One account whose incoming server is all2all's, in any mail program.

    ``key``: the program's own name for it (Thunderbird's ``account3``, Evolution's
    source UID); ``outgoing`` is None when the outgoing server set for it does not
    exist; ``keeps_mail`` (POP3) whether a copy stays on the server.
    """

    client: str
    profile: Path
    key: str
    protocol: str  # "imap" or "pop3"
    login: str
    email: str
    incoming: ConfiguredServer
    outgoing: ConfiguredServer | None
    outgoing_key: str
    keeps_mail: bool | None = None


@dataclass(frozen=True)
class Finding:
    """One problem; ``fixed`` after a repair that was verified by reading back."""

    code: FindingCode
    fixed: bool = False

    @property
    def severity(self) -> Severity:
        """How bad it is."""
        return SEVERITY[self.code]

    @property
    def fixable(self) -> bool:
        """Whether ``--fix`` (the Repair button) repairs it."""
        return self.code not in NOT_FIXABLE

    def to_json_dict(self) -> dict[str, Any]:
        """One finding in the documented ``doctor --json`` shape."""
        return {
            "code": self.code.value,
            "severity": self.severity.value,
            "fixable": self.fixable,
            "fixed": self.fixed,
        }


@dataclass(frozen=True)
class AccountCheck:
    """An account and what is wrong with it (nothing, ideally)."""

    account: FoundAccount
    findings: tuple[Finding, ...]

    @property
    def problems_left(self) -> tuple[Finding, ...]:
        """The findings not repaired."""
        return tuple(finding for finding in self.findings if not finding.fixed)

    def to_json_dict(self) -> dict[str, Any]:
        """One account in the documented ``doctor --json`` shape."""
        account = self.account
        return {
            "client": account.client,
            "profile": str(account.profile),
            "login": account.login,
            "key": account.key,
            "protocol": account.protocol,
            "findings": [finding.to_json_dict() for finding in self.findings],
        }
