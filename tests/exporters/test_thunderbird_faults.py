"""Faults: Thunderbird running, read-only or full disk, damaged prefs.js, crashes.

In every case the user's prefs.js must be exactly what it was before.

We run as root in CI, and root ignores ``chmod``; so "read-only" is a real read-only
tmpfs and "disk full" a real 64 KiB tmpfs, both mounted for the test (root may mount).
Where mounting is not allowed (a normal user locally) those two tests skip; the same
code paths are also covered with an injected writer raising EROFS/ENOSPC.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.exporters.lock_holder import LockHolder
from wizard.core.exporters.base import (
    ClientReport,
    Environment,
    ExportError,
    ExportErrorCode,
    NoteCode,
    Status,
    default_target,
)
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.core.safe_files import TEMP_MARK, list_backups


def _snapshot(profile: Path) -> tuple[bytes, int]:
    prefs = profile / "prefs.js"
    return prefs.read_bytes(), prefs.stat().st_mtime_ns


def _plan_and_apply(
    exporter: ThunderbirdExporter, draft: AccountDraft, provider: Provider
) -> ClientReport:
    target = default_target(exporter.detect())
    assert target is not None
    return exporter.apply(exporter.plan(target, draft, provider))


def test_running_thunderbird_is_refused(
    env: Environment, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    exporter = ThunderbirdExporter(env)  # the real lock check
    before = _snapshot(busy_profile)
    holder = LockHolder(busy_profile)
    try:
        target = default_target(exporter.detect())
        assert target is not None
        assert exporter.is_running(target)
        plan = exporter.plan(target, draft, provider)
        assert NoteCode.CLIENT_RUNNING in plan.notes  # a dry run can say so in advance
        report = exporter.apply(plan)
    finally:
        holder.release(remove_symlink=False)  # a stale symlink, as after a crash
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, "client_running")
    assert _snapshot(busy_profile) == before
    assert list_backups(busy_profile / "prefs.js") == []
    (busy_profile / "lock").unlink()
    assert _plan_and_apply(exporter, draft, provider).status is Status.DONE  # closed: works


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (EXISTING_PREFS.encode()[:1500], "truncated"),
        (EXISTING_PREFS.encode()[:3000] + b"\x00" * 4096, "nul"),
        (b"\x1f\x8b\x08\x00 compressed garbage", "garbage"),
    ],
)
def test_damaged_prefs_are_refused_and_untouched(
    exporter: ThunderbirdExporter,
    home: Path,
    draft: AccountDraft,
    provider: Provider,
    data: bytes,
    reason: str,
) -> None:
    profile = make_root(home / ".thunderbird", None)
    (profile / "prefs.js").write_bytes(data)
    before = _snapshot(profile)
    target = default_target(exporter.detect())
    assert target is not None
    with pytest.raises(ExportError) as caught:
        exporter.plan(target, draft, provider)
    assert caught.value.code is ExportErrorCode.PREFS_CORRUPT, reason
    assert _snapshot(profile) == before
    assert sorted(p.name for p in profile.iterdir()) == ["prefs.js"]


def test_crash_between_backup_and_replace_keeps_original(
    env: Environment, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    def crashing_writer(path: Path, data: bytes) -> None:
        (path.parent / f".prefs.js{TEMP_MARK}half").write_bytes(data[:100])
        raise OSError(errno.EIO, "simulated crash before os.replace")

    exporter = ThunderbirdExporter(env, writer=crashing_writer, in_use=lambda _: False)
    before = _snapshot(busy_profile)
    report = _plan_and_apply(exporter, draft, provider)
    assert (report.status, report.code) == (Status.FAILED, "write_failed")
    assert _snapshot(busy_profile) == before
    (backup,) = list_backups(busy_profile / "prefs.js")
    assert backup.read_bytes() == before[0]
    ok = ThunderbirdExporter(env, in_use=lambda _: False)
    assert _plan_and_apply(ok, draft, provider).status is Status.DONE
    assert not list(busy_profile.glob(f"*{TEMP_MARK}*"))  # the next run cleans up


def test_changed_between_plan_and_apply(
    exporter: ThunderbirdExporter, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    target = default_target(exporter.detect())
    assert target is not None
    plan = exporter.plan(target, draft, provider)
    with (busy_profile / "prefs.js").open("ab") as stream:
        stream.write(b'user_pref("written.by.thunderbird", 1);\n')
    report = exporter.apply(plan)
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, "profile_changed")
    assert b"written.by.thunderbird" in (busy_profile / "prefs.js").read_bytes()


@pytest.mark.parametrize(
    ("error", "code"), [(errno.EROFS, "profile_read_only"), (errno.ENOSPC, "disk_full")]
)
def test_injected_write_errors(
    env: Environment,
    busy_profile: Path,
    draft: AccountDraft,
    provider: Provider,
    error: int,
    code: str,
) -> None:
    def failing(path: Path, data: bytes) -> None:
        raise OSError(error, os.strerror(error))

    before = _snapshot(busy_profile)
    exporter = ThunderbirdExporter(env, writer=failing, in_use=lambda _: False)
    assert _plan_and_apply(exporter, draft, provider).code == code
    assert _snapshot(busy_profile) == before


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs mounted for this test (needs root), unmounted afterwards."""
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_read_only_file_system(tmpfs: Path, draft: AccountDraft, provider: Provider) -> None:
    profile = make_root(tmpfs / ".thunderbird", EXISTING_PREFS)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    exporter = ThunderbirdExporter(Environment(tmpfs, platform="linux"), in_use=lambda _: False)
    before = _snapshot(profile)
    target = default_target(exporter.detect())
    assert target is not None
    plan = exporter.plan(target, draft, provider)
    assert NoteCode.PROFILE_READ_ONLY in plan.notes
    report = exporter.apply(plan)
    assert (report.status, report.code) == (Status.FAILED, "profile_read_only")
    assert _snapshot(profile) == before


def test_disk_full(tmpfs: Path, draft: AccountDraft, provider: Provider) -> None:
    profile = make_root(tmpfs / ".thunderbird", EXISTING_PREFS)
    filler = tmpfs / "filler"
    # leave room for the backup, not for the new file
    with filler.open("wb") as stream, contextlib.suppress(OSError):
        stream.write(b"\0" * (64 * 1024 - 2 * len(EXISTING_PREFS) - 4096))
    exporter = ThunderbirdExporter(Environment(tmpfs, platform="linux"), in_use=lambda _: False)
    before = _snapshot(profile)
    report = _plan_and_apply(exporter, draft, provider)
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, "disk_full")
    assert _snapshot(profile) == before
    assert not list(profile.glob(f"*{TEMP_MARK}*"))
