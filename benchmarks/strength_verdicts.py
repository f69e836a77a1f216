"""The meter's verdict on common German passwords, as a table for issue reports.

Run: ``.venv/bin/python benchmarks/strength_verdicts.py`` (``--markdown`` for a table to
paste). For each password: stock zxcvbn's score, ours with its level and reason codes,
and the cheapest sequence of matches our meter found — which word (and from which list:
``nl_fr`` and ``de`` are ours, the others are zxcvbn's), keyboard walk or year — so a
change to the word lists or keyboards shows as a before/after of this table.

``--coverage`` counts how many of 49 common German passwords (compounds, words with
digits and signs) the meter calls weak; with wordfreq installed, ``--german-top
30000,60000`` does so for German lists of other sizes, built in memory as
``tools/make_wordlists.py`` would (how ``LISTS["de.txt.gz"]`` was chosen).

Not a test: it asserts nothing, it prints what the meter says.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.core.strength import wordlists  # noqa: E402
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
# For --coverage: what German speakers pick, many of them compounds (one word in German).
COVERAGE = (
    *("Kartoffelsalat", "Sonnenblume2024", "Schmetterling1", "Fussball", "Fußball2023!"),
    *("Hallo123", "Passwort1", "qwertz123", "Eupen2024", "Schatzi2024!", "Frühling2024"),
    *("Fruehling2024", "Löwenzahn", "Geburtstag1", "Regenbogen1", "Schneemann!"),
    *("Marienkäfer", "Butterblume", "Lieblingsmensch", "Vergissmeinnicht", "Zuckerschnecke"),
    *("Hasenbraten2020", "Pusteblume", "Kuscheltier", "Sonnenschein", "Weihnachten2023"),
    *("Schokolade!", "Blumenwiese", "Glücksbringer", "Mausebär", "Apfelkuchen"),
    *("Feuerwehr112", "Kindergarten", "Erdbeere", "Gänseblümchen", "Hausaufgaben"),
    *("Schwarzwald", "Wasserfall", "Straßenbahn1", "Donnerstag", "Zauberer", "Sommer2024!"),
    *("Hallo2024!", "Liebe2023!", "Geheim123!", "Fußball", "Straße12", "Größe2020"),
    "Groesse2020",
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


def coverage(label: str) -> None:
    """How many of :data:`COVERAGE` the meter, with the lists loaded now, calls weak."""
    strong = [password for password in COVERAGE if not evaluate(password).weak]
    weak = len(COVERAGE) - len(strong)
    print(f"{label}: weak {weak}/{len(COVERAGE)}; not weak: {', '.join(strong) or '-'}")


def sweep(sizes: list[int]) -> None:
    """:func:`coverage` with German lists of other sizes (needs wordfreq)."""
    from wordfreq import top_n_list

    spec = importlib.util.spec_from_file_location(
        "make_wordlists", ROOT / "tools/make_wordlists.py"
    )
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    shipped = wordlists.default_wordlists()
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            data = tool.gzip_bytes(
                "".join(f"{word}\n" for word in tool.merged_words({"de": top_n_list("de", size)}))
            )
            path = Path(folder) / f"de-{size}.txt.gz"
            path.write_bytes(data)
            # evaluate() reads the process's loaded dictionaries: swap them for this size.
            wordlists._loaded = wordlists.build_dictionaries({**shipped, "de": path})
            label = f"German top {size}: {tool.word_count(data)} words, {len(data)} bytes gzip"
            coverage(label)
    wordlists._loaded = None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--coverage", action="store_true", help="count the weak of 49")
    parser.add_argument("--german-top", help="sizes to try, e.g. 30000,60000 (needs wordfreq)")
    parser.add_argument("passwords", nargs="*", help="instead of the German samples")
    args = parser.parse_args()
    if args.german_top:
        sweep([int(size) for size in args.german_top.split(",")])
        return 0
    if args.coverage:
        loaded()
        coverage("shipped lists")
        return 0

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
