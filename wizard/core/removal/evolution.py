"""Taking an all2all account out of Evolution: its three ``.source`` files go.

The account source, its identity (unless another account uses it) and the identity's
outgoing server (unless another identity sends through it). Evolution's registry
watches the folder and drops the sources whose files are gone; the mail Evolution
downloaded stays in its cache folders, as when Evolution removes an account itself.
With the passwords: the Secret Service items of the account and of the outgoing server
removed (:func:`~wizard.core.exporters.evolution.secret.forget_passwords`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.exporters.evolution.exporter import IDENTITY, MAIL_ACCOUNT, SUBMISSION
from wizard.core.exporters.evolution.sources import Source


@dataclass
class RemovedSources:
    """The files that go, and the UIDs whose passwords EDS keeps in the Secret Service."""

    files: list[Path] = field(default_factory=list)
    outgoing: list[str] = field(default_factory=list)
    outgoing_kept: list[str] = field(default_factory=list)
    secret_uids: list[str] = field(default_factory=list)


def removal_files(sources: dict[str, Source], account_uids: list[str]) -> RemovedSources:
    """What removing ``account_uids`` takes away (nothing is deleted here)."""
    removed = RemovedSources()
    remaining = [s for uid, s in sources.items() if uid not in account_uids]
    used_identities = {s.keys.get(MAIL_ACCOUNT, "IdentityUid") for s in remaining}
    for uid in account_uids:
        account = sources[uid]
        removed.files.append(account.path)
        removed.secret_uids.append(uid)
        identity = sources.get(account.keys.get(MAIL_ACCOUNT, "IdentityUid") or "")
        if identity is None or not identity.keys.has_group(IDENTITY):
            continue
        if identity.uid in used_identities:
            continue
        removed.files.append(identity.path)
        transport_uid = identity.keys.get(SUBMISSION, "TransportUid") or ""
        transport = sources.get(transport_uid)
        if transport is None:
            continue
        shared = any(
            s.keys.get(SUBMISSION, "TransportUid") == transport_uid
            for s in remaining
            if s.uid != identity.uid and s.keys.has_group(IDENTITY)
        )
        if shared:
            removed.outgoing_kept.append(transport_uid)
            continue
        removed.files.append(transport.path)
        removed.outgoing.append(transport_uid)
        removed.secret_uids.append(transport_uid)
    return removed
