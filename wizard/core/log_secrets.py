"""The log filter's list of secrets: the second line of defence for passwords.

Code must not log a password in the first place. Should one reach a log record anyway,
every handler of the run log has this filter, which replaces each registered secret by
``***``. It lives in the core because the core's one commit
(:func:`wizard.core.setup.apply_setup`) is where a password is registered.
"""

from __future__ import annotations

import logging


class SecretFilter(logging.Filter):
    """Replaces registered secrets by ``***`` in every record that passes."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add_secret(self, secret: str) -> None:
        """Never let this value reach a log line (ignored when too short to matter)."""
        if len(secret) >= 3:
            self._secrets.add(secret)

    def filter(self, record: logging.LogRecord) -> bool:
        if self._secrets:
            message = record.getMessage()
            for secret in self._secrets:
                message = message.replace(secret, "***")
            record.msg, record.args = message, None
        return True


SECRETS = SecretFilter()


def protect(secret: str) -> None:
    """Register ``secret`` with the run log's filter (before anything could log it)."""
    SECRETS.add_secret(secret)
