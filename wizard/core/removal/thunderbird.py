"""Taking an all2all account out of a Thunderbird profile, as Thunderbird's own Remove does.

The account's prefs go (``mail.account.<key>.*``), with its incoming server's and its
identities' (unless another account lists the identity), and each outgoing server the
account pointed at that no remaining identity sends through. The account list, the
default account and the default outgoing server are kept valid. Everything else stays
byte for byte (:meth:`PrefsFile.remove`). The mail Thunderbird downloaded stays in
the profile folder, as it does when Thunderbird removes an account.

With the passwords: ``logins.json`` entries of the account's servers go too, but only
for a server name (origin) no remaining account uses: the entries' logins are
encrypted, so an origin another account shares is left alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.doctor.thunderbird import server_key, smtp_key_of
from wizard.core.exporters.thunderbird.accounts import (
    ACCOUNTS,
    DEFAULT_ACCOUNT,
    DEFAULT_SMTP,
    SMTP_SERVERS,
    split_list,
)
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile

LOGINS = "logins.json"
_DEFAULTABLE = {"imap", "pop3", "ews", "graph"}
_SCHEMES = {"imap": "imap", "pop3": "mailbox"}


@dataclass
class RemovedParts:
    """What went from prefs.js, by Thunderbird key."""

    accounts: list[str] = field(default_factory=list)
    servers: list[str] = field(default_factory=list)
    identities: list[str] = field(default_factory=list)
    outgoing: list[str] = field(default_factory=list)
    outgoing_kept: list[str] = field(default_factory=list)  # still used by another account
    origins: list[str] = field(default_factory=list)  # where their passwords are kept


def _text(prefs: PrefsFile, name: str) -> str:
    value = prefs.get(name)
    return value if isinstance(value, str) else ""


def _drop_branch(prefs: PrefsFile, prefix: str) -> None:
    for name in [name for name in prefs.names() if name.startswith(prefix)]:
        prefs.remove(name)


def _host(prefs: PrefsFile, base: str) -> str:
    return (_text(prefs, base + "realhostname") or _text(prefs, base + "hostname")).lower()


def remove_accounts(prefs: PrefsFile, keys: list[str]) -> RemovedParts:
    """Take the accounts ``keys`` out of ``prefs`` (in memory); see the module doc."""
    removed = RemovedParts()
    remaining = [key for key in split_list(prefs.get(ACCOUNTS)) if key not in keys]
    kept_identities = {
        identity
        for account in remaining
        for identity in split_list(prefs.get(f"mail.account.{account}.identities"))
    }
    pointed: list[str] = []
    for key in keys:
        server = server_key(prefs, key)
        base = f"mail.server.{server}."
        kind = _text(prefs, base + "type")
        if kind in _SCHEMES:
            removed.origins.append(f"{_SCHEMES[kind]}://{_host(prefs, base)}")
        for identity in split_list(prefs.get(f"mail.account.{key}.identities")):
            own = _text(prefs, f"mail.identity.{identity}.smtpServer")
            if own and own not in pointed:
                pointed.append(own)
            if identity not in kept_identities:
                _drop_branch(prefs, f"mail.identity.{identity}.")
                removed.identities.append(identity)
        _drop_branch(prefs, f"mail.account.{key}.")
        if server:
            _drop_branch(prefs, base)
            removed.servers.append(server)
        removed.accounts.append(key)
    prefs.set(ACCOUNTS, ",".join(remaining))
    _keep_default_account(prefs, remaining)
    _remove_unused_outgoing(prefs, pointed, remaining, removed)
    return removed


def _keep_default_account(prefs: PrefsFile, remaining: list[str]) -> None:
    if _text(prefs, DEFAULT_ACCOUNT) in remaining:
        return
    usable = [
        account
        for account in remaining
        if _text(prefs, f"mail.server.{server_key(prefs, account)}.type") in _DEFAULTABLE
    ]
    if usable:
        prefs.set(DEFAULT_ACCOUNT, usable[0])
    else:
        prefs.remove(DEFAULT_ACCOUNT)


def _remove_unused_outgoing(
    prefs: PrefsFile, pointed: list[str], remaining: list[str], removed: RemovedParts
) -> None:
    """Each server the account pointed at goes, unless a remaining identity sends with it."""
    used = {
        smtp_key_of(prefs, identity)
        for account in remaining
        for identity in split_list(prefs.get(f"mail.account.{account}.identities"))
    }
    servers = split_list(prefs.get(SMTP_SERVERS))
    for key in pointed:
        if key in used:
            removed.outgoing_kept.append(key)
            continue
        if key not in servers:
            continue  # pointed at a server that did not exist (doctor's outgoing_missing)
        host = _host(prefs, f"mail.smtpserver.{key}.")
        _drop_branch(prefs, f"mail.smtpserver.{key}.")
        servers.remove(key)
        removed.outgoing.append(key)
        removed.origins.append(f"smtp://{host}")
    if not removed.outgoing:
        return
    prefs.set(SMTP_SERVERS, ",".join(servers))
    if _text(prefs, DEFAULT_SMTP) in removed.outgoing:
        if servers:
            prefs.set(DEFAULT_SMTP, servers[0])
        else:
            prefs.remove(DEFAULT_SMTP)


def origins_in_use(prefs: PrefsFile) -> set[str]:
    """Password origins the profile's remaining servers use."""
    found = set()
    for account in split_list(prefs.get(ACCOUNTS)):
        base = f"mail.server.{server_key(prefs, account)}."
        kind = _text(prefs, base + "type")
        if kind in _SCHEMES:
            found.add(f"{_SCHEMES[kind]}://{_host(prefs, base)}")
    for key in split_list(prefs.get(SMTP_SERVERS)):
        found.add(f"smtp://{_host(prefs, f'mail.smtpserver.{key}.')}")
    return found


def forget_logins(data: bytes, origins: set[str]) -> bytes | None:
    """``logins.json`` without the entries of ``origins`` (None: nothing to remove, or
    a file this code does not understand, which is then left alone)."""
    try:
        store = json.loads(data.decode("utf-8"))
        logins = store["logins"]
        kept = [login for login in logins if str(login.get("hostname", "")).lower() not in origins]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if len(kept) == len(logins):
        return None
    store["logins"] = kept
    return json.dumps(store, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def logins_path(profile: Path) -> Path:
    """Where Thunderbird keeps the profile's saved passwords (encrypted)."""
    return profile / LOGINS
