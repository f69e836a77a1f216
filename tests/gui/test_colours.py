"""Colours come from the desktop's palette and stay readable on light and dark themes.

Every coloured text reaches WCAG's 4.5:1 against the page's background, every coloured
graphic (the meter's steps, their outline) 3:1, on Qt's default light palette and on a
dark one; and no widget hard-codes a colour (the only literals are the hues of
``wizard/gui/colours.py`` and the meter's scale, which are adapted to the palette).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from wizard.core.probe.results import Server, Step
from wizard.gui.colours import (
    MIN_GRAPHIC_CONTRAST,
    MIN_TEXT_CONTRAST,
    Tone,
    background,
    contrast,
    muted,
    tone,
)
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.gui.widgets.status_line import StatusLine
from wizard.gui.widgets.step_row import STATE_TONES, StepRow
from wizard.gui.widgets.strength_meter import STEPS, empty_border, step_colour
from wizard.texts.probe import RowState

ROOT = Path(__file__).resolve().parents[2]


def dark_palette() -> QPalette:
    """A dark desktop as KDE's Breeze Dark or GNOME's Adwaita-dark paint it."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2a2e32",
        QPalette.ColorRole.WindowText: "#fcfcfc",
        QPalette.ColorRole.Base: "#1b1e20",
        QPalette.ColorRole.Text: "#fcfcfc",
        QPalette.ColorRole.Button: "#31363b",
        QPalette.ColorRole.ButtonText: "#fcfcfc",
        QPalette.ColorRole.Mid: "#3b4045",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    return palette


def light_palette() -> QPalette:
    """Qt's own default palette (the Fusion style's)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.style().standardPalette()


PALETTES = {"light": light_palette, "dark": dark_palette}


def test_the_contrast_formula_matches_wcag(qapp):
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", list(PALETTES))
@pytest.mark.parametrize("meaning", list(Tone))
def test_state_colours_are_readable_text(qapp, name, meaning):
    palette = PALETTES[name]()
    assert contrast(tone(palette, meaning), background(palette)) >= MIN_TEXT_CONTRAST


@pytest.mark.parametrize("name", list(PALETTES))
def test_muted_text_is_readable(qapp, name):
    palette = PALETTES[name]()
    assert contrast(muted(palette), background(palette)) >= MIN_TEXT_CONTRAST


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_meters_steps_are_visible_and_different(qapp, name):
    palette = PALETTES[name]()
    colours = [step_colour(palette, score) for score in range(STEPS)]
    for colour in colours:
        assert contrast(colour, background(palette)) >= MIN_GRAPHIC_CONTRAST
    assert len({colour.name() for colour in colours}) == STEPS
    assert contrast(empty_border(palette), background(palette)) >= MIN_GRAPHIC_CONTRAST


def style_colour_of(widget_style: str) -> QColor:
    found = re.search(r"color: (#[0-9a-fA-F]{6})", widget_style)
    assert found, widget_style
    return QColor(found.group(1))


@pytest.mark.parametrize("name", list(PALETTES))
def test_widgets_take_their_colours_from_the_palette_they_are_given(qtbot, name):
    palette = PALETTES[name]()
    error = Notice(NoticeKind.ERROR, tinted=True)
    error.setPalette(palette)
    qtbot.addWidget(error)
    error.show_text("Please fill in your e-mail address.")
    text_colour = style_colour_of(error.label.styleSheet())
    assert contrast(text_colour, background(palette)) >= MIN_TEXT_CONTRAST
    page_notice = Notice(NoticeKind.ERROR)  # a page's explanation: normal text, an icon
    qtbot.addWidget(page_notice)
    page_notice.show_text("The server does not accept this username and password.")
    assert page_notice.label.styleSheet() == ""
    # An explanation that takes focus shows it with a frame, not a style sheet (a widget
    # with a style sheet keeps its colours when the desktop palette changes).
    focusable = Notice(NoticeKind.ERROR, focusable=True)
    qtbot.addWidget(focusable)
    focusable.show_text("The server does not accept this username and password.")
    assert focusable.label.styleSheet() == ""
    assert focusable.label.focusPolicy() == Qt.FocusPolicy.TabFocus
    for state, meaning in STATE_TONES.items():
        row = StepRow(Server.INCOMING, Step.LOGIN)
        qtbot.addWidget(row)
        row.setPalette(palette)
        row.set_state(state)
        assert contrast(QColor(row.colour()), background(palette)) >= MIN_TEXT_CONTRAST, state
        assert row.symbol.text() == state.value  # a symbol too, not colour alone
        del meaning
    line = StatusLine("line")
    qtbot.addWidget(line)
    line.setPalette(palette)
    line.show_state("✘", Tone.ERROR, "Sending mail does not work yet.")
    assert contrast(QColor(line.colour()), background(palette)) >= MIN_TEXT_CONTRAST


def test_a_theme_change_repaints_in_the_new_colours(qtbot):
    error = Notice(NoticeKind.ERROR, tinted=True)
    qtbot.addWidget(error)
    error.setPalette(light_palette())
    error.show_text("Please fill in your name.")
    light = style_colour_of(error.label.styleSheet())
    error.setPalette(dark_palette())  # the desktop switched to a dark theme
    dark = style_colour_of(error.label.styleSheet())
    assert light != dark
    assert contrast(dark, background(dark_palette())) >= MIN_TEXT_CONTRAST


def test_no_widget_hard_codes_a_colour():
    """Colour literals live only where they are adapted to the palette."""
    allowed = {
        ROOT / "wizard/gui/colours.py",  # the hues of the four meanings
        ROOT / "wizard/gui/widgets/strength_meter.py",  # the meter's orange-to-blue scale
    }
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*['\"]|Qt\.GlobalColor\.(?!transparent)")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("wizard/gui", "wizard/texts")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert offenders == []
    assert RowState.FAILED.value == "✘"  # texts hold symbols; the window colours them
