"""Suite-wide set-up: offscreen Qt, an isolated log folder, compiled translations."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["tests.mailserver.dovecot", "tests.keyring_service.fixture"]


def pytest_configure(config: pytest.Config) -> None:
    """Compile the .qm catalogues when a .ts is newer (running pytest without dev.py)."""
    del config
    i18n = ROOT / "i18n"
    stale = [
        ts
        for ts in i18n.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / "translations.py"), "compile"],
            check=True,
            stdout=subprocess.DEVNULL,
        )


@pytest.fixture(autouse=True)
def _private_log_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test's log files out of the developer's real log folder."""
    monkeypatch.setenv("ALL2ALL_SETUP_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
