"""The password in the Secret Service, exactly where Evolution looks for it.

Evolution-Data-Server keeps each source's password as a Secret Service item
(``src/libedataserver/e-secret-store.c``): schema ``org.gnome.Evolution.Data.Source``
(matched with ``SECRET_SCHEMA_DONT_MATCH_NAME``), attributes ``e-source-uid`` = the
source's UID and ``eds-origin`` = ``evolution-data-server``, in the default collection;
it looks passwords up by ``e-source-uid`` alone. The label is the one
``e_source_dup_secret_label`` (``e-source.c``) makes, which EDS's secret monitor would
otherwise rewrite. One item for the incoming account, one for an outgoing server that
logs in.

Only when the user agrees, and only here: without a Secret Service the result says so
(:attr:`KeyringStatus.UNAVAILABLE`) and nothing is stored anywhere else.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from wizard.core.keyring_store import KeyringOutcome, KeyringStatus

log = logging.getLogger(__name__)

SCHEMA = "org.gnome.Evolution.Data.Source"
ATTRIBUTE_UID = "e-source-uid"
ATTRIBUTE_ORIGIN = "eds-origin"
ORIGIN = "evolution-data-server"  # PACKAGE of the distribution builds
SCHEMA_ATTRIBUTE = "xdg:schema"  # what libsecret adds for every schema'd item


@dataclass(frozen=True)
class SecretTarget:
    """One source whose password is stored: its UID and the item label EDS would give."""

    uid: str
    label: str


def secret_label(display_name: str, uid: str, extension: str, backend: str, parent: str) -> str:
    """``e_source_dup_secret_label``: e.g. ``Evolution Data Source "x" (Mail Account - pop) ``.

    The trailing space after the closing parenthesis and the `` of <parent>`` suffix are
    EDS's own; ``display_name`` falls back to the UID when empty, as in EDS.
    """
    name = display_name.strip(" \t\n\v\f\r") or uid
    if extension and backend:
        label = f'Evolution Data Source "{name}" ({extension} - {backend}) '
    elif extension:
        label = f'Evolution Data Source "{name}" ({extension})'
    else:
        label = f'Evolution Data Source "{name}"'
    if parent:
        label += f" of {parent}"
    return label


def item_attributes(uid: str) -> dict[str, str]:
    """Every attribute EDS's ``secret_password_store_sync`` puts on the item."""
    return {SCHEMA_ATTRIBUTE: SCHEMA, ATTRIBUTE_UID: uid, ATTRIBUTE_ORIGIN: ORIGIN}


def store_passwords(
    targets: Sequence[SecretTarget], password: str, connection: Any = None
) -> KeyringOutcome:
    """Store ``password`` for every target, replacing what EDS had for those UIDs.

    ``connection`` is an open jeepney connection (tests point it at a private bus);
    without it the session bus of this user is used and closed again afterwards.
    """
    if not password:
        raise ValueError("refusing to store an empty password")

    def store(connection: Any) -> KeyringOutcome:
        import secretstorage

        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked() and (collection.unlock() or collection.is_locked()):
            return KeyringOutcome(KeyringStatus.LOCKED)
        for target in targets:
            _store_one(connection, collection, target, password)
        log.info("stored the Evolution password for %d source(s)", len(targets))
        return KeyringOutcome(KeyringStatus.STORED)

    return _in_secret_service(connection, "storing the Evolution password", store)


def _store_one(connection: Any, collection: Any, target: SecretTarget, password: str) -> None:
    """Create (or replace) the item, then remove other items EDS would find for the UID."""
    from secretstorage import search_items

    item = collection.create_item(
        target.label, item_attributes(target.uid), password.encode("utf-8"), replace=True
    )
    for other in search_items(connection, {ATTRIBUTE_UID: target.uid}):
        if other.item_path == item.item_path or other.is_locked():
            continue
        if other.get_attributes().get(SCHEMA_ATTRIBUTE, SCHEMA) == SCHEMA:
            other.delete()  # e.g. stored by a Flatpak EDS with another eds-origin


def forget_passwords(uids: Sequence[str], connection: Any = None) -> KeyringOutcome:
    """Delete the items EDS would find for ``uids`` (the account was removed).

    ``REMOVED`` when at least one went, ``NOT_FOUND`` when there was none; like
    :func:`store_passwords`, every failure is a status, never an exception.
    """

    def forget(connection: Any) -> KeyringOutcome:
        import secretstorage

        removed = 0
        for uid in uids:
            for item in secretstorage.search_items(connection, {ATTRIBUTE_UID: uid}):
                if item.get_attributes().get(SCHEMA_ATTRIBUTE, SCHEMA) != SCHEMA:
                    continue  # another program's item that happens to use the attribute
                if item.is_locked() and (item.unlock() or item.is_locked()):
                    return KeyringOutcome(KeyringStatus.LOCKED)
                item.delete()
                removed += 1
        log.info("removed %d Evolution password item(s)", removed)
        return KeyringOutcome(KeyringStatus.REMOVED if removed else KeyringStatus.NOT_FOUND)

    return _in_secret_service(connection, "removing the Evolution password", forget)


def _in_secret_service(
    connection: Any, what: str, work: Callable[[Any], KeyringOutcome]
) -> KeyringOutcome:
    """``work`` on the Secret Service (this user's session bus unless ``connection`` is
    given, closed again afterwards), every failure turned into a status: no service,
    a locked collection or a dismissed prompt, anything else (logged as ``what``)."""
    import secretstorage
    from secretstorage import exceptions

    dbus_error: type[Exception] = importlib.import_module("jeepney.wrappers").DBusErrorResponse
    opened = connection is None
    if connection is None:
        try:
            connection = secretstorage.dbus_init()
        except (exceptions.SecretServiceNotAvailableException, OSError) as error:
            return KeyringOutcome(KeyringStatus.UNAVAILABLE, detail=type(error).__name__)
    try:
        if not secretstorage.check_service_availability(connection):
            return KeyringOutcome(KeyringStatus.UNAVAILABLE, detail="no org.freedesktop.secrets")
        return work(connection)
    except exceptions.SecretServiceNotAvailableException as error:
        return KeyringOutcome(KeyringStatus.UNAVAILABLE, detail=type(error).__name__)
    except (exceptions.LockedException, exceptions.PromptDismissedException) as error:
        return KeyringOutcome(KeyringStatus.LOCKED, detail=type(error).__name__)
    except (exceptions.SecretStorageException, dbus_error, OSError) as error:
        log.warning("%s failed: %s", what, type(error).__name__)
        return KeyringOutcome(KeyringStatus.FAILED, detail=type(error).__name__)
    finally:
        if opened:
            with contextlib.suppress(Exception):
                connection.close()
