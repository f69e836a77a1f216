"""The one rule set for what a person or a script types, as stable problem codes.

The account page, every command (``probe``, ``export``, ``setup``), presets and the
connection test use these checks and nothing else, so the window and the command line
can never disagree about what is a valid login. No user text here: ``wizard.texts``
turns each code into a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from enum import StrEnum

from wizard.core.model import AccountDraft


class Problem(StrEnum):
    """Why a value is refused."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    SPACES = "spaces"
    EDGE_SPACES = "edge_spaces"
    BAD_EMAIL = "bad_email"
    LOOKS_LIKE_EMAIL = "looks_like_email"
    BAD_USERNAME = "bad_username"
    BAD_HOST = "bad_host"
    BAD_PORT = "bad_port"
    # An outgoing server that wants the login of a mailbox at the internet provider: the
    # wizard has no such login to give, so no mail program could send through it.
    NEEDS_OTHER_LOGIN = "needs_other_login"


# Limits from the standards, so that nothing absurd reaches a server or a profile:
# RFC 5321 4.5.3.1 (local part 64, domain 255, path 256), RFC 1035 (labels 63).
MAX_EMAIL = 254
MAX_LOCAL_PART = 64
MAX_USERNAME = 64
MAX_DISPLAY_NAME = 128
MAX_PASSWORD = 1024

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$", re.IGNORECASE)
_LOCAL_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$")
_USERNAME = re.compile(r"^[A-Za-z0-9._@+-]+$")


def has_control_characters(text: str) -> bool:
    """True for NUL, line breaks, tabs and other invisible control or format characters."""
    return any(unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} for char in text)


def is_valid_host(host: str) -> bool:
    """A DNS host name (IDN allowed) or a dotted IPv4 address."""
    if not host or len(host) > 253 or has_control_characters(host):
        return False
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.rstrip(".").split(".")
    return all(_LABEL.match(label) for label in labels)


def check_name_text(name: str) -> Problem | None:
    """A person's name where it may be left empty (an administrator's in a preset)."""
    if has_control_characters(name):
        return Problem.CONTROL_CHARACTERS
    if len(name) > MAX_DISPLAY_NAME:
        return Problem.TOO_LONG
    return None


def check_display_name(name: str) -> Problem | None:
    """The name recipients see next to the address: every account written has one.

    Spaces around it are tolerated (they are stripped where the draft is made).
    """
    if not name.strip():
        return Problem.EMPTY
    return check_name_text(name)


def check_email(address: str) -> Problem | None:
    """A plain mailbox address ``local@domain`` as handed out by the administrator.

    Deliberately stricter than RFC 5322 (no quoted local parts, no comments): mail
    programs store this in their settings and several of them mangle the exotic forms.
    """
    if not address:
        return Problem.EMPTY
    if has_control_characters(address):
        return Problem.CONTROL_CHARACTERS
    if len(address) > MAX_EMAIL:
        return Problem.TOO_LONG
    if address != address.strip():
        return Problem.EDGE_SPACES
    if any(char.isspace() for char in address):
        return Problem.SPACES
    local, at, domain = address.rpartition("@")
    if not at or not local or len(local) > MAX_LOCAL_PART:
        return Problem.BAD_EMAIL
    if any(not part or not _LOCAL_ATOM.match(part) for part in local.split(".")):
        return Problem.BAD_EMAIL
    if "." not in domain.strip(".") or not is_valid_host(domain) or domain.endswith("."):
        return Problem.BAD_EMAIL
    return None


def check_username(username: str) -> Problem | None:
    """The all2all login (``user0001``), which is not the e-mail address."""
    if not username:
        return Problem.EMPTY
    if has_control_characters(username):
        return Problem.CONTROL_CHARACTERS
    if len(username) > MAX_USERNAME:
        return Problem.TOO_LONG
    if username != username.strip():
        return Problem.EDGE_SPACES
    if any(char.isspace() for char in username):
        return Problem.SPACES
    if not _USERNAME.match(username):
        return Problem.BAD_USERNAME
    if "@" in username:
        # all2all logins are short names; an address here is the most common mix-up.
        return Problem.LOOKS_LIKE_EMAIL
    return None


def check_password(password: str) -> Problem | None:
    """Refuse what no server accepts; strength is advice, handled elsewhere.

    Spaces are allowed (passphrases), but spaces at either end are reported by the
    strength advice since they are easy to paste by mistake.
    """
    if not password:
        return Problem.EMPTY
    if has_control_characters(password):
        return Problem.CONTROL_CHARACTERS
    if len(password) > MAX_PASSWORD:
        return Problem.TOO_LONG
    return None


def parse_host_port(text: str, default_port: int) -> tuple[str, int] | Problem:
    """Read ``host`` or ``host:port`` as typed for a custom outgoing server."""
    text = text.strip()
    if not text:
        return Problem.EMPTY
    if has_control_characters(text) or any(char.isspace() for char in text):
        return Problem.BAD_HOST
    host, colon, port_text = text.rpartition(":")
    if not colon:
        host, port_text = text, str(default_port)
    if not is_valid_host(host):
        return Problem.BAD_HOST
    if not port_text.isascii() or not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        return Problem.BAD_PORT
    return host, int(port_text)


class AccountField(StrEnum):
    """The fields of an account that a person or a script types."""

    USERNAME = "username"
    EMAIL = "email"
    DISPLAY_NAME = "display_name"
    PASSWORD = "password"  # noqa: S105  the field's name, not a password


ACCOUNT_CHECKS: dict[AccountField, Callable[[str], Problem | None]] = {
    AccountField.USERNAME: check_username,
    AccountField.EMAIL: check_email,
    AccountField.DISPLAY_NAME: check_display_name,
    AccountField.PASSWORD: check_password,
}
# What writing an account into a mail program needs: the password is optional there
# (without it the program asks at its first start); the connection test needs it.
FIELDS_TO_WRITE = (AccountField.DISPLAY_NAME, AccountField.EMAIL, AccountField.USERNAME)
FIELDS_TO_LOG_IN = (AccountField.USERNAME, AccountField.PASSWORD)


def account_problems(
    draft: AccountDraft, fields: Collection[AccountField] = tuple(AccountField)
) -> dict[AccountField, Problem]:
    """The problem of each of ``fields`` in the draft, in the order of :class:`AccountField`."""
    found = {}
    for name, check in ACCOUNT_CHECKS.items():
        if name in fields:
            problem = check(getattr(draft, name.value))
            if problem is not None:
                found[name] = problem
    return found
