"""The Thunderbird exporter: writes the account into a profile's prefs.js.

Thunderbird reads prefs.js at start and rewrites it when it quits, so the profile must
not be in use (:func:`profile_in_use`). The password is never written: Thunderbird
asks for it at the first connection and keeps it in its own encrypted store.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from wizard.core.exporters.base import (
    REPORT_FOR_CHANGE,
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
    Status,
    Target,
)
from wizard.core.exporters.thunderbird.accounts import (
    AccountSpec,
    IncomingSpec,
    OutgoingSpec,
    add_or_update,
    smtp_candidates,
)
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile, PrefsSyntaxError, PrefValue
from wizard.core.exporters.thunderbird.profiles import (
    CLIENT,
    find_installations,
    profile_in_use,
)
from wizard.core.model import AccountDraft, Authentication, OutgoingKind, Security
from wizard.core.provider import Provider
from wizard.core.safe_files import Writer, apply_writes, atomic_write, digest, read_optional

log = logging.getLogger(__name__)

PREFS = "prefs.js"
SOCKET_TYPE = {Security.NONE: 0, Security.STARTTLS: 2, Security.SSL: 3}  # nsMsgSocketType
AUTH_METHOD = {Authentication.NONE: 1, Authentication.PASSWORD: 3}  # nsMsgAuthMethod


def account_spec(draft: AccountDraft, provider: Provider, options: ExportOptions) -> AccountSpec:
    """Translate the wizard's draft into Thunderbird's numbers and names."""
    if not draft.username or not draft.email:
        raise ValueError("the draft needs a login and an e-mail address")
    endpoint = provider.incoming(draft.protocol)
    incoming = IncomingSpec(
        kind=draft.protocol.value,
        host=endpoint.host,
        port=endpoint.port,
        socket_type=SOCKET_TYPE[endpoint.security],
        auth_method=AUTH_METHOD[Authentication.PASSWORD],
        login=draft.username,
    )
    if draft.outgoing.kind is OutgoingKind.ALL2ALL:
        smtp, description = provider.smtp, provider.name
    else:
        assert draft.outgoing.relay is not None  # guaranteed by OutgoingChoice
        smtp = draft.outgoing.relay
        known = provider.relay(draft.outgoing.relay_id)
        description = known.isp if known else smtp.host
    if smtp.authentication not in AUTH_METHOD:
        raise ValueError("outgoing servers needing another login are not supported")
    outgoing = OutgoingSpec(
        host=smtp.host,
        port=smtp.port,
        try_ssl=SOCKET_TYPE[smtp.security],
        auth_method=AUTH_METHOD[smtp.authentication],
        username=draft.username if smtp.authentication is Authentication.PASSWORD else "",
        description=description,
    )
    return AccountSpec(
        incoming=incoming,
        email=draft.email,
        full_name=draft.display_name,
        outgoing=outgoing,
        keep_on_server=draft.keep_on_server,
        keep_days=draft.keep_on_server_days,
        reuse_smtp=options.reuse_outgoing,
        empty_trash_on_exit=options.empty_trash_on_exit,
    )


class ThunderbirdExporter:
    """Detects Thunderbird profiles and adds or updates the all2all account in one."""

    name = CLIENT
    has_profiles = True
    options = frozenset({ExportOption.REUSE_OUTGOING, ExportOption.EMPTY_TRASH_ON_EXIT})

    def __init__(
        self,
        env: Environment,
        writer: Writer = atomic_write,
        in_use: Callable[[Path], bool] = profile_in_use,
    ) -> None:
        self._env = env
        self._writer = writer
        self._in_use = in_use

    def detect(self) -> Sequence[Installation]:
        """Thunderbird's installations (native, Flatpak, Snap) and their profiles."""
        return find_installations(self._env)

    def is_running(self, target: Target) -> bool:
        """Whether a Thunderbird process holds the profile's lock."""
        return self._in_use(target.path)

    def outgoing_candidates(self, target: Target) -> Sequence[OutgoingCandidate]:
        """SMTP servers already in the profile, to offer for sharing."""
        return smtp_candidates(self._read(target)[0])

    def plan(
        self,
        target: Target,
        draft: AccountDraft,
        provider: Provider,
        options: ExportOptions = ExportOptions(),  # noqa: B008  frozen
    ) -> Plan:
        """Compute the new prefs.js in memory and list every key it adds or changes."""
        prefs, original = self._read(target)
        before = dict(prefs.items())
        change = add_or_update(prefs, account_spec(draft, provider, options))
        content = prefs.to_bytes()
        path = target.path / PREFS
        actions = _actions(path, before, dict(prefs.items()), original is None)
        kind = change.change if content != original else ChangeKind.UNCHANGED
        notes = list(change.notes)
        if kind is ChangeKind.ADD_ACCOUNT:
            notes.append(NoteCode.PASSWORD_ASKED_AT_FIRST_START)
        if self.is_running(target):
            notes.append(NoteCode.CLIENT_RUNNING)
        if not os.access(target.path, os.W_OK):
            notes.append(NoteCode.PROFILE_READ_ONLY)
        writes = () if kind is ChangeKind.UNCHANGED else (FileWrite(path, content, original),)
        return Plan(
            client=CLIENT,
            target=target,
            change=kind,
            account_ref=change.account_key,
            outgoing_ref=change.smtp_key,
            actions=actions if writes else (),
            writes=writes,
            notes=tuple(notes),
        )

    def apply(self, plan: Plan) -> ClientReport:
        """Write the plan (refused while Thunderbird runs); every failure is a report."""
        path = plan.target.path
        code = REPORT_FOR_CHANGE[plan.change]
        try:
            if self.is_running(plan.target):
                raise ExportError(ExportErrorCode.CLIENT_RUNNING, path)
            backups = apply_writes(plan.writes, self._writer)
        except ExportError as error:
            log.warning("thunderbird export to %s failed: %s", path, error)
            return ClientReport.from_error(CLIENT, path, error)
        for write in plan.writes:
            log.info(
                "wrote %s (%s -> %s)", write.path, digest(write.original), digest(write.content)
            )
        notes = tuple(n for n in plan.notes if n not in {NoteCode.CLIENT_RUNNING})
        details = {"account": plan.account_ref, "outgoing": plan.outgoing_ref}
        return ClientReport(CLIENT, path, Status.DONE, code.value, backups, notes, details)

    def _read(self, target: Target) -> tuple[PrefsFile, bytes | None]:
        """The profile's prefs, or a fresh file when Thunderbird never wrote one."""
        if not target.path.is_dir():
            raise ExportError(ExportErrorCode.PROFILE_NOT_FOUND, target.path)
        path = target.path / PREFS
        original = read_optional(path)
        if original is None:
            newline = "\r\n" if self._env.platform.startswith("win") else "\n"
            return PrefsFile.new(newline), None
        try:
            return PrefsFile.parse(original), original
        except PrefsSyntaxError as error:
            raise ExportError(ExportErrorCode.PREFS_CORRUPT, path, str(error)) from error


def _actions(
    file: Path, before: dict[str, PrefValue], after: dict[str, PrefValue], created: bool
) -> tuple[Action, ...]:
    """Typed steps: create or back up the file, then each key added or changed."""
    actions = [Action(ActionCode.CREATE_FILE if created else ActionCode.BACKUP_FILE, file)]
    for key, value in after.items():
        if key not in before:
            actions.append(Action(ActionCode.ADD_KEY, file, key, None, value))
        elif before[key] != value or type(before[key]) is not type(value):
            actions.append(Action(ActionCode.CHANGE_KEY, file, key, before[key], value))
    return tuple(actions)
