"""zxcvbn's pattern matching, with our dictionaries, AZERTY walks and recent years.

zxcvbn 4.5 keeps its dictionaries and keyboard graphs in module globals and its
top-level ``zxcvbn()`` writes the user's personal words into one of them, so two checks
at once (GUI thread and a worker) would see each other's words. Here every matcher gets
its tables as arguments and nothing global is changed. The matchers that zxcvbn hard-
wires to its own globals are re-implemented in a few lines each, following zxcvbn's code:

- dictionary lookups stop at the longest known word and at a start no word has
  (zxcvbn tries every substring, which makes long passwords slow for no gain),
- l33t matching translates each substring only in the ways its own look-alikes allow
  (zxcvbn re-translates the whole password for every combination),
- repeat matching scores the repeated unit with our tables,
- spatial matching adds the AZERTY graphs and estimates their guesses itself,
- "word + digits + symbols" is one pattern (:func:`mangled_word_match`),
- the "recent year" pattern covers 2020-2049 (zxcvbn 4.5 stops at 2019),
- dates are only searched for when there are at least 4 digits.

Everything returns zxcvbn's match dictionaries, so zxcvbn's formulas price them and
``strength_scoring`` picks the cheapest sequence. Tests compare the results with zxcvbn's
own matchers.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wizard.core import azerty
from wizard.core.wordlists import PREFIX_LENGTHS

Match = dict[str, Any]

RECENT_YEAR = re.compile(r"19\d\d|20[0-4]\d")
_REFERENCE_YEAR = 2017  # zxcvbn.scoring.REFERENCE_YEAR and MIN_YEAR_SPACE: its year price
_MIN_YEAR_SPACE = 20
_DIGITS = re.compile(r"[0-9]{1,4}(?![0-9])")  # a whole run of 1-4 digits
_SYMBOLS = re.compile(r"(?:[^\w\s]|_){1,2}(?!(?:[^\w\s]|_))")  # a whole run of 1-2 symbols
_SYMBOL_SPACE = 33  # zxcvbn's "symbols" character class
MANGLING_RULES = 10  # word+digits+symbols is one of the few first rules crackers try
_REGEXEN = {"recent_year": RECENT_YEAR}
# zxcvbn.scoring.MIN_SUBMATCH_GUESSES_MULTI_CHAR: a walk inside a longer password is
# never estimated below this (zxcvbn applies it only to guesses it computes itself).
_MIN_SUBMATCH_GUESSES = 50

_DIGIT = re.compile(r"\d")  # a date has at least 4 digits ("1.1.91"): fewer, skip the search
_GREEDY = re.compile(r"(.+)\1+")
_LAZY = re.compile(r"(.+?)\1+")
_LAZY_ANCHORED = re.compile(r"^(.+?)\1+$")


@dataclass(frozen=True)
class Tables:
    """Named word → rank tables to match against, and what lets a search stop early.

    ``longest`` is the longest word in any table. ``prefixes`` holds the first 3 and 5
    characters of every word of at least that length (in any table): a substring of 3 or
    5 characters that is not among them cannot grow into a word, so the search moves
    on. For random characters that ends most searches after 3 characters instead of 28.
    """

    tables: Mapping[str, Mapping[str, int]]
    longest: int
    prefixes: Collection[str]


def omnimatch(password: str, tables: Tables) -> list[Match]:
    """Every pattern zxcvbn knows, plus AZERTY walks, sorted as zxcvbn sorts them."""
    from zxcvbn import matching

    words = [*dictionary_match(password, tables), *l33t_match(password, tables)]
    matches = [
        *words,
        *mangled_word_match(password, words),
        *reverse_dictionary_match(password, tables),
        *matching.spatial_match(password, _graphs=matching.GRAPHS),
        *azerty_match(password),
        *repeat_match(password, tables),
        *matching.sequence_match(password),
        *matching.regex_match(password, _regexen=_REGEXEN),
        *(matching.date_match(password) if _DIGIT.findall(password)[3:] else ()),
    ]
    return sorted(matches, key=lambda match: (match["i"], match["j"]))


def dictionary_match(password: str, tables: Tables) -> list[Match]:
    """zxcvbn's dictionary matcher, trying only substrings as long as a known word."""
    matches: list[Match] = []
    length = len(password)
    lower = password.lower()
    named_tables = list(tables.tables.items())
    prefixes = tables.prefixes
    for i in range(length):
        for j in range(i, min(length, i + tables.longest)):
            word = lower[i : j + 1]
            if j - i + 1 in PREFIX_LENGTHS and word not in prefixes:
                break
            matches += _word_matches(password, i, j, word, named_tables)
    return matches


def _word_matches(
    password: str, i: int, j: int, word: str, named_tables: Sequence[tuple[str, Mapping[str, int]]]
) -> list[Match]:
    """zxcvbn's dictionary match records for ``word`` (read at ``i..j``), one per list."""
    return [
        {
            "pattern": "dictionary",
            "i": i,
            "j": j,
            "token": password[i : j + 1],
            "matched_word": word,
            "rank": rank,
            "dictionary_name": name,
            "reversed": False,
            "l33t": False,
        }
        for name, table in named_tables
        if (rank := table.get(word)) is not None
    ]


def reverse_dictionary_match(password: str, tables: Tables) -> list[Match]:
    """Words typed backwards (``meolbennoz``)."""
    last = len(password) - 1
    matches = dictionary_match(password[::-1], tables)
    for match in matches:
        match["token"] = match["token"][::-1]
        match["reversed"] = True
        match["i"], match["j"] = last - match["j"], last - match["i"]
    return matches


def l33t_match(password: str, tables: Tables) -> list[Match]:
    """Words with look-alike substitutions (``z0nn3bl03m``): the matches zxcvbn finds.

    zxcvbn translates the whole password once per combination of substitutions (24 for
    a random password full of symbols) and looks up every substring each time. Here each
    substring is translated only in the ways its own look-alike characters allow, and a
    reading is dropped as soon as no word starts like it: zxcvbn's matches of words made
    of letters (and a few more: zxcvbn never reads two look-alikes as the same letter, so
    it misses ``p@n@m4``) for a fraction of the look-ups. See :func:`_extend` for the one
    kind of match zxcvbn finds and this does not.
    """
    from zxcvbn.matching import L33T_TABLE

    letters_for: dict[str, list[str]] = {}
    for letter, look_alikes in L33T_TABLE.items():
        for char in look_alikes:
            if char in password:
                letters_for.setdefault(char, []).append(letter)
    if not letters_for:
        return []
    matches: list[Match] = []
    lower = password.lower()
    length = len(password)
    named_tables = list(tables.tables.items())
    prefixes = tables.prefixes
    for i in range(length):
        seen: set[str] = set()
        readings: list[tuple[dict[str, str], dict[int, str]]] = [({}, {})]  # as typed
        for j in range(i, min(length, i + tables.longest)):
            char = lower[j]
            if char in letters_for and char not in seen:
                seen.add(char)
                readings = _extend(readings, char, letters_for[char])
            window = lower[i : j + 1]
            alive = []
            for sub, translation in readings:
                word = window.translate(translation) if sub else window
                if j - i + 1 in PREFIX_LENGTHS and word not in prefixes:
                    continue  # no word starts like this, however it goes on
                alive.append((sub, translation))
                if not sub or j == i:
                    continue  # nothing substituted yet, or a lone character
                for match in _word_matches(password, i, j, word, named_tables):
                    matches.append({**match, "l33t": True, "sub": sub})
            readings = alive
            if not readings:
                break
    return matches


def _extend(
    readings: list[tuple[dict[str, str], dict[int, str]]], char: str, letters: list[str]
) -> list[tuple[dict[str, str], dict[int, str]]]:
    """Each reading once per letter the newly seen look-alike ``char`` can stand for.

    A look-alike is always read as a letter, never kept as itself: that bounds the
    readings of a window by 2^3 (only ``1``, ``|`` and ``7`` stand for two letters).
    zxcvbn sometimes also keeps one as itself and so finds ``heart1`` (a common password)
    in ``h3@r71``, where we find ``heart`` and a brute-forced ``1``; allowing that here
    made 40 digits cost 35 ms.
    """
    extended = []
    for sub, _ in readings:
        for letter in letters:
            wider = {**sub, char: letter}
            extended.append((wider, str.maketrans(wider)))
    return extended


def mangled_word_match(password: str, words: list[Match]) -> list[Match]:
    """A word followed by digits and symbols (``Bonjour2024!``), priced as one pattern.

    Password crackers' first rules append a year or a few digits and a symbol to every
    word. zxcvbn prices word, year and symbol as three separate patterns and adds 10^8
    for a three-part sequence, so ``Bonjour2024!`` scores 3; one rule costs the attacker
    the word's guesses times the suffixes tried (times :data:`MANGLING_RULES` for the
    choice of rule).
    """
    from zxcvbn.scoring import estimate_guesses

    matches: list[Match] = []
    for word in words:
        end = word["j"] + 1
        for suffix, suffix_guesses, year in _suffixes(password, end):
            guesses = float(estimate_guesses(word, password)) * suffix_guesses * MANGLING_RULES
            matches.append(
                {
                    **word,
                    "j": end + len(suffix) - 1,
                    "token": word["token"] + suffix,
                    "guesses": guesses,
                    "mangled": True,
                    "year_suffix": year,
                }
            )
    return matches


def _suffixes(password: str, start: int) -> list[tuple[str, float, bool]]:
    """Digits then symbols, or symbols then digits, right after ``start``: (text, guesses,
    whether the digits are a year)."""
    found: list[tuple[str, float, bool]] = []
    for first, second in ((_DIGITS, _SYMBOLS), (_SYMBOLS, _DIGITS)):
        head = first.match(password, start)
        if not head:
            continue
        tail = second.match(password, head.end())
        if not tail:
            continue
        digits = head.group() if first is _DIGITS else tail.group()
        symbols = tail.group() if first is _DIGITS else head.group()
        year = bool(RECENT_YEAR.fullmatch(digits))
        if year:
            digit_guesses = float(max(abs(int(digits) - _REFERENCE_YEAR), _MIN_YEAR_SPACE))
        else:
            digit_guesses = 10.0 ** len(digits)
        guesses = digit_guesses * _SYMBOL_SPACE ** len(symbols)
        found.append((head.group() + tail.group(), guesses, year))
    return found


def azerty_match(password: str) -> list[Match]:
    """Walks on the Belgian and French AZERTY keyboards, with their guesses set."""
    from zxcvbn import matching

    matches: list[Match] = []
    for name, graph in azerty.graphs().items():
        for match in matching.spatial_match_helper(password, graph, name):
            token = match["token"]
            shifted = match["shifted_count"] + (token[0] in azerty.shifted_characters(name))
            guesses = azerty.spatial_guesses(name, len(token), match["turns"], shifted)
            if len(token) < len(password):
                guesses = max(guesses, _MIN_SUBMATCH_GUESSES)
            match.update(shifted_count=shifted, guesses=guesses)
            matches.append(match)
    return matches


def repeat_match(password: str, tables: Tables) -> list[Match]:
    """Repeated parts (``zonzonzon``), the repeated unit scored with our tables."""
    from wizard.core.strength_scoring import as_decimal, most_guessable_match_sequence

    matches: list[Match] = []
    last_index = 0
    while last_index < len(password):
        greedy = _GREEDY.search(password, pos=last_index)
        lazy = _LAZY.search(password, pos=last_index)
        if not greedy or not lazy:
            break
        if len(greedy.group(0)) > len(lazy.group(0)):
            found = greedy
            anchored = _LAZY_ANCHORED.search(found.group(0))
            base_token = anchored.group(1) if anchored else found.group(1)
        else:
            found = lazy
            base_token = found.group(1)
        i, j = found.start(), found.end() - 1
        base = most_guessable_match_sequence(base_token, omnimatch(base_token, tables))
        matches.append(
            {
                "pattern": "repeat",
                "i": i,
                "j": j,
                "token": found.group(0),
                "base_token": base_token,
                "base_guesses": as_decimal(base.guesses),
                "base_matches": base.sequence,
                "repeat_count": len(found.group(0)) / len(base_token),
            }
        )
        last_index = j + 1
    return matches
