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

This module asks the matchers; each lives beside it: ``words`` (dictionary, reversed,
l33t, word + digits + symbols), ``walks`` (keyboards), ``dates`` (dates and years),
``repeats`` (repeated parts, their unit scored by :func:`analyse`), and ``tables``
(what they search in).
"""

from __future__ import annotations

import math

from zxcvbn import matching  # imported with this module, which is imported on first use

from wizard.core.strength.dates import DIGIT, LONGEST_DATE, RECENT_YEAR, date_match
from wizard.core.strength.repeats import first_repeat, repeat_at, repeat_match
from wizard.core.strength.scoring import Estimate, most_guessable_match_sequence, single_answer
from wizard.core.strength.tables import Match, Tables
from wizard.core.strength.walks import keyboard_walks, keyboards, one_walk
from wizard.core.strength.words import (
    LONGEST_SUFFIX,
    dictionary_match,
    l33t_match,
    mangled_word_match,
    reverse_dictionary_match,
    reversed_matches,
)

__all__ = ["Match", "Tables", "analyse", "omnimatch", "prepare", "whole_matches"]

_REGEXEN = {"recent_year": RECENT_YEAR}


def prepare() -> None:
    """Build what the matchers build on first use (the keyboards' table of neighbours)."""
    keyboards()


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
    if last < tables.longest + LONGEST_SUFFIX:
        words = [
            *dictionary_match(password, tables, starts=(0,)),
            *l33t_match(password, tables, starts=(0,)),
        ]
        backwards = dictionary_match(password[::-1], tables, starts=(0,))
        found += [
            *words,
            *mangled_word_match(password, words),
            *reversed_matches(password, [match for match in backwards if match["j"] == last]),
        ]
    if last:
        if one_walk(password):
            found += [match for walks in keyboard_walks(password) for match in walks]
        if first_repeat(password, 0, 1) == 0:
            found.append(repeat_at(password, 0, tables, {} if bases is None else bases, analyse))
        if _one_step(password):
            found += matching.sequence_match(password)
        found += matching.regex_match(password, _regexen=_REGEXEN)
        if last < LONGEST_DATE and DIGIT.findall(password)[3:]:
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
        *repeat_match(password, tables, analyse, bases),
        *matching.sequence_match(password),
        *matching.regex_match(password, _regexen=_REGEXEN),
        *(date_match(password) if DIGIT.findall(password)[3:] else ()),
    ]
    return sorted(matches, key=lambda match: (match["i"], match["j"]))
