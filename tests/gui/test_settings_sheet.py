"""The printed settings sheet: a real PDF, read back with poppler's pdftotext.

Every value a person types into a mail program is on the page, exactly as it is
(names with quotes, commas, accents and HTML characters included); the password is not;
Dutch and French sheets carry no English label; the sheet fits on one A4 page; a new
export replaces the file; and it is made with nothing but a QGuiApplication on the
offscreen platform, as the command line does.

Emoji: Qt's PDF writer maps only characters of the Basic Multilingual Plane back to
text (``QFontSubset`` builds its ToUnicode table from U+0000-U+FFFF), so an emoji is
drawn, when a font has it, but pdftotext cannot read it back. For names with emoji the
test checks the document title, which keeps the whole name, and the page text around
the emoji.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.core.export_samples import PASSWORD, draft, drafts, relay_choice
from tests.support import require_program
from wizard.core.formats.settings_sheet import (
    Advice,
    AdviceCode,
    PasswordHint,
    SectionCode,
    SettingsSheet,
    SheetFieldCode,
    build_settings_sheet,
    settings_sheet_file_name,
)
from wizard.core.model import AccountDraft, Authentication, Language, Protocol, Security
from wizard.core.provider import Administrator, Provider, load_provider
from wizard.pdf import settings_sheet as pdf
from wizard.translations import Translators

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 11, 28)
NAMES = [
    'Jan "de Kat" Peeters',
    "Peeters, Jan",
    "François d'Hôtel-Müller",
    unicodedata.normalize("NFD", "Zoë Ångström"),
    "Ñandú & <Co> 'quoted'",
    "Ann <b>Bold</b> &amp; <script>x</script>",
]
EMOJI_NAMES = ["Marie 😀 👩‍👩‍👧 Dupont", "Jan Peeters 📬"]
# Words that are the same in a translation as in English, printed as a whole cell.
SAME_IN = {
    Language.DUTCH: {"Server", "Protocol"},
    Language.FRENCH: {"Port"},
    Language.GERMAN: {"Name", "Server", "Port"},
}
NEUTRAL = {"IMAP", "POP3", "SSL/TLS", "STARTTLS", "Webmail"}  # "webmail" in every language


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


def pdf_text(path: Path) -> str:
    """The page text as pdftotext lays it out, in NFC (composed accents)."""
    program = require_program("pdftotext", "poppler-utils")
    result = subprocess.run(
        [program, "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return unicodedata.normalize("NFC", result.stdout)


def pdf_info(path: Path) -> dict[str, str]:
    program = require_program("pdfinfo", "poppler-utils")
    result = subprocess.run(
        [program, "-enc", "UTF-8", str(path)], capture_output=True, text=True, check=True
    )
    info = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key] = value.strip()
    return info


def write(
    account: AccountDraft, provider: Provider, folder: Path, language: Language
) -> tuple[Path, SettingsSheet]:
    path = pdf.write_settings_sheet(account, provider, folder, language, made_on=DAY)
    return path, build_settings_sheet(account, provider, DAY)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def cells(text: str) -> set[str]:
    """The pieces of a -layout text: lines cut where columns are (two or more spaces)."""
    return {
        piece.strip()
        for line in text.splitlines()
        for piece in re.split(r"\s{2,}", line)
        if piece.strip()
    }


SAMPLES = ["imap", "pop3-relay", "pop3", "typed-relay", "no-display-name"]


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("sample", SAMPLES)
def test_every_value_is_on_the_page_and_the_password_is_not(
    qapp, provider: Provider, tmp_path: Path, sample: str, language: Language
) -> None:
    account = drafts(provider)[sample]
    assert account.password == PASSWORD  # the draft carries it; the sheet must not
    path, sheet = write(account, provider, tmp_path, language)
    text = pdf_text(path)
    for value in sheet.texts():
        assert nfc(value) in text, value
    for value in (account.username, account.email, provider.webmail_url):
        assert value in text
    incoming = provider.incoming(account.protocol)
    outgoing = account.outgoing.relay or provider.smtp
    assert incoming.host in text
    assert outgoing.host in text
    for port in (incoming.port, outgoing.port):
        assert re.search(rf"(?m)^\S.*\s{port}\s*$", text), port  # alone in its cell
    assert re.search(r"\b25\s(MB|Mo)\b", text)  # the quota
    assert re.search(r"\b12\s(MB|Mo)\b", text)  # the message size limit
    if account.display_name:
        assert account.display_name in text
    assert PASSWORD not in text
    assert PASSWORD.encode() not in path.read_bytes()
    info = pdf_info(path)
    assert info["Pages"] == "1"
    assert info["Page size"].endswith("(A4)")
    assert sheet.holder in info["Title"]
    assert PASSWORD not in info["Title"]


@pytest.mark.parametrize("name", NAMES)
def test_names_are_printed_exactly_as_typed(
    qapp, provider: Provider, tmp_path: Path, name: str
) -> None:
    path, _ = write(draft(display_name=name), provider, tmp_path, Language.ENGLISH)
    text = pdf_text(path)
    # The name's own line in the account section, and the title: HTML characters
    # are printed, not obeyed (an unescaped <b> would vanish from the text).
    assert re.search(rf"(?m)^Name\s+{re.escape(nfc(name))}\s*$", text), text
    title = f"all2all e-mail settings for {nfc(name)}"
    assert "".join(title.split()) in "".join(text.split())  # the title may wrap anywhere
    assert nfc(pdf_info(path)["Title"]) == f"all2all e-mail settings for {nfc(name)}"


@pytest.mark.parametrize("name", EMOJI_NAMES)
def test_names_with_emoji_keep_every_other_character(
    qapp, provider: Provider, tmp_path: Path, name: str
) -> None:
    path, _ = write(draft(display_name=name), provider, tmp_path, Language.ENGLISH)
    assert pdf_info(path)["Title"] == f"all2all e-mail settings for {name}"
    # Outside the Basic Multilingual Plane Qt writes no text mapping (see the module
    # docstring): around the emoji, every character is there in order.
    readable = re.split(r"[\U00010000-\U0010ffff\u200d\ufe0f]+", name)
    pattern = r"\s*".join(re.escape(part.strip()) for part in readable if part.strip())
    assert re.search(rf"(?m)^Name\s+{pattern}\s*$", pdf_text(path))


@pytest.mark.parametrize("language", [Language.DUTCH, Language.FRENCH, Language.GERMAN])
@pytest.mark.parametrize("sample", ["imap", "pop3-relay", "pop3-delete"])
def test_translated_sheets_carry_no_english_label(
    qapp, provider: Provider, tmp_path: Path, sample: str, language: Language
) -> None:
    """Every cell of the English sheet that is not a value is gone from the translation."""
    contact = Administrator("Marc Dubois", "marc.dubois@all2all.org")
    provider = provider.with_administrator(contact)
    account = drafts(provider)[sample]
    for folder in ("en", language.value):
        (tmp_path / folder).mkdir()
    english_path, sheet = write(account, provider, tmp_path / "en", Language.ENGLISH)
    path, _ = write(account, provider, tmp_path / language.value, language)
    values = set(sheet.texts())
    english = {
        cell
        for cell in cells(pdf_text(english_path))
        if not any(value in cell for value in values)
        and not re.fullmatch(r"[\d\s]+(MB)?", cell)  # ports and sizes (MB in Dutch too)
        and cell not in NEUTRAL | SAME_IN[language]
    }
    assert len(english) >= 28  # labels, headings, hints and advice were all collected
    translated = cells(pdf_text(path))
    assert sorted(english & translated) == []


def every_text(sheet: SettingsSheet) -> list[str]:
    """Every label, heading, hint and piece of advice in the language now installed."""
    locale = QLocale()
    texts = [pdf.section_title(code) for code in SectionCode]
    texts += [pdf.field_label(code) for code in SheetFieldCode]
    texts += [pdf.password_hint(hint) for hint in PasswordHint]
    texts += [pdf.value_text(value, locale) for value in (*Security, *Authentication)]
    texts += [pdf.advice_text(Advice(code, isp="Telenet"), sheet, locale) for code in AdviceCode]
    texts += [pdf.advice_text(Advice(AdviceCode.RELAY_OWN_NETWORK), sheet, locale)]
    return texts


def test_every_code_is_translated(provider: Provider, translators: Translators) -> None:
    sheet = build_settings_sheet(draft(), provider, DAY)
    translators.switch(Language.ENGLISH)
    english = every_text(sheet)
    for language in (Language.DUTCH, Language.FRENCH, Language.GERMAN):
        translators.switch(language)
        same = [
            text
            for text, source in zip(every_text(sheet), english, strict=True)
            if text == source and text not in NEUTRAL | SAME_IN[language]
        ]
        assert same == [], language


def test_sheet_language_leaves_the_program_language_alone(
    provider: Provider, tmp_path: Path, translators: Translators
) -> None:
    translators.switch(Language.DUTCH)
    dutch = QCoreApplication.translate("SettingsSheet", "Incoming mail")
    assert dutch != "Incoming mail"
    path, _ = write(draft(), provider, tmp_path, Language.ENGLISH)
    text = pdf_text(path)
    assert "Incoming mail" in text
    assert dutch not in text
    assert QCoreApplication.translate("SettingsSheet", "Incoming mail") == dutch


def test_french_numbers_and_dates(qapp, provider: Provider, tmp_path: Path) -> None:
    path, _ = write(draft(), provider, tmp_path, Language.FRENCH)
    text = pdf_text(path)
    assert "28 novembre 2026" in text
    assert "25\u00a0Mo" in text or "25 Mo" in text


def test_a_new_export_replaces_the_sheet(qapp, provider: Provider, tmp_path: Path) -> None:
    first = draft(display_name="Jan Peeters")
    path, _ = write(first, provider, tmp_path, Language.DUTCH)
    assert path == tmp_path / settings_sheet_file_name(first)
    second = draft(display_name="Marie Claes", protocol=Protocol.POP3)
    again, _ = write(second, provider, tmp_path, Language.FRENCH)
    assert again == path
    assert [p.name for p in tmp_path.iterdir()] == ["all2all-user0001-settings.pdf"]
    text = pdf_text(path)
    assert "Marie Claes" in text
    assert "Jan Peeters" not in text
    assert "POP3" in text


def test_a_sheet_for_another_login_is_another_file(
    qapp, provider: Provider, tmp_path: Path
) -> None:
    write(draft(), provider, tmp_path, Language.ENGLISH)
    write(draft(username="user0002"), provider, tmp_path, Language.ENGLISH)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "all2all-user0001-settings.pdf",
        "all2all-user0002-settings.pdf",
    ]


def test_an_unwritable_folder_raises_and_leaves_no_file(
    qapp, provider: Provider, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        pdf.write_settings_sheet(draft(), provider, tmp_path / "missing", Language.ENGLISH)
    assert list(tmp_path.iterdir()) == []


def test_a_relay_needing_the_isp_login_fits_too(qapp, provider: Provider, tmp_path: Path) -> None:
    account = draft(protocol=Protocol.POP3, outgoing=relay_choice(provider, "proximus"))
    path, _ = write(account, provider, tmp_path, Language.FRENCH)
    text = pdf_text(path)
    assert "relay.proximus.be" in text
    assert re.search(r"(?m)\s587\s*$", text)
    assert pdf_info(path)["Pages"] == "1"


def _clean_environment(tmp_path: Path) -> dict[str, str]:
    """No display at all, no platform chosen: as on a server or in a cron job."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    environment["ALL2ALL_SETUP_LOG_DIR"] = str(tmp_path / "logs")
    return environment


def test_made_without_a_screen_by_a_process_with_no_application(tmp_path: Path) -> None:
    """What the command line does: no QApplication, no display; the module makes its own."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tests.core.export_samples import draft\n"
        "from wizard.core.model import Language\n"
        "from wizard.core.provider import load_provider\n"
        "from wizard.pdf.settings_sheet import write_settings_sheet\n"
        "print(write_settings_sheet(draft(), load_provider(), Path(sys.argv[1]), Language.DUTCH))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_clean_environment(tmp_path),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path == tmp_path / "all2all-user0001-settings.pdf"
    assert "maximusconfessor.all2all.org" in pdf_text(path)
    assert result.stderr == ""  # no Qt warning about fonts or platforms


def test_a_plain_core_application_is_refused_clearly(tmp_path: Path) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from wizard.pdf.settings_sheet import NoGuiApplicationError, ensure_gui_application\n"
        "app = QCoreApplication([])\n"
        "try:\n"
        "    ensure_gui_application()\n"
        "except NoGuiApplicationError as error:\n"
        "    print('refused:', error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_clean_environment(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused: the settings sheet needs a QGuiApplication")
