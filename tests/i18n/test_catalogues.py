"""The .ts catalogues are complete, match the code, and keep placeholders and shortcuts."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wizard.core.language import Language

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
LANGUAGES = tuple(language.value for language in Language)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(I18N / f"wizard_{language}.ts")
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unfinished_missing_or_obsolete_entry(language):
    problems = []
    for context, source, message in messages(language):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"{context}: {source!r}")
            continue
        forms = [form.text or "" for form in translation] or [translation.text or ""]
        if not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} (empty)")
    assert problems == []


def forms_of(message: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    return [form.text or "" for form in translation] or [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_identical(language):
    for context, source, message in messages(language):
        for translation in forms_of(message):
            found = sorted(PLACEHOLDER.findall(translation))
            assert found == sorted(PLACEHOLDER.findall(source)), f"{context}: {source!r}"
            assert translation.format(**{p[1:-1]: "x" for p in PLACEHOLDER.findall(source)})
            assert ("%n" in translation) == ("%n" in source), f"{context}: {source!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_shortcut_kept(language):
    """A label with an &-shortcut keeps exactly one in every language."""
    for context, source, message in messages(language):
        translation = message.findtext("translation") or ""
        shortcuts = len(re.findall(r"&(?!&)\w", translation))
        assert shortcuts == len(re.findall(r"&(?!&)\w", source)), f"{context}: {source!r}"


def test_catalogues_match_the_code(tmp_path):
    """Every tr()/translate() text in wizard/ is in the catalogues, and nothing else."""
    scratch = tmp_path / "scan.ts"
    sources = sorted(str(p) for p in (ROOT / "wizard").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(scratch)], check=True, capture_output=True)
    in_code = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(scratch).iter("context")
        for m in c.iter("message")
    }
    for language in LANGUAGES:
        in_catalogue = {(context, source) for context, source, _ in messages(language)}
        assert in_code == in_catalogue, f"run: python tools/translations.py update ({language})"


def test_french_uses_no_break_space_before_double_punctuation():
    for context, _, message in messages("fr"):
        translation = message.findtext("translation") or ""
        assert not re.search(r" [;?!:](\s|$)", translation), f"{context}: {translation!r}"
        assert not re.search(r"\w([;?!]|:(\s|$))", translation), f"{context}: {translation!r}"


def test_dutch_addresses_the_user_as_u():
    for context, _, message in messages("nl"):
        translation = message.findtext("translation") or ""
        assert not re.search(r"\b(je|jij|jou|jouw)\b", translation, re.IGNORECASE), (
            f"{context}: {translation!r}"
        )


def test_french_addresses_the_user_as_vous():
    for context, _, message in messages("fr"):
        translation = message.findtext("translation") or ""
        assert not re.search(r"\b(tu|ton|ta|tes|toi)\b", translation), f"{context}: {translation!r}"
