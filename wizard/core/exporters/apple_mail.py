"""Apple Mail on macOS: save the account's configuration profile and open it.

macOS has no supported way for a program to add a Mail account by itself: Mail keeps its
accounts in the system's account store, which only the user (or an MDM server) may
change. What macOS does support is a configuration profile (``.mobileconfig``, see
:mod:`wizard.core.formats.mobileconfig`): opened by the user, it is offered in System Settings,
where one click on Install adds the account to Mail. So this exporter saves the profile
in the user's Downloads folder, opens it, and reports "needs your action": the done
page shows the approval steps. The profile never holds the password; macOS asks for it
while installing. Its identifiers are fixed per login, so installing it again replaces
the account instead of adding a second one.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from wizard.core.exporters.base import (
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
    ReportCode,
    Status,
    Target,
)
from wizard.core.formats.saving import FILE_FORMATS
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.core.safe_files import atomic_write, error_from_os, read_optional

log = logging.getLogger(__name__)

CLIENT = "apple-mail"
# Where macOS keeps Mail: the sealed system volume since macOS 10.15, /Applications before.
MAIL_APPS = (Path("/System/Applications/Mail.app"), Path("/Applications/Mail.app"))

Opener = Callable[[Path], bool]


def open_with_macos(path: Path) -> bool:
    """``open FILE``: macOS hands a profile to System Settings. True when it started."""
    try:
        result = subprocess.run(["/usr/bin/open", str(path)], check=False, timeout=30)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("could not open %s: %s", path, error)
        return False
    return result.returncode == 0


class AppleMailExporter:
    """Apple Mail: a profile in Downloads, opened for the user to approve."""

    name = CLIENT
    has_profiles = False  # one place only: nothing for the user to choose
    options: frozenset[ExportOption] = frozenset()  # neither outgoing sharing nor trash options

    def __init__(
        self,
        env: Environment,
        mail_apps: Sequence[Path] = MAIL_APPS,
        opener: Opener = open_with_macos,
    ) -> None:
        self._env = env
        self._mail_apps = tuple(mail_apps)
        self._opener = opener

    def detect(self) -> Sequence[Installation]:
        """Mail on a Mac; nothing on any other system."""
        if self._env.platform != "darwin":
            return ()
        app = next((path for path in self._mail_apps if path.is_dir()), None)
        if app is None:
            return ()
        folder = self._env.home / "Downloads"
        target = Target(CLIENT, folder, "Mail", is_default=True, root=app)
        return (Installation(CLIENT, app, "native", (target,)),)

    def is_running(self, target: Target) -> bool:
        """Mail may stay open: the system, not Mail, installs the profile."""
        del target
        return False

    def outgoing_candidates(self, target: Target) -> Sequence[OutgoingCandidate]:
        """A profile brings its own outgoing server; nothing to share."""
        del target
        return ()

    def plan(
        self,
        target: Target,
        draft: AccountDraft,
        provider: Provider,
        options: ExportOptions = ExportOptions(),  # noqa: B008  frozen
    ) -> Plan:
        """The profile file in the target folder (replacing an earlier export)."""
        del options
        file_format = FILE_FORMATS[CLIENT]
        path = target.path / file_format.file_name(draft)
        content = file_format.content(draft, provider)  # ValueError for an incomplete draft
        original = read_optional(path)
        notes = [NoteCode.APPROVE_PROFILE, NoteCode.PASSWORD_ASKED_AT_FIRST_START]
        if original is not None:
            notes.append(NoteCode.REPLACES_EARLIER_FILE)
        return Plan(
            client=CLIENT,
            target=target,
            change=ChangeKind.ADD_ACCOUNT,
            account_ref=path.name,
            outgoing_ref="",
            actions=(Action(ActionCode.CREATE_FILE, path),),
            writes=(FileWrite(path, content, original),),
            notes=tuple(notes),
        )

    def apply(self, plan: Plan) -> ClientReport:
        """Save the profile and open it; the user approves it in System Settings."""
        folder = plan.target.path
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # An earlier profile is simply replaced: it holds nothing of the user's, so
            # there is no backup and no check that it is unchanged since planning.
            for write in plan.writes:
                atomic_write(write.path, write.content)
                if read_optional(write.path) != write.content:
                    raise ExportError(ExportErrorCode.VERIFY_FAILED, write.path)
        except OSError as error:
            failure = error_from_os(error, folder)
            return ClientReport.from_error(CLIENT, folder, failure)
        except ExportError as error:
            return ClientReport.from_error(CLIENT, folder, error)
        path = plan.writes[0].path
        log.info("saved the Apple Mail profile %s", path)
        notes = [NoteCode.APPROVE_PROFILE]
        if not self._opener(path):
            notes.insert(0, NoteCode.OPEN_FILE_YOURSELF)
        return ClientReport(
            CLIENT,
            path,
            Status.NEEDS_USER_ACTION,
            ReportCode.FILE_SAVED.value,
            notes=tuple(notes),
            details={"file": str(path)},
        )
