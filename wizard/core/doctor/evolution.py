"""The doctor in Evolution's sources folder: all2all accounts read from ``.source`` files.

An account source (``[Mail Account]``, backend ``imapx`` or ``pop``) is all2all's when
its ``[Authentication] Host`` is the provider's. Its identity (``IdentityUid``) names
the address and the outgoing server (``[Mail Submission] TransportUid``). Defaults are
EDS's own (Camel: ``KeepOnServer`` false). A repair changes single keys of the files
(everything else stays as it was, :mod:`~wizard.core.exporters.evolution.sources`); an
outgoing server that is missing gets a new transport source, as the exporter writes it.
Each Evolution identity has its own outgoing server, so one is always fixed in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wizard.core.doctor.findings import (
    INCOMING_SETTINGS,
    OUTGOING_SETTINGS,
    ConfiguredServer,
    FindingCode,
    FoundAccount,
    LoginMethod,
)
from wizard.core.doctor.rules import same_host
from wizard.core.exporters.evolution.exporter import (
    AUTHENTICATION,
    CLIENT,
    IDENTITY,
    LOGIN_METHOD,
    MAIL_ACCOUNT,
    NO_AUTHENTICATION,
    SECURITY,
    SECURITY_METHOD,
    SUBMISSION,
    TRANSPORT,
    EvolutionSpec,
    transport_settings,
)
from wizard.core.exporters.evolution.sources import KeyFile, Source, load_source, parse_bool
from wizard.core.model import Protocol, Security
from wizard.core.provider import Provider

_PROTOCOL = {"imapx": "imap", "pop": "pop3"}
_SECURITY = {nick: security for security, nick in SECURITY_METHOD.items()}
_PASSWORD_METHODS = {"PLAIN", "LOGIN", ""}  # "" : Camel's default for these backends
POP = "Pop Backend"


@dataclass
class EvolutionAccount:
    """The sources of one account as read (the identity or transport may be missing)."""

    account: Source
    identity: Source | None
    transport: Source | None


def _authentication(method: str) -> LoginMethod:
    if method.upper() in _PASSWORD_METHODS:
        return LoginMethod.PASSWORD
    return LoginMethod.NONE if method == NO_AUTHENTICATION else LoginMethod.OTHER


def _server(keys: KeyFile, default_port: int) -> ConfiguredServer:
    port_text = keys.get(AUTHENTICATION, "Port") or ""
    return ConfiguredServer(
        keys.get(AUTHENTICATION, "Host") or "",
        int(port_text) if port_text.isdigit() and int(port_text) > 0 else default_port,
        _SECURITY.get(keys.get(SECURITY, "Method") or "none"),
        _authentication(keys.get(AUTHENTICATION, "Method") or ""),
        keys.get(AUTHENTICATION, "User") or "",
    )


def _linked(folder: Path, uid: str | None, group: str) -> Source | None:
    if not uid:
        return None
    source = load_source(folder, uid)
    return source if source.original is not None and source.keys.has_group(group) else None


def found_accounts(
    sources: dict[str, Source], folder: Path, provider: Provider
) -> list[tuple[FoundAccount, EvolutionAccount]]:
    """Every all2all account in the folder, with its sources."""
    found = []
    for source in sources.values():
        keys = source.keys
        protocol = _PROTOCOL.get(keys.get(MAIL_ACCOUNT, "BackendName") or "")
        host = keys.get(AUTHENTICATION, "Host") or ""
        if protocol is None or not same_host(host, provider.incoming_host):
            continue
        incoming = _server(keys, 143 if protocol == "imap" else 110)
        identity = _linked(folder, keys.get(MAIL_ACCOUNT, "IdentityUid"), IDENTITY)
        transport_uid = identity.keys.get(SUBMISSION, "TransportUid") if identity else None
        transport = _linked(folder, transport_uid, TRANSPORT)
        keeps = parse_bool(keys.get(POP, "KeepOnServer") or "false") is True
        account = FoundAccount(
            client=CLIENT,
            profile=folder,
            key=source.uid,
            protocol=protocol,
            login=incoming.login,
            email=identity.keys.get(IDENTITY, "Address") or "" if identity else "",
            incoming=incoming,
            outgoing=_server(transport.keys, 25) if transport else None,
            outgoing_key=transport.uid if transport else "",
            keeps_mail=keeps if protocol == "pop3" else None,
        )
        found.append((account, EvolutionAccount(source, identity, transport)))
    return found


def repair(
    folder: Path,
    found: FoundAccount,
    sources: EvolutionAccount,
    codes: set[FindingCode],
    provider: Provider,
) -> list[Source]:
    """Make the fixable ``codes`` right in memory; the sources that changed."""
    changed: list[Source] = []
    keys = sources.account.keys
    if codes & INCOMING_SETTINGS:
        wanted = provider.incoming(Protocol(found.protocol))
        keys.set(AUTHENTICATION, "Port", wanted.port)
        keys.set(AUTHENTICATION, "Method", LOGIN_METHOD)
        keys.set(SECURITY, "Method", SECURITY_METHOD[wanted.security])
        changed.append(sources.account)
    if FindingCode.POP3_DELETES_FROM_SERVER in codes:
        keys.set(POP, "KeepOnServer", True)
        if keys.get(POP, "DeleteAfterDays") in {None, "0"}:
            keys.set(POP, "DeleteAfterDays", provider.keep_on_server_days)
        changed.append(sources.account)
    smtp = provider.smtp
    if codes & OUTGOING_SETTINGS and sources.transport is not None:
        transport = sources.transport.keys
        transport.set(AUTHENTICATION, "Port", smtp.port)
        transport.set(AUTHENTICATION, "Method", LOGIN_METHOD)
        transport.set(AUTHENTICATION, "User", found.login)
        transport.set(SECURITY, "Method", SECURITY_METHOD[smtp.security])
        changed.append(sources.transport)
    if FindingCode.OUTGOING_MISSING in codes and sources.identity is not None:
        changed += _new_transport(folder, found, sources, provider)
    return list({id(source): source for source in changed}.values())


def _new_transport(
    folder: Path, found: FoundAccount, sources: EvolutionAccount, provider: Provider
) -> list[Source]:
    """all2all's outgoing server as a new source, linked from the identity."""
    assert sources.identity is not None
    spec = EvolutionSpec(
        protocol=Protocol(found.protocol),
        login=found.login,
        email=found.email,
        full_name="",
        incoming_host=found.incoming.host,
        incoming_port=found.incoming.port,
        incoming_security=SECURITY_METHOD[Security.SSL],
        smtp_host=provider.smtp.host,
        smtp_port=provider.smtp.port,
        smtp_security=SECURITY_METHOD[provider.smtp.security],
        smtp_login=found.login,
        keep_on_server=True,
        keep_days=provider.keep_on_server_days,
    )
    transport = load_source(folder, spec.uid("transport"))
    for group, key, value, _ in transport_settings(spec, sources.account.uid):
        transport.keys.set(group, key, value)
    display = sources.account.keys.get("Data Source", "DisplayName") or found.email
    transport.keys.set("Data Source", "DisplayName", display)
    sources.identity.keys.set(SUBMISSION, "TransportUid", transport.uid)
    return [transport, sources.identity]
