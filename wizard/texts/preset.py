"""Messages about presets: every preset error as a sentence naming file, line and key,
and the note shown next to the choices IT staff locked.

A preset error is read by two people: the user, who double-clicked the program and can
only pass the message on (:func:`preset_error_headline` says so), and the IT staff who
wrote the file, who need the exact place and what is expected there
(:func:`preset_error_text`). The key is shown as the core names it
(``defaults.protocol``, ``provider.relays.0.port``: relays are counted from 0).

Only QtCore is used, so the command line prints the same sentences.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from wizard.core.presets.preset import PresetError, PresetErrorCode
from wizard.core.validation import Problem

# lupdate finds ``translate("Context", "text")`` calls; the context must be a literal.
translate = QCoreApplication.translate

_RANGE = re.compile(r"(-?\d+)\.\.(-?\d+)")
# ``bad_value`` details that are codes, not a list of the allowed values.
_NAMED_DETAILS = frozenset(
    {"duplicate", "empty", "no_default", "relay_id", "unknown_relay", "relay_not_offered"}
    | {problem.value for problem in Problem}
)


def preset_error_headline() -> str:
    """For the person in front of the screen: what happened and who can fix it."""
    return translate(
        "PresetMessages",
        "The assistant cannot start: the settings file prepared by your IT department "
        "contains a mistake. Please pass the message below on to your IT department.",
    )


def preset_error_text(error: PresetError) -> str:
    """Where the mistake is and what is expected there, in one or two sentences."""
    return f"{preset_location(error)} {preset_problem(error)}"


def preset_location(error: PresetError) -> str:
    """The file, and the line and key when known."""
    file = str(error.path)
    if error.line is not None and error.key:
        text = translate("PresetMessages", "File {file}, line {line}, key {key}:")
    elif error.line is not None:
        text = translate("PresetMessages", "File {file}, line {line}:")
    elif error.key:
        text = translate("PresetMessages", "File {file}, key {key}:")
    else:
        text = translate("PresetMessages", "File {file}:")
    return text.format(file=file, line=error.line, key=error.key)


def preset_problem(error: PresetError) -> str:
    """What is wrong at that place (every :class:`PresetErrorCode` has a sentence)."""
    code, detail = error.code, error.detail
    if code is PresetErrorCode.UNREADABLE:
        return translate(
            "PresetMessages",
            "The file cannot be read ({reason}). Check that it exists and that every user "
            "may read it.",
        ).format(reason=detail)
    if code is PresetErrorCode.NOT_TOML:
        return _not_toml(detail)
    if code is PresetErrorCode.UNKNOWN_KEY:
        return translate(
            "PresetMessages",
            "A preset has no such key. Check its spelling against the documented example.",
        )
    if code is PresetErrorCode.MISSING_KEY:
        return translate(
            "PresetMessages",
            "This key is missing: every extra outgoing server needs all of its keys.",
        )
    if code is PresetErrorCode.WRONG_TYPE:
        return translate("PresetMessages", "This must be {kind}.").format(kind=_kind(detail))
    if code is PresetErrorCode.OUT_OF_RANGE:
        return _out_of_range(detail)
    if code is PresetErrorCode.TOO_LARGE:
        return translate(
            "PresetMessages",
            "This file is far larger than a preset can be (more than {size} KB), so it was "
            "not read. A preset is a short text file: check that the right file is used.",
        ).format(size=int(detail) // 1024 if detail.isdigit() else detail)
    if code is PresetErrorCode.LOCKED_CONFLICT:
        return translate(
            "PresetMessages",
            "The preset locks this setting, so the command line cannot change it to "
            "{value}. Leave that option out or change the preset.",
        ).format(value=detail)
    return _bad_value(detail)


def _not_toml(detail: str) -> str:
    if detail == "utf-8":
        return translate(
            "PresetMessages",
            "The file is not saved as UTF-8 text. Save it again with the UTF-8 encoding.",
        )
    text = translate(
        "PresetMessages",
        "This is not valid TOML. Check the quotes, brackets and equals signs on this line "
        "and the one before.",
    )
    return f"{text} ({detail})" if detail and detail != "nesting" else text


def _kind(detail: str) -> str:
    kinds = {
        "table": translate("PresetMessages", "a table (a [section])"),
        "string": translate("PresetMessages", "text between quotes"),
        "integer": translate("PresetMessages", "a whole number without quotes"),
        "boolean": translate("PresetMessages", "true or false, without quotes"),
        "array": translate("PresetMessages", "a list between square brackets"),
        "array of tables": translate("PresetMessages", "a list of sections written as [[...]]"),
    }
    return kinds.get(detail, detail)


def _out_of_range(detail: str) -> str:
    found = _RANGE.fullmatch(detail)
    if found is None:
        return translate("PresetMessages", "This value is out of range ({detail}).").format(
            detail=detail
        )
    minimum, maximum = found.groups()
    if minimum == maximum:
        return translate("PresetMessages", "The value must be {minimum}.").format(minimum=minimum)
    return translate("PresetMessages", "The value must be between {minimum} and {maximum}.").format(
        minimum=minimum, maximum=maximum
    )


def _bad_value(detail: str) -> str:
    found = _RANGE.fullmatch(detail)
    if found is not None:  # a port that is not a number
        return translate(
            "PresetMessages", "The port must be a number between {minimum} and {maximum}."
        ).format(minimum=found.group(1), maximum=found.group(2))
    if detail and detail not in _NAMED_DETAILS:
        values = ", ".join(detail.split(","))
        return translate(
            "PresetMessages", "This value is not allowed. Possible values: {values}."
        ).format(values=values)
    texts = {
        "empty": translate("PresetMessages", "This must not be empty."),
        "duplicate": translate("PresetMessages", "This value appears more than once."),
        "no_default": translate(
            "PresetMessages", "A locked setting needs its value under [defaults]."
        ),
        "relay_id": translate(
            "PresetMessages",
            "This id cannot be used: write it with letters, digits and hyphens only, and "
            "do not use all2all.",
        ),
        "unknown_relay": translate(
            "PresetMessages",
            "No outgoing server has this id. Check the spelling, or add the server under "
            "[[provider.relays]].",
        ),
        "relay_not_offered": translate(
            "PresetMessages",
            "This outgoing server needs a username of its own, which the assistant cannot ask "
            "for. Choose another one.",
        ),
        Problem.BAD_HOST.value: translate("PresetMessages", "This is not a valid server name."),
        Problem.BAD_EMAIL.value: translate(
            "PresetMessages", "This is not a plain e-mail address such as name@example.be."
        ),
        Problem.SPACES.value: translate("PresetMessages", "This must not contain spaces."),
        Problem.EDGE_SPACES.value: translate(
            "PresetMessages", "This must not start or end with a space."
        ),
        Problem.CONTROL_CHARACTERS.value: translate(
            "PresetMessages", "This contains invisible characters such as a tab or a line break."
        ),
        Problem.TOO_LONG.value: translate("PresetMessages", "This is too long."),
    }
    text = texts.get(detail)
    if text is not None:
        return text
    if not detail:
        return translate("PresetMessages", "This value cannot be used.")
    return translate("PresetMessages", "This value cannot be used ({detail}).").format(
        detail=detail
    )


def locked_note() -> str:
    """Shown on a page where the preset locked some choices (they are greyed out)."""
    return translate(
        "PresetMessages",
        "Set by your IT department: the greyed-out choices cannot be changed here.",
    )


def locked_tooltip() -> str:
    """The tooltip of one locked control."""
    return translate("PresetMessages", "Set by your IT department.")
