"""The Tab order as a person reads the page: top to bottom, left to right.

Qt chains the focus in the order widgets were made; a page that makes some of its
widgets later (result lines, table rows) restores the reading order with
:func:`chain_focus`, listing its controls as they appear.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtWidgets import QWidget


def chain_focus(widgets: Iterable[QWidget | None]) -> None:
    """Tab goes from each widget to the next one in ``widgets`` (``None``s skipped)."""
    present = [widget for widget in widgets if widget is not None]
    for first, second in pairwise(present):
        QWidget.setTabOrder(first, second)
