"""The Qt binding itself must not leak references to None or True.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every C++ call returning
void and to ``True`` on every ``Signal.emit()``; a wizard session makes thousands of
such calls and then the interpreter aborts. pyproject.toml excludes that release; this
test fails if a version with the fault is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 200


class _Emitter(QObject):
    ping = Signal()


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    assert sys.getrefcount(None) - before > -CALLS // 2


def test_signal_emit_keeps_true_alive(qapp):
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.ping.emit()
    assert sys.getrefcount(True) - before > -CALLS // 2
