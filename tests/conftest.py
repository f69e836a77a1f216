"""Suite-wide set-up: offscreen Qt, an isolated HOME, and the real-server fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins: list[str] = []
