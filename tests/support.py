"""Helpers shared by the tests: finding the real programs the suite depends on.

Locally a missing program (Dovecot, gnome-keyring, Xvfb, Thunderbird) skips the test
with the reason; in CI (``CI=true``) the test command has installed it, so its absence
is a failure, never a silent skip.
"""

from __future__ import annotations

import os
import shutil
import socket

import pytest

from wizard.core.probe.net import Address


def in_ci() -> bool:
    """True when running under continuous integration."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_program(name: str, package: str) -> str:
    """Path of ``name``; skip (locally) or fail (CI) when the Debian ``package`` is missing."""
    path = shutil.which(name) or next(
        (
            candidate
            for candidate in (
                f"/usr/sbin/{name}",
                f"/usr/bin/{name}",
                f"/usr/lib/dovecot/{name}",
                f"/usr/libexec/{name}",  # at-spi-bus-launcher
            )
            if os.access(candidate, os.X_OK)
        ),
        None,
    )
    if path:
        return path
    message = f"{name} not found: install the Debian package {package} (python3 dev.py test does)"
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def no_dns(host: str, port: int) -> list[Address]:
    """A resolver for windows in tests: no name resolves, so nothing reaches the internet
    (the outgoing page's relay search then finds that none answers)."""
    raise socket.gaierror(socket.EAI_NONAME, f"{host}: not resolved in the tests")
