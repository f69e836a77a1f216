"""Suite-wide set-up: offscreen Qt, an isolated log folder.

The compiled translations are not rebuilt here: they are committed (wizard/i18n/), and
tests/i18n/test_compiled_catalogues.py fails when one no longer matches its .ts.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.mailserver.dovecot", "tests.keyring_service.fixture"]


@pytest.fixture(autouse=True)
def _private_log_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test's log files out of the developer's real log folder."""
    monkeypatch.setenv("ALL2ALL_SETUP_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
