"""Build the word lists the password strength meter adds to zxcvbn: Dutch + French, German.

Run from the repository root with wordfreq installed (a development-time tool only,
never a runtime dependency of the wizard)::

    .venv/bin/pip install wordfreq==3.1.1
    .venv/bin/python tools/make_wordlists.py

Writes ``wizard/resources/wordlists/nl-fr.txt.gz`` and ``de.txt.gz`` (one word a line, most
frequent first; the line number is the word's rank for zxcvbn) and
``wizard/resources/wordlists/ATTRIBUTION.md``. The output is byte-for-byte reproducible
for one wordfreq version (gzip mtime 0); ``--check`` says whether the committed files are.

Dutch and French share one list, interleaved by rank: rank 1 of each, then rank 2 of
each, so that a word's rank is close to "how early would an attacker try it" against a
Belgian mailbox, where both languages are equally likely.

German has a list of its own, ranked on its own, as zxcvbn ranks each of its English
lists. Interleaving it as well would push every Dutch and French word back by half
again: measured on the 37 Belgian samples of ``tests/core/strength_samples.py``, that
turns ``paardenbloem`` and ``Bruxelles1830`` from weak into strong. On its own list a
German word is priced as by an attacker who knows the user writes German, the cautious
reading for the few users who do. A second file costs no matching time: the wizard
merges every list into one table when it loads them (``wizard.core.strength.wordlists``).

How many words: 30,000 per language for Dutch and French; 60,000 for German, which
writes its compounds as one word. zxcvbn prices a compound it cannot find whole as two
words, rank times rank, which for ``Sonnen`` + ``blume`` is beyond any attack; measured on
49 common German passwords (compounds, words with digits and signs), the meter calls
weak 36 with the top 30,000, 41 with 50,000, 43 with 60,000 (``Sonnenblume`` is rank
55,727, ``Marienkäfer`` 51,522) and 45 with 80,000, each 20,000 more costing ~110 KB and
~25,000 words to load (``benchmarks/strength_verdicts.py --german-top 30000,60000``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from importlib.metadata import version
from itertools import zip_longest
from pathlib import Path

# Each file → the languages interleaved in it → how many of their most frequent words.
LISTS: Mapping[str, Mapping[str, int]] = {
    "nl-fr.txt.gz": {"nl": 30000, "fr": 30000},
    "de.txt.gz": {"de": 60000},
}
LANGUAGE_NAMES = {"nl": "Dutch", "fr": "French", "de": "German"}
OUTPUT_DIR = Path(__file__).resolve().parent.parent / "wizard" / "resources" / "wordlists"
ATTRIBUTION_FILE = "ATTRIBUTION.md"

# Letters only, optionally joined by an apostrophe or hyphen ("aujourd'hui", "peut-être").
_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
_JOINERS = str.maketrans("", "", "'’-")
# Letters NFKD does not decompose, spelled as people type them without the key.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l"})
# German umlauts as typed without their key, the e-spelling German itself falls back on.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def fold_accents(word: str) -> str:
    """``écureuil`` → ``ecureuil``: the form typed by someone who skips accents.

    Kept in step with ``wizard.core.strength.wordlists.fold_accents`` (the runtime copy).
    """
    decomposed = unicodedata.normalize("NFKD", word.translate(_LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def german_forms(word: str) -> list[str]:
    """The spellings of a German word besides itself and its folded form (``fold_accents``).

    wordfreq case-folds, which turns every ``ß`` into ``ss`` (``fussball``): the ``ß``
    spelling people type on a German keyboard is restored by writing each ``ss`` as
    ``ß`` (``fußball``, ``straße``, ``schloß``; a wrong ``waßer`` costs one unused line).
    An umlaut typed without its key is written with an ``e`` (``früh`` → ``frueh``), the
    spelling German itself uses, besides the bare vowel that ``fold_accents`` gives.
    """
    found = []
    if "ss" in word:
        found.append(word.replace("ss", "ß"))
    found.append(word.translate(_UMLAUTS))
    return found


def forms(token: str, language: str) -> Iterator[str]:
    """The password forms of one wordfreq token, or nothing for a non-word."""
    if not _WORD.match(token):
        return  # numbers, "1er", "co2", "t.co", symbols: not words
    spellings = [token, token.translate(_JOINERS)] if not token.isalpha() else [token]
    for spelling in spellings:
        yield spelling
        if language == "de":  # Dutch and French ë, ï, ü are a diaeresis: "reünie" → "reunie"
            yield from german_forms(spelling)
        yield fold_accents(spelling)


def interleave(lists: Mapping[str, list[str]]) -> Iterator[tuple[str, str]]:
    """(language, word): rank 1 of every language, then rank 2 of every language, and so on."""
    languages = list(lists)
    for row in zip_longest(*lists.values()):
        for language, token in zip(languages, row, strict=True):
            if token is not None:
                yield language, token


def merged_words(lists: Mapping[str, list[str]]) -> list[str]:
    """Interleaved, de-duplicated, filtered words in rank order (``lists``: language → words).

    zxcvbn's own rule: a word whose rank is at least ``10 ** len(word)`` is found faster
    by brute force over digits than by the dictionary, so it only adds matching time.
    """
    kept: list[str] = []
    seen: set[str] = set()
    for language, token in interleave(lists):
        for word in forms(token.lower(), language):
            if word in seen or len(word) < 2:
                continue
            seen.add(word)
            if len(kept) + 1 < 10 ** len(word):
                kept.append(word)
    return kept


def gzip_bytes(text: str) -> bytes:
    """Gzip without a timestamp or file name, so the same input gives the same bytes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(text.encode("utf-8"))
    return buffer.getvalue()


def word_count(data: bytes) -> int:
    """The lines of a gzip list: its words."""
    return gzip.decompress(data).count(b"\n")


def describe(languages: Mapping[str, int]) -> str:
    """``{"nl": 30000, "fr": 30000}`` → "Dutch and French"."""
    names = [LANGUAGE_NAMES[language] for language in languages]
    return " and ".join([", ".join(names[:-1]), names[-1]] if names[1:] else names)


def attribution(wordfreq_version: str, files: Mapping[str, bytes]) -> str:
    """The credit wordfreq's README asks for, the licence of the derived lists, and what
    each list holds (its words and SHA-256, so a test can tell it was not edited by hand)."""
    rows = "\n".join(
        f"| `{name}` | {describe(LISTS[name])} | "
        + ", ".join(f"{count}" for count in LISTS[name].values())
        + f" | {word_count(data)} | `{hashlib.sha256(data).hexdigest()}` |"
        for name, data in files.items()
    )
    return f"""\
# Word lists: attribution and licence

The `.txt.gz` files in this folder hold Dutch, French and German words (most frequent
first, with the spellings people type without accents, umlauts or `ß` added) used by
the password strength meter to recognise words an attacker tries early. They are
generated by `tools/make_wordlists.py` from the most frequent words per language of
**wordfreq {wordfreq_version}** by Robyn Speer (<https://github.com/rspeer/wordfreq>,
DOI 10.5281/zenodo.7199437), and rebuilt byte for byte by running it again.

| File | Languages | Top words taken | Words | SHA-256 |
|---|---|---|---|---|
{rows}

## Licence

wordfreq's data is licensed under the Creative Commons Attribution-ShareAlike 4.0
International licence (CC BY-SA 4.0, <https://creativecommons.org/licenses/by-sa/4.0/>).
These derived lists (filtered, merged, accent-folded) are distributed under the same
licence, CC BY-SA 4.0. The licence of the program's code does not apply to them.

## Sources credited by wordfreq

wordfreq contains data extracted from Google Books Ngrams
(<http://books.google.com/ngrams>) and Google Books Syntactic Ngrams
(<http://commondatastorage.googleapis.com/books/syntactic-ngrams/index.html>).

wordfreq contains data derived from these Creative Commons-licensed sources:

- The Leeds Internet Corpus, University of Leeds Centre for Translation Studies
  (<http://corpus.leeds.ac.uk/list.html>)
- Wikipedia, the free encyclopedia (<http://www.wikipedia.org>)
- ParaCrawl, a multilingual Web crawl (<https://paracrawl.eu>)

It contains data from OPUS OpenSubtitles 2018 (<http://opus.nlpl.eu/OpenSubtitles.php>),
whose data originates from the OpenSubtitles project (<http://www.opensubtitles.org/>).

It contains data from the SUBTLEX word lists, among them SUBTLEX-NL and SUBTLEX-DE,
created by Marc Brysbaert et al. and freely available at
<http://crr.ugent.be/programs-data/subtitle-frequencies>:

- Keuleers, E., Brysbaert, M. & New, B. (2010). SUBTLEX-NL: A new frequency measure for
  Dutch words based on film subtitles. Behavior Research Methods, 42(3), 643-650.
- Brysbaert, M., Buchmeier, M., Conrad, M., Jacobs, A.M., Bölte, J., & Böhl, A. (2011).
  The word frequency effect: A review of recent developments and implications for the
  choice of frequency estimates in German. Experimental Psychology, 58, 412-424.
- Brysbaert, M. & New, B. (2009). Moving beyond Kucera and Francis: A Critical Evaluation
  of Current Word Frequency Norms and the Introduction of a New and Improved Word
  Frequency Measure for American English. Behavior Research Methods, 41 (4), 977-990.

SUBTLEX is freely available data; it is redistributed in wordfreq with permission of
Marc Brysbaert on the condition that the SUBTLEX authors are credited.

Further sources wordfreq is built on: the OSCAR corpus (Ortiz Suárez, Sagot & Romary,
2019), the WMT 2015 news data (Bojar et al., 2015), Reddit comments, and word counts
gathered from the Twitter streaming API (statistics only, no Twitter content is
republished). wordfreq's German figures draw on all of them: Wikipedia, subtitles
(OpenSubtitles and SUBTLEX-DE), news, Google Books, the OSCAR web corpus, Twitter and
Reddit.
"""


def build(top_n_list: Callable[[str, int], list[str]], wordfreq_version: str) -> dict[str, bytes]:
    """Every file's bytes: the word lists, then the attribution (which describes them)."""
    files = {
        name: gzip_bytes(
            "".join(
                f"{word}\n"
                for word in merged_words(
                    {language: top_n_list(language, count) for language, count in top.items()}
                )
            )
        )
        for name, top in LISTS.items()
    }
    return {**files, ATTRIBUTION_FILE: attribution(wordfreq_version, files).encode("utf-8")}


def main(argv: list[str] | None = None) -> int:
    """Generate the files; ``--check`` only reports whether they are up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT_DIR, help="target folder")
    parser.add_argument("--check", action="store_true", help="fail if the files would change")
    args = parser.parse_args(argv)

    from wordfreq import top_n_list

    outputs = build(top_n_list, version("wordfreq"))
    stale = [
        name
        for name, data in outputs.items()
        if not (args.output / name).is_file() or (args.output / name).read_bytes() != data
    ]
    if args.check:
        for name in stale:
            print(f"{args.output / name} is out of date", file=sys.stderr)
        return 1 if stale else 0
    args.output.mkdir(parents=True, exist_ok=True)
    for name, data in outputs.items():
        (args.output / name).write_bytes(data)
        if name in LISTS:
            print(f"{name}: {word_count(data)} words, {len(data)} bytes gzip → {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
