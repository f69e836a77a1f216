"""The files for a phone, a tablet or any other mail program, saved in one folder.

Three files, each with a fixed name per account so saving again replaces them: the
printable settings sheet (PDF, in the user's language), the Apple profile (iPhone,
iPad, Mac) and the autoconfig file that Thunderbird, KMail, Evolution and K-9 read.
None holds the password. The sheet is drawn by Qt, so this lives in the GUI layer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from wizard.core.exporters.base import ClientReport, ErrorCode, ReportCode, Status
from wizard.core.exporters.files import error_from_os
from wizard.core.file_exports import planned_file, write_file_export
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.core.settings_sheet import settings_sheet_file_name

log = logging.getLogger(__name__)

CLIENT = "other"
FOLDER_NAME = "all2all e-mail"  # inside the user's Documents folder


class OtherFile(StrEnum):
    """The kinds of file, in the order they are listed."""

    SHEET = "sheet"
    APPLE_PROFILE = "apple-mail"
    AUTOCONFIG = "autoconfig"


SheetWriter = Callable[[AccountDraft, Provider, Path], Path]


@dataclass(frozen=True)
class PlannedFile:
    """One file that will be written, and whether it replaces an earlier one."""

    kind: OtherFile
    path: Path
    exists: bool


def default_folder() -> Path:
    """``Documents/all2all e-mail``: where people look for their papers."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / FOLDER_NAME


def write_sheet(draft: AccountDraft, provider: Provider, folder: Path) -> Path:
    """The PDF sheet in the draft's language (the one the wizard speaks)."""
    from wizard.gui.settings_sheet_pdf import write_settings_sheet

    return write_settings_sheet(draft, provider, folder, draft.language)


def sheet_path(draft: AccountDraft, folder: Path) -> Path:
    """Where the sheet goes."""
    return folder / settings_sheet_file_name(draft)


def plan_other_files(draft: AccountDraft, folder: Path, with_sheet: bool) -> list[PlannedFile]:
    """The files that saving will write into ``folder``; reads nothing but their presence."""
    paths = [
        (OtherFile.APPLE_PROFILE, planned_file("apple-mail", draft, folder)),
        (OtherFile.AUTOCONFIG, planned_file("autoconfig", draft, folder)),
    ]
    if with_sheet:
        paths.insert(0, (OtherFile.SHEET, sheet_path(draft, folder)))
    return [PlannedFile(kind, path, path.exists()) for kind, path in paths]


def save_other_files(
    draft: AccountDraft, provider: Provider, folder: Path, sheet: SheetWriter | None
) -> ClientReport:
    """Write every file into ``folder`` (made if missing); one report for them all."""
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if sheet is not None:
            written.append(sheet(draft, provider, folder))
        for kind in (OtherFile.APPLE_PROFILE, OtherFile.AUTOCONFIG):
            written.append(write_file_export(kind.value, draft, provider, folder))
    except OSError as error:
        log.warning("saving the settings files in %s failed: %s", folder, error)
        failure = error_from_os(error, folder)
        return ClientReport(CLIENT, folder, Status.FAILED, failure.code.value)
    except ValueError as error:  # an account a format cannot express
        log.warning("a settings file could not be made: %s", error)
        return ClientReport(CLIENT, folder, Status.FAILED, ErrorCode.WRITE_FAILED.value)
    log.info("saved %s", ", ".join(str(path) for path in written))
    details = {"folder": str(folder), **{f"file{i}": str(p) for i, p in enumerate(written)}}
    return ClientReport(CLIENT, folder, Status.DONE, ReportCode.FILE_SAVED.value, details=details)
