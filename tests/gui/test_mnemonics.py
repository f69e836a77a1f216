"""No two controls of one page share an Alt-key, in any language, Qt's buttons included.

A clash makes Alt+letter cycle between the two controls instead of pressing one: in
English "Your &name:" and "&Next >" both took Alt+N, so pressing it on the account page
never went on. The check takes every control of each page that carries a mnemonic —
shown or not yet shown (a relay field appears when its option is chosen, a report when
Details opens; Stop and Test again take turns) — plus the wizard's own buttons on that
page, in each language the program ships.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget, QWizard

from tests.gui.conftest import walk_to
from wizard.core.flow import PageId
from wizard.core.language import Language
from wizard.gui.setup_wizard import BUILT_IN_PAGES, SetupWizard

# "&&" is a literal ampersand; "&x" makes x the mnemonic.
MNEMONIC = re.compile(r"&(?!&)(\w)")
WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def mnemonic(text: str) -> str | None:
    """The letter Alt goes with, lower-cased (Qt matches without case)."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def owners(page: QWidget, window: SetupWizard) -> dict[str, list[str]]:
    """Letter -> the controls (by object name and text) that take it on this page."""
    taken: dict[str, list[str]] = defaultdict(list)
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel):
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue  # a label without a buddy has no shortcut
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            taken[letter].append(f"{widget.objectName() or type(widget).__name__} {text!r}")
    for which in WIZARD_BUTTONS:
        button = window.button(which)
        letter = mnemonic(button.text())
        if letter and button.isVisible() and button.isEnabled():
            taken[letter].append(f"wizard {which.name} {button.text()!r}")
    return taken


@pytest.mark.parametrize("language", list(Language))
def test_no_page_has_two_controls_on_one_key(make_window, language: Language):
    window = make_window(language)
    clashes = []
    for page_id in BUILT_IN_PAGES:
        walk_to(window, page_id)
        for letter, names in owners(window.currentPage(), window).items():
            if len(names) > 1:
                clashes.append(f"{page_id.name} Alt+{letter.upper()}: {', '.join(names)}")
    assert not clashes, "\n" + "\n".join(clashes)


def test_the_check_finds_a_clash(make_window):
    """The check is not vacuous: two controls on one key are reported."""
    window = make_window(Language.ENGLISH)
    walk_to(window, PageId.ACCOUNT)
    page = window.currentPage()
    label = QLabel("&Next to nothing", page)
    label.setBuddy(page.findChildren(QAbstractButton)[0])
    taken = owners(page, window)
    assert len(taken["n"]) >= 2
