"""One voice per language: the glossary's words, and each language's typography.

The words not to use come from the table in ``i18n/glossary.md`` (so the rule and its
test cannot drift apart); the typography rules are the glossary's last section.
Placeholders (``{client}``) are left out before checking: they are names in code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wizard.core.language import Language

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
URL = re.compile(r"https?://\S+|www\.\S+")
CODE = re.compile(r"\[\[[^\]]*\]\]")  # TOML written out for IT staff: [[provider.relays]]
# Names that keep their capital after a colon in Dutch (programs, protocols, menus).
NAMES = re.compile(
    r"(all2all|Thunderbird|Evolution|Outlook|Apple|Mail|Android|iPhone|iPad|Mac|IMAP|POP3|"
    r"SMTP|SSL|STARTTLS|Postvak|Instellingen|Preferences|Post|Globaal|Main|Dutch|Details|"
    r"Flatpak|Snap|Microsoft|Windows|Linux|Gmail)\b"
)


def glossary_bans() -> dict[str, list[re.Pattern[str]]]:
    """The "Not to use" table: language -> patterns."""
    text = (I18N / "glossary.md").read_text(encoding="utf-8")
    section = text.split("## Not to use", 1)[1].split("\n## ", 1)[0]
    bans: dict[str, list[re.Pattern[str]]] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) != 3 or cells[0] in {"language", "---"} or set(cells[0]) == {"-"}:
            continue
        pattern = cells[1].replace("\\|", "|")
        bans.setdefault(cells[0], []).append(re.compile(pattern, re.IGNORECASE))
    return bans


def translations(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation text) of every entry; plural forms one by one."""
    found = []
    for context in ET.parse(I18N / f"wizard_{language}.ts").iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [form.text or "" for form in translation] or [translation.text or ""]
            found += [(name, source, form) for form in forms]
    return found


def plain(text: str) -> str:
    """The words a person reads: without placeholders, web addresses and TOML syntax."""
    return CODE.sub("", URL.sub("", PLACEHOLDER.sub("", text)))


def test_the_glossary_table_is_read():
    bans = glossary_bans()
    assert set(bans) == {language.value for language in Language}
    assert all(len(patterns) >= 4 for patterns in bans.values())


@pytest.mark.parametrize("language", [language.value for language in Language])
def test_no_word_the_glossary_rules_out(language):
    bans = glossary_bans()[language]
    offenders = [
        f"{context}: {pattern.pattern!r} in {text!r}"
        for context, _source, text in translations(language)
        for pattern in bans
        if pattern.search(plain(text))
    ]
    assert offenders == []


@pytest.mark.parametrize("language", [language.value for language in Language])
def test_ellipsis_is_one_character(language):
    offenders = [text for _, _, text in translations(language) if "..." in plain(text)]
    assert offenders == []


def test_french_typography():
    offenders = []
    for context, _source, text in translations("fr"):
        words = plain(text)
        if "'" in words:
            offenders.append(f"{context}: straight apostrophe in {text!r}")
        if '"' in words or "“" in words or "”" in words:
            offenders.append(f"{context}: quotation marks other than « » in {text!r}")
        if re.search(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»", words):
            offenders.append(f"{context}: « » without no-break spaces in {text!r}")
        if re.search(r"(?<![\u00a0\u202f])[;?!]|\w:(\s|$)| :", words):
            offenders.append(f"{context}: no no-break space before : ; ! ? in {text!r}")
    assert offenders == []


def test_dutch_typography():
    offenders = []
    for context, _source, text in translations("nl"):
        words = plain(text)
        if "«" in words or "»" in words or '"' in words:
            offenders.append(f"{context}: quotation marks other than “ ” in {text!r}")
        for match in re.finditer(r": (\S+)", words):
            word = match.group(1)
            starts_upper = word[:1].isupper() and not word.isupper()
            if starts_upper and not NAMES.match(word.strip("“”‘’(")):
                offenders.append(f"{context}: capital after a colon in {text!r}")
    assert offenders == []


def test_german_typography():
    """„…“ quotation marks, no space before : ; ? ! (German, unlike French)."""
    offenders = []
    for context, _source, text in translations("de"):
        words = plain(PLACEHOLDER.sub("x", text))  # "{name}: x" is no space before ":"
        if '"' in words or "«" in words or "»" in words or "”" in words:
            offenders.append(f"{context}: quotation marks other than „ “ in {text!r}")
        if words.count("„") != words.count("“"):
            offenders.append(f"{context}: „ without “ in {text!r}")
        if re.search(r"\s[:;?!]", words):
            offenders.append(f"{context}: space before : ; ? ! in {text!r}")
    assert offenders == []


def test_german_addresses_the_user_as_sie():
    offenders = [
        f"{context}: {text!r}"
        for context, _source, text in translations("de")
        if re.search(r"\b(du|dich|dir|dein\w*)\b", plain(text), re.IGNORECASE)
    ]
    assert offenders == []


def test_english_typography():
    offenders = [
        f"{context}: {text!r}"
        for context, _source, text in translations("en")
        if '"' in plain(text)
    ]
    assert offenders == []


def test_the_test_catches_what_it_is_for():
    """Faults of each kind are found (the rules are not vacuous)."""
    bans = glossary_bans()
    assert any(p.search("Klik in het account op Volgende") for p in bans["nl"])
    assert any(p.search("Ouvrez votre logiciel de courrier") for p in bans["fr"])
    assert any(p.search("The wizard tests your account") for p in bans["en"])
    assert not any(p.search(plain("Votre nom d’utilisateur {login}")) for p in bans["fr"])
