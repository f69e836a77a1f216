"""Messages for setting up mail programs: plans, results, failures and what to do.

The exporters speak in codes (:class:`ExportErrorCode`, :class:`ReportCode`, :class:`NoteCode`,
:class:`ActionCode`, :class:`ChangeKind`); here each becomes plain words. A failure is
told in two parts: what happened (the user's files are safe) and what to do about it.
``{client}`` is the mail program's own name (a proper noun, never translated).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.exporters.base import (
    Action,
    ActionCode,
    ChangeKind,
    ClientReport,
    ExportErrorCode,
    NoteCode,
    PlanValue,
    ReportCode,
    Status,
)
from wizard.texts import Surface

translate = QCoreApplication.translate

# Mail programs' own names: proper nouns, the same in every language.
CLIENT_NAMES = {
    "thunderbird": "Thunderbird",
    "apple-mail": "Apple Mail",
    "evolution": "Evolution",
    "outlook": "Outlook",
}


def client_name(client: str) -> str:
    """The name users know the mail program by."""
    return CLIENT_NAMES.get(client, client.capitalize())


def error_message(code: ExportErrorCode, client: str) -> str:
    """What went wrong, in one or two plain sentences."""
    name = client_name(client)
    texts = {
        ExportErrorCode.CLIENT_NOT_FOUND: translate(
            "ExportMessages", "{client} is not set up for your user account on this computer."
        ),
        ExportErrorCode.PROFILE_NOT_FOUND: translate(
            "ExportMessages", "The {client} profile folder no longer exists."
        ),
        ExportErrorCode.CLIENT_RUNNING: translate(
            "ExportMessages",
            "{client} is open. It overwrites its settings when it closes, so they cannot "
            "be changed while it runs.",
        ),
        ExportErrorCode.PROFILES_INI_CORRUPT: translate(
            "ExportMessages", "The list of {client} profiles is damaged and cannot be read."
        ),
        ExportErrorCode.PROFILE_UNREADABLE: translate(
            "ExportMessages", "A settings file of {client} cannot be read."
        ),
        ExportErrorCode.PROFILE_READ_ONLY: translate(
            "ExportMessages", "The {client} settings folder cannot be written to."
        ),
        ExportErrorCode.DISK_FULL: translate(
            "ExportMessages", "The disk is full: the {client} settings could not be saved."
        ),
        ExportErrorCode.PREFS_CORRUPT: translate(
            "ExportMessages",
            "The {client} settings file is damaged. It was left exactly as it was.",
        ),
        ExportErrorCode.PROFILE_CHANGED: translate(
            "ExportMessages",
            "The {client} settings changed while the assistant was working. Nothing was written.",
        ),
        ExportErrorCode.OUTGOING_NOT_FOUND: translate(
            "ExportMessages",
            "The outgoing server you chose to share no longer exists in {client}.",
        ),
        ExportErrorCode.WRITE_FAILED: translate(
            "ExportMessages",
            "The {client} settings could not be written. The original file was kept.",
        ),
        ExportErrorCode.VERIFY_FAILED: translate(
            "ExportMessages",
            "The {client} settings did not read back correctly after writing. The "
            "original file was put back.",
        ),
        ExportErrorCode.UNSUPPORTED_SETTINGS: translate(
            "ExportMessages",
            "{client} cannot be set up with these settings (for example an outgoing server "
            "that needs another username and password). Nothing was written.",
        ),
        ExportErrorCode.LINK_REFUSED: translate(
            "ExportMessages",
            "A file the assistant must write is a link to another place, made by someone "
            "else or pointing nowhere. To keep your files safe, nothing was written "
            "through it.",
        ),
        ExportErrorCode.FILE_TOO_LARGE: translate(
            "ExportMessages",
            "A settings file of {client} is far larger than a real one can be, so the "
            "assistant did not read it. It was left exactly as it was.",
        ),
    }
    return texts[code].format(client=name)


def error_advice(code: ExportErrorCode, client: str, surface: Surface = Surface.WINDOW) -> str:
    """What the user can do about a failure, in the window or on the command line."""
    if surface is Surface.COMMAND_LINE:
        return _command_line_advice(code, client)
    name = client_name(client)
    ask_help = translate(
        "ExportMessages",
        "Add the account in {client} yourself with the settings shown at the end, or ask "
        "your administrator for help.",
    ).format(client=name)
    if code in {ExportErrorCode.WRITE_FAILED, ExportErrorCode.VERIFY_FAILED}:
        return translate("ExportMessages", "Press Retry. If it fails again: {help}").format(
            help=ask_help[:1].lower() + ask_help[1:]
        )
    texts = {
        ExportErrorCode.CLIENT_NOT_FOUND: translate(
            "ExportMessages",
            "Install {client}, or start it once and close it again, then press Retry.",
        ),
        ExportErrorCode.PROFILE_NOT_FOUND: translate(
            "ExportMessages", "Press Retry to look for the profiles again."
        ),
        ExportErrorCode.CLIENT_RUNNING: translate(
            "ExportMessages", "Close {client}, then press Retry."
        ),
        ExportErrorCode.DISK_FULL: translate(
            "ExportMessages", "Free some space on the disk, then press Retry."
        ),
        ExportErrorCode.PROFILE_CHANGED: translate(
            "ExportMessages", "Close {client} if it is open, then press Retry."
        ),
        ExportErrorCode.OUTGOING_NOT_FOUND: translate(
            "ExportMessages", "Press Retry, then choose the outgoing server again."
        ),
        ExportErrorCode.LINK_REFUSED: translate(
            "ExportMessages",
            "Ask your administrator to look at this link: whoever made it may have wanted to "
            "change another file.",
        ),
    }
    return texts[code].format(client=name) if code in texts else ask_help


def _command_line_advice(code: ExportErrorCode, client: str) -> str:
    """The same advice for someone at a terminal: commands and options, no buttons."""
    name = client_name(client)
    ask_help = translate(
        "ExportMessages",
        "Add the account in {client} yourself, or ask your administrator for help.",
    ).format(client=name)
    if code in {ExportErrorCode.WRITE_FAILED, ExportErrorCode.VERIFY_FAILED}:
        return translate(
            "ExportMessages", "Run the command again. If it fails again: {help}"
        ).format(help=ask_help[:1].lower() + ask_help[1:])
    texts = {
        ExportErrorCode.CLIENT_NOT_FOUND: translate(
            "ExportMessages",
            "Install {client}, or start it once and close it again, then run the command again.",
        ),
        ExportErrorCode.PROFILE_NOT_FOUND: translate(
            "ExportMessages",
            "Run the command again, or give the profile folder with --profile "
            "(all2all-setup clients lists them).",
        ),
        ExportErrorCode.CLIENT_RUNNING: translate(
            "ExportMessages", "Close {client}, then run the command again."
        ),
        ExportErrorCode.DISK_FULL: translate(
            "ExportMessages", "Free some space on the disk, then run the command again."
        ),
        ExportErrorCode.PROFILE_CHANGED: translate(
            "ExportMessages", "Close {client} if it is open, then run the command again."
        ),
        ExportErrorCode.OUTGOING_NOT_FOUND: translate(
            "ExportMessages",
            "Run the command again without --reuse-outgoing, or with a server that "
            "{client} still has.",
        ),
        ExportErrorCode.LINK_REFUSED: translate(
            "ExportMessages",
            "Check who made that link and why (ls -l shows where it points), remove it, "
            "then run the command again; or give another folder.",
        ),
    }
    return texts[code].format(client=name) if code in texts else ask_help


def report_message(code: ReportCode, client: str, file: str = "") -> str:
    """The outcome of a successful export."""
    texts = {
        ReportCode.ACCOUNT_ADDED: translate("ExportMessages", "The account was added to {client}."),
        ReportCode.ACCOUNT_UPDATED: translate(
            "ExportMessages",
            "The account already existed in {client}: its settings were brought up to "
            "date, without making a second copy.",
        ),
        ReportCode.ACCOUNT_UNCHANGED: translate(
            "ExportMessages",
            "The account was already set up exactly like this in {client}: nothing was changed.",
        ),
        ReportCode.FILE_SAVED: translate(
            "ExportMessages", "The settings for {client} were saved in this file: {file}"
        ),
    }
    return texts[code].format(client=client_name(client), file=file)


def report_text(report: ClientReport, surface: Surface = Surface.WINDOW) -> str:
    """The result of one client: outcome, or what happened and what to do."""
    if report.code in _CLIENT_REPORTS:
        return _CLIENT_REPORTS[report.code]().format(
            client=client_name(report.client), profile=report.details.get("profile", "")
        )
    if not report.failed:
        file = report.details.get("file", "")
        return report_message(ReportCode(report.code), report.client, file)
    code = ExportErrorCode(report.code)
    advice = error_advice(code, report.client, surface)
    return f"{error_message(code, report.client)} {advice}"


# Codes of one client's own reports (see OutlookReport), as functions so the text is
# looked up in the language of the moment.
_CLIENT_REPORTS = {
    "outlook_guided_setup": lambda: translate(
        "ExportMessages",
        "{client} does not let other programs add accounts. Follow the steps below: "
        "every value can be copied with one click.",
    ),
    "outlook_import_started": lambda: translate(
        "ExportMessages",
        "{client} opened and adds your account as a new profile “{profile}”. If {client} "
        "asks which profile to use, choose that one. If it does not work, follow the "
        "steps below.",
    ),
}


def status_label(status: Status) -> str:
    """A short word for a result, shown next to its icon (colour is never the only sign)."""
    return {
        Status.DONE: translate("ExportMessages", "Done"),
        Status.NEEDS_USER_ACTION: translate("ExportMessages", "Needs your action"),
        Status.FAILED: translate("ExportMessages", "Not done"),
    }[status]


def note_message(note: NoteCode, client: str) -> str:
    """A fact worth telling next to a plan or a result."""
    texts = {
        NoteCode.PASSWORD_ASKED_AT_FIRST_START: translate(
            "ExportMessages",
            "{client} will ask for your password once, the first time it starts after "
            "this. Type it then and let {client} remember it.",
        ),
        NoteCode.OUTGOING_REUSED: translate(
            "ExportMessages",
            "An outgoing server that was already set up in {client} is shared with this account.",
        ),
        NoteCode.OUTGOING_UPDATED: translate(
            "ExportMessages",
            "Your existing all2all outgoing server in {client} gets the right settings.",
        ),
        NoteCode.LOCAL_FOLDERS_CREATED: translate(
            "ExportMessages", "The “Local Folders” of {client} are created as well."
        ),
        NoteCode.BECOMES_DEFAULT_ACCOUNT: translate(
            "ExportMessages", "This becomes the main account of {client}."
        ),
        NoteCode.NAME_CLASH_RENAMED: translate(
            "ExportMessages",
            "Another account in {client} has the same name, so the protocol is added to "
            "this one's name.",
        ),
        NoteCode.OTHER_PROTOCOL_ACCOUNT_EXISTS: translate(
            "ExportMessages",
            "This username is also set up in {client} with the other protocol (IMAP or "
            "POP3). Both accounts will be there.",
        ),
        NoteCode.CLIENT_RUNNING: translate(
            "ExportMessages", "{client} is open now: close it before you press Set up."
        ),
        NoteCode.PROFILE_READ_ONLY: translate(
            "ExportMessages",
            "The {client} settings folder cannot be written to: setting up will fail.",
        ),
        NoteCode.APPROVE_PROFILE: translate(
            "ExportMessages",
            "macOS adds the account to {client} only after you approve it in System "
            "Settings. The steps are shown at the end.",
        ),
        NoteCode.OPEN_FILE_YOURSELF: translate(
            "ExportMessages",
            "The file could not be opened for you: double-click it in the Downloads folder.",
        ),
        NoteCode.REPLACES_EARLIER_FILE: translate(
            "ExportMessages", "It replaces the file saved by an earlier run of the assistant."
        ),
        NoteCode.PASSWORD_SAVED: translate(
            "ExportMessages",
            "Your password was given to {client} through this computer's password safe: "
            "it will not ask for it.",
        ),
        NoteCode.PASSWORD_NOT_SAVED: translate(
            "ExportMessages",
            "Your password could not be given to {client}, because this computer's "
            "password safe is not available.",
        ),
    }
    return texts[note].format(client=client_name(client))


def change_message(change: ChangeKind, client: str, email: str, profile: str) -> str:
    """What the plan does to the account, in one sentence."""
    if client == "outlook":
        return translate(
            "ExportMessages",
            "{client} does not let other programs add accounts. At the end, the assistant "
            "shows you step by step how to add your account {email} in {profile}, with a "
            "copy button for every value.",
        ).format(client=client_name(client), email=email, profile=profile)
    if client == "apple-mail":
        return translate(
            "ExportMessages",
            "A settings profile for your account {email} will be saved in your Downloads "
            "folder and opened. You then approve it in System Settings.",
        ).format(email=email)
    texts = {
        ChangeKind.ADD_ACCOUNT: translate(
            "ExportMessages",
            "Your account {email} will be added to the {client} profile “{profile}”.",
        ),
        ChangeKind.UPDATE_ACCOUNT: translate(
            "ExportMessages",
            "Your account {email} already exists in the {client} profile “{profile}”: its "
            "settings will be brought up to date, without making a second copy.",
        ),
        ChangeKind.UNCHANGED: translate(
            "ExportMessages",
            "Your account {email} is already set up exactly like this in the {client} "
            "profile “{profile}”: nothing will be written.",
        ),
    }
    return texts[change].format(client=client_name(client), email=email, profile=profile)


def action_message(action: Action) -> str:
    """One step of a plan, for the technical details list."""
    if action.code is ActionCode.CREATE_FILE:
        return translate("ExportMessages", "Create the file {file}").format(file=action.path)
    if action.code is ActionCode.BACKUP_FILE:
        return translate("ExportMessages", "Keep a copy of {file}").format(file=action.path)
    if action.code is ActionCode.ADD_KEY:
        return translate("ExportMessages", "Add {key} = {new}").format(
            key=action.key, new=_value(action.new)
        )
    return translate("ExportMessages", "Change {key} from {old} to {new}").format(
        key=action.key, old=_value(action.old), new=_value(action.new)
    )


def _value(value: PlanValue | None) -> str:
    """A setting's value as it appears in the file (technical details only)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return "" if value is None else str(value)


def apple_profile_steps(profile_name: str) -> list[str]:
    """How to approve the saved profile on a Mac (macOS 13 and later)."""
    return [
        translate(
            "ExportMessages",
            "macOS shows the notice “Profile downloaded”. Open System Settings (Apple "
            "menu, System Settings).",
        ),
        translate(
            "ExportMessages",
            "On macOS 15 and later, choose General, then Device Management. On macOS 13 "
            "and 14, choose Privacy & Security, then Profiles at the bottom.",
        ),
        translate(
            "ExportMessages",
            "Double-click the profile “{profile}”, click Install and confirm. Type the "
            "password of your Mac user account if asked.",
        ).format(profile=profile_name),
        translate(
            "ExportMessages",
            "If macOS asks for the password of the mail account, type your all2all password.",
        ),
        translate("ExportMessages", "Open Mail: your all2all account is there."),
    ]


def phone_steps() -> list[str]:
    """How to use the saved files on an iPhone or iPad, and on Android."""
    return [
        translate(
            "ExportMessages",
            "iPhone or iPad: send it the .mobileconfig file (with AirDrop or by mail) and "
            "open it there. Then, in Settings, tap “Profile Downloaded” and Install.",
        ),
        translate(
            "ExportMessages",
            "Android or another program: add an account by hand with the values below.",
        ),
    ]


def numbered(steps: list[str]) -> str:
    """Steps as "1. ...", one per line."""
    return "\n".join(f"{number}. {step}" for number, step in enumerate(steps, 1))
