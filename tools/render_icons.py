"""Render the SVG icon to the PNG sizes the program and installers use.

The running wizard loads PNGs, not the SVG: reading SVG needs Qt's SVG module and icon
plugin, which would cost start-up time and memory before the first page is painted.

    python tools/render_icons.py
"""

from __future__ import annotations

import os
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "wizard" / "resources" / "icons"
SIZES = (32, 48, 64, 128, 256)


def main() -> None:
    """Write all2all-setup-<size>.png next to the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    icon = QIcon(str(ICONS / "all2all-setup.svg"))
    for size in SIZES:
        icon.pixmap(size, size).save(str(ICONS / f"all2all-setup-{size}.png"))
    del app


if __name__ == "__main__":
    main()
