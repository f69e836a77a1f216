"""The log filter's list of secrets: the second line of defence for passwords.

Code must not log a password in the first place. Should one reach a log record anyway,
every handler of the run log has this filter, which replaces each registered secret by
``***`` — in the message, its arguments, a traceback and a stack — also in the forms a
traceback prints it in (escaped, or as UTF-8 bytes). It lives in the core because the
core's one commit (:func:`wizard.core.setup.apply_setup`) is where a password is
registered.
"""

from __future__ import annotations

import json
import logging

MASK = "***"
_FORMATTER = logging.Formatter()


def _forms(secret: str) -> set[str]:
    """The secret as typed and as Python or JSON would print it inside a longer text."""
    forms = {
        secret,
        repr(secret)[1:-1],  # quotes, backslashes and control characters escaped
        secret.encode("unicode_escape").decode("ascii"),  # non-ASCII as \xe8 / \u2019
        repr(secret.encode("utf-8"))[2:-1],  # bytes: b'Cr\xc3\xa8me'
        json.dumps(secret)[1:-1],  # \u00e8
    }
    return {form for form in forms if form}


class SecretFilter(logging.Filter):
    """Replaces registered secrets by ``***`` in every record that passes."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add_secret(self, secret: str) -> None:
        """Never let this value reach a log line (ignored when too short to matter)."""
        if len(secret) >= 3:
            self._secrets |= _forms(secret)

    def clean(self, text: str) -> str:
        """``text`` with every form of every secret masked (longest first)."""
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        record.msg, record.args = self.clean(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            # The text stands for the exception from now on: no formatter renders the
            # traceback again from the exception itself.
            record.exc_text, record.exc_info = self.clean(record.exc_text), None
        if record.stack_info:
            record.stack_info = self.clean(record.stack_info)
        return True


SECRETS = SecretFilter()


def protect(secret: str) -> None:
    """Register ``secret`` with the run log's filter (before anything could log it)."""
    SECRETS.add_secret(secret)
