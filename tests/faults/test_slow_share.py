"""A profile on a network share that is slow, or that goes away in the middle.

No FUSE here: the slowness is a writer handed to the real exporter (its documented
seam), which writes the new prefs.js the way safe_files does — to a temporary file
next to it, in 4 KiB pieces 15 ms apart as a slow share delivers them, flushed, then
renamed into place. Everything around it is the real code: the profile check, the
backup, the read-back, the roll-back. Meanwhile another thread reads prefs.js over
and over, as Thunderbird or a backup program could: it must only ever see the old file
or the complete new one. Writing has no time limit (a slow share is not an error):
the window keeps answering because the commit runs on a worker thread.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

from wizard.core.exporters.base import Environment, Status, default_target
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.core.safe_files import TEMP_MARK, list_backups

PIECE = 4096
PAUSE = 0.015


class SlowShare:
    """Writes like a slow network share; ``fail_after`` pieces, the share goes away."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.pieces = 0
        self.fail_after = fail_after

    def __call__(self, path: Path, data: bytes) -> None:
        temp = path.with_name(f".{path.name}{TEMP_MARK}slow-{os.getpid()}")
        with temp.open("wb") as stream:
            for start in range(0, len(data), PIECE):
                if self.fail_after is not None and self.pieces >= self.fail_after:
                    raise OSError(errno.EIO, "the network share went away")
                stream.write(data[start : start + PIECE])
                stream.flush()
                self.pieces += 1
                time.sleep(PAUSE)
            os.fsync(stream.fileno())
        os.replace(temp, path)


class Watcher(threading.Thread):
    """Reads the file over and over until stopped; keeps every distinct content seen."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.seen: set[bytes] = set()
        self.reads = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.seen.add(self.path.read_bytes())
            self.reads += 1


def _big_profile(busy_profile: Path) -> bytes:
    prefs = busy_profile / "prefs.js"
    text = prefs.read_text() + "".join(
        f'user_pref("extensions.something.{index}", "{"x" * 40}");\n' for index in range(1500)
    )
    prefs.write_text(text)
    return prefs.read_bytes()


def test_a_slow_share_never_shows_a_half_written_prefs_js(
    env: Environment, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    old = _big_profile(busy_profile)
    share = SlowShare()
    exporter = ThunderbirdExporter(env, writer=share, in_use=lambda _path: False)
    target = default_target(exporter.detect())
    assert target is not None
    plan = exporter.plan(target, draft, provider)
    watcher = Watcher(busy_profile / "prefs.js")
    watcher.start()
    try:
        report = exporter.apply(plan)
    finally:
        watcher.stop.set()
        watcher.join()
    new = (busy_profile / "prefs.js").read_bytes()
    assert report.status is Status.DONE, report
    assert share.pieces >= len(new) // PIECE  # it was slow: one pause per piece
    assert watcher.reads > share.pieces  # and looked at throughout
    assert watcher.seen <= {old, new}
    (backup,) = list_backups(busy_profile / "prefs.js")
    assert backup.read_bytes() == old


def test_a_share_that_goes_away_half_way_leaves_the_old_prefs_js(
    env: Environment, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    old = _big_profile(busy_profile)
    share = SlowShare(fail_after=5)
    exporter = ThunderbirdExporter(env, writer=share, in_use=lambda _path: False)
    target = default_target(exporter.detect())
    assert target is not None
    report = exporter.apply(exporter.plan(target, draft, provider))
    assert (report.status, report.code) == (Status.FAILED, "write_failed")
    assert (busy_profile / "prefs.js").read_bytes() == old
    (backup,) = list_backups(busy_profile / "prefs.js")
    assert backup.read_bytes() == old  # complete, for whoever wants to check
    # The temporary file of the failed write is removed by the next run.
    ThunderbirdExporter(env, in_use=lambda _path: False).apply(
        exporter.plan(target, draft, provider)
    )
    assert not list(busy_profile.glob(f"*{TEMP_MARK}*"))
