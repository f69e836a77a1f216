"""Saving the settings files for mail programs the wizard cannot write into directly.

An Apple configuration profile (macOS Mail, iPhone, iPad), a clientConfig autoconfig
file (Thunderbird's ``isp/`` folder, KMail, Evolution, K-9 and others), classic
Outlook's PRF and the printable sheet. Each has a stable file name per account, so
exporting again replaces the file instead of adding a second one, and none ever holds
the password. The sheet is drawn by Qt (``wizard.pdf``), so whoever saves it hands its
writer in (:data:`SheetWriter`); the core stays Qt-free.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from wizard.core.exporters.base import ClientReport, ExportErrorCode, ReportCode, Status
from wizard.core.formats.autoconfig import autoconfig_bytes, mail_domain
from wizard.core.formats.mobileconfig import mobileconfig_bytes
from wizard.core.formats.outlook_prf import prf_bytes, prf_file_name
from wizard.core.formats.settings_sheet import settings_sheet_file_name
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.core.safe_files import atomic_write, error_from_os

log = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class FileFormat:
    """One kind of settings file: how to name it and how to make its bytes."""

    name: str
    file_name: Callable[[AccountDraft], str]
    content: Callable[[AccountDraft, Provider], bytes]


def _safe(text: str) -> str:
    """A file-name part that is the same on every OS (no separators, no odd characters)."""
    return _UNSAFE.sub("_", text) or "_"


FILE_FORMATS: dict[str, FileFormat] = {
    "apple-mail": FileFormat(
        "apple-mail",
        lambda draft: f"all2all-{_safe(draft.username)}.mobileconfig",
        lambda draft, provider: mobileconfig_bytes(draft, provider),
    ),
    "autoconfig": FileFormat(
        "autoconfig",
        lambda draft: f"{_safe(mail_domain(draft.email))}.xml",
        autoconfig_bytes,
    ),
    # Classic Outlook's profile file, for IT staff: outlook.exe /importprf FILE.
    "outlook-prf": FileFormat("outlook-prf", prf_file_name, prf_bytes),
}


def planned_file(kind: str, draft: AccountDraft, folder: Path) -> Path:
    """Where ``kind``'s file for this account goes in ``folder``."""
    return folder / FILE_FORMATS[kind].file_name(draft)


def write_file_export(kind: str, draft: AccountDraft, provider: Provider, folder: Path) -> Path:
    """Write ``kind``'s file atomically into ``folder`` (replacing an earlier export).

    Raises ValueError when the account cannot be expressed in that format and OSError
    when the folder cannot be written; an earlier file is then left as it was.
    """
    path = planned_file(kind, draft, folder)
    atomic_write(path, FILE_FORMATS[kind].content(draft, provider))
    return path


# -- the files for a phone or another program, saved together -------------------------

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
        return ClientReport(CLIENT, folder, Status.FAILED, ExportErrorCode.WRITE_FAILED.value)
    log.info("saved %s", ", ".join(str(path) for path in written))
    details = {"folder": str(folder), **{f"file{i}": str(p) for i, p in enumerate(written)}}
    return ClientReport(CLIENT, folder, Status.DONE, ReportCode.FILE_SAVED.value, details=details)
