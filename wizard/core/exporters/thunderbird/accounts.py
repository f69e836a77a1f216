"""Adding or updating one mail account in a Thunderbird prefs.js, as Thunderbird does it.

This mirrors what Thunderbird's own Add-account dialog writes
(``CreateInBackend.createAccountInBackend``, thunderbird.md §1): free keys
``accountN``/``serverN``/``idN``/``smtpN``, the account listed before Local Folders,
Local Folders and the defaults created only when missing, an identical outgoing server
shared rather than duplicated. An account whose kind, login and host already exist is
updated in place instead of added again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from wizard.core.exporters.base import (
    AccountIdentity,
    ChangeKind,
    ExportError,
    ExportErrorCode,
    NoteCode,
    OutgoingCandidate,
)
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile, PrefValue

ACCOUNTS = "mail.accountmanager.accounts"
DEFAULT_ACCOUNT = "mail.accountmanager.defaultaccount"
LOCAL_FOLDERS = "mail.accountmanager.localfoldersserver"
LAST_KEY = "mail.account.lastKey"
SMTP_SERVERS = "mail.smtpservers"
DEFAULT_SMTP = "mail.smtp.defaultserver"
_DEFAULTABLE = {"imap", "pop3", "ews", "graph"}  # canBeDefaultServer: not Local Folders/RSS


@dataclass(frozen=True)
class IncomingSpec:
    """The incoming server as Thunderbird stores it (socketType/authMethod numbers)."""

    kind: str  # "imap" or "pop3"
    host: str
    port: int
    socket_type: int
    auth_method: int
    login: str


@dataclass(frozen=True)
class OutgoingSpec:
    """An SMTP server to use or create; ``username`` empty for a no-login relay."""

    host: str
    port: int
    try_ssl: int
    auth_method: int
    username: str
    description: str


@dataclass(frozen=True)
class AccountSpec:
    """Everything the account needs, in Thunderbird's own terms."""

    incoming: IncomingSpec
    email: str
    full_name: str
    outgoing: OutgoingSpec
    keep_on_server: bool = True
    keep_days: int = 14
    reuse_smtp: str | None = None
    empty_trash_on_exit: bool | None = None


@dataclass
class AccountChange:
    """What :func:`add_or_update` did, by Thunderbird key."""

    change: ChangeKind
    account_key: str
    server_key: str
    identity_key: str
    smtp_key: str
    notes: list[NoteCode] = field(default_factory=list)


def split_list(value: PrefValue | None) -> list[str]:
    """A comma-separated pref as a list (Thunderbird tolerates spaces)."""
    if not isinstance(value, str):
        return []
    return [item.strip() for item in value.split(",") if item.strip()]


def _text(prefs: PrefsFile, name: str) -> str:
    value = prefs.get(name)
    return value if isinstance(value, str) else ""


def _int(prefs: PrefsFile, name: str, default: int) -> int:
    value = prefs.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def smtp_candidates(prefs: PrefsFile) -> list[OutgoingCandidate]:
    """The SMTP servers of the profile that an identity can point at."""
    default = _text(prefs, DEFAULT_SMTP)
    found = []
    for key in split_list(prefs.get(SMTP_SERVERS)):
        base = f"mail.smtpserver.{key}."
        if _text(prefs, base + "type") not in {"", "smtp"}:
            continue
        found.append(
            OutgoingCandidate(
                ref=key,
                host=_text(prefs, base + "hostname"),
                port=_int(prefs, base + "port", 0),
                username=_text(prefs, base + "username"),
                description=_text(prefs, base + "description"),
                is_default=key == default,
            )
        )
    return found


class _Keys:
    """Allocates keys no existing pref uses, the way Thunderbird's managers do."""

    def __init__(self, prefs: PrefsFile) -> None:
        self.used: dict[str, set[int]] = {"account": set(), "server": set(), "id": set()}
        self.used["smtp"] = set()
        branches = {
            "account": re.compile(r"mail\.account\.account(\d+)\."),
            "server": re.compile(r"mail\.server\.server(\d+)\."),
            "id": re.compile(r"mail\.identity\.id(\d+)\."),
            "smtp": re.compile(r"mail\.smtpserver\.smtp(\d+)\."),
        }
        for name in prefs.names():
            for kind, pattern in branches.items():
                match = pattern.match(name)
                if match:
                    self.used[kind].add(int(match.group(1)))
        referenced = [("account", ACCOUNTS), ("smtp", SMTP_SERVERS)]
        for name in prefs.names():  # keys an account points at, even without prefs of their own
            if name.startswith("mail.account.") and name.endswith(".server"):
                referenced.append(("server", name))
            elif name.startswith("mail.account.") and name.endswith(".identities"):
                referenced.append(("id", name))
        for kind, pref in referenced:
            for key in split_list(prefs.get(pref)):
                if key.startswith(kind) and key[len(kind) :].isdigit():
                    self.used[kind].add(int(key[len(kind) :]))
        self.last_key = _int(prefs, LAST_KEY, 0)

    def next(self, kind: str) -> str:
        number = self.last_key + 1 if kind == "account" else 1
        while number in self.used[kind]:
            number += 1
        self.used[kind].add(number)
        if kind == "account":
            self.last_key = number
        return f"{kind}{number}"


def find_account(prefs: PrefsFile, identity: AccountIdentity) -> tuple[str, str] | None:
    """(account key, server key) of the listed account that is ``identity``, if any."""
    for account in split_list(prefs.get(ACCOUNTS)):
        server = _text(prefs, f"mail.account.{account}.server")
        base = f"mail.server.{server}."
        host = _text(prefs, base + "realhostname") or _text(prefs, base + "hostname")
        login = _text(prefs, base + "realuserName") or _text(prefs, base + "userName")
        if server and identity.matches(_text(prefs, base + "type"), login, host):
            return account, server
    return None


def _other_protocol_exists(prefs: PrefsFile, spec: IncomingSpec) -> bool:
    other = "pop3" if spec.kind == "imap" else "imap"
    return find_account(prefs, AccountIdentity(other, spec.login, spec.host)) is not None


def _unique_name(prefs: PrefsFile, spec: AccountSpec) -> str:
    """The account name; on a clash Thunderbird appends " (POP3)", then "_2", "_3"..."""
    taken = {
        _text(prefs, f"mail.server.{_text(prefs, f'mail.account.{account}.server')}.name")
        for account in split_list(prefs.get(ACCOUNTS))
    }
    if spec.email not in taken:
        return spec.email
    name = f"{spec.email} ({spec.incoming.kind.upper()})"
    counter = 2
    candidate = name
    while candidate in taken:
        candidate = f"{name}_{counter}"
        counter += 1
    return candidate


def add_or_update(prefs: PrefsFile, spec: AccountSpec) -> AccountChange:
    """Write the account into ``prefs`` (in memory); one account per kind+login+host."""
    incoming = spec.incoming
    keys = _Keys(prefs)
    existing = find_account(prefs, AccountIdentity(incoming.kind, incoming.login, incoming.host))
    notes: list[NoteCode] = []
    if _other_protocol_exists(prefs, incoming):
        notes.append(NoteCode.OTHER_PROTOCOL_ACCOUNT_EXISTS)
    smtp_key = _outgoing(prefs, spec, keys, notes)
    if existing is not None:
        account_key, server_key = existing
        identities = split_list(prefs.get(f"mail.account.{account_key}.identities"))
        identity_key = identities[0] if identities else keys.next("id")
        if not identities:
            prefs.set(f"mail.account.{account_key}.identities", identity_key)
            _new_identity(prefs, identity_key, spec)
        change = ChangeKind.UPDATE_ACCOUNT
    else:
        account_key, server_key, identity_key = keys.next("account"), "", ""
        server_key, identity_key = keys.next("server"), keys.next("id")
        name = _unique_name(prefs, spec)
        if name != spec.email:
            notes.append(NoteCode.NAME_CLASH_RENAMED)
        _new_server(prefs, server_key, spec, name)
        _new_identity(prefs, identity_key, spec)
        prefs.set(f"mail.account.{account_key}.identities", identity_key)
        prefs.set(f"mail.account.{account_key}.server", server_key)
        _list_account(prefs, account_key, keys, notes)
        change = ChangeKind.ADD_ACCOUNT
    _server_settings(prefs, server_key, spec)
    base = f"mail.identity.{identity_key}."
    if _text(prefs, base + "smtpServer") == smtp_key and NoteCode.OUTGOING_REUSED in notes:
        notes.remove(NoteCode.OUTGOING_REUSED)  # already this account's own server
    prefs.set(base + "fullName", spec.full_name)
    prefs.set(base + "useremail", spec.email)
    prefs.set(base + "smtpServer", smtp_key)
    return AccountChange(change, account_key, server_key, identity_key, smtp_key, notes)


def _new_server(prefs: PrefsFile, key: str, spec: AccountSpec, name: str) -> None:
    base = f"mail.server.{key}."
    prefs.set(base + "type", spec.incoming.kind)
    prefs.set(base + "hostname", spec.incoming.host)
    prefs.set(base + "userName", spec.incoming.login)
    prefs.set(base + "name", name)
    prefs.set(base + "login_at_startup", True)
    prefs.set(base + "check_new_mail", True)
    if spec.incoming.kind == "pop3":
        prefs.set(base + "delete_mail_left_on_server", True)
        prefs.set(base + "download_on_biff", True)


def _server_settings(prefs: PrefsFile, key: str, spec: AccountSpec) -> None:
    """The settings the wizard owns on every run (port, security, POP3 retention)."""
    base = f"mail.server.{key}."
    prefs.set(base + "port", spec.incoming.port)
    prefs.set(base + "socketType", spec.incoming.socket_type)
    prefs.set(base + "authMethod", spec.incoming.auth_method)  # explicit, though the default
    if spec.incoming.kind == "pop3":
        prefs.set(base + "leave_on_server", spec.keep_on_server)
        prefs.set(base + "num_days_to_leave_on_server", max(spec.keep_days, 1))
        prefs.set(base + "delete_by_age_from_server", spec.keep_on_server and spec.keep_days > 0)
    if spec.empty_trash_on_exit is not None:
        prefs.set(base + "empty_trash_on_exit", spec.empty_trash_on_exit)


def _new_identity(prefs: PrefsFile, key: str, spec: AccountSpec) -> None:
    incoming = spec.incoming
    scheme = "imap" if incoming.kind == "imap" else "mailbox"
    uri = f"{scheme}://{quote(incoming.login, safe='')}@{incoming.host}/"
    base = f"mail.identity.{key}."
    prefs.set(base + "valid", True)
    prefs.set(base + "reply_on_top", _default_reply_on_top(prefs))
    prefs.set(base + "fcc_folder", uri + "Sent")
    prefs.set(base + "draft_folder", uri + "Drafts")
    prefs.set(base + "stationery_folder", uri + "Templates")
    for picker in ("fcc_folder_picker_mode", "drafts_folder_picker_mode"):
        prefs.set(base + picker, "0")
    prefs.set(base + "tmpl_folder_picker_mode", "0")


def _default_reply_on_top(prefs: PrefsFile) -> int:
    """Like Thunderbird: take the default account's choice, else reply above the quote."""
    account = _text(prefs, DEFAULT_ACCOUNT)
    identities = split_list(prefs.get(f"mail.account.{account}.identities"))
    if identities:
        return _int(prefs, f"mail.identity.{identities[0]}.reply_on_top", 1)
    return 1


def _list_account(prefs: PrefsFile, account_key: str, keys: _Keys, notes: list[NoteCode]) -> None:
    """Append to the account list before Local Folders; create those and defaults if absent."""
    accounts = split_list(prefs.get(ACCOUNTS))
    local_server = _text(prefs, LOCAL_FOLDERS)
    local_account = next(
        (a for a in accounts if _text(prefs, f"mail.account.{a}.server") == local_server), None
    )
    if accounts and local_account is not None and accounts[-1] == local_account:
        accounts.insert(len(accounts) - 1, account_key)
    else:
        accounts.append(account_key)
    if not local_server or not _text(prefs, f"mail.server.{local_server}.type"):
        local_account, local_server = keys.next("account"), keys.next("server")
        base = f"mail.server.{local_server}."
        prefs.set(base + "type", "none")
        prefs.set(base + "hostname", "Local Folders")
        prefs.set(base + "name", "Local Folders")
        prefs.set(base + "userName", "nobody")
        prefs.set(f"mail.account.{local_account}.server", local_server)
        prefs.set(LOCAL_FOLDERS, local_server)
        accounts.append(local_account)
        notes.append(NoteCode.LOCAL_FOLDERS_CREATED)
    prefs.set(ACCOUNTS, ",".join(accounts))
    prefs.set(LAST_KEY, keys.last_key)
    default = _text(prefs, DEFAULT_ACCOUNT)
    default_server = _text(prefs, f"mail.account.{default}.server")
    if default not in accounts or _text(prefs, f"mail.server.{default_server}.type") not in (
        _DEFAULTABLE
    ):
        prefs.set(DEFAULT_ACCOUNT, account_key)
        notes.append(NoteCode.BECOMES_DEFAULT_ACCOUNT)


def _outgoing(prefs: PrefsFile, spec: AccountSpec, keys: _Keys, notes: list[NoteCode]) -> str:
    """The SMTP key for the identity: chosen, shared, updated, or newly created."""
    servers = smtp_candidates(prefs)
    if spec.reuse_smtp is not None:
        if all(server.ref != spec.reuse_smtp for server in servers):
            raise ExportError(ExportErrorCode.OUTGOING_NOT_FOUND, None, spec.reuse_smtp)
        notes.append(NoteCode.OUTGOING_REUSED)
        return spec.reuse_smtp
    return _server_for(prefs, spec.outgoing, keys, notes)


def ensure_outgoing(prefs: PrefsFile, outgoing: OutgoingSpec) -> str:
    """The key of an SMTP server for ``outgoing``, by the exporter's own rule: a server
    with the same host and login is made right, a no-login relay on that host is shared,
    else a new one is added. (The doctor repairs a missing or wrong server with it.)"""
    return _server_for(prefs, outgoing, _Keys(prefs), [])


def _server_for(prefs: PrefsFile, out: OutgoingSpec, keys: _Keys, notes: list[NoteCode]) -> str:
    servers = smtp_candidates(prefs)
    same_host = [s for s in servers if s.host.lower() == out.host.lower()]
    if out.username:
        matches = [s for s in same_host if s.username == out.username]
    else:  # a no-login relay: any server on that host sends for this network
        matches = sorted(same_host, key=lambda s: (s.username != "", s.port != out.port))
    exact = [s for s in matches if s.port == out.port]
    if exact or matches:
        found = (exact or matches)[0]
        base = f"mail.smtpserver.{found.ref}."
        before = prefs.to_bytes()
        if out.username:  # this login's own server: make its settings right
            prefs.set(base + "port", out.port)
            prefs.set(base + "try_ssl", out.try_ssl)
            prefs.set(base + "authMethod", out.auth_method)
        changed = prefs.to_bytes() != before
        notes.append(NoteCode.OUTGOING_UPDATED if changed else NoteCode.OUTGOING_REUSED)
        return found.ref
    key = keys.next("smtp")
    base = f"mail.smtpserver.{key}."
    prefs.set(base + "type", "smtp")
    prefs.set(base + "hostname", out.host)
    prefs.set(base + "port", out.port)
    prefs.set(base + "try_ssl", out.try_ssl)
    prefs.set(base + "authMethod", out.auth_method)
    if out.username:
        prefs.set(base + "username", out.username)
    prefs.set(base + "description", out.description)
    prefs.set(SMTP_SERVERS, ",".join([*split_list(prefs.get(SMTP_SERVERS)), key]))
    default = _text(prefs, DEFAULT_SMTP)
    if not default or not _text(prefs, f"mail.smtpserver.{default}.hostname"):
        prefs.set(DEFAULT_SMTP, key)
    return key
