"""What the process does about itself before it may hold a password.

A core dump is a copy of the process's memory, password included, written to disk
where other tools (crash reporters, backups) pick it up. So, first thing at start:

- ``RLIMIT_CORE`` 0 on every POSIX system: the kernel writes no core file. (A crash
  handler the kernel pipes cores to, such as systemd-coredump or apport, reads this
  limit and keeps nothing.)
- On Linux also ``prctl(PR_SET_DUMPABLE, 0)``, as ssh-agent and gpg-agent do: no core
  at all whatever the handler, and no other process of the same user may read this
  one's memory (ptrace, /proc/PID/mem). It is reset when a program is started from
  here, so the mail programs the wizard starts are not affected.

Windows keeps no dump of a crashing desktop program unless an administrator turned on
"LocalDumps" for it; nothing to switch off from here. Nothing here may stop the
program: every step is best effort and logged later by whoever asks.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4


def harden_process() -> list[str]:
    """Switch core dumps off for this process; returns what could not be done."""
    problems: list[str] = []
    try:
        import resource
    except ImportError:  # Windows
        return problems
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError) as error:
        problems.append(f"RLIMIT_CORE: {error}")
    if sys.platform.startswith("linux"):
        problems += _not_dumpable()
    return problems


def _not_dumpable() -> list[str]:
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
            return []
        return [f"PR_SET_DUMPABLE: errno {ctypes.get_errno()}"]
    return ["PR_SET_DUMPABLE: prctl not found"]
