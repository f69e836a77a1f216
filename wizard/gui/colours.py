"""Colours taken from the desktop's palette, never hard-coded, always readable.

A state colour (error, warning, success, progress) starts from a hue that says what it
means and is then made darker on a light background or lighter on a dark one until its
contrast with the background reaches WCAG's 4.5:1 for text. Muted text (hints, times)
is the palette's own text colour moved towards the background, but only as far as that
contrast allows. So the wizard reads the same on Qt's default palette, on a dark
desktop and on a high-contrast theme, and colour is never the only signal: every state
also has a symbol and a word.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette

MIN_TEXT_CONTRAST = 4.5  # WCAG 2.x, 1.4.3: normal text
MIN_GRAPHIC_CONTRAST = 3.0  # WCAG 2.x, 1.4.11: bars, icons, borders


class Tone(Enum):
    """What a colour means; the value is its hue on a light background."""

    ERROR = "#b00020"
    WARNING = "#8a5300"
    SUCCESS = "#1a7f37"
    PROGRESS = "#0b5cad"


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an sRGB colour (0 black ... 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 ... 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def background(palette: QPalette) -> QColor:
    """The colour text is drawn on in a page (the window's background)."""
    return palette.color(QPalette.ColorRole.Window)


def is_dark(palette: QPalette) -> bool:
    """Whether the desktop uses light text on a dark background."""
    return relative_luminance(background(palette)) < 0.5


def readable(colour: QColor, on: QColor, minimum: float = MIN_TEXT_CONTRAST) -> QColor:
    """``colour`` with its lightness moved (towards black on a light background, white
    on a dark one) just far enough to reach ``minimum`` contrast with ``on``."""
    dark_background = relative_luminance(on) < 0.5
    hue = max(colour.hslHueF(), 0.0)  # -1 for greys
    saturation, lightness, alpha = colour.hslSaturationF(), colour.lightnessF(), colour.alphaF()
    step = 0.01 if dark_background else -0.01
    candidate = QColor(colour)
    while contrast(candidate, on) < minimum and 0.0 <= lightness <= 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        candidate = QColor.fromHslF(hue, saturation, lightness, alpha)
        if lightness in (0.0, 1.0):
            break
    return candidate


def tone(palette: QPalette, meaning: Tone, minimum: float = MIN_TEXT_CONTRAST) -> QColor:
    """The colour for ``meaning`` on this palette's background, readable as text."""
    base = QColor(meaning.value)
    if is_dark(palette):  # start from a light tint of the same hue on a dark desktop
        base = QColor.fromHslF(max(base.hslHueF(), 0.0), base.hslSaturationF(), 0.72)
    return readable(base, background(palette), minimum)


def muted(palette: QPalette) -> QColor:
    """Quieter text (hints, times, addresses) that still reads at 4.5:1."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = background(palette)
    mixed = QColor.fromRgbF(
        text.redF() * 0.7 + back.redF() * 0.3,
        text.greenF() * 0.7 + back.greenF() * 0.3,
        text.blueF() * 0.7 + back.blueF() * 0.3,
    )
    return readable(mixed, back)


def style_colour(colour: QColor) -> str:
    """``colour`` for a style sheet."""
    return colour.name(QColor.NameFormat.HexRgb)
