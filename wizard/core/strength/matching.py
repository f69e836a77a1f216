"""zxcvbn's pattern matching, with our dictionaries, AZERTY/QWERTZ walks and recent years.

zxcvbn 4.5 keeps its dictionaries and keyboard graphs in module globals and its
top-level ``zxcvbn()`` writes the user's personal words into one of them, so two checks
at once (GUI thread and a worker) would see each other's words. Here every matcher gets
its tables as arguments and nothing global is changed. The matchers are re-implemented
after zxcvbn's code, finding the same matches (tests compare them with zxcvbn's own
and with the plain versions these replaced) with far less work per key press:

- dictionary look-ups stop where no word starts like the substring or none is that
  long (zxcvbn tries every substring against every list),
- l33t matching reads each substring only in the ways its own look-alikes allow
  (zxcvbn re-translates the whole password for every combination),
- keyboard walks look each pair of characters up once for all keyboards, dates only
  try digits and their longest readings first, repeats only try the places that could
  start one,
- repeat matching scores the repeated unit with our tables,
- spatial matching adds the AZERTY and QWERTZ graphs and estimates their guesses itself,
- "word + digits + symbols" is one pattern (:func:`mangled_word_match`),
- the "recent year" pattern covers 2020-2049 (zxcvbn 4.5 stops at 2019),
- dates are only searched for when there are at least 4 digits.

Everything returns zxcvbn's match dictionaries, so zxcvbn's formulas price them and
``strength_scoring`` picks the cheapest sequence; :func:`analyse` does both, looking at
the matches covering the whole password first, which often settle it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from zxcvbn import matching  # imported with this module, which is imported on first use

from wizard.core.strength import azerty
from wizard.core.strength.scoring import (
    Estimate,
    as_decimal,
    estimate_guesses,
    most_guessable_match_sequence,
    single_answer,
)
from wizard.core.strength.wordlists import PREFIX_LENGTHS

Match = dict[str, Any]

RECENT_YEAR = re.compile(r"19\d\d|20[0-4]\d")
_REFERENCE_YEAR = 2017  # zxcvbn.scoring.REFERENCE_YEAR and MIN_YEAR_SPACE: its year price
_MIN_YEAR, _MAX_YEAR = 1000, 2050  # zxcvbn.matching.DATE_MIN_YEAR and DATE_MAX_YEAR
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
_DIGIT_RUN = re.compile(r"\d{4,}")  # where a date without separators can be
_SEPARATED_START = re.compile(r"(?=\d{1,4}[\s/\\_.-])")  # where a date with them can start
_SHORTEST_CHECK = min(PREFIX_LENGTHS)  # shorter words are listed whole in Tables.prefixes
_LONGEST_DATE = 10  # "11/11/1991"
_LONGEST_SUFFIX = 6  # 4 digits and 2 symbols (_DIGITS, _SYMBOLS)
_MAYBE_DATE_SEPARATED = re.compile(r"^(\d{1,4})([\s/\\_.-])(\d{1,2})\2(\d{1,4})$")  # zxcvbn's
_GREEDY = re.compile(r"(.+)\1+")
_LAZY = re.compile(r"(.+?)\1+")
_LAZY_ANCHORED = re.compile(r"^(.+?)\1+$")


@dataclass(frozen=True)
class Tables:
    """Named word → rank tables to match against, and what lets a search stop early.

    ``longest`` is the longest word in any table. ``prefixes`` holds the first 3 and 5
    characters of every word of at least that length, and the words of 1 or 2
    characters (in any table; see ``wordlists.prefixes_of``): a substring of 3 or 5
    characters that is not among them cannot grow into a word, so the search moves on.
    For random characters that ends most searches after 3 characters instead of 28.
    ``reach`` (optional) gives for a start of 5 the length of the longest word beginning
    with it, so a search that got past it stops there instead of at ``longest``: a
    Dutch compound runs to 28 letters, most words that start like ``zonne`` do not.
    """

    tables: Mapping[str, Mapping[str, int]]
    longest: int
    prefixes: Collection[str]
    reach: Mapping[str, int] = field(default_factory=dict)


def prepare() -> None:
    """Build what the matchers build on first use (the keyboards' table of neighbours)."""
    _keyboards()


def analyse(
    password: str, tables: Tables, stop_at: float = math.inf, unless_from: str | None = None
) -> Estimate:
    """zxcvbn's estimate for ``password``: its cheapest sequence of matches.

    The matches covering all of it are found first: when the cheapest of them (or brute
    force) costs at most 10002 guesses, no sequence of two or more can do better (see
    ``strength_scoring.single_answer``) and the others are never looked for. That
    decides common passwords and repeats of them (``1234567890`` four times) at once.
    Otherwise the search may stop at ``stop_at`` (see ``most_guessable_match_sequence``),
    unless a match comes from the table ``unless_from``.
    """
    bases: dict[str, Estimate] = {}  # repeated parts, scored once
    answer = single_answer(password, whole_matches(password, tables, bases))
    if answer is not None:
        return answer
    matches = omnimatch(password, tables, bases)
    if unless_from is not None and any(
        match.get("dictionary_name") == unless_from for match in matches
    ):
        stop_at = math.inf
    return most_guessable_match_sequence(password, matches, stop_at=stop_at)


def whole_matches(
    password: str, tables: Tables, bases: dict[str, Estimate] | None = None
) -> list[Match]:
    """The matches of :func:`omnimatch` that cover all of ``password``, in its order.

    Each matcher is only asked where it could cover everything: a word (with digits and
    symbols after it) no longer than the longest word and suffix, one walk, a repeat
    from the first character, the same step between all characters, a date of at most
    10 characters; and then only from the first character, or filtered where that costs
    little. ``bases`` are the repeated parts already scored.
    """
    last = len(password) - 1
    if last < 0:
        return []
    found: list[Match] = []
    if last < tables.longest + _LONGEST_SUFFIX:
        words = [
            *dictionary_match(password, tables, starts=(0,)),
            *l33t_match(password, tables, starts=(0,)),
        ]
        backwards = dictionary_match(password[::-1], tables, starts=(0,))
        found += [
            *words,
            *mangled_word_match(password, words),
            *_reversed(password, [match for match in backwards if match["j"] == last]),
        ]
    if last:
        if _one_walk(password):
            found += [match for walks in keyboard_walks(password) for match in walks]
        if _first_repeat(password, 0, 1) == 0:
            found.append(_repeat_at(password, 0, tables, {} if bases is None else bases))
        if _one_step(password):
            found += matching.sequence_match(password)
        found += matching.regex_match(password, _regexen=_REGEXEN)
        if last < _LONGEST_DATE and _DIGIT.findall(password)[3:]:
            found += date_match(password)
    return [match for match in found if match["i"] == 0 and match["j"] == last]


def _one_step(password: str) -> bool:
    """Whether the same difference of code points lies between all the characters."""
    step = ord(password[1]) - ord(password[0])
    return all(ord(password[k]) - ord(password[k - 1]) == step for k in range(2, len(password)))


def omnimatch(
    password: str, tables: Tables, bases: dict[str, Estimate] | None = None
) -> list[Match]:
    """Every pattern zxcvbn knows, plus AZERTY/QWERTZ walks, sorted as zxcvbn sorts them.

    ``bases`` are the repeated parts already scored (see :func:`repeat_match`)."""
    if len(password) < 2:
        # A lone character (the unit of "$$" or "ee", scored for each repeat) can only
        # be a word: walks and repeats need 2 or 3 characters, dates and years 4,
        # zxcvbn's sequences 2, a substitution a second character.
        return [*dictionary_match(password, tables), *reverse_dictionary_match(password, tables)]
    words = [*dictionary_match(password, tables), *l33t_match(password, tables)]
    walks, azerty_walks = keyboard_walks(password)
    matches = [
        *words,
        *mangled_word_match(password, words),
        *reverse_dictionary_match(password, tables),
        *walks,
        *azerty_walks,
        *repeat_match(password, tables, bases),
        *matching.sequence_match(password),
        *matching.regex_match(password, _regexen=_REGEXEN),
        *(date_match(password) if _DIGIT.findall(password)[3:] else ()),
    ]
    return sorted(matches, key=lambda match: (match["i"], match["j"]))


def dictionary_match(
    password: str, tables: Tables, starts: Iterable[int] | None = None
) -> list[Match]:
    """zxcvbn's dictionary matcher, trying only substrings that can still become a word
    (and only those beginning at ``starts``, if given)."""
    matches: list[Match] = []
    length = len(password)
    lower = password.lower()
    main_name, main, others, other_words = _split(tables)
    prefixes, reach, longest = tables.prefixes, tables.reach, tables.longest
    for i in range(length) if starts is None else starts:
        end = min(length, i + longest)  # one past the last j worth trying
        j = i
        if end - i >= _SHORTEST_CHECK and lower[i : i + _SHORTEST_CHECK] not in prefixes:
            end = i + _SHORTEST_CHECK - 1  # only a shorter word, which prefixes lists
        while j < end:
            word = lower[i : j + 1]
            if j - i + 1 in PREFIX_LENGTHS:
                if word not in prefixes:
                    break
                end = min(end, i + reach.get(word, longest))
            if j - i + 1 < _SHORTEST_CHECK and word not in prefixes:
                j += 1
                continue  # not one of the few words of 1 or 2 characters
            rank = main.get(word)
            if rank is not None:
                matches.append(_word_found(password, i, j, word, rank, main_name))
            if word in other_words:
                for name, table in others:
                    if word in table:
                        matches.append(_word_found(password, i, j, word, table[word], name))
            j += 1
    return matches


def _word_found(password: str, i: int, j: int, word: str, rank: int, name: str) -> Match:
    """zxcvbn's record of a dictionary match: ``word`` read at ``i..j``."""
    return {
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


def reverse_dictionary_match(password: str, tables: Tables) -> list[Match]:
    """Words typed backwards (``meolbennoz``)."""
    return _reversed(password, dictionary_match(password[::-1], tables))


def _reversed(password: str, matches: list[Match]) -> list[Match]:
    """Matches in the reversed password turned into zxcvbn's reversed-word matches."""
    last = len(password) - 1
    for match in matches:
        match["token"] = match["token"][::-1]
        match["reversed"] = True
        match["i"], match["j"] = last - match["j"], last - match["i"]
    return matches


def l33t_match(password: str, tables: Tables, starts: Iterable[int] | None = None) -> list[Match]:
    """Words with look-alike substitutions (``z0nn3bl03m``): the matches zxcvbn finds
    (those beginning at ``starts``, if given).

    zxcvbn translates the whole password once per combination of substitutions (24 for
    a random password full of symbols) and looks up every substring each time. Here each
    substring is read only in the ways its own look-alike characters allow, each reading
    growing one character at a time, and a reading is dropped as soon as no word starts
    like it: zxcvbn's matches of words made of letters (and a few more: zxcvbn never
    reads two look-alikes as the same letter, so it misses ``p@n@m4``) for a fraction of
    the look-ups.

    A look-alike is always read as a letter, never kept as itself: that bounds the
    readings of a window by 2^3 (only ``1``, ``|`` and ``7`` stand for two letters).
    zxcvbn sometimes also keeps one as itself and so finds ``heart1`` (a common password)
    in ``h3@r71``, where we find ``heart`` and a brute-forced ``1``; allowing that here
    made 40 digits cost 35 ms. Within a window a look-alike keeps the letter it was
    first read as, so a reading is just the window's text read that way.
    """
    letters_for: dict[str, list[str]] = {}
    for letter, look_alikes in matching.L33T_TABLE.items():
        for char in look_alikes:
            if char in password:
                letters_for.setdefault(char, []).append(letter)
    if not letters_for:
        return []
    matches: list[Match] = []
    lower = password.lower()
    length = len(password)
    main_name, main, others, other_words = _split(tables)
    prefixes, reach, longest = tables.prefixes, tables.reach, tables.longest
    for i in range(length) if starts is None else starts:
        first: dict[str, int] = {}  # each look-alike in the window → where it first is
        # While each look-alike so far stands for one letter, there is one reading.
        word = ""
        end = min(length, i + longest)  # one past the last j worth trying
        parting = False
        j = i
        while j < end:
            char = lower[j]
            letters = letters_for.get(char)
            if letters is not None:
                if char in first:  # read as before in this window
                    char = word[first[char]]
                elif len(letters) > 1:
                    parting = True  # the readings part ways: see below
                    break
                else:
                    first[char] = j - i
                    char = letters[0]
            word += char
            if j - i + 1 in PREFIX_LENGTHS:
                if word not in prefixes:
                    break  # no word starts like this, however it goes on
                end = min(end, i + reach.get(word, longest))
            if first and j > i:  # substituted, and not a lone character
                rank = main.get(word)
                if rank is not None:
                    matches.append(_l33t_found(password, i, j, word, rank, main_name, first))
                if word in other_words:
                    for name, table in others:
                        if word in table:
                            found = _l33t_found(password, i, j, word, table[word], name, first)
                            matches.append(found)
            j += 1
        if not parting:
            continue
        # Several readings from here: each (the window read one way, one past the last
        # j worth trying for it).
        readings: list[tuple[str, int]] = [(word, end)]
        for j in range(j, end):  # noqa: B020  (continues from where the loop above stopped)
            char = lower[j]
            letters = letters_for.get(char)
            at = -1  # where this look-alike was first read, if it was
            if letters is not None:
                if char in first:  # read as before in this window
                    at = first[char]
                else:  # a new look-alike: one reading per letter it can stand for
                    first[char] = j - i
                    readings = [
                        (word + letter, end) for word, end in readings for letter in letters
                    ]
                    char = ""  # already added
            checked = j - i + 1 in PREFIX_LENGTHS
            substituted = j > i  # a look-alike is in the window; not a lone character
            grown, readings = readings, []
            for word, end in grown:
                if j >= end:
                    continue  # longer than any word that starts like this one
                word += char if at < 0 else word[at]
                if checked:
                    if word not in prefixes:
                        continue  # no word starts like this, however it goes on
                    end = min(end, i + reach.get(word, longest))
                readings.append((word, end))
                if not substituted:
                    continue
                rank = main.get(word)
                if rank is not None:
                    matches.append(_l33t_found(password, i, j, word, rank, main_name, first))
                if word in other_words:
                    for name, table in others:
                        if word in table:
                            found = _l33t_found(password, i, j, word, table[word], name, first)
                            matches.append(found)
            if not readings:
                break
    return matches


def _l33t_found(
    password: str, i: int, j: int, word: str, rank: int, name: str, first: dict[str, int]
) -> Match:
    """zxcvbn's record of a l33t match: ``word`` read at ``i..j``, each look-alike as the
    letter it was first read as (``first``: look-alike → where it first is)."""
    match = _word_found(password, i, j, word, rank, name)
    match["l33t"] = True
    match["sub"] = {alike: word[place] for alike, place in first.items()}
    return match


def _split(
    tables: Tables,
) -> tuple[str, Mapping[str, int], list[tuple[str, Mapping[str, int]]], frozenset[str]]:
    """The first table (name, words) and the others, with all the others' words in one
    set: the others are the user's own few words, so most look-ups are one, not two."""
    (name, table), *others = tables.tables.items()
    return name, table, others, frozenset().union(*(other.keys() for _, other in others))


def mangled_word_match(password: str, words: list[Match]) -> list[Match]:
    """A word followed by digits and symbols (``Bonjour2024!``), priced as one pattern.

    Password crackers' first rules append a year or a few digits and a symbol to every
    word. zxcvbn prices word, year and symbol as three separate patterns and adds 10^8
    for a three-part sequence, so ``Bonjour2024!`` scores 3; one rule costs the attacker
    the word's guesses times the suffixes tried (times :data:`MANGLING_RULES` for the
    choice of rule).
    """
    matches: list[Match] = []
    suffixes: dict[int, list[tuple[str, float, bool]]] = {}  # many words end at one place
    for word in words:
        end = word["j"] + 1
        if end not in suffixes:
            suffixes[end] = _suffixes(password, end)
        for suffix, suffix_guesses, year in suffixes[end]:
            guesses = estimate_guesses(word, password) * suffix_guesses * MANGLING_RULES
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


def keyboard_walks(password: str) -> tuple[list[Match], list[Match]]:
    """Walks on zxcvbn's own keyboards (QWERTY, Dvorak, keypads) as zxcvbn finds them,
    and on the Belgian and French AZERTY and the German QWERTZ ones with their guesses
    set: the pairs of neighbouring keys are looked up once for all seven keyboards."""
    walks = _walks(password)
    own = [match for match in walks if match["graph"] in matching.GRAPHS]
    matches = [match for match in walks if match["graph"] not in matching.GRAPHS]
    for match in matches:
        name, token = match["graph"], match["token"]
        shifted = match["shifted_count"] + (token[0] in azerty.shifted_characters(name))
        guesses = azerty.spatial_guesses(name, len(token), match["turns"], shifted)
        if len(token) < len(password):
            guesses = max(guesses, _MIN_SUBMATCH_GUESSES)
        match.update(shifted_count=shifted, guesses=guesses)
    return own, matches


def _walks(password: str) -> list[Match]:
    """``zxcvbn.matching.spatial_match_helper`` on each keyboard in turn: the same walks.

    zxcvbn starts at each character and scans the six neighbours of its key for the
    next one. A walk is a longest run of neighbouring pairs, so here every pair of
    characters is looked up once, in a table saying on which keyboards the second is
    next to the first; only runs of at least two pairs are then followed key by key.
    """
    names, pairs, steps = _keyboards()
    length = len(password)
    on = [pairs.get(password[j - 1 : j + 1], 0) for j in range(1, length)]  # pair j-1, j
    anywhere = 0
    for bits in on:
        anywhere |= bits
    matches: list[Match] = []
    if not anywhere:
        return matches
    for index, name in enumerate(names):
        bit = 1 << index
        if not anywhere & bit:
            continue
        shift_counts = name in ("qwerty", "dvorak")  # zxcvbn counts a shifted first key there
        keys = steps[index]
        j = 1
        while j < length:
            if not on[j - 1] & bit:
                j += 1
                continue
            i = j - 1  # a walk from i: extend j while password[j] neighbours password[j - 1]
            while j < length and on[j - 1] & bit:
                j += 1
            if j - i > 2:  # walks of 1 or 2 keys are not patterns
                turns = 0
                last_direction = -1
                first_shifted = shift_counts and matching.SHIFTED_RX.search(password[i])
                shifted_count = 1 if first_shifted else 0
                for step in range(i + 1, j):
                    direction, shifted = keys[password[step - 1]][password[step]]
                    shifted_count += shifted
                    if direction != last_direction:
                        turns += 1  # every walk starts with a turn
                        last_direction = direction
                matches.append(
                    {
                        "pattern": "spatial",
                        "i": i,
                        "j": j - 1,
                        "token": password[i:j],
                        "graph": name,
                        "turns": turns,
                        "shifted_count": shifted_count,
                    }
                )
            j += 1  # the pair j-1, j does not neighbour: the next walk starts at j at most
    return matches


def _one_walk(password: str) -> bool:
    """Whether all of ``password`` could be one walk on one keyboard."""
    pairs = _keyboards()[1]
    common = -1
    for j in range(1, len(password)):
        common &= pairs.get(password[j - 1 : j + 1], 0)
        if not common:
            return False
    return True


_Steps = dict[str, dict[str, tuple[int, int]]]


@cache
def _keyboards() -> tuple[tuple[str, ...], dict[str, int], list[_Steps]]:
    """zxcvbn's keyboards then ours (``azerty.graphs()``, the order of their walks in omnimatch):
    their names; "two characters" → bit i set if on keyboard i the second character's
    key neighbours the first's; and per keyboard, key → {neighbouring character:
    (direction, 1 if typed with Shift)}, as zxcvbn reads it: the first direction holding
    the character wins."""
    graphs = [*matching.GRAPHS.items(), *azerty.graphs().items()]
    pairs: dict[str, int] = {}
    all_steps: list[_Steps] = []
    for index, (_, graph) in enumerate(graphs):
        steps: _Steps = {}
        for char, neighbours in graph.items():
            found: dict[str, tuple[int, int]] = {}
            for direction, neighbour in enumerate(neighbours or ()):
                if not neighbour:
                    continue
                for next_char in neighbour:
                    shifted = int(neighbour.index(next_char) == 1)
                    found.setdefault(next_char, (direction, shifted))
            steps[char] = found
            for next_char in found:
                pairs[char + next_char] = pairs.get(char + next_char, 0) | 1 << index
        all_steps.append(steps)
    return tuple(name for name, _ in graphs), pairs, all_steps


def date_match(password: str) -> list[Match]:
    """``zxcvbn.matching.date_match``: the same dates, without trying every substring.

    zxcvbn runs its two date patterns on every substring of 4-8 and 6-10 characters and
    then drops every date that lies inside another (``15_06_04`` in ``2015_06_04``) by
    comparing each with each. Only the longest date starting at a place can survive
    that, and only if it ends after every date starting earlier; so here each place
    tries its longest substrings first and stops at the first date, or where it could
    no longer end after the earlier ones. A date starts with a digit, so only those
    places are tried. Passwords never reach here with a line break (refused before
    scoring), the one character zxcvbn's ``$`` would also accept at the end of a date.
    """
    length = len(password)
    run_end: dict[int, int] = {}  # where the run of digits holding i ends (exclusive)
    for run in _DIGIT_RUN.finditer(password):
        for i in range(run.start(), run.end() - 3):
            run_end[i] = run.end()
    separated = {found.start() for found in _SEPARATED_START.finditer(password)}
    splits: dict[str, tuple[int, int, int] | None] = {}  # digits → their likeliest date
    kept: list[Match] = []
    reach = -1  # the furthest end of the dates starting before i
    for i in sorted(run_end.keys() | separated):
        date: tuple[int, str, str, tuple[int, int, int]] | None = None
        if i in run_end:  # without separators: 4-8 digits ("1191", "11111991")
            for j in range(min(i + 7, run_end[i] - 1), max(i + 2, reach), -1):
                token = password[i : j + 1]
                if token not in splits:
                    splits[token] = _likeliest_date(token)
                dmy = splits[token]
                if dmy:
                    date = (j, token, "", dmy)
                    break
        if i in separated:  # with separators: 6-10 characters ("1/1/91", "11/11/1991")
            shortest = max(i + 4, reach, date[0] if date else -1)
            for j in range(min(i + 9, length - 1), shortest, -1):
                token = password[i : j + 1]
                parts = _MAYBE_DATE_SEPARATED.match(token)
                if not parts:
                    continue
                dmy = _dmy(int(parts.group(1)), int(parts.group(3)), int(parts.group(4)))
                if dmy:
                    date = (j, token, parts.group(2), dmy)
                    break
        if date:
            j, token, separator, dmy = date
            kept.append(
                {
                    "pattern": "date",
                    "token": token,
                    "i": i,
                    "j": j,
                    "separator": separator,
                    "year": dmy[0],
                    "month": dmy[1],
                    "day": dmy[2],
                }
            )
            reach = j
    return kept


def _likeliest_date(digits: str) -> tuple[int, int, int] | None:
    """zxcvbn's reading of 4-8 digits as a date (year, month, day): the year closest to
    its reference year (the first such split on a tie), or None."""
    best = None
    for first, second in matching.DATE_SPLITS[len(digits)]:
        dmy = _dmy(int(digits[:first]), int(digits[first:second]), int(digits[second:]))
        if dmy and (best is None or abs(dmy[0] - _REFERENCE_YEAR) < abs(best[0] - _REFERENCE_YEAR)):
            best = dmy
    return best


def _dmy(first: int, second: int, third: int) -> tuple[int, int, int] | None:
    """``zxcvbn.matching.map_ints_to_dmy`` on three numbers, as (year, month, day).

    Not a date if the middle one is no day, one is neither a two-digit number nor a
    year in 1000-2050, two are above 31, all three above 12 or two are zero. A
    four-digit year last, else first, must leave a day and a month; otherwise a
    two-digit year last, else first (``91`` → 1991, ``15`` → 2015). The middle one
    being a day shortens zxcvbn's tests.
    """
    if not 0 < second <= 31:
        return None
    if 99 < first < _MIN_YEAR or first > _MAX_YEAR or 99 < third < _MIN_YEAR or third > _MAX_YEAR:
        return None
    if (first > 31 and third > 31) or (first > 12 and second > 12 and third > 12):
        return None
    if first <= 0 and third <= 0:
        return None
    if third >= _MIN_YEAR:
        found = _month_day(first, second)
        return (third, *found) if found else None
    if first >= _MIN_YEAR:
        found = _month_day(second, third)
        return (first, *found) if found else None
    found = _month_day(first, second)
    if found:
        return (third + (0 if third > 99 else 1900 if third > 50 else 2000), *found)
    found = _month_day(second, third)
    if found:
        return (first + (0 if first > 99 else 1900 if first > 50 else 2000), *found)
    return None


def _month_day(one: int, other: int) -> tuple[int, int] | None:
    """(month, day) if the two are a day and a month, in that order or the other."""
    if 1 <= one <= 31 and 1 <= other <= 12:
        return other, one
    if 1 <= other <= 31 and 1 <= one <= 12:
        return one, other
    return None


def _first_repeat(password: str, start: int, stop: int | None = None) -> int | None:
    """Where, from ``start`` on (and before ``stop``), a part first follows itself: what
    ``_LAZY.search`` finds.

    The regular expression tries every length at every place; a part starting at p
    and followed by itself ends before the next place holding p's character, so here
    only those places are tried. The expression's ``.`` does not take a line break,
    which never reaches here (refused before scoring); with one, it is asked instead.
    """
    stop = len(password) - 1 if stop is None else min(stop, len(password) - 1)
    if "\n" in password:
        found = _LAZY.search(password, start)
        return found.start() if found and found.start() < stop else None
    length = len(password)
    for place in range(start, stop):
        char = password[place]
        limit = (length + place) // 2 + 1  # the part and its copy must fit
        again = password.find(char, place + 1, limit)
        while again >= 0:
            if password.startswith(password[place:again], again):
                return place
            again = password.find(char, again + 1, limit)
    return None


def repeat_match(
    password: str, tables: Tables, bases: dict[str, Estimate] | None = None
) -> list[Match]:
    """Repeated parts (``zonzonzon``), the repeated unit scored with our tables.

    ``bases`` holds the units already scored ("zon" in "zonzon...zonzon" once)."""
    matches: list[Match] = []
    bases = {} if bases is None else bases
    last_index = 0
    while last_index < len(password):
        # zxcvbn searches with both; they stop at the same place, the first where
        # anything repeats, so they only need trying there.
        start = _first_repeat(password, last_index)
        if start is None:
            break
        match = _repeat_at(password, start, tables, bases)
        matches.append(match)
        last_index = match["j"] + 1
    return matches


def _repeat_at(password: str, start: int, tables: Tables, bases: dict[str, Estimate]) -> Match:
    """zxcvbn's repeat match starting at ``start``, where something is known to repeat."""
    lazy = _LAZY.match(password, start)
    greedy = _GREEDY.match(password, start)
    assert lazy
    assert greedy
    if len(greedy.group(0)) > len(lazy.group(0)):
        found = greedy
        anchored = _LAZY_ANCHORED.search(found.group(0))
        base_token = anchored.group(1) if anchored else found.group(1)
    else:
        found = lazy
        base_token = found.group(1)
    if base_token not in bases:
        bases[base_token] = analyse(base_token, tables)
    base = bases[base_token]
    return {
        "pattern": "repeat",
        "i": found.start(),
        "j": found.end() - 1,
        "token": found.group(0),
        "base_token": base_token,
        "base_guesses": as_decimal(base.guesses),
        "base_matches": base.sequence,
        "repeat_count": len(found.group(0)) / len(base_token),
    }
