"""Logs help support staff and never hold a password."""

from __future__ import annotations

import logging
import os

from wizard.cli import _safe_arguments
from wizard.logging_setup import KEEP_LOG_FILES, SecretFilter, _prune


def test_registered_secret_is_scrubbed_from_every_record():
    secret_filter = SecretFilter()
    secret_filter.add_secret("Crème-brûlée-42")
    record = logging.LogRecord(
        "x",
        logging.INFO,
        __file__,
        1,
        "login with %s and %r",
        ("Crème-brûlée-42", "Crème-brûlée-42"),
        None,
    )
    assert secret_filter.filter(record)
    assert "Crème" not in record.getMessage()
    assert record.getMessage().count("***") == 2


def test_command_line_password_values_are_hidden():
    assert _safe_arguments(
        [
            "probe",
            "--password",
            "s3cret",
            "--password-env=PW",
            "--password-stdin",
            "--username",
            "user0001",
        ]
    ) == [
        "probe",
        "--password",
        "***",
        "--password-env=***",
        "--password-stdin",
        "--username",
        "user0001",
    ]


def test_old_log_files_are_pruned(tmp_path):
    for index in range(KEEP_LOG_FILES + 5):
        path = tmp_path / f"all2all-setup-{index:03d}.log"
        path.write_text("x")
        os.utime(path, (index, index))
    _prune(tmp_path)
    remaining = sorted(path.name for path in tmp_path.glob("*.log"))
    assert len(remaining) == KEEP_LOG_FILES
    assert remaining[0] == "all2all-setup-005.log"
