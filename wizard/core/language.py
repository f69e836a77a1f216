"""The languages the wizard speaks (kept apart from the model, which needs dataclasses).

The code that runs before the first window paints only needs this enum; importing the
whole model there would pull in ``dataclasses`` and ``inspect`` before the user sees
anything.
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """Languages the wizard speaks."""

    DUTCH = "nl"
    FRENCH = "fr"
    ENGLISH = "en"
    GERMAN = "de"  # the German-speaking Community of Belgium (Eupen, Sankt Vith)
