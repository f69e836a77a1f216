"""Words in a password: as they are, typed backwards, with look-alike characters
(``z0nn3bl03m``), and followed by digits and symbols (``Bonjour2024!``).

zxcvbn's dictionary and l33t matchers, trying only the substrings that can still become
a word of the tables (see :class:`~wizard.core.strength.tables.Tables`), and the
"word + digits + symbols" rule crackers try first, priced as one pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zxcvbn import matching  # imported with this module, which is imported on first use

from wizard.core.strength.dates import MIN_YEAR_SPACE, RECENT_YEAR, REFERENCE_YEAR
from wizard.core.strength.scoring import estimate_guesses
from wizard.core.strength.tables import Match, Tables
from wizard.core.strength.wordlists import PREFIX_LENGTHS

MANGLING_RULES = 10  # word+digits+symbols is one of the few first rules crackers try
LONGEST_SUFFIX = 6  # 4 digits and 2 symbols (_DIGITS, _SYMBOLS)
_DIGITS = re.compile(r"[0-9]{1,4}(?![0-9])")  # a whole run of 1-4 digits
_SYMBOLS = re.compile(r"(?:[^\w\s]|_){1,2}(?!(?:[^\w\s]|_))")  # a whole run of 1-2 symbols
_SYMBOL_SPACE = 33  # zxcvbn's "symbols" character class
_SHORTEST_CHECK = min(PREFIX_LENGTHS)  # shorter words are listed whole in Tables.prefixes


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
    return reversed_matches(password, dictionary_match(password[::-1], tables))


def reversed_matches(password: str, matches: list[Match]) -> list[Match]:
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
            digit_guesses = float(max(abs(int(digits) - REFERENCE_YEAR), MIN_YEAR_SPACE))
        else:
            digit_guesses = 10.0 ** len(digits)
        guesses = digit_guesses * _SYMBOL_SPACE ** len(symbols)
        found.append((head.group() + tail.group(), guesses, year))
    return found
