"""Shared by the fault tests: real profiles in temporary homes, the real program run
in a separate process as IT staff would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.exporters.conftest import (  # noqa: F401  fixtures shared with the exporter tests
    busy_profile,
    draft,
    env,
    fresh_profile,
    home,
    provider,
)

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = ["--username", "user0001", "--email", "user0001@all2all.org", "--name", "Marie"]


def run_program(
    user_home: Path, *args: str, stdin: str | None = None, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m wizard ARGS`` with ``user_home`` as the user's home folder."""
    environ = {key: value for key, value in os.environ.items() if key != "APPDATA"}
    environ["HOME"] = str(user_home)
    environ.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        cwd=ROOT,
        env=environ,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,  # generous: CI machines run other suites at the same time
        check=False,
    )
