"""Repeated parts (``zonzonzon``, ``1234512345``), as zxcvbn finds them, with the repeated
unit scored by the caller's own estimate (our tables, not zxcvbn's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wizard.core.strength.scoring import Estimate, as_decimal
from wizard.core.strength.tables import Match, Tables

# How a repeated unit is scored: :func:`wizard.core.strength.matching.analyse`.
Score = Callable[[str, Tables], Estimate]

_GREEDY = re.compile(r"(.+)\1+")
LAZY = re.compile(r"(.+?)\1+")
_LAZY_ANCHORED = re.compile(r"^(.+?)\1+$")


def first_repeat(password: str, start: int, stop: int | None = None) -> int | None:
    """Where, from ``start`` on (and before ``stop``), a part first follows itself: what
    ``LAZY.search`` finds.

    The regular expression tries every length at every place; a part starting at p
    and followed by itself ends before the next place holding p's character, so here
    only those places are tried. The expression's ``.`` does not take a line break,
    which never reaches here (refused before scoring); with one, it is asked instead.
    """
    stop = len(password) - 1 if stop is None else min(stop, len(password) - 1)
    if "\n" in password:
        found = LAZY.search(password, start)
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
    password: str, tables: Tables, score: Score, bases: dict[str, Estimate] | None = None
) -> list[Match]:
    """Repeated parts (``zonzonzon``), the repeated unit scored by ``score`` with our
    tables.

    ``bases`` holds the units already scored ("zon" in "zonzon...zonzon" once)."""
    matches: list[Match] = []
    bases = {} if bases is None else bases
    last_index = 0
    while last_index < len(password):
        # zxcvbn searches with both; they stop at the same place, the first where
        # anything repeats, so they only need trying there.
        start = first_repeat(password, last_index)
        if start is None:
            break
        match = repeat_at(password, start, tables, bases, score)
        matches.append(match)
        last_index = match["j"] + 1
    return matches


def repeat_at(
    password: str, start: int, tables: Tables, bases: dict[str, Estimate], score: Score
) -> Match:
    """zxcvbn's repeat match starting at ``start``, where something is known to repeat."""
    lazy = LAZY.match(password, start)
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
        bases[base_token] = score(base_token, tables)
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
