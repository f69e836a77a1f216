"""A bare PySide6 QWizard with as many pages as the wizard: the yardstick for bundle size.

Frozen by ``packaging/bare_qwizard.spec`` with the same exclusions as the wizard, it
shows what Qt and Python alone cost; ``benchmarks/bundle.py`` compares the two bundles
(size, and start-up with ``--exit-after-first-paint``, which prints
``first-paint <unix time>`` like the wizard does).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

PAGES = 7  # len(wizard.gui.setup_wizard.BUILT_IN_PAGES); not imported, to stay bare


class _FirstPaint(QObject):
    """Print the wall clock at the window's first paint, then quit."""

    def __init__(self, window: QWizard) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and watched is self._window:
            self._window.removeEventFilter(self)
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    """Show the bare wizard (or paint it once and quit, for the benchmark)."""
    app = QApplication(sys.argv[:1])
    window = QWizard()
    for number in range(PAGES):
        page = QWizardPage()
        page.setTitle(f"Page {number}")
        page.setSubTitle("Subtitle")
        QVBoxLayout(page).addWidget(QLabel("Some text"))
        window.addPage(page)
    if "--exit-after-first-paint" in sys.argv[1:]:
        window.installEventFilter(_FirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
