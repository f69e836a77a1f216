"""The meter's verdict on common German passwords, as a table for issue reports.

Run: ``.venv/bin/python benchmarks/strength_verdicts.py`` (``--markdown`` for a table to
paste). For each password: stock zxcvbn's score, ours with its level and reason codes,
and the cheapest sequence of matches our meter found — which word (and from which list:
``nl_fr`` and ``de`` are ours, the others are zxcvbn's), keyboard walk or year — so a
change to the word lists or keyboards shows as a before/after of this table.

Not a test: it asserts nothing, it prints what the meter says.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.core.strength.rating import evaluate  # noqa: E402
from wizard.core.strength.wordlists import Dictionaries  # noqa: E402
from wizard.core.strength.wordlists import load_dictionaries as loaded  # noqa: E402

GERMAN = (
    "Kartoffelsalat",
    "Sonnenblume2024",
    "Schmetterling1",
    "Fussball",
    "Fußball2023!",
    "Hallo123",
    "Passwort1",
    "qwertz123",
    "Eupen2024",
    "Schatzi2024!",
    "Frühling2024",
    "Fruehling2024",
    "Löwenzahn",
    "Geburtstag1",
    "1qay2wsx",
    "yxcvbnm",
    # QWERTZ walks that are not on zxcvbn's list of common passwords
    "ztrewq2024",
    "qwertzuiopü",
    "yxcvbnm,.-",
    '!"§$%&/()=',
)
LEVELS = ("very weak", "weak", "fair", "strong", "very strong")


def explain(password: str, dictionaries: Dictionaries) -> str:
    """The cheapest sequence of matches: ``Eupen→eupen [nl_fr, rank 46787] + 2024 (year)``."""
    from wizard.core.strength.matching import Tables, analyse

    tables = Tables(
        {"words": dictionaries.ranks},
        dictionaries.longest,
        dictionaries.prefixes,
        dictionaries.reach,
    )
    parts = [_part(match, dictionaries) for match in analyse(password, tables).sequence]
    return " + ".join(parts)


def _part(match: dict[str, Any], dictionaries: Dictionaries) -> str:
    token, pattern = match["token"], match["pattern"]
    if pattern == "dictionary":
        word = match["matched_word"]
        extras = [
            label
            for label, key in (("l33t", "l33t"), ("reversed", "reversed"), ("+ending", "mangled"))
            if match.get(key)
        ]
        source = dictionaries.sources.get(word, "?")
        return f"{token}→{word} [{source}, rank {match['rank']}{''.join(', ' + e for e in extras)}]"
    if pattern == "spatial":
        return f"{token} (walk, {match['graph']})"
    if pattern == "bruteforce":
        return f"{token} (random)"
    if pattern == "regex":
        return f"{token} (year)"
    return f"{token} ({pattern})"


def stock(password: str) -> int:
    from zxcvbn import zxcvbn

    return int(zxcvbn(password)["score"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("passwords", nargs="*", help="instead of the German samples")
    args = parser.parse_args()

    dictionaries = loaded()
    passwords = args.passwords or list(GERMAN)
    print(f"{len(dictionaries.ranks)} words with zxcvbn's")
    rows = []
    for password in passwords:
        result = evaluate(password)
        ours = f"{result.score} {LEVELS[result.score]}"
        reasons = ", ".join(result.reasons)
        rows.append(
            (password, str(stock(password)), ours, reasons, explain(password, dictionaries))
        )
    header = ("password", "zxcvbn", "ours", "reasons", "matches")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows:
            print("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
        return 0
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(4)]
    for row in (header, *rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[4]
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
