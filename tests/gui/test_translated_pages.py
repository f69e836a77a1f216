"""Walking every page in Dutch and French shows no English left behind."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QWidget

from tests.gui.conftest import walk_to
from wizard.core.model import Language
from wizard.gui.pages.outgoing import OutgoingPage
from wizard.gui.pages.protocol import ProtocolPage
from wizard.gui.setup_wizard import BUILT_IN_PAGES

ROOT = Path(__file__).resolve().parents[2]
# Texts that are the same in every language: product and protocol names, people's
# names, hosts, numbers and the language names on the welcome page.
# The same word in Dutch or French (the glossary keeps "Details", "webmail", SSL/TLS).
ALLOWED = {
    "IMAP",
    "POP3",
    "SSL/TLS",
    "Details",
    "Webmail",
    "Nederlands",
    "Français",
    "English",
    "Marie Peeters",
    "user0001",
}
NEUTRAL = re.compile(r"^[\d\s.,:/()%+-]*$|^[\w.-]+\.(org|be)(:\d+)?$|^\S+@\S+$")


def english_sources() -> set[str]:
    tree = ET.parse(ROOT / "i18n" / "wizard_en.ts")
    texts = {m.findtext("source") or "" for m in tree.iter("message")}
    texts |= {"< &Back", "&Next >", "&Finish", "Cancel", "&Help"}  # Qt's own buttons
    return {text.replace("&", "") for text in texts}


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [text.replace("&", "") for text in texts if text.strip()]


def everything_shown(window) -> list[str]:
    texts = [window.windowTitle()]
    for page_id in BUILT_IN_PAGES:
        walk_to(window, page_id)
        page = window.currentPage()
        if isinstance(page, ProtocolPage):
            page.pop3_button.click()
            page.keep_box.click()  # shows the warning too
            texts += visible_texts(window)
            page.keep_box.click()
        if isinstance(page, OutgoingPage):
            page.relay_button.click()
            texts += visible_texts(window)
            page.all2all_button.click()  # the suite's Dovecot is the server that answers
        texts += [page.title(), page.subTitle(), *visible_texts(window)]
    return texts


@pytest.mark.parametrize("language", [Language.DUTCH, Language.FRENCH, Language.GERMAN])
def test_no_english_text_on_any_page(make_window, language):
    window = make_window(language)
    english = english_sources()
    shown = everything_shown(window)
    assert len(shown) > 40  # the walk really saw the pages
    leftovers = sorted(
        {
            text
            for text in shown
            if text in english and text not in ALLOWED and not NEUTRAL.match(text)
        }
    )
    assert leftovers == []


def test_english_walk_sees_the_english_texts(make_window):
    """The check above is able to fail: in English, the shown texts are the sources."""
    window = make_window(Language.ENGLISH)
    english = english_sources()
    shown = everything_shown(window)
    assert len({text for text in shown if text in english}) > 30
