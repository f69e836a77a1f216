"""Keep the Qt Linguist catalogues in step with the code, and compile them.

    python tools/translations.py update   # scan wizard/ for tr()/translate() → i18n/*.ts
    python tools/translations.py compile  # i18n/*.ts → i18n/*.qm (done by dev.py too)
    python tools/translations.py fill-english          # English catalogue = source texts
    python tools/translations.py apply nl table.json   # batch-fill from {source: text}

The .ts files are the source of truth for translations and are committed; the .qm
files are build products.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("nl", "fr", "en")
# Qt's language tags for the catalogues: Belgian Dutch and Belgian French.
TS_LANGUAGE = {"nl": "nl_BE", "fr": "fr_BE", "en": "en"}


def _tool(name: str) -> str:
    """A PySide6 tool next to the running interpreter (a venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """Every Python file that may hold user-visible text."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "wizard").rglob("*.py"))


def update() -> None:
    """Add new strings to every .ts file, drop the ones the code no longer has."""
    for language in LANGUAGES:
        ts_file = I18N / f"wizard_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                TS_LANGUAGE[language],
                "-ts",
                str(ts_file.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def fill_english() -> int:
    """English is the source language: its catalogue repeats every source text.

    Having a complete English catalogue keeps the three languages symmetrical (same
    loading path, same checks) and gives plural forms a home.
    """
    import xml.etree.ElementTree as ET

    ts_file = I18N / "wizard_en.ts"
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") == "unfinished" or not (translation.text or list(translation)):
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    form.text = source
            else:
                translation.text = source
            filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def apply(language: str, table_file: Path) -> tuple[int, list[str]]:
    """Fill ``language``'s catalogue from a JSON object {English source: translation}.

    For batch work (a translator's spreadsheet, a review round); Qt Linguist remains the
    tool for single edits. Returns how many entries were filled and which are missing.
    """
    import json
    import xml.etree.ElementTree as ET

    table: dict[str, str] = json.loads(table_file.read_text(encoding="utf-8"))
    ts_file = I18N / f"wizard_{language}.ts"
    tree = ET.parse(ts_file)
    filled, missing = 0, []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
            filled += 1
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled, missing


def compile_all(quiet: bool = False) -> list[Path]:
    """Compile every .ts into its .qm next to it."""
    written = []
    for ts_file in sorted(I18N.glob("wizard_*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                *(["-silent"] if quiet else []),
                str(ts_file),
                "-qm",
                str(qm_file),
            ],
            check=True,
        )
        written.append(qm_file)
    return written


def main(argv: list[str]) -> int:
    """Command-line entry."""
    if argv == ["update"]:
        update()
    elif argv == ["fill-english"]:
        print(f"{fill_english()} English entries filled")
    elif len(argv) == 3 and argv[0] == "apply":
        filled, missing = apply(argv[1], Path(argv[2]))
        print(f"{filled} entries filled; still missing: {len(missing)}")
        for source in missing:
            print(f"  {source!r}")
    elif argv == ["compile"]:
        compile_all()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
