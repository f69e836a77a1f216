"""A real process holding a Thunderbird profile's locks, as a running Thunderbird does.

Thunderbird holds an fcntl lock on ``.parentlock`` and points the ``lock`` symlink at
``127.0.0.1:+<pid>``. Tests (and the export screenshots) start this helper instead of a
mock, so the exporter's real lock check is what they exercise.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import TracebackType

_HOLD_LOCK = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
fcntl.lockf(fd, fcntl.LOCK_EX)
os.symlink("127.0.0.1:+%d" % os.getpid(), sys.argv[2])
print("locked", flush=True)
time.sleep(float(sys.argv[3]))
"""


class LockHolder:
    """Holds ``profile``'s locks from construction until :meth:`release` or a with-block ends."""

    def __init__(self, profile: Path, seconds: float = 600) -> None:
        self.profile = profile
        self.child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _HOLD_LOCK,
                str(profile / ".parentlock"),
                str(profile / "lock"),
                str(seconds),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.child.stdout is not None
        if self.child.stdout.readline().strip() != "locked":
            self.release()
            raise RuntimeError(f"could not hold the locks of {profile}")

    def release(self, remove_symlink: bool = True) -> None:
        """Thunderbird quits: the process ends and the kernel drops its fcntl lock.

        ``remove_symlink=False`` leaves the ``lock`` symlink behind, naming a dead pid, as
        after a crash.
        """
        if self.child.poll() is None:
            self.child.kill()
        self.child.wait()
        if self.child.stdout is not None:
            self.child.stdout.close()
        if remove_symlink:
            (self.profile / "lock").unlink(missing_ok=True)

    def __enter__(self) -> LockHolder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()
