"""Settings files for mail programs the wizard cannot write into directly.

An Apple configuration profile (macOS Mail, iPhone, iPad) and a clientConfig autoconfig
file (Thunderbird's ``isp/`` folder, KMail, Evolution, K-9 and others). Each has a
stable file name per account, so exporting again replaces the file instead of adding a
second one, and neither ever holds the password.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wizard.core.autoconfig import autoconfig_bytes, mail_domain
from wizard.core.exporters.files import atomic_write
from wizard.core.exporters.outlook_prf import prf_bytes, prf_file_name
from wizard.core.mobileconfig import mobileconfig_bytes
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider

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
