"""The all2all password in the operating system's keyring, and nowhere else.

This is the only module that touches ``keyring``. It is imported lazily (importing it and
finding a backend costs 100-200 ms), so nothing here runs before the user commits.

Entry naming (documented, so IT staff can find or remove it by hand):

- service ``all2all-setup:<incoming host>`` — e.g. ``all2all-setup:maximusconfessor.all2all.org``;
  the host is part of the name so that a preset pointing the wizard at another server
  never reads or overwrites the real account's password;
- user name: the all2all login exactly as typed (``user0001``), which is what the server
  authenticates, not the e-mail address.

Every failure comes back as a :class:`KeyringStatus`, never as an exception: a computer
without a keyring (keyring's ``fail`` backend, no Secret Service on the bus, a locked
collection, a dead D-Bus connection) is normal, and the wizard then simply does not offer
to remember the password. There is deliberately no fallback: backends that keep secrets in
a plain or weakly protected file (``keyrings.alt``) count as no keyring at all.

Calls can block (an unlock prompt, a slow bus): the GUI runs them in a worker thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wizard.core.provider import Provider

log = logging.getLogger(__name__)

SERVICE_PREFIX = "all2all-setup:"
# Backends that only pretend to be a keyring, or write secrets into a file of their own.
_UNTRUSTED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeyringStatus(StrEnum):
    """What happened; the GUI and CLI turn these into messages."""

    STORED = "stored"  # the password is saved (a previous one for the entry replaced)
    FOUND = "found"  # a saved password was found (in KeyringOutcome.password)
    NOT_FOUND = "not_found"  # the keyring works but has no password for this entry
    REMOVED = "removed"  # the saved password was deleted
    UNAVAILABLE = "unavailable"  # no usable keyring on this computer (or it went away)
    LOCKED = "locked"  # the keyring exists but stayed locked (the user dismissed the prompt)
    FAILED = "failed"  # the keyring answered with an error


@dataclass(frozen=True)
class KeyringEntry:
    """Where one account's password lives in the keyring."""

    service: str
    username: str

    @classmethod
    def for_account(cls, provider: Provider, username: str) -> KeyringEntry:
        """The entry of ``username`` on the provider's incoming server."""
        return cls(f"{SERVICE_PREFIX}{provider.incoming_host}", username)


@dataclass(frozen=True)
class KeyringOutcome:
    """A status, the password for :attr:`KeyringStatus.FOUND`, and a detail for the log.

    ``detail`` is the exception type (and its message when it cannot contain the
    password); it is meant for the log file, never for the user.
    """

    status: KeyringStatus
    password: str | None = field(default=None, repr=False)
    detail: str = ""

    @property
    def ok(self) -> bool:
        """Whether the keyring did what was asked (found nothing also counts as working)."""
        return self.status in {
            KeyringStatus.STORED,
            KeyringStatus.FOUND,
            KeyringStatus.NOT_FOUND,
            KeyringStatus.REMOVED,
        }


class KeyringStore:
    """Store, find and remove the account password in a keyring backend.

    ``backend`` is any ``keyring`` backend object; tests pass one explicitly (keyring
    caches its own choice for the whole process). Without it the backend keyring would
    use for this user is looked up at the first call, not at construction.
    """

    def __init__(self, backend: Any = None) -> None:
        self._backend = backend

    def store(self, entry: KeyringEntry, password: str) -> KeyringOutcome:
        """Save ``password`` for ``entry``, replacing a previous one."""
        if not password:
            raise ValueError("refusing to store an empty password")

        def operation(backend: Any) -> KeyringOutcome:
            backend.set_password(entry.service, entry.username, password)
            return KeyringOutcome(KeyringStatus.STORED)

        return self._run("store", operation, secret=password)

    def find(self, entry: KeyringEntry) -> KeyringOutcome:
        """The saved password of ``entry``, to offer its reuse."""

        def operation(backend: Any) -> KeyringOutcome:
            password = backend.get_password(entry.service, entry.username)
            if password is None:
                return KeyringOutcome(KeyringStatus.NOT_FOUND)
            return KeyringOutcome(KeyringStatus.FOUND, password=password)

        return self._run("find", operation)

    def remove(self, entry: KeyringEntry) -> KeyringOutcome:
        """Delete the saved password of ``entry``; ``NOT_FOUND`` if there was none."""

        def operation(backend: Any) -> KeyringOutcome:
            from keyring.errors import PasswordDeleteError

            try:
                backend.delete_password(entry.service, entry.username)
            except PasswordDeleteError as error:
                # Backends raise this both for "no such entry" and for real failures.
                if backend.get_password(entry.service, entry.username) is None:
                    return KeyringOutcome(KeyringStatus.NOT_FOUND)
                return KeyringOutcome(KeyringStatus.FAILED, detail=_describe(error))
            return KeyringOutcome(KeyringStatus.REMOVED)

        return self._run("remove", operation)

    def available(self) -> bool:
        """Whether a trustworthy backend is configured (without asking it anything)."""
        backend = self._resolve()
        return backend is not None

    def _resolve(self) -> Any:
        """The backend to use, or None when there is only a fake or a plaintext one."""
        if self._backend is None:
            try:
                import keyring

                self._backend = keyring.get_keyring()
            except Exception as error:  # a broken keyring configuration file, a bad plugin
                log.warning("no keyring backend: %s", _describe(error))
                return None
        return self._backend if _trusted(self._backend) else None

    def _run(self, name: str, operation: Any, secret: str = "") -> KeyringOutcome:
        backend = self._resolve()
        if backend is None:
            log.info("keyring %s: no usable keyring backend", name)
            return KeyringOutcome(KeyringStatus.UNAVAILABLE, detail="no usable backend")
        try:
            outcome: KeyringOutcome = operation(backend)
        except Exception as error:
            outcome = KeyringOutcome(_status_of(error), detail=_describe(error, secret))
            log.warning("keyring %s failed (%s): %s", name, outcome.status, outcome.detail)
            return outcome
        log.info("keyring %s: %s (%s)", name, outcome.status, _backend_name(backend))
        return outcome


def _trusted(backend: Any) -> bool:
    """Not keyring's fail/null backend, not a file-based one; chains judged by their links."""
    links = getattr(backend, "backends", None)
    if isinstance(links, list | tuple):
        return any(_trusted(link) for link in links)
    module = type(backend).__module__
    return not any(module == name or module.startswith(f"{name}.") for name in _UNTRUSTED_MODULES)


def _status_of(error: Exception) -> KeyringStatus:
    """Map keyring's exceptions; anything else came from the transport (D-Bus, socket)."""
    from keyring.errors import InitError, KeyringError, KeyringLocked, NoKeyringError

    if isinstance(error, KeyringLocked):
        return KeyringStatus.LOCKED
    if isinstance(error, NoKeyringError | InitError):
        return KeyringStatus.UNAVAILABLE
    if isinstance(error, KeyringError):
        return KeyringStatus.FAILED
    # secretstorage's SecretServiceNotAvailableException, jeepney's D-Bus errors, OSError
    # for a vanished bus socket: the keyring is not reachable.
    return KeyringStatus.UNAVAILABLE


def _describe(error: BaseException, secret: str = "") -> str:
    """Exception type and message for the log, with the message dropped if it holds the secret."""
    message = str(error)
    if secret and secret in message:
        message = "(message withheld)"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _backend_name(backend: Any) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"
