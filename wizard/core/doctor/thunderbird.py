"""The doctor in a Thunderbird profile: all2all accounts read from prefs.js, and repaired.

An account is all2all's when its incoming server's host is the provider's, whatever
login or name it was given. Values Thunderbird leaves out of prefs.js are its defaults
(``mailnews.js`` of Thunderbird 153: socketType 0, authMethod 3, leave_on_server false;
ports 143/993, 110/995; SMTP 465 with SSL/TLS else 587, ``SmtpClient.sys.mjs``).

A repair sets single prefs in the in-memory file (everything else stays byte for
byte); the caller writes it through the exporter's safe write (refused while
Thunderbird runs, backup, atomic write, read back).
"""

from __future__ import annotations

from pathlib import Path

from wizard.core.doctor.findings import (
    INCOMING_SETTINGS,
    OUTGOING_SETTINGS,
    ConfiguredServer,
    FindingCode,
    FoundAccount,
    LoginMethod,
)
from wizard.core.doctor.rules import same_host, same_login
from wizard.core.exporters.base import ExportError, ExportErrorCode, Target
from wizard.core.exporters.thunderbird.accounts import (
    ACCOUNTS,
    DEFAULT_SMTP,
    SMTP_SERVERS,
    OutgoingSpec,
    ensure_outgoing,
    split_list,
)
from wizard.core.exporters.thunderbird.exporter import AUTH_METHOD, PREFS, SOCKET_TYPE
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile, PrefsSyntaxError, PrefValue
from wizard.core.exporters.thunderbird.profiles import CLIENT
from wizard.core.model import Authentication as Auth
from wizard.core.model import Protocol, Security
from wizard.core.provider import Provider
from wizard.core.safe_files import read_optional

_SECURITY = {0: Security.NONE, 1: Security.STARTTLS, 2: Security.STARTTLS, 3: Security.SSL}
_PASSWORD_METHODS = {2, 3, 9}  # old ("cleartext"), passwordCleartext, anything
_NO_LOGIN = 1
_DEFAULT_PORTS = {("imap", True): 993, ("imap", False): 143, ("pop3", True): 995}
_DEFAULT_PORTS[("pop3", False)] = 110


def _text(prefs: PrefsFile, name: str) -> str:
    value = prefs.get(name)
    return value if isinstance(value, str) else ""


def _int(prefs: PrefsFile, name: str) -> int | None:
    value = prefs.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _authentication(method: int | None) -> LoginMethod:
    method = 3 if method is None else method
    if method in _PASSWORD_METHODS:
        return LoginMethod.PASSWORD
    return LoginMethod.NONE if method == _NO_LOGIN else LoginMethod.OTHER


def read_prefs(target: Target) -> tuple[PrefsFile, bytes] | None:
    """The profile's prefs.js (None: there is none, so no account either)."""
    path = target.path / PREFS
    original = read_optional(path)
    if original is None:
        return None
    try:
        return PrefsFile.parse(original), original
    except PrefsSyntaxError as error:
        raise ExportError(ExportErrorCode.PREFS_CORRUPT, path, str(error)) from error


def server_key(prefs: PrefsFile, account: str) -> str:
    """The incoming server (``serverN``) of an account."""
    return _text(prefs, f"mail.account.{account}.server")


def smtp_key_of(prefs: PrefsFile, identity: str) -> str:
    """The outgoing server an identity sends through (its own, else the default)."""
    own = _text(prefs, f"mail.identity.{identity}.smtpServer")
    if own:
        return own
    return _text(prefs, DEFAULT_SMTP) or next(iter(split_list(prefs.get(SMTP_SERVERS))), "")


def _smtp_server(prefs: PrefsFile, key: str) -> ConfiguredServer | None:
    """The SMTP server ``key``, None when Thunderbird would not find it."""
    base = f"mail.smtpserver.{key}."
    host = _text(prefs, base + "hostname")
    if not key or key not in split_list(prefs.get(SMTP_SERVERS)) or not host:
        return None
    socket_type = _int(prefs, base + "try_ssl") or 0
    port = _int(prefs, base + "port") or (465 if socket_type == 3 else 587)
    return ConfiguredServer(
        host,
        port,
        _SECURITY.get(socket_type),
        _authentication(_int(prefs, base + "authMethod")),
        _text(prefs, base + "username"),
    )


def found_accounts(
    prefs: PrefsFile, profile: Path, provider: Provider
) -> list[tuple[FoundAccount, list[str]]]:
    """Every all2all account of the profile, with the keys of its identities."""
    found = []
    for account in split_list(prefs.get(ACCOUNTS)):
        server = server_key(prefs, account)
        base = f"mail.server.{server}."
        kind = _text(prefs, base + "type")
        host = _text(prefs, base + "realhostname") or _text(prefs, base + "hostname")
        if kind not in {"imap", "pop3"} or not same_host(host, provider.incoming_host):
            continue
        socket_type = _int(prefs, base + "socketType") or 0
        port = _int(prefs, base + "port")
        if port is None or port <= 0:
            port = _DEFAULT_PORTS[(kind, socket_type == 3)]
        login = _text(prefs, base + "realuserName") or _text(prefs, base + "userName")
        incoming = ConfiguredServer(
            host,
            port,
            _SECURITY.get(socket_type),
            _authentication(_int(prefs, base + "authMethod")),
            login,
        )
        identities = split_list(prefs.get(f"mail.account.{account}.identities"))
        smtp_key = smtp_key_of(prefs, identities[0]) if identities else ""
        keeps = prefs.get(base + "leave_on_server") is True if kind == "pop3" else None
        email = _text(prefs, f"mail.identity.{identities[0]}.useremail") if identities else ""
        found.append(
            (
                FoundAccount(
                    client=CLIENT,
                    profile=profile,
                    key=account,
                    protocol=kind,
                    login=login,
                    email=email,
                    incoming=incoming,
                    outgoing=_smtp_server(prefs, smtp_key),
                    outgoing_key=smtp_key,
                    keeps_mail=keeps,
                ),
                identities,
            )
        )
    return found


def repair(
    prefs: PrefsFile,
    account: FoundAccount,
    codes: set[FindingCode],
    provider: Provider,
    all2all: list[FoundAccount],
) -> None:
    """Make the fixable ``codes`` of ``account`` right, in memory."""
    base = f"mail.server.{server_key(prefs, account.key)}."
    if codes & INCOMING_SETTINGS:
        wanted = provider.incoming(Protocol(account.protocol))
        prefs.set(base + "port", wanted.port)
        prefs.set(base + "socketType", SOCKET_TYPE[wanted.security])
        prefs.set(base + "authMethod", AUTH_METHOD[Auth.PASSWORD])
    if FindingCode.POP3_DELETES_FROM_SERVER in codes:
        prefs.set(base + "leave_on_server", True)
        if base + "delete_by_age_from_server" not in prefs:
            # No retention was ever chosen: the wizard's own (a copy for N days).
            prefs.set(base + "delete_by_age_from_server", True)
            prefs.set(base + "num_days_to_leave_on_server", provider.keep_on_server_days)
    if codes & (OUTGOING_SETTINGS | {FindingCode.OUTGOING_MISSING}):
        _repair_outgoing(prefs, account, provider, all2all)


def _repair_outgoing(
    prefs: PrefsFile, account: FoundAccount, provider: Provider, all2all: list[FoundAccount]
) -> None:
    """Fix the login's own server in place; else point the account at a right one."""
    smtp = provider.smtp
    wanted: dict[str, PrefValue] = {
        "port": smtp.port,
        "try_ssl": SOCKET_TYPE[smtp.security],
        "authMethod": AUTH_METHOD[Auth.PASSWORD],
        "username": account.login,
    }
    if account.outgoing is not None and _only_this_login(prefs, account, all2all):
        for name, value in wanted.items():
            prefs.set(f"mail.smtpserver.{account.outgoing_key}.{name}", value)
        return
    spec = OutgoingSpec(
        host=smtp.host,
        port=smtp.port,
        try_ssl=SOCKET_TYPE[smtp.security],
        auth_method=AUTH_METHOD[Auth.PASSWORD],
        username=account.login,
        description=provider.name,
    )
    key = ensure_outgoing(prefs, spec)
    for identity in split_list(prefs.get(f"mail.account.{account.key}.identities")):
        if smtp_key_of(prefs, identity) == account.outgoing_key:
            prefs.set(f"mail.identity.{identity}.smtpServer", key)


def _only_this_login(prefs: PrefsFile, account: FoundAccount, all2all: list[FoundAccount]) -> bool:
    """Whether every identity sending through the account's server is this login's."""
    mine = {other.key for other in all2all if same_login(other.login, account.login)}
    for other in split_list(prefs.get(ACCOUNTS)):
        for identity in split_list(prefs.get(f"mail.account.{other}.identities")):
            if smtp_key_of(prefs, identity) == account.outgoing_key and other not in mine:
                return False
    return True
