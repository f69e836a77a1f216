"""The Outlook exporter: finds classic and new Outlook, writes a PRF, guides the rest.

Outlook has no supported file to drop an IMAP/POP account into. The main path is
therefore the guided page (``wizard/core/exporters/outlook/guide.py``): every report of this
exporter that is not a confirmed import says NEEDS_USER_ACTION with
:attr:`OutlookReport.GUIDED_SETUP`, and the GUI shows Outlook's own dialogs with Copy
buttons.

For classic Outlook it also writes the account as a PRF file into a folder of ours
(never into Outlook's settings; re-exporting rewrites the same file, atomically, with
a backup of the earlier one) and, only when asked (``import_prf=True``, experimental),
starts ``outlook.exe /importprf`` on it. The PRF appends a profile of its own name and
never touches the default profile; a profile of that name that already exists is not
imported again, so a second run adds nothing. The import is refused while Outlook runs
(a running Outlook would only queue it), and whatever goes wrong falls back to the
guide. The new Outlook reads no PRF: for it there is only the guide.
"""

from __future__ import annotations

import csv
import io
import logging
import subprocess
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
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
from wizard.core.exporters.outlook.detect import (
    ClassicOutlook,
    Hive,
    OutlookDetection,
    OutlookFamily,
    RegistryReader,
    RegistryValue,
    WindowsRegistry,
    detect_outlook,
    existing_profiles,
)
from wizard.core.exporters.outlook.guide import OutlookKind
from wizard.core.formats.outlook_prf import (
    Launcher,
    PrfValueError,
    import_prf,
    prf_bytes,
    prf_file_name,
    profile_name,
    start_process,
)
from wizard.core.model import AccountDraft, OutgoingKind
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

CLIENT = "outlook"
CLASSIC_IMAGE = "OUTLOOK.EXE"
NEW_IMAGE = "olk.exe"
APP_NAME = "all2all-setup"  # the same folder name as the log files (logging_setup.py)

# Target names: Microsoft's product names, not sentences.
_FAMILY_NAME = {
    OutlookFamily.OUTLOOK_2010: "Outlook 2010",
    OutlookFamily.OUTLOOK_2013: "Outlook 2013",
    OutlookFamily.OUTLOOK_2016_OR_LATER: "Outlook 2016-2024 / Microsoft 365",
    OutlookFamily.UNKNOWN: "Outlook",
}
NEW_OUTLOOK_NAME = "Outlook for Windows"


class OutlookReport(StrEnum):
    """``ClientReport.code`` values of this exporter beyond :class:`ReportCode`."""

    GUIDED_SETUP = "outlook_guided_setup"  # follow the guide (``details["guide"]``: which)
    IMPORT_STARTED = "outlook_import_started"  # Outlook runs the import; finish there


# Keys of ``ClientReport.details`` (values are plain text for the result page and --json).
DETAIL_GUIDE = "guide"  # an OutlookKind value
DETAIL_PROFILE = "profile"  # the profile name the PRF creates
DETAIL_PRF = "prf"  # the PRF file's path
DETAIL_IMPORT = "import"  # an ImportCode value when an import was tried
DETAIL_PRF_PROBLEM = "prf_problem"  # a PrfProblem value when the account fits no PRF
DETAIL_PRF_ERROR = "prf_error"  # an ExportErrorCode value when the PRF could not be written


class EmptyRegistry:
    """The registry of a system that has none: nothing is installed."""

    def value(self, hive: Hive, path: str, name: str) -> RegistryValue | None:
        """Always absent."""
        del hive, path, name
        return None

    def subkeys(self, hive: Hive, path: str) -> list[str]:
        """Always empty."""
        del hive, path
        return []


ProcessCheck = Callable[[str], bool]
Run = Callable[..., "subprocess.CompletedProcess[bytes]"]


def image_running(image: str, run: Run = subprocess.run) -> bool:
    """Whether a process of this program file name runs, asked from Windows' ``tasklist``.

    ``tasklist /FI "IMAGENAME eq X" /FO CSV /NH`` prints one CSV row per process, or a
    translated "no tasks" line, so only a first column equal to the name counts.
    """
    try:
        result = run(
            ["tasklist", "/FI", f"IMAGENAME eq {image}", "/FO", "CSV", "/NH"],
            capture_output=True,
            timeout=15,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("tasklist failed: %s", error)
        return False
    text = result.stdout.decode("utf-8", errors="replace")
    return any(row and row[0].lower() == image.lower() for row in csv.reader(io.StringIO(text)))


def default_export_folder() -> Path:
    """Where the wizard keeps the Outlook files it writes (a folder of ours)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "outlook"


class OutlookExporter:
    """Detects Outlook, writes the PRF for classic Outlook, and hands over to the guide."""

    name = CLIENT
    has_profiles = True  # the classic and the new Outlook: the user says which one
    options = frozenset({ExportOption.IMPORT_OUTLOOK_PRF})

    def __init__(
        self,
        env: Environment,
        registry: RegistryReader | None = None,
        running: ProcessCheck | None = None,
        launch: Launcher = start_process,
        export_folder: Path | None = None,
        import_prf: bool = False,
        writer: Writer = atomic_write,
        settle_seconds: float = 5.0,
    ) -> None:
        self._env = env
        on_windows = env.platform == "win32" and sys.platform == "win32"
        self._registry = registry or (WindowsRegistry() if on_windows else EmptyRegistry())
        self._running = running or (image_running if on_windows else _never_running)
        self._launch = launch
        self._folder = export_folder
        self._import = import_prf
        self._writer = writer
        self._settle = settle_seconds
        self._detection: OutlookDetection | None = None
        # What plan() decided per (folder, profile), for apply(): the PRF's path, or
        # why there is none.
        self._prf_paths: dict[tuple[Path, str], Path] = {}
        self._prf_problems: dict[tuple[Path, str], tuple[str, str]] = {}
        self._imports: dict[tuple[Path, str], bool] = {}  # per plan: run /importprf?

    # -- Exporter protocol ----------------------------------------------------------------

    def detect(self) -> Sequence[Installation]:
        """Classic and new Outlook, each one target (the folder the PRF would go to)."""
        detection = self._detection = detect_outlook(self._registry)
        folder = self.export_folder()
        classic, new = detection.classic, detection.new
        uses_new = new is not None and (classic is None or classic.new_outlook_switch)
        installations = []
        if classic is not None:
            name = _FAMILY_NAME[classic.family]
            target = Target(CLIENT, folder, name, not uses_new, OutlookKind.CLASSIC.value)
            installations.append(Installation(CLIENT, folder, OutlookKind.CLASSIC.value, (target,)))
        if new is not None:
            target = Target(CLIENT, folder, NEW_OUTLOOK_NAME, uses_new, OutlookKind.NEW.value)
            installations.append(Installation(CLIENT, folder, OutlookKind.NEW.value, (target,)))
        return installations

    def is_running(self, target: Target) -> bool:
        """Whether the Outlook of this target runs now (tasklist on Windows)."""
        image = NEW_IMAGE if target.variant == OutlookKind.NEW.value else CLASSIC_IMAGE
        return self._running(image)

    def outgoing_candidates(self, target: Target) -> Sequence[OutgoingCandidate]:
        """Outlook's outgoing servers are not readable from outside: none to offer."""
        del target
        return ()

    def plan(
        self,
        target: Target,
        draft: AccountDraft,
        provider: Provider,
        options: ExportOptions = ExportOptions(),  # noqa: B008  frozen
    ) -> Plan:
        """Classic: the PRF file to write (unless our profile exists); new: nothing to write."""
        smtp = (
            provider.smtp if draft.outgoing.kind is OutgoingKind.ALL2ALL else draft.outgoing.relay
        )
        outgoing_ref = smtp.host if smtp is not None else ""
        profile = profile_name(draft, provider)
        if target.variant != OutlookKind.CLASSIC.value:
            return Plan(CLIENT, target, ChangeKind.ADD_ACCOUNT, profile, outgoing_ref, (), ())
        classic = self._classic()
        if classic is not None and profile in existing_profiles(self._registry, classic.version):
            return Plan(CLIENT, target, ChangeKind.UNCHANGED, profile, outgoing_ref, (), ())
        path = target.path / prf_file_name(draft)
        key = (target.path, profile)
        self._prf_paths.pop(key, None)
        self._prf_problems.pop(key, None)
        self._imports[key] = self._import or options.import_outlook_prf
        try:
            content = prf_bytes(draft, provider)
        except PrfValueError as error:
            # No file then: the guide still works, and apply says why in its details.
            log.info("no PRF for this account: %s", error)
            self._prf_problems[key] = (DETAIL_PRF_PROBLEM, error.problem.value)
            return Plan(CLIENT, target, ChangeKind.ADD_ACCOUNT, profile, outgoing_ref, (), ())
        try:
            original = read_optional(path)
        except ExportError as error:  # our own folder is unreadable: the guide still works
            log.warning("outlook: cannot read %s: %s", path, error)
            self._prf_problems[key] = (DETAIL_PRF_ERROR, error.code.value)
            return Plan(CLIENT, target, ChangeKind.ADD_ACCOUNT, profile, outgoing_ref, (), ())
        self._prf_paths[key] = path
        writes: tuple[FileWrite, ...] = ()
        actions: tuple[Action, ...] = ()
        if content != original:
            writes = (FileWrite(path, content, original),)
            code = ActionCode.CREATE_FILE if original is None else ActionCode.BACKUP_FILE
            actions = (Action(code, path),)
        notes = [NoteCode.PASSWORD_ASKED_AT_FIRST_START]
        if self._imports[key] and self.is_running(target):
            notes.append(NoteCode.CLIENT_RUNNING)
        return Plan(
            CLIENT,
            target,
            ChangeKind.ADD_ACCOUNT,
            profile,
            outgoing_ref,
            actions,
            writes,
            tuple(notes),
        )

    def apply(self, plan: Plan) -> ClientReport:
        """Write the PRF, import it when asked, else (and on any failure) the guide."""
        target = plan.target
        kind = OutlookKind(target.variant)
        details = {DETAIL_GUIDE: kind.value, DETAIL_PROFILE: plan.account_ref}
        if plan.change is ChangeKind.UNCHANGED:  # our profile exists: imported before
            code = ReportCode.ACCOUNT_UNCHANGED.value
            return ClientReport(CLIENT, target.path, Status.DONE, code, details=details)
        if kind is OutlookKind.NEW:
            return self._guide(target, details)
        key = (target.path, plan.account_ref)
        prf = self._prf_paths.get(key)
        if prf is None:
            if key in self._prf_problems:
                detail, value = self._prf_problems[key]
                details[detail] = value
            return self._guide(target, details)
        importing = self._imports.get(key, self._import)
        try:
            if importing and self.is_running(target):
                raise ExportError(ExportErrorCode.CLIENT_RUNNING, target.path)
            target.path.mkdir(parents=True, exist_ok=True)
            backups = apply_writes(plan.writes, self._writer)
        except ExportError as error:
            log.warning("outlook export to %s failed: %s", target.path, error)
            if error.code is ExportErrorCode.CLIENT_RUNNING:
                return ClientReport.from_error(CLIENT, target.path, error)
            details[DETAIL_PRF_ERROR] = error.code.value
            return self._guide(target, details)
        except OSError as error:
            log.warning("outlook: cannot create %s: %s", target.path, error)
            details[DETAIL_PRF_ERROR] = error_from_os(error, target.path).code.value
            return self._guide(target, details)
        details[DETAIL_PRF] = str(prf)
        for write in plan.writes:
            log.info(
                "wrote %s (%s -> %s)", write.path, digest(write.original), digest(write.content)
            )
        if not importing:
            return self._guide(target, details, backups)
        return self._import_and_verify(plan, prf, details, backups)

    # -- helpers -------------------------------------------------------------------------

    def export_folder(self) -> Path:
        """The folder the PRF files go to."""
        if self._folder is None:
            self._folder = default_export_folder()
        return self._folder

    def detection(self) -> OutlookDetection:
        """What :meth:`detect` found (detecting now if it was not called yet)."""
        if self._detection is None:
            self.detect()
        assert self._detection is not None
        return self._detection

    def _classic(self) -> ClassicOutlook | None:
        return self.detection().classic

    def _guide(
        self, target: Target, details: dict[str, str], backups: tuple[Path, ...] = ()
    ) -> ClientReport:
        notes = (NoteCode.PASSWORD_ASKED_AT_FIRST_START,)
        code = OutlookReport.GUIDED_SETUP.value
        status = Status.NEEDS_USER_ACTION
        return ClientReport(CLIENT, target.path, status, code, backups, notes, details)

    def _import_and_verify(
        self, plan: Plan, prf: Path, details: dict[str, str], backups: tuple[Path, ...]
    ) -> ClientReport:
        """Start the import; the profile showing up in the registry is the proof."""
        classic = self._classic()
        target = plan.target
        if classic is None or not classic.program:
            return self._guide(target, details, backups)
        result = import_prf(prf, classic.program, self._launch, self._settle)
        details[DETAIL_IMPORT] = result.code.value
        if not result.ok:
            log.warning("outlook import failed: %s %s", result.code, result.detail)
            return self._guide(target, details, backups)
        notes = (NoteCode.PASSWORD_ASKED_AT_FIRST_START,)
        if plan.account_ref in existing_profiles(self._registry, classic.version):
            code = ReportCode.ACCOUNT_ADDED.value
            return ClientReport(CLIENT, target.path, Status.DONE, code, backups, notes, details)
        code = OutlookReport.IMPORT_STARTED.value
        status = Status.NEEDS_USER_ACTION
        return ClientReport(CLIENT, target.path, status, code, backups, notes, details)


def _never_running(image: str) -> bool:
    del image
    return False
