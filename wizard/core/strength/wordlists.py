"""The ranked dictionaries the strength meter matches against, loaded once on demand.

zxcvbn's English lists and ours (``wizard/resources/wordlists/``: Dutch + French in
``nl-fr.txt.gz``, German in ``de.txt.gz``, built by ``tools/make_wordlists.py``) are merged
into one table: zxcvbn looks every substring up in every dictionary, so one table instead
of eight makes a check several times faster. Keeping only the lowest rank of a word gives
the same guess estimate zxcvbn would compute from the separate lists (it keeps the
cheapest match anyway).

Loading costs a few hundred milliseconds and imports zxcvbn's 800 KB word module, so it
happens in :func:`load_dictionaries`, never at import time: the wizard paints its first
page before anything here runs.
"""

from __future__ import annotations

import bisect
import gzip
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

# Our lists: the name of each table (shown as a match's source) → its file.
WORDLISTS = {"nl_fr": "nl-fr.txt.gz", "de": "de.txt.gz"}
USER_INPUTS = "user_inputs"  # zxcvbn's name for the per-check personal words

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l"})
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


PREFIX_LENGTHS = (3, 5)  # where a search checks it can still become a word


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per process
class Dictionaries:
    """Every known word with its best rank and which list gave that rank, plus search limits.

    ``longest`` (the longest word) and ``prefixes`` (the first 3 and 5 characters of
    every word, :data:`PREFIX_LENGTHS`, and the words of 1 or 2) let the matcher stop
    extending a substring that cannot become a word, which keeps long passwords fast;
    ``reach`` (each start of 5 → the length of the longest word beginning with it) stops
    it at the longest word that can still match.
    """

    ranks: Mapping[str, int]
    sources: Mapping[str, str]
    longest: int
    prefixes: frozenset[str]
    reach: Mapping[str, int]


_lock = threading.Lock()
_loaded: Dictionaries | None = None


def fold_accents(word: str) -> str:
    """``écureuil`` → ``ecureuil``, ``cœur`` → ``coeur`` (same rule as the list builder)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def spell_umlauts(word: str) -> str:
    """``Müller`` → ``Mueller``: German umlauts typed without their key (the list builder
    adds the same spelling of every German word, next to the ``fold_accents`` one)."""
    return word.translate(_UMLAUTS)


def default_wordlists() -> dict[str, Path]:
    """The shipped lists by table name (:data:`WORDLISTS`)."""
    from wizard.paths import resources_dir

    return {name: resources_dir() / "wordlists" / file for name, file in WORDLISTS.items()}


def read_wordlist(path: Path) -> list[str]:
    """Words of a gzip list in rank order (line 1 is rank 1)."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return [word for word in text.split("\n") if word]


def merge(tables: Mapping[str, Mapping[str, int]]) -> tuple[dict[str, int], dict[str, str]]:
    """Merge ranked tables (name → word → rank), keeping each word's best rank and its table.

    On equal ranks the table named first wins, so put ``passwords`` first: "this is a
    common password" is the most useful thing to tell the user. Only the words found in
    several tables are compared in Python; the rest is copied by C code (a plain loop
    over all ~190,000 entries is several times slower).
    """
    ranks: dict[str, int] = {}
    sources: dict[str, str] = {}
    for name, table in tables.items():
        fresh = dict(table)
        for word in table.keys() & ranks.keys():
            if table[word] >= ranks[word]:
                del fresh[word]
        ranks.update(fresh)
        sources.update(dict.fromkeys(fresh, name))
    return ranks, sources


def prefixes_of(words: Iterable[str]) -> frozenset[str]:
    """The starts of :data:`PREFIX_LENGTHS` characters of the words at least that long,
    and the words shorter than that: a search first asks whether a word of 3 or more
    letters starts somewhere, and if not, only looks for the shorter ones."""
    words = list(words)
    shortest = min(PREFIX_LENGTHS)
    return frozenset(
        word[:length] for word in words for length in PREFIX_LENGTHS if len(word) >= length
    ) | frozenset(word for word in words if len(word) < shortest)


def starts_of(words: Iterable[str]) -> tuple[frozenset[str], dict[str, int]]:
    """:func:`prefixes_of` the words, and each of their starts of the longest of
    :data:`PREFIX_LENGTHS` → the length of the longest word beginning with it.

    Done by C code over the words sorted by length (longer words come later and
    overwrite), and the shorter starts are cut from the longer ones, as a Python loop
    over the 140,000 words takes a noticeable part of loading.
    """
    by_length = sorted(words, key=len)
    *smaller, largest = sorted(PREFIX_LENGTHS)
    long_from = bisect.bisect_left(by_length, largest, key=len)
    longer = by_length[long_from:]
    reach = dict(zip(map(itemgetter(slice(largest)), longer), map(len, longer), strict=True))
    starts = set(reach)
    starts.update(by_length[: bisect.bisect_left(by_length, min(PREFIX_LENGTHS), key=len)])
    for size in smaller:
        shorter = by_length[bisect.bisect_left(by_length, size, key=len) : long_from]
        starts.update(map(itemgetter(slice(size)), reach))
        starts.update(map(itemgetter(slice(size)), shorter))
    return frozenset(starts), reach


def ranked(words: Sequence[str]) -> dict[str, int]:
    """word → rank (1 for the first line); a repeated word keeps its first rank."""
    return dict(zip(reversed(words), range(len(words), 0, -1), strict=True))


def build_dictionaries(wordlists: Mapping[str, Path] | None = None) -> Dictionaries:
    """zxcvbn's lists plus ours (or ``wordlists``: table name → file), merged; uncached,
    for tools and tests."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS
    from zxcvbn.matching import RANKED_DICTIONARIES  # built by zxcvbn at its import

    names = ["passwords", *(name for name in FREQUENCY_LISTS if name != "passwords")]
    tables: dict[str, Mapping[str, int]] = {name: RANKED_DICTIONARIES[name] for name in names}
    for name, path in (default_wordlists() if wordlists is None else wordlists).items():
        tables[name] = ranked(read_wordlist(path))
    ranks, sources = merge(tables)
    longest = max(map(len, ranks), default=0)
    prefixes, reach = starts_of(ranks)
    return Dictionaries(ranks, sources, longest, prefixes, reach)


def load_dictionaries() -> Dictionaries:
    """The merged dictionaries, built at the first call (thread-safe), then cached.

    The GUI calls this from a worker once the first page is shown; the first strength
    check calls it too, so nothing breaks if nobody preloads.
    """
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = build_dictionaries()
        return _loaded


def dictionaries_loaded() -> bool:
    """Whether :func:`load_dictionaries` has already done its work."""
    return _loaded is not None
