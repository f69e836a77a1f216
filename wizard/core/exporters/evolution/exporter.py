"""The Evolution exporter: three ``.source`` key files in Evolution's sources folder.

An IMAP or POP3 account is three sources of Evolution-Data-Server (client-formats.md
§4.1): the mail account (``[Mail Account]``, ``[Authentication]``, ``[Security]`` and the
Camel settings group ``[Imapx Backend]``/``[Pop Backend]``), the identity (``[Mail
Identity]``, ``[Mail Submission]``, ``[Mail Composition]``) and the outgoing server
(``[Mail Transport]``). Group and key names are the ones EDS 3.46 writes
(``e_source_parameter_to_key`` of each extension's properties). The source registry
watches the folder, so a new account appears without a restart; Evolution itself keeps
sources in memory and may write them back, so writing is refused while it runs.

The password is never in these files (see :mod:`evolution_secret`). UIDs are derived
from kind + login + host, so a second export finds its own files; an account Evolution
made itself for the same login and host is found by reading the sources and updated.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wizard.core.exporters.base import (
    REPORT_FOR_CHANGE,
    AccountIdentity,
    Action,
    ActionCode,
    ChangeKind,
    ClientReport,
    Environment,
    ExportError,
    ExportErrorCode,
    ExportOption,
    ExportOptions,
    FileWrite,
    Installation,
    NoteCode,
    OutgoingCandidate,
    Plan,
    PlanValue,
    Status,
    Target,
)
from wizard.core.exporters.evolution.secret import SecretTarget, secret_label, store_passwords
from wizard.core.exporters.evolution.sources import (
    SUFFIX,
    KeyFile,
    Source,
    load_source,
    parse_bool,
    read_sources,
)
from wizard.core.keyring_store import KeyringOutcome
from wizard.core.model import AccountDraft, Authentication, OutgoingKind, Protocol, Security
from wizard.core.provider import Provider
from wizard.core.safe_files import (
    Writer,
    apply_writes,
    atomic_write,
    digest,
    error_from_os,
    read_optional,
)

log = logging.getLogger(__name__)

CLIENT = "evolution"
FLATPAK_APP = "org.gnome.Evolution"
PROCESS_NAME = "evolution"
TARGET_NAME = "default"  # Evolution has one set of sources per user, no named profiles
_UID_NAMESPACE = uuid.UUID("5b0c3f4e-8a57-4d55-9a9f-0b7c2f3e1a2d")  # all2all's, fixed forever

DATA_SOURCE = "Data Source"
MAIL_ACCOUNT = "Mail Account"
AUTHENTICATION = "Authentication"
SECURITY = "Security"
OFFLINE = "Offline"
REFRESH = "Refresh"
IDENTITY = "Mail Identity"
SUBMISSION = "Mail Submission"
COMPOSITION = "Mail Composition"
TRANSPORT = "Mail Transport"

BACKEND = {Protocol.IMAP: "imapx", Protocol.POP3: "pop"}  # Camel provider protocols
_KIND_OF_BACKEND = {"imapx": "imap", "pop": "pop3"}  # AccountIdentity kinds
SECURITY_METHOD = {  # CamelNetworkSecurityMethod nicks
    Security.SSL: "ssl-on-alternate-port",
    Security.STARTTLS: "starttls-on-standard-port",
    Security.NONE: "none",
}
LOGIN_METHOD = "PLAIN"  # SASL PLAIN inside TLS: the guide's "klaar (tekst) paswoord"
NO_AUTHENTICATION = "none"  # ESourceAuthentication's "no login needed"
REFRESH_MINUTES = 10  # check for new mail as often as Thunderbird does by default

Setting = tuple[str, str, str | bool | int, bool]  # group, key, value, managed
MANAGED, INITIAL = True, False


@dataclass(frozen=True)
class EvolutionSpec:
    """The account in Evolution's terms, computed from the draft and provider."""

    protocol: Protocol
    login: str
    email: str
    full_name: str
    incoming_host: str
    incoming_port: int
    incoming_security: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_login: str  # empty: a relay that needs no login
    keep_on_server: bool
    keep_days: int

    @property
    def backend(self) -> str:
        return BACKEND[self.protocol]

    def uid(self, role: str) -> str:
        """A UID that is the same on every run for this kind, login and host."""
        name = f"{self.backend}\n{self.login}\n{self.incoming_host.lower().rstrip('.')}\n{role}"
        return uuid.uuid5(_UID_NAMESPACE, name).hex


def evolution_spec(draft: AccountDraft, provider: Provider) -> EvolutionSpec:
    """Translate the wizard's draft into Evolution's backend names and security nicks."""
    if not draft.username or not draft.email:
        raise ValueError("the draft needs a login and an e-mail address")
    incoming = provider.incoming(draft.protocol)
    smtp = provider.smtp if draft.outgoing.kind is OutgoingKind.ALL2ALL else draft.outgoing.relay
    assert smtp is not None  # guaranteed by OutgoingChoice
    if smtp.authentication not in {Authentication.PASSWORD, Authentication.NONE}:
        raise ValueError("outgoing servers needing another login are not supported")
    return EvolutionSpec(
        protocol=draft.protocol,
        login=draft.username,
        email=draft.email,
        full_name=draft.display_name,
        incoming_host=incoming.host,
        incoming_port=incoming.port,
        incoming_security=SECURITY_METHOD[incoming.security],
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security=SECURITY_METHOD[smtp.security],
        smtp_login=draft.username if smtp.authentication is Authentication.PASSWORD else "",
        keep_on_server=draft.keep_on_server,
        keep_days=draft.keep_on_server_days,
    )


# --- what each file holds, in the order EDS writes it. MANAGED settings are set on every
# --- run; INITIAL ones only in a new file (an account tuned in Evolution keeps the rest).


def account_settings(spec: EvolutionSpec, identity_uid: str) -> list[Setting]:
    """The mail account source."""
    settings: list[Setting] = [
        (DATA_SOURCE, "DisplayName", spec.email, INITIAL),
        (DATA_SOURCE, "Enabled", True, MANAGED),
        (DATA_SOURCE, "Parent", "", INITIAL),
        (MAIL_ACCOUNT, "BackendName", spec.backend, MANAGED),
        (MAIL_ACCOUNT, "IdentityUid", identity_uid, MANAGED),
        (MAIL_ACCOUNT, "ArchiveFolder", "", INITIAL),
        (MAIL_ACCOUNT, "NeedsInitialSetup", True, INITIAL),  # finds Sent/Drafts on the server
        (MAIL_ACCOUNT, "MarkSeen", "inconsistent", INITIAL),
        (MAIL_ACCOUNT, "MarkSeenTimeout", 1500, INITIAL),
        (MAIL_ACCOUNT, "Builtin", False, INITIAL),
        *_authentication(spec.incoming_host, spec.incoming_port, spec.login, LOGIN_METHOD),
        (SECURITY, "Method", spec.incoming_security, MANAGED),
        (OFFLINE, "StaySynchronized", False, INITIAL),
        (REFRESH, "Enabled", True, INITIAL),
        (REFRESH, "IntervalMinutes", REFRESH_MINUTES, INITIAL),
    ]
    if spec.protocol is Protocol.POP3:
        keep = spec.keep_on_server
        settings += [  # camel-pop3-settings.c: keep-on-server, delete-after-days, ...
            ("Pop Backend", "KeepOnServer", keep, MANAGED),
            ("Pop Backend", "DeleteAfterDays", max(spec.keep_days, 0) if keep else 0, MANAGED),
            ("Pop Backend", "DeleteExpunged", keep, MANAGED),
        ]
    else:
        settings.append(("Imapx Backend", "UseIdle", True, INITIAL))
    return settings


def identity_settings(spec: EvolutionSpec, account_uid: str, transport_uid: str) -> list[Setting]:
    """The identity source: who sends, and through which outgoing server."""
    return [
        (DATA_SOURCE, "DisplayName", spec.email, INITIAL),
        (DATA_SOURCE, "Enabled", True, MANAGED),
        (DATA_SOURCE, "Parent", account_uid, INITIAL),
        (IDENTITY, "Address", spec.email, MANAGED),
        (IDENTITY, "Aliases", "", INITIAL),
        (IDENTITY, "Name", spec.full_name, MANAGED),
        (IDENTITY, "Organization", "", INITIAL),
        (IDENTITY, "ReplyTo", "", INITIAL),
        (IDENTITY, "SignatureUid", "none", INITIAL),
        (SUBMISSION, "SentFolder", "", INITIAL),
        (SUBMISSION, "TransportUid", transport_uid, MANAGED),
        (SUBMISSION, "RepliesToOriginFolder", False, INITIAL),
        (SUBMISSION, "UseSentFolder", True, INITIAL),
        (COMPOSITION, "Bcc", "", INITIAL),
        (COMPOSITION, "Cc", "", INITIAL),
        (COMPOSITION, "DraftsFolder", "", INITIAL),
        (COMPOSITION, "ReplyStyle", "default", INITIAL),
        (COMPOSITION, "SignImip", True, INITIAL),
        (COMPOSITION, "TemplatesFolder", "", INITIAL),
        (COMPOSITION, "StartBottom", "inconsistent", INITIAL),
        (COMPOSITION, "TopSignature", "inconsistent", INITIAL),
        (COMPOSITION, "Language", "", INITIAL),
    ]


def transport_settings(spec: EvolutionSpec, account_uid: str) -> list[Setting]:
    """The outgoing server source: all2all's SMTPS with the login, or a relay without."""
    method = LOGIN_METHOD if spec.smtp_login else NO_AUTHENTICATION
    return [
        (DATA_SOURCE, "DisplayName", spec.email, INITIAL),
        (DATA_SOURCE, "Enabled", True, MANAGED),
        (DATA_SOURCE, "Parent", account_uid, INITIAL),
        (TRANSPORT, "BackendName", "smtp", MANAGED),
        *_authentication(spec.smtp_host, spec.smtp_port, spec.smtp_login, method),
        (SECURITY, "Method", spec.smtp_security, MANAGED),
    ]


def _authentication(host: str, port: int, user: str, method: str) -> list[Setting]:
    """[Authentication], with the keys the registry would otherwise add by rewriting it."""
    return [
        (AUTHENTICATION, "Host", host, MANAGED),
        (AUTHENTICATION, "Method", method, MANAGED),
        (AUTHENTICATION, "Port", port, MANAGED),
        (AUTHENTICATION, "ProxyUid", "system-proxy", INITIAL),
        (AUTHENTICATION, "RememberPassword", True, INITIAL),
        (AUTHENTICATION, "User", user, MANAGED),
        (AUTHENTICATION, "CredentialName", "", INITIAL),
        (AUTHENTICATION, "IsExternal", False, INITIAL),
    ]


# --- the sources folder


def _is_account(source: Source, identity: AccountIdentity) -> bool:
    keys = source.keys
    kind = _KIND_OF_BACKEND.get(keys.get(MAIL_ACCOUNT, "BackendName") or "", "")
    login = keys.get(AUTHENTICATION, "User") or ""
    host = keys.get(AUTHENTICATION, "Host") or ""
    return bool(kind) and identity.matches(kind, login, host)


def find_account(sources: dict[str, Source], identity: AccountIdentity) -> Source | None:
    """The mail account source of this kind, login and host, if Evolution has one."""
    return next((s for s in sources.values() if _is_account(s, identity)), None)


def _linked(folder: Path, uid: str | None, group: str, fallback: str) -> Source:
    """The source a link points at when it is a file of the right kind, else ours."""
    if uid:
        source = load_source(folder, uid)
        if source.original is not None and source.keys.has_group(group):
            return source
    return load_source(folder, fallback)


# --- detection and the running check


def candidate_roots(env: Environment, config_home: Path | None) -> list[tuple[Path, str]]:
    """Evolution's config folders (native and Flatpak) on Linux."""
    if not env.platform.startswith("linux"):
        return []
    native = (config_home or env.home / ".config") / "evolution"
    flatpak = env.home / ".var" / "app" / FLATPAK_APP / "config" / "evolution"
    return [(native, "native"), (flatpak, "flatpak")]


def evolution_pids(proc: Path = Path("/proc"), uid: int | None = None) -> list[int]:
    """Processes of this user running Evolution itself (not its data-server helpers).

    A process counts when its ``comm`` or the file name of its ``argv[0]`` is exactly
    ``evolution`` (the registry shows as ``evolution-sourc``); zombies do not count.
    """
    owner = os.getuid() if uid is None else uid
    found = []
    try:
        entries = list(proc.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != owner:
                continue
            comm = (entry / "comm").read_text(errors="replace").strip()
            argv0 = (entry / "cmdline").read_bytes().split(b"\0", 1)[0].decode(errors="replace")
            state = (entry / "stat").read_text(errors="replace").rpartition(")")[2].split()[:1]
        except OSError:
            continue
        if state != ["Z"] and PROCESS_NAME in {comm, Path(argv0).name}:
            found.append(int(entry.name))
    return sorted(found)


class EvolutionExporter:
    """Detects Evolution and adds or updates the all2all account in its sources."""

    name = CLIENT
    # Evolution keeps "empty trash on exit" in GSettings, not in its source files, and
    # shares no outgoing server between accounts: none of the export page's options.
    has_profiles = True  # native and Flatpak Evolution keep separate settings
    options: frozenset[ExportOption] = frozenset()

    def __init__(
        self,
        env: Environment,
        writer: Writer = atomic_write,
        running: Callable[[], bool] | None = None,
        which: Callable[[str], str | None] = shutil.which,
        config_home: Path | None = None,
        flatpak_system: Path = Path("/var/lib/flatpak"),
    ) -> None:
        self._env = env
        self._writer = writer
        self._running = running or (lambda: bool(evolution_pids()))
        self._which = which
        self._config_home = config_home
        self._flatpak_system = flatpak_system

    def detect(self) -> Sequence[Installation]:
        """Native Evolution (the program is installed) and Flatpak Evolution."""
        found = []
        for root, variant in candidate_roots(self._env, self._config_home):
            if self._installed(root, variant):
                target = Target(CLIENT, root / "sources", TARGET_NAME, True, variant, root)
                found.append(Installation(CLIENT, root, variant, (target,)))
        return found

    def _installed(self, root: Path, variant: str) -> bool:
        if variant == "native":
            return self._which(PROCESS_NAME) is not None
        user_app = self._env.home / ".local" / "share" / "flatpak" / "app" / FLATPAK_APP
        system_app = self._flatpak_system / "app" / FLATPAK_APP
        return root.parent.parent.is_dir() or user_app.is_dir() or system_app.is_dir()

    def is_running(self, target: Target) -> bool:
        """Whether Evolution runs for this user (native and Flatpak show the same name)."""
        del target
        return self._running()

    def outgoing_candidates(self, target: Target) -> Sequence[OutgoingCandidate]:
        """None: each Evolution identity gets its own outgoing server, as Evolution does."""
        del target
        return ()

    def plan(
        self,
        target: Target,
        draft: AccountDraft,
        provider: Provider,
        options: ExportOptions = ExportOptions(),  # noqa: B008  frozen
    ) -> Plan:
        """Compute the three files in memory and list every key they add or change."""
        if options.reuse_outgoing is not None:
            raise ExportError(ExportErrorCode.OUTGOING_NOT_FOUND, None, options.reuse_outgoing)
        spec = evolution_spec(draft, provider)
        folder = target.path
        if folder.exists() and not folder.is_dir():
            raise ExportError(ExportErrorCode.PROFILE_NOT_FOUND, folder)
        sources = read_sources(folder)
        existing = find_account(
            sources, AccountIdentity(spec.protocol.value, spec.login, spec.incoming_host)
        )
        notes: list[NoteCode] = []
        other = Protocol.POP3 if spec.protocol is Protocol.IMAP else Protocol.IMAP
        if find_account(sources, AccountIdentity(other.value, spec.login, spec.incoming_host)):
            notes.append(NoteCode.OTHER_PROTOCOL_ACCOUNT_EXISTS)
        account = existing or load_source(folder, spec.uid("account"))
        identity = _linked(
            folder, account.keys.get(MAIL_ACCOUNT, "IdentityUid"), IDENTITY, spec.uid("identity")
        )
        transport = _linked(
            folder,
            identity.keys.get(SUBMISSION, "TransportUid"),
            TRANSPORT,
            spec.uid("transport"),
        )
        edits = [
            (account, account_settings(spec, identity.uid)),
            (identity, identity_settings(spec, account.uid, transport.uid)),
            (transport, transport_settings(spec, account.uid)),
        ]
        writes: list[FileWrite] = []
        actions: list[Action] = []
        for source, settings in edits:
            before = _snapshot(source.keys)
            for group, key, value, managed in settings:
                if managed or source.original is None:
                    source.keys.set(group, key, value)
            content = source.keys.to_bytes()
            if content != source.original:
                writes.append(FileWrite(source.path, content, source.original))
                actions += _actions(source, before)
        added = account.original is None
        kind = (
            ChangeKind.UNCHANGED
            if not writes
            else (ChangeKind.ADD_ACCOUNT if added else ChangeKind.UPDATE_ACCOUNT)
        )
        if kind is ChangeKind.ADD_ACCOUNT:
            notes.append(NoteCode.PASSWORD_ASKED_AT_FIRST_START)
        if self.is_running(target):
            notes.append(NoteCode.CLIENT_RUNNING)
        if not _writable(folder):
            notes.append(NoteCode.PROFILE_READ_ONLY)
        return Plan(
            client=CLIENT,
            target=target,
            change=kind,
            account_ref=account.uid,
            outgoing_ref=transport.uid,
            actions=tuple(actions),
            writes=tuple(writes),
            notes=tuple(notes),
        )

    def apply(self, plan: Plan) -> ClientReport:
        """Write the plan (refused while Evolution runs); every failure is a report."""
        folder = plan.target.path
        code = REPORT_FOR_CHANGE[plan.change]
        try:
            if self.is_running(plan.target):
                raise ExportError(ExportErrorCode.CLIENT_RUNNING, folder)
            if plan.writes:
                _make_folder(folder)
            backups = apply_writes(plan.writes, self._writer)
        except ExportError as error:
            log.warning("evolution export to %s failed: %s", folder, error)
            return ClientReport.from_error(CLIENT, folder, error)
        for write in plan.writes:
            log.info(
                "wrote %s (%s -> %s)", write.path, digest(write.original), digest(write.content)
            )
        notes = tuple(n for n in plan.notes if n is not NoteCode.CLIENT_RUNNING)
        details = {"account": plan.account_ref, "outgoing": plan.outgoing_ref}
        return ClientReport(CLIENT, folder, Status.DONE, code.value, backups, notes, details)

    def keep_password(self, plan: Plan, password: str) -> KeyringOutcome:
        """Store the password where Evolution looks for it, for the accounts just written
        (a :class:`~wizard.core.setup.PasswordKeeper`)."""
        return store_passwords(self.secret_targets(plan), password)

    def secret_targets(self, plan: Plan) -> tuple[SecretTarget, ...]:
        """Where the password goes in the Secret Service: the account, and the outgoing
        server when it logs in; labels as EDS computes them from the files' contents."""
        planned = {write.path: write.content for write in plan.writes}
        targets = []
        for uid, group in ((plan.account_ref, MAIL_ACCOUNT), (plan.outgoing_ref, TRANSPORT)):
            path = plan.target.path / f"{uid}{SUFFIX}"
            data = planned.get(path) or read_optional(path)
            if data is None:
                continue
            keys = KeyFile.parse(data)
            method = keys.get(AUTHENTICATION, "Method") or NO_AUTHENTICATION
            if group == TRANSPORT and method == NO_AUTHENTICATION:
                continue
            label = secret_label(
                keys.get(DATA_SOURCE, "DisplayName") or "",
                uid,
                group,
                keys.get(group, "BackendName") or "",
                keys.get(DATA_SOURCE, "Parent") or "",
            )
            targets.append(SecretTarget(uid, label))
        return tuple(targets)


def _snapshot(keys: KeyFile) -> dict[tuple[str, str], str]:
    return {
        (group, key): keys.raw(group, key) or ""
        for group in keys.groups()
        for key in keys.keys(group)
    }


def _plan_value(keys: KeyFile, group: str, key: str, raw: str) -> PlanValue:
    """A value for the plan's details: booleans and numbers typed, text unescaped."""
    flag = parse_bool(raw) if raw in {"true", "false"} else None
    if flag is not None:
        return flag
    if raw.isdigit() and key in {"Port", "DeleteAfterDays", "IntervalMinutes", "MarkSeenTimeout"}:
        return int(raw)
    value = keys.get(group, key)
    return raw if value is None else value


def _actions(source: Source, before: dict[tuple[str, str], str]) -> list[Action]:
    """Create or back up the file, then each key added or changed."""
    code = ActionCode.CREATE_FILE if source.original is None else ActionCode.BACKUP_FILE
    actions = [Action(code, source.path)]
    old_keys = KeyFile.parse(source.original) if source.original is not None else KeyFile.new()
    for (group, key), raw in _snapshot(source.keys).items():
        label = f"[{group}] {key}"
        new = _plan_value(source.keys, group, key, raw)
        if (group, key) not in before:
            actions.append(Action(ActionCode.ADD_KEY, source.path, label, None, new))
        elif before[(group, key)] != raw:
            old = _plan_value(old_keys, group, key, before[(group, key)])
            actions.append(Action(ActionCode.CHANGE_KEY, source.path, label, old, new))
    return actions


def _writable(folder: Path) -> bool:
    """Whether the folder (or, before Evolution's first start, its parent) can be written."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return os.access(probe, os.W_OK)


def _make_folder(folder: Path) -> None:
    """Create the sources folder as EDS does (0700) when Evolution never started."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise error_from_os(error, folder) from error
