"""The "Details" disclosure as a keyboard and screen-reader user meets it: a push button
(never a check box) that says whether it is collapsed and which key changes that, in
every language, and opens and closes with the space bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from wizard.core.model import Language
from wizard.gui.widgets.details import Details
from wizard.translations import Translators

SAID = {  # (collapsed, expanded), as the catalogues say it
    Language.ENGLISH: ("Collapsed. Press Space to expand.", "Expanded. Press Space to collapse."),
    Language.DUTCH: (
        "Ingeklapt. Druk op spatie om uit te klappen.",
        "Uitgeklapt. Druk op spatie om in te klappen.",
    ),
    Language.FRENCH: (
        "Replié. Appuyez sur Espace pour déplier.",
        "Déplié. Appuyez sur Espace pour replier.",
    ),
    Language.GERMAN: (
        "Zugeklappt. Zum Aufklappen Leertaste drücken.",
        "Aufgeklappt. Zum Zuklappen Leertaste drücken.",
    ),
}


@pytest.mark.parametrize("language", list(Language), ids=lambda language: language.value)
def test_the_space_bar_opens_and_closes_it_and_a_screen_reader_hears_which(
    qtbot, translators: Translators, language
):
    translators.switch(language)
    details = Details(QLabel("/home/marie/.thunderbird/Profiles/x8f3k2lq.default"), "test")
    qtbot.addWidget(details)
    details.set_texts("&Details", "Details of the test")
    details.show()
    button = details.button
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface.role() == QAccessible.Role.PushButton  # not a check box
    assert not button.isCheckable()
    assert interface.text(QAccessible.Text.Name) == "Details of the test"
    collapsed, expanded = SAID[language]
    assert interface.text(QAccessible.Text.Description) == collapsed
    assert not details.content.isVisible()

    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert details.is_open()
    assert details.content.isVisible()
    assert interface.text(QAccessible.Text.Description) == expanded
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not details.is_open()
    assert interface.text(QAccessible.Text.Description) == collapsed
