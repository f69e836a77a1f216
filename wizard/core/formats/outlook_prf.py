"""The account as an Outlook profile file (PRF) for classic Outlook, and its import.

A PRF is the INI file the Office Customization Tool writes and ``outlook.exe
/importprf <file>`` reads to create a MAPI profile (Microsoft, "Customize Outlook
profiles by using an Outlook Profile (PRF) file", cc179062, up to Outlook 2013; the
format has not changed since the Outlook 2010 one). Its parts, in the OCT's order:

* ``[General]`` (section 1): a *new* profile of our own name is appended
  (``OverwriteProfile=Append``), never made the default (``DefaultProfile=No``) and the
  user's default profile is never touched (``ModifyDefaultProfileIfPresent=FALSE``);
  ``BackupProfile=FALSE`` stops Outlook from keeping "Backup of ..." copies.
* ``[Service List]`` (section 2): empty; Outlook adds the data file it needs itself.
* ``[Internet Account List]`` (section 3): ``Account1=IMAP_I_Mail`` or ``I_Mail`` (POP3).
* ``[Account1]`` (section 5): the account's values. There is no password key: Outlook
  asks for the password when it first connects.
* ``[I_Mail]`` and ``[IMAP_I_Mail]`` (section 7): the fixed mapping of every key of
  section 5 to its MAPI account property (``PT_UNICODE,0x0100`` is PROP_INET_SERVER...),
  copied as the OCT of Outlook 2010 and later writes them. A key without a mapping would
  be silently dropped, so each key written has one (the tests check it).

Numbers follow Outlook's account API (Account management API, "Constants"):
``SMTPSecureConnection`` 0 none, 1 SSL, 2 TLS (STARTTLS), 3 auto; ``SMTPAuthMethod`` 0
"same as incoming"; ``LeaveOnServer`` LEAVE_ON_SERVER 0x1 | REMOVE_AFTER 0x2 | days << 16;
``IMAPUseSSL``/``POP3UseSSL`` any non-zero value means SSL (PROP_INET_SSL).

Encoding: UTF-16 LE with a byte-order mark, CRLF line ends. The Windows INI functions
read a file that starts with the UTF-16 LE BOM as Unicode and anything else in the
ANSI code page, where an emoji or a name in another script becomes "?" (Raymond Chen,
"Can INI files be Unicode? Yes, they can, but it has to be your idea", 2024). UTF-8,
with or without BOM, is not an option: it is read as ANSI and a UTF-8 BOM even hides
the first section. The file starts with a comment line, as the OCT's files do, so a
reader that mishandles the BOM loses a comment, not ``[General]``.

Values are refused (:class:`PrfValueError`) rather than mangled when the INI format
cannot carry them back exactly: control characters and line breaks (they would end
the line), spaces at either end (the INI reader trims them), a value wrapped in one
pair of matching quotes (the reader strips them), more than 255 characters.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from wizard.core.model import AccountDraft, Authentication, OutgoingKind, Security
from wizard.core.model import Protocol as MailProtocol
from wizard.core.provider import Provider

log = logging.getLogger(__name__)

ENCODING = "utf-16-le"
BOM = b"\xff\xfe"
NEWLINE = "\r\n"
COMMENT = ";PRF file of the all2all mail setup wizard. It holds no password."
MAX_VALUE = 255  # our own limit, far above any real value, far below INI buffers
MAX_PROFILE_NAME = 64  # cchProfileNameMax in MAPI's mapidefs.h
SERVER_TIMEOUT_SECONDS = 60  # Outlook's default "server timeout"

# LeaveOnServer bits (PROP_POP_LEAVE_ON_SERVER).
LEAVE_ON_SERVER = 0x1
REMOVE_AFTER = 0x2


class SecureConnection(StrEnum):
    """``SMTPSecureConnection`` values (ENCRYPT_CONN_*), as written in the file."""

    NONE = "0"
    SSL = "1"  # implicit TLS from the first byte (port 465)
    TLS = "2"  # STARTTLS
    AUTO = "3"


SMTP_SECURITY = {
    Security.NONE: SecureConnection.NONE,
    Security.SSL: SecureConnection.SSL,
    Security.STARTTLS: SecureConnection.TLS,
}

# Section 3 names of the account kinds.
ACCOUNT_KIND = {MailProtocol.IMAP: "IMAP_I_Mail", MailProtocol.POP3: "I_Mail"}
KEY_PREFIX = {MailProtocol.IMAP: "IMAP", MailProtocol.POP3: "POP3"}

_COMMON_MAPPING = (
    ("AccountName", "PT_UNICODE,0x0002"),
    ("DisplayName", "PT_UNICODE,0x000B"),
    ("EmailAddress", "PT_UNICODE,0x000C"),
)
_SMTP_MAPPING = (
    ("SMTPServer", "PT_UNICODE,0x0200"),
    ("SMTPUseAuth", "PT_LONG,0x0203"),
    ("SMTPAuthMethod", "PT_LONG,0x0208"),
    ("SMTPUserName", "PT_UNICODE,0x0204"),
    ("SMTPUseSPA", "PT_LONG,0x0207"),
    ("ConnectionType", "PT_LONG,0x000F"),
    ("ConnectionOID", "PT_UNICODE,0x0010"),
    ("SMTPPort", "PT_LONG,0x0201"),
    ("SMTPSecureConnection", "PT_LONG,0x020A"),
    ("ServerTimeOut", "PT_LONG,0x0209"),
)


def _incoming_mapping(prefix: str) -> tuple[tuple[str, str], ...]:
    return (
        (f"{prefix}Server", "PT_UNICODE,0x0100"),
        (f"{prefix}UserName", "PT_UNICODE,0x0101"),
        (f"{prefix}UseSPA", "PT_LONG,0x0108"),
        ("Organization", "PT_UNICODE,0x0107"),
        ("ReplyEmailAddress", "PT_UNICODE,0x0103"),
        (f"{prefix}Port", "PT_LONG,0x0104"),
        (f"{prefix}UseSSL", "PT_LONG,0x0105"),
    )


# Section 7, "Mapping for internet account properties. DO NOT MODIFY." (OCT 2010+).
MAPPINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "I_Mail": (
        ("AccountType", "POP3"),
        *_COMMON_MAPPING,
        *_incoming_mapping("POP3"),
        *_SMTP_MAPPING,
        ("LeaveOnServer", "PT_LONG,0x1000"),
    ),
    "IMAP_I_Mail": (
        ("AccountType", "IMAP"),
        *_COMMON_MAPPING,
        *_incoming_mapping("IMAP"),
        *_SMTP_MAPPING,
        ("CheckNewImap", "PT_LONG,0x1100"),
        ("RootFolder", "PT_UNICODE,0x1101"),
    ),
}

Section = tuple[str, tuple[tuple[str, str], ...]]


class PrfProblem(StrEnum):
    """Why a value cannot go into a PRF file unchanged."""

    EMPTY = "empty"  # a value Outlook needs is missing
    CONTROL_CHARACTER = "control_character"  # a line break, tab or other control code
    EDGE_SPACE = "edge_space"  # spaces at the start or end would be trimmed
    ENCLOSING_QUOTES = "enclosing_quotes"  # "..." or '...' around it would be stripped
    TOO_LONG = "too_long"
    BACKSLASH = "backslash"  # a profile name is a registry key name: no "\"
    OUTGOING_LOGIN = "outgoing_login"  # an outgoing server with a login of its own
    INCOMING_STARTTLS = "incoming_starttls"  # the PRF's UseSSL knows only "SSL" or "none"


class PrfValueError(ValueError):
    """A value of the draft that the PRF cannot carry; ``key`` names the PRF key."""

    def __init__(self, key: str, problem: PrfProblem) -> None:
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem.value}")


def profile_name(draft: AccountDraft, provider: Provider) -> str:
    """The name of the profile the PRF creates: one per login, never the user's own."""
    return f"{provider.name} ({draft.username})"


def account_name(draft: AccountDraft, provider: Provider) -> str:
    """What Outlook lists the account as (its Account Name)."""
    return f"{provider.name} ({draft.email})"


def leave_on_server(draft: AccountDraft) -> int:
    """``LeaveOnServer`` for a POP3 account: keep a copy, removed after N days, or not."""
    if not draft.keep_on_server:
        return 0
    return LEAVE_ON_SERVER | REMOVE_AFTER | (draft.keep_on_server_days << 16)


def prf_sections(draft: AccountDraft, provider: Provider) -> tuple[Section, ...]:
    """The PRF as ordered sections of ordered (key, value) pairs, every value checked."""
    if not draft.username:
        raise PrfValueError("UserName", PrfProblem.EMPTY)
    if not draft.email:
        raise PrfValueError("EmailAddress", PrfProblem.EMPTY)
    protocol = draft.protocol
    prefix = KEY_PREFIX[protocol]
    incoming = provider.incoming(protocol)
    if draft.outgoing.kind is OutgoingKind.ALL2ALL:
        smtp = provider.smtp
    else:
        assert draft.outgoing.relay is not None  # guaranteed by OutgoingChoice
        smtp = draft.outgoing.relay
    if smtp.authentication not in (Authentication.PASSWORD, Authentication.NONE):
        raise PrfValueError("SMTPUseAuth", PrfProblem.OUTGOING_LOGIN)
    if incoming.security is Security.STARTTLS:
        raise PrfValueError(f"{prefix}UseSSL", PrfProblem.INCOMING_STARTTLS)
    name = profile_name(draft, provider)
    if "\\" in name:
        raise PrfValueError("ProfileName", PrfProblem.BACKSLASH)
    if len(name) > MAX_PROFILE_NAME:
        raise PrfValueError("ProfileName", PrfProblem.TOO_LONG)

    general = (
        ("Custom", "1"),
        ("ProfileName", name),
        ("DefaultProfile", "No"),
        ("OverwriteProfile", "Append"),
        ("ModifyDefaultProfileIfPresent", "FALSE"),
        ("BackupProfile", "FALSE"),
    )
    account: list[tuple[str, str]] = [
        ("UniqueService", "No"),
        ("AccountName", account_name(draft, provider)),
        (f"{prefix}Server", incoming.host),
        ("SMTPServer", smtp.host),
        (f"{prefix}UserName", draft.username),
        ("EmailAddress", draft.email),
        (f"{prefix}UseSPA", "0"),
    ]
    if draft.display_name:
        account.append(("DisplayName", draft.display_name))
    uses_login = smtp.authentication is Authentication.PASSWORD
    account.append(("SMTPUseAuth", "1" if uses_login else "0"))
    if uses_login:
        account.append(("SMTPAuthMethod", "0"))  # same login as the incoming server
    account += [
        ("SMTPUseSPA", "0"),
        (f"{prefix}UseSSL", "1" if incoming.security is Security.SSL else "0"),
        (f"{prefix}Port", str(incoming.port)),
        ("ServerTimeOut", str(SERVER_TIMEOUT_SECONDS)),
        ("SMTPPort", str(smtp.port)),
        ("SMTPSecureConnection", SMTP_SECURITY[smtp.security].value),
    ]
    if protocol is MailProtocol.POP3:
        account.append(("LeaveOnServer", f"0x{leave_on_server(draft):X}"))
    sections: tuple[Section, ...] = (
        ("General", general),
        ("Service List", ()),
        ("Internet Account List", (("Account1", ACCOUNT_KIND[protocol]),)),
        ("Account1", tuple(account)),
        *((kind, mapping) for kind, mapping in MAPPINGS.items()),
    )
    for _, pairs in sections:
        for key, value in pairs:
            check_value(key, value)
    return sections


def check_value(key: str, value: str) -> None:
    """Raise :class:`PrfValueError` when ``value`` would not read back exactly."""
    if not value:
        raise PrfValueError(key, PrfProblem.EMPTY)
    if any(_is_control(char) for char in value):
        raise PrfValueError(key, PrfProblem.CONTROL_CHARACTER)
    if value != value.strip():
        raise PrfValueError(key, PrfProblem.EDGE_SPACE)
    if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
        raise PrfValueError(key, PrfProblem.ENCLOSING_QUOTES)
    if len(value) > MAX_VALUE:
        raise PrfValueError(key, PrfProblem.TOO_LONG)


def _is_control(char: str) -> bool:
    """C0/C1 controls, DEL, line/paragraph separators, lone surrogates, BOM, non-chars."""
    code = ord(char)
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F
        or code in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)
        or 0xD800 <= code <= 0xDFFF
    )


def prf_text(draft: AccountDraft, provider: Provider) -> str:
    """The PRF as text with CRLF line ends (before encoding)."""
    lines = [COMMENT, ""]
    for name, pairs in prf_sections(draft, provider):
        lines.append(f"[{name}]")
        lines += [f"{key}={value}" for key, value in pairs]
        lines.append("")
    return NEWLINE.join(lines)


def prf_bytes(draft: AccountDraft, provider: Provider) -> bytes:
    """The PRF file's bytes: UTF-16 LE with BOM (see the module notes for why)."""
    return BOM + prf_text(draft, provider).encode(ENCODING)


def prf_file_name(draft: AccountDraft) -> str:
    """A stable file name per login, the same on every OS."""
    safe = "".join(
        c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in draft.username
    )
    return f"all2all-{safe or '_'}.prf"


# -- running outlook.exe /importprf ----------------------------------------------------


class ImportCode(StrEnum):
    """What happened when Outlook was started to import the file."""

    STARTED = "started"  # Outlook is running with the import; check the profile later
    FINISHED = "finished"  # Outlook ended at once without error (e.g. handed to a running one)
    FAILED = "failed"  # Outlook ended at once with an error code
    PROGRAM_NOT_FOUND = "program_not_found"
    LAUNCH_FAILED = "launch_failed"  # not allowed to start, or another system error


@dataclass(frozen=True)
class ImportResult:
    """The outcome of :func:`import_prf`; anything but STARTED/FINISHED means "guide"."""

    code: ImportCode
    exit_code: int | None = None
    detail: str = ""  # technical detail for the log file only

    @property
    def ok(self) -> bool:
        """Whether Outlook took the file (the profile still has to appear to be sure)."""
        return self.code in (ImportCode.STARTED, ImportCode.FINISHED)


class Process(Protocol):
    """The part of ``subprocess.Popen`` the import needs."""

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the end; raise ``subprocess.TimeoutExpired`` after ``timeout``."""
        ...


Launcher = Callable[[Sequence[str]], Process]


def start_process(args: Sequence[str]) -> Process:
    """Start a program without waiting for it and without a console window."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(subprocess, "DETACHED_PROCESS", 0)
    return subprocess.Popen(
        list(args),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        creationflags=flags,
    )


def import_prf(
    prf_path: Path,
    outlook_exe: Path | str,
    run: Launcher = start_process,
    settle_seconds: float = 5.0,
) -> ImportResult:
    """Start ``outlook.exe /importprf <file>`` and report how the start went.

    ``/importprf`` opens Outlook's window and keeps it open, so this does not wait for
    Outlook to end: a program that is still running after ``settle_seconds`` has taken
    the file. One that ends at once with an error code failed. Whether the profile
    really exists must be checked afterwards in the registry (the exporter does).
    """
    args = [str(outlook_exe), "/importprf", str(prf_path)]
    try:
        process = run(args)
    except FileNotFoundError as error:
        return ImportResult(ImportCode.PROGRAM_NOT_FOUND, detail=str(error))
    except OSError as error:
        return ImportResult(ImportCode.LAUNCH_FAILED, detail=str(error))
    try:
        exit_code = process.wait(timeout=settle_seconds)
    except subprocess.TimeoutExpired:
        log.info("outlook started to import %s", prf_path)
        return ImportResult(ImportCode.STARTED)
    if exit_code == 0:
        return ImportResult(ImportCode.FINISHED, exit_code)
    log.warning("outlook /importprf ended with code %s", exit_code)
    return ImportResult(ImportCode.FAILED, exit_code)
