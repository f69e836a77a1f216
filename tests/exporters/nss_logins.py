"""Test plumbing: store a password in a Thunderbird profile the way Thunderbird does.

Only the real-Thunderbird test uses this, so that Thunderbird logs in instead of
waiting at a password prompt; the wizard itself never writes a password to a file.
Entries are encrypted with the profile's NSS key (``PK11SDR_Encrypt`` in libnss3),
in ``logins.json`` with origins ``imap://host``, ``mailbox://host`` (POP3) and
``smtp://host``. Run as a separate process (``python -m tests.exporters.nss_logins``)
so NSS's global state never lives inside the pytest process.
"""

from __future__ import annotations

import base64
import ctypes
import ctypes.util
import json
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path


class _SecItem(ctypes.Structure):
    _fields_ = [("type", ctypes.c_uint), ("data", ctypes.c_void_p), ("len", ctypes.c_uint)]


def _encryptor(profile: Path) -> tuple[ctypes.CDLL, int, Callable[[str], str]]:
    nss = ctypes.CDLL(ctypes.util.find_library("nss3") or "libnss3.so")
    nss.PK11_GetInternalKeySlot.restype = ctypes.c_void_p
    nss.PK11_Authenticate.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    if nss.NSS_InitReadWrite(f"sql:{profile}".encode()) != 0:
        raise RuntimeError("NSS_InitReadWrite failed")
    slot = nss.PK11_GetInternalKeySlot()
    if nss.PK11_Authenticate(slot, 1, None) != 0:
        raise RuntimeError("PK11_Authenticate failed (profile has a primary password?)")

    def encrypt(text: str) -> str:
        raw = text.encode("utf-8")
        buffer = ctypes.create_string_buffer(raw, len(raw))
        data = _SecItem(0, ctypes.cast(buffer, ctypes.c_void_p), len(raw))
        keyid = _SecItem(0, None, 0)
        out = _SecItem(0, None, 0)
        if nss.PK11SDR_Encrypt(ctypes.byref(keyid), ctypes.byref(data), ctypes.byref(out), None):
            raise RuntimeError("PK11SDR_Encrypt failed")
        result = ctypes.string_at(out.data, out.len)
        nss.SECITEM_ZfreeItem(ctypes.byref(out), 0)
        return base64.b64encode(result).decode("ascii")

    return nss, slot, encrypt


def store_logins(profile: Path, entries: list[tuple[str, str, str]]) -> None:
    """Write ``logins.json`` with (origin, username, password) entries."""
    nss, slot, encrypt = _encryptor(profile)
    now = int(time.time() * 1000)
    logins = [
        {
            "id": index,
            "hostname": origin,
            "httpRealm": origin,
            "formSubmitURL": None,
            "usernameField": "",
            "passwordField": "",
            "encryptedUsername": encrypt(username),
            "encryptedPassword": encrypt(password),
            "guid": "{" + str(uuid.uuid4()) + "}",
            "encType": 1,
            "timeCreated": now,
            "timeLastUsed": now,
            "timePasswordChanged": now,
            "timesUsed": 1,
        }
        for index, (origin, username, password) in enumerate(entries, start=1)
    ]
    nss.PK11_FreeSlot(ctypes.c_void_p(slot))
    nss.NSS_Shutdown()
    store = {
        "nextId": len(logins) + 1,
        "logins": logins,
        "potentiallyVulnerablePasswords": [],
        "dismissedBreachAlertsByLoginGUID": {},
        "version": 3,
    }
    (profile / "logins.json").write_text(json.dumps(store), encoding="utf-8")


if __name__ == "__main__":
    # profile, then origin username password triples; the password comes from stdin lines
    profile_dir = Path(sys.argv[1])
    secrets = sys.stdin.read().splitlines()
    pairs = sys.argv[2:]
    store_logins(
        profile_dir,
        [(pairs[i], pairs[i + 1], secrets[i // 2]) for i in range(0, len(pairs), 2)],
    )
