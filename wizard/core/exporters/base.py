"""What every mail-client exporter offers, and the typed results it hands back.

An exporter finds where a mail program keeps its settings (:class:`Target`), says
whether the program is running, turns an :class:`AccountDraft` into a :class:`Plan`
(typed actions: which key, which file, old and new value; never a sentence) and applies
that plan, answering with a :class:`ClientReport`. The GUI and the command line turn the
codes into words; the core never does.

Planning and applying are separate so the user can see the plan first, and so that a
plan made on stale file contents is refused instead of overwriting newer changes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from wizard.core.model import AccountDraft
from wizard.core.provider import Provider

PlanValue = str | int | bool


class ExportErrorCode(StrEnum):
    """Stable codes of what can go wrong while exporting (translated by the GUI/CLI)."""

    CLIENT_NOT_FOUND = "client_not_found"  # the program has no settings folder here
    PROFILE_NOT_FOUND = "profile_not_found"  # the chosen profile folder does not exist
    CLIENT_RUNNING = "client_running"  # the program uses the profile; close it first
    PROFILES_INI_CORRUPT = "profiles_ini_corrupt"  # the profile list cannot be read
    PROFILE_UNREADABLE = "profile_unreadable"  # a settings file cannot be read
    PROFILE_READ_ONLY = "profile_read_only"  # the settings folder cannot be written
    DISK_FULL = "disk_full"  # no space left to write the settings
    PREFS_CORRUPT = "prefs_corrupt"  # the settings file is damaged; left untouched
    PROFILE_CHANGED = "profile_changed"  # settings changed after the plan was made
    OUTGOING_NOT_FOUND = "outgoing_not_found"  # the outgoing server to reuse is gone
    WRITE_FAILED = "write_failed"  # any other error while writing; original kept
    VERIFY_FAILED = "verify_failed"  # read-back differs from what was written; restored
    # The account has a setting this program cannot hold (the front doors refuse such
    # drafts first; this keeps an exporter's own check from ever becoming a crash).
    UNSUPPORTED_SETTINGS = "unsupported_settings"
    # A link stands under the file's name that the program must not follow (made by
    # another user, pointing nowhere or at another user's file); nothing was written.
    LINK_REFUSED = "link_refused"
    FILE_TOO_LARGE = "file_too_large"  # far larger than any real one: not read, left alone


class Status(StrEnum):
    """Outcome of one client, as the result page shows it."""

    DONE = "done"
    NEEDS_USER_ACTION = "needs_user_action"
    FAILED = "failed"


_ERROR_CODES = frozenset(code.value for code in ExportErrorCode)
_USER_CAN_FIX = {
    ExportErrorCode.CLIENT_RUNNING,
    ExportErrorCode.PROFILE_CHANGED,
    ExportErrorCode.DISK_FULL,
}


class ExportError(Exception):
    """A typed failure; ``code`` is stable, ``path`` names the file or folder involved."""

    def __init__(self, code: ExportErrorCode, path: Path | None = None, detail: str = "") -> None:
        self.code = code
        self.path = path
        self.detail = detail  # technical detail for the log file only (errno text, line)
        super().__init__(f"{code.value}: {path or ''} {detail}".strip())

    @property
    def status(self) -> Status:
        """Whether the user can fix it (close the program, free space) or it failed."""
        return Status.NEEDS_USER_ACTION if self.code in _USER_CAN_FIX else Status.FAILED


class ActionCode(StrEnum):
    """One step of a plan."""

    CREATE_FILE = "create_file"  # the settings file does not exist yet and is created
    BACKUP_FILE = "backup_file"  # a timestamped copy is made before the file changes
    ADD_KEY = "add_key"  # a new setting is written
    CHANGE_KEY = "change_key"  # an existing setting gets a new value


class ChangeKind(StrEnum):
    """What the plan does to the account as a whole."""

    ADD_ACCOUNT = "add_account"
    UPDATE_ACCOUNT = "update_account"  # the same login on the same server already exists
    UNCHANGED = "unchanged"  # everything is already as planned


class ReportCode(StrEnum):
    """Success codes of :class:`ClientReport` (failures carry an :class:`ExportErrorCode`)."""

    ACCOUNT_ADDED = "account_added"
    ACCOUNT_UPDATED = "account_updated"
    ACCOUNT_UNCHANGED = "account_unchanged"
    # A settings file was saved and opened; the user finishes in the program itself
    # (approve the Apple profile, import in Outlook...). Status NEEDS_USER_ACTION.
    FILE_SAVED = "file_saved"


REPORT_FOR_CHANGE = {
    ChangeKind.ADD_ACCOUNT: ReportCode.ACCOUNT_ADDED,
    ChangeKind.UPDATE_ACCOUNT: ReportCode.ACCOUNT_UPDATED,
    ChangeKind.UNCHANGED: ReportCode.ACCOUNT_UNCHANGED,
}


class NoteCode(StrEnum):
    """Facts worth telling the user next to a plan or report."""

    PASSWORD_ASKED_AT_FIRST_START = "password_asked_at_first_start"  # noqa: S105  not stored
    OUTGOING_REUSED = "outgoing_reused"  # an existing outgoing server is shared
    OUTGOING_UPDATED = "outgoing_updated"  # the login's outgoing server gets fixed settings
    LOCAL_FOLDERS_CREATED = "local_folders_created"
    BECOMES_DEFAULT_ACCOUNT = "becomes_default_account"
    NAME_CLASH_RENAMED = "name_clash_renamed"  # another account had the same name
    OTHER_PROTOCOL_ACCOUNT_EXISTS = "other_protocol_account_exists"  # e.g. IMAP next to POP3
    CLIENT_RUNNING = "client_running"  # (dry run) applying would be refused right now
    PROFILE_READ_ONLY = "profile_read_only"  # (dry run) applying would fail
    APPROVE_PROFILE = "approve_profile"  # macOS: approve the profile in System Settings
    OPEN_FILE_YOURSELF = "open_file_yourself"  # the file could not be opened for the user
    REPLACES_EARLIER_FILE = "replaces_earlier_file"  # an earlier export is overwritten
    PASSWORD_SAVED = "password_saved"  # noqa: S105  the program finds it in the keyring
    PASSWORD_NOT_SAVED = "password_not_saved"  # noqa: S105  the keyring refused it


@dataclass(frozen=True)
class Target:
    """One place a client keeps its settings (a Thunderbird profile, an Evolution dir)."""

    client: str
    path: Path
    name: str  # the client's own name for it (user data, shown as is)
    is_default: bool  # the one the client itself uses when started normally
    variant: str = "native"  # packaging: native, flatpak, snap
    root: Path | None = None  # the folder holding the client's list of targets


@dataclass(frozen=True)
class Installation:
    """A client found on this computer, with its targets (maybe none yet)."""

    client: str
    root: Path
    variant: str
    targets: tuple[Target, ...]


@dataclass(frozen=True)
class OutgoingCandidate:
    """An outgoing server already set up in a target, which the new account may share."""

    ref: str  # client-specific key, e.g. Thunderbird's "smtp2"
    host: str
    port: int
    username: str
    description: str
    is_default: bool


@dataclass(frozen=True)
class ExportOptions:
    """Choices beyond the draft that only some clients support."""

    reuse_outgoing: str | None = None  # an OutgoingCandidate.ref to share
    empty_trash_on_exit: bool | None = None  # None: leave the client's setting alone
    import_outlook_prf: bool = False  # classic Outlook: run /importprf (experimental)


@dataclass(frozen=True)
class Action:
    """One typed step: what happens to which key of which file."""

    code: ActionCode
    path: Path
    key: str = ""
    old: PlanValue | None = None
    new: PlanValue | None = None


@dataclass(frozen=True)
class FileWrite:
    """New contents for one file, and a digest of what it held when planned."""

    path: Path
    content: bytes
    original: bytes | None  # None: the file did not exist


@dataclass(frozen=True)
class Plan:
    """Everything an export will do, computed without touching the disk."""

    client: str
    target: Target
    change: ChangeKind
    account_ref: str  # the client's key of the account (e.g. "account3")
    outgoing_ref: str  # the client's key of the outgoing server used
    actions: tuple[Action, ...]
    writes: tuple[FileWrite, ...]
    notes: tuple[NoteCode, ...] = ()


@dataclass(frozen=True)
class ClientReport:
    """The result of one export, for the result page and ``--json``."""

    client: str
    target: Path | None
    status: Status
    code: str  # a ReportCode on success, an ExportErrorCode otherwise
    backups: tuple[Path, ...] = ()
    notes: tuple[NoteCode, ...] = ()
    details: Mapping[str, str] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        """True for a failure (an :class:`ExportErrorCode`), not for "finish it yourself"."""
        return self.code in _ERROR_CODES

    @classmethod
    def from_error(cls, client: str, target: Path | None, error: ExportError) -> ClientReport:
        """The report for a typed failure."""
        details = {"path": str(error.path)} if error.path else {}
        return cls(client, target, error.status, error.code.value, details=details)


@dataclass(frozen=True)
class Environment:
    """Where to look: injectable so tests point every client at a temporary home."""

    home: Path
    appdata: Path | None = None  # Windows %APPDATA%
    platform: str = sys.platform  # "linux", "darwin", "win32"

    @classmethod
    def from_os(cls, environ: Mapping[str, str] | None = None) -> Environment:
        """The real environment, from HOME/USERPROFILE and APPDATA."""
        env = os.environ if environ is None else environ
        home = env.get("HOME") or env.get("USERPROFILE") or str(Path.home())
        appdata = env.get("APPDATA")
        return cls(Path(home), Path(appdata) if appdata else None)


@dataclass(frozen=True)
class AccountIdentity:
    """Who an account is, for "update, don't duplicate": kind + login + server host.

    Host names compare without case (DNS does); logins compare exactly, as the server
    does. The kind keeps Thunderbird's own rule that an IMAP and a POP3 account of the
    same login are two accounts.
    """

    kind: str
    login: str
    host: str

    def matches(self, kind: str, login: str, host: str) -> bool:
        """True when an existing account is this one."""
        return (
            kind.lower() == self.kind.lower()
            and login == self.login
            and host.strip().lower().rstrip(".") == self.host.strip().lower().rstrip(".")
        )


class ExportOption(StrEnum):
    """The export page's choices beyond the draft; each exporter lists what it supports."""

    REUSE_OUTGOING = "reuse_outgoing"  # share an outgoing server the program has already
    EMPTY_TRASH_ON_EXIT = "empty_trash_on_exit"
    IMPORT_OUTLOOK_PRF = "import_outlook_prf"  # classic Outlook: run /importprf


class Exporter(Protocol):
    """The interface of one mail client.

    ``has_profiles``: the program keeps settings in places the user may choose between
    (Thunderbird's profiles, Outlook's versions); ``options``: the
    :class:`ExportOption` values it supports.
    """

    name: str
    has_profiles: bool
    options: frozenset[ExportOption]

    def detect(self) -> Sequence[Installation]:
        """Installations of the client found for this user (may be empty)."""
        ...

    def is_running(self, target: Target) -> bool:
        """Whether the client uses this target right now (then apply is refused)."""
        ...

    def outgoing_candidates(self, target: Target) -> Sequence[OutgoingCandidate]:
        """Outgoing servers already in the target that the account could share."""
        ...

    def plan(
        self,
        target: Target,
        draft: AccountDraft,
        provider: Provider,
        options: ExportOptions = ExportOptions(),
    ) -> Plan:
        """What :meth:`apply` would do; raises :class:`ExportError`, writes nothing."""
        ...

    def apply(self, plan: Plan) -> ClientReport:
        """Carry out a plan: back up, write atomically, verify; restore on any error."""
        ...


def default_target(installations: Sequence[Installation]) -> Target | None:
    """The target a client uses when started normally, across all its installations.

    With several installations (native and Flatpak side by side), the one whose
    default target's folder changed last is the one in daily use.
    """
    defaults = [t for installation in installations for t in installation.targets if t.is_default]
    if not defaults:
        return None
    return max(defaults, key=lambda target: _mtime(target.path))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
