"""zxcvbn's search for the cheapest way to guess a password, made fast enough per key press.

The search minimises ``l! * Product(guesses of the l matches) + 10000^(l-1)`` over
sequences of non-overlapping matches covering the password, brute force filling gaps.
:func:`most_guessable_match_sequence` gives zxcvbn 4.5's answer (the same guesses and
the same sequence as ``zxcvbn.scoring.most_guessable_match_sequence``, in floats):

- most passwords need no search at all: when one item covering everything is no
  dearer than any longer sequence could be, it is the answer (see
  :func:`most_guessable_match_sequence`);
- the search itself (:func:`_search`) visits zxcvbn's candidates in zxcvbn's order, so
  it keeps the same ones, but with plain tuples and floats instead of a dictionary and
  a ``Decimal`` for each of the ~n²/2 brute-force spans, and skips the candidates that
  provably could not be kept (a float overflows to infinity only beyond 10^308
  guesses, where every password scores 4 anyway).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from zxcvbn import scoring  # imported with this module, which is imported on first use

Match = dict[str, Any]

# zxcvbn.scoring constants
_BRUTEFORCE_CARDINALITY = 10
_MIN_GUESSES_BEFORE_GROWING_SEQUENCE = 10000
_MIN_BRUTEFORCE_SINGLE_CHAR = 11  # MIN_SUBMATCH_GUESSES_SINGLE_CHAR + 1
_MIN_BRUTEFORCE_MULTI_CHAR = 51  # MIN_SUBMATCH_GUESSES_MULTI_CHAR + 1
_LEAST_FOR_TWO = 2.0 + _MIN_GUESSES_BEFORE_GROWING_SEQUENCE  # 2! * 1 + 10000^1
_LARGEST_POWER = 308.0  # 10^308 is about the largest float
_MARGIN = 1 + 1e-9  # far above the rounding of a few float products, far below any real gap


# A brute-force span (i, j inclusive, guesses), until it turns out to be in the answer:
# a tuple, as hundreds are made per password.
_Span = tuple[int, int, float]
# A sequence ending at some position: (total cost, product of guesses, its last item).
_Entry = tuple[float, float, "Match | _Span"]


@dataclass(frozen=True)
class Estimate:
    """The minimum number of guesses and the matches that achieve it, in order."""

    guesses: float
    sequence: list[Match]


def _power(base: int, exponent: int) -> float:
    try:
        return float(base**exponent)
    except OverflowError:
        return math.inf


def _bruteforce_guesses(length: int) -> float:
    if length == 1:
        return _MIN_BRUTEFORCE_SINGLE_CHAR
    return max(_power(_BRUTEFORCE_CARDINALITY, length), _MIN_BRUTEFORCE_MULTI_CHAR)


@cache
def _tables(longest: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """l!, 10000^(l-1), brute-force guesses and 10^l by length, computed once per length."""
    factorial = [float(math.factorial(length)) for length in range(longest + 2)]
    additive = [
        0.0,
        *(_power(_MIN_GUESSES_BEFORE_GROWING_SEQUENCE, size - 1) for size in range(1, longest + 2)),
    ]
    bruteforce = [0.0, *(_bruteforce_guesses(length) for length in range(1, longest + 1))]
    powers = [_power(_BRUTEFORCE_CARDINALITY, length) for length in range(longest + 1)]
    return factorial, additive, bruteforce, powers


def estimate_guesses(match: Match, password: str) -> float:
    """zxcvbn's ``estimate_guesses`` as a float: the same value, the same fields set.

    zxcvbn returns a ``Decimal`` (converted back at once) and builds its table of
    estimators on every call; the search calls this once per match.
    """
    known = match.get("guesses", False)
    if known:
        return float(known)
    size = len(match["token"])
    least = 1 if size >= len(password) else 10 if size == 1 else 50  # MIN_SUBMATCH_GUESSES
    guesses = max(_ESTIMATORS[match["pattern"]](match), least)
    match["guesses"] = guesses
    match["guesses_log10"] = math.log(guesses, 10)
    return float(guesses)


def _dictionary_guesses(match: Match) -> Any:
    """``zxcvbn.scoring.dictionary_guesses``, the common cases without regexes and lists."""
    rank = match["rank"]
    token = match["token"]
    # All lower case: no A-Z, zxcvbn's test (a word read from the lower-cased password
    # has none, so a token equal to it has none either); else zxcvbn's own count.
    if token == match["matched_word"] or _NO_ASCII_UPPER.match(token):
        upper = 1
    else:
        upper = scoring.uppercase_variations(match)
    l33t = _l33t_variations(match["sub"], token) if match.get("l33t", False) else 1
    match["base_guesses"] = rank
    match["uppercase_variations"] = upper
    match["l33t_variations"] = l33t
    return rank * upper * l33t * (2 if match.get("reversed", False) else 1)


def _l33t_variations(sub: dict[str, str], token: str) -> Any:
    """``zxcvbn.scoring.l33t_variations`` for a l33t match (same arithmetic, same types)."""
    lower = token.lower()
    variations: Any = 1
    for subbed, unsubbed in sub.items():
        subbed_count, unsubbed_count = lower.count(subbed), lower.count(unsubbed)
        if subbed_count == 0 or unsubbed_count == 0:
            variations *= 2
        else:
            possibilities: Any = 0
            for count in range(1, min(subbed_count, unsubbed_count) + 1):
                possibilities += scoring.nCk(subbed_count + unsubbed_count, count)
            variations *= possibilities
    return variations


def _spatial_guesses(match: Match) -> Any:
    """``zxcvbn.scoring.spatial_guesses``, which depends on four small numbers only."""
    keyboard = match["graph"] in ("qwerty", "dvorak")
    return _spatial_estimate(keyboard, len(match["token"]), match["turns"], match["shifted_count"])


@lru_cache(maxsize=1024)
def _spatial_estimate(keyboard: bool, length: int, turns: int, shifted_count: int) -> Any:
    walk = {
        "graph": "qwerty" if keyboard else "keypad",
        "token": "x" * length,
        "turns": turns,
        "shifted_count": shifted_count,
    }
    return scoring.spatial_guesses(walk)


_NO_ASCII_UPPER = re.compile(r"[^A-Z]+$")  # zxcvbn's ALL_LOWER (match() anchors the start)
_ESTIMATORS: dict[str, Callable[[Match], Any]] = {
    "bruteforce": scoring.bruteforce_guesses,
    "dictionary": _dictionary_guesses,
    "spatial": _spatial_guesses,
    "repeat": scoring.repeat_guesses,
    "sequence": scoring.sequence_guesses,
    "regex": scoring.regex_guesses,
    "date": scoring.date_guesses,
}


def most_guessable_match_sequence(
    password: str, matches: list[Match], stop_at: float = math.inf
) -> Estimate:
    """The cheapest sequence of ``matches`` (plus brute force) covering ``password``.

    If the answer is certainly at least ``stop_at``, this may stop early: the estimate
    then holds that lower bound (at least ``stop_at``) and no sequence.

    zxcvbn answers with the cheapest total at the end, the shorter sequence on a tie.
    Its one-item candidates are the matches covering everything and brute force; the
    best of them is ``single``. Every sequence of two or more items costs at least
    2! * its product + 10000, and its product is at least that of the cheapest cover
    by the other matches and single characters at 10 guesses each (a brute-forced span
    of c characters costs at least 10^c): ``two``. When single costs no more than two,
    it is the answer; when both are at least ``stop_at``, so is the answer. Otherwise
    :func:`_search` does zxcvbn's search. Most passwords, random or a common one, are
    decided without it.
    """
    n = len(password)
    if n == 0:
        return Estimate(1.0, [])
    # A match on the same characters as one tried before it, and no cheaper, is left
    # out: each candidate it makes comes after one as long and no dearer, so zxcvbn
    # would reject them all.
    by_end: list[list[tuple[Match, int, float]]] = [[] for _ in range(n)]
    cheapest: dict[tuple[int, int], float] = {}
    for match in sorted(matches, key=lambda match: match["i"]):
        guesses = estimate_guesses(match, password)
        where = (match["i"], match["j"])
        if cheapest.get(where, math.inf) > guesses:
            cheapest[where] = guesses
            by_end[where[1]].append((match, where[0], guesses))
    single = _one_item(n, [(match, guesses) for match, start, guesses in by_end[-1] if not start])
    if single[0] > _LEAST_FOR_TWO:
        two = 2.0 * _cheapest_cover(by_end) + _MIN_GUESSES_BEFORE_GROWING_SEQUENCE
        if two < single[0] * _MARGIN:  # a longer sequence may be cheaper
            bound = min(single[0], two) / _MARGIN  # below float rounding in "two"
            if bound >= stop_at:
                return Estimate(bound, [])
            return _search(password, by_end)
    return _unwind(password, [{}] * (n - 1) + [{1: (single[0], 0.0, single[1])}])


def single_answer(password: str, whole: list[Match]) -> Estimate | None:
    """zxcvbn's answer when one item covering everything costs at most 10002 guesses.

    ``whole`` are the matches covering all of ``password``, in zxcvbn's order. Every
    sequence of two or more items costs at least 2! * 1 + 10000, so zxcvbn (which
    prefers the shorter sequence on a tie) answers with the cheapest one-item sequence,
    whatever the other matches are.
    """
    n = len(password)
    if n == 0:
        return Estimate(1.0, [])
    single = _one_item(n, [(match, estimate_guesses(match, password)) for match in whole])
    if single[0] > _LEAST_FOR_TWO:
        return None
    return _unwind(password, [{}] * (n - 1) + [{1: (single[0], 0.0, single[1])}])


def _one_item(n: int, whole: list[tuple[Match, float]]) -> tuple[float, Match | _Span]:
    """zxcvbn's best one-item sequence of a password of ``n`` characters, (total, item):
    the first of the cheapest of ``whole`` (matches covering it all, with their
    guesses), or brute force if cheaper still (it is tried last)."""
    guesses = _bruteforce_guesses(n)
    single: tuple[float, Match | _Span] = (guesses + 1.0, (0, n - 1, guesses))
    for match, guesses in reversed(whole):
        if guesses + 1.0 <= single[0]:  # 1! * guesses + 10000^0
            single = (guesses + 1.0, match)
    return single


def _search(password: str, by_end: list[list[tuple[Match, int, float]]]) -> Estimate:
    """zxcvbn's search: ``by_end[k]`` are the matches ending at k, (match, start, guesses).

    ``best[k][l]`` is zxcvbn's ``optimal`` state: the best sequence of ``l`` items
    ending at ``k`` as (total, product, last item), in zxcvbn's insertion order (a
    length keeps its place when a better sequence replaces its entry). zxcvbn rejects
    a candidate of length ``l`` when an entry of at most ``l`` items costs no more;
    ``lowest[l]``, the lowest total among those, makes that test one comparison.
    The candidates are tried in zxcvbn's order, which decides which are kept; its
    ``update()`` is written out in each of the three loops, as this runs per key press.
    """
    n = len(password)
    factorial, additive, bruteforce, powers = _tables(n)
    nan = math.nan
    best: list[dict[int, _Entry]] = []
    # (start, [(length + 1, its l!, its 10000^(l-1), product)...]): the sequences ending
    # at start - 1 whose last item is a match, the only ones a brute-force span from
    # start may extend (zxcvbn: two spans in a row are never better than one). Final
    # once k moves on; positions with none are left out, so the hot loop skips them.
    extendable: list[tuple[int, list[tuple[int, float, float, float]]]] = []
    longest = 0  # the most items in any sequence so far: one more at most ending at k
    # floor[l]: the lowest norm (see below) of the offered sequences of at most l items;
    # past its end, its last value.
    floor = [math.inf]
    for k in range(n):
        entries: dict[int, _Entry] = {}
        best.append(entries)
        size = longest + 1
        lowest = [nan] * (size + 1)  # NaN: no entry yet (an infinite total is one)
        ends_with_match = False
        # Each match ending at k, after each sequence ending just before it.
        for match, start, guesses in by_end[k]:
            if start > 0:
                for length, (_, previous, _) in best[start - 1].items():
                    length += 1
                    product = guesses * previous
                    total = factorial[length] * product + additive[length]
                    if lowest[length] <= total:
                        continue
                    entries[length] = (total, product, match)
                    ends_with_match = True
                    while length <= size and not lowest[length] <= total:
                        lowest[length] = total
                        length += 1
            else:
                total = guesses + 1.0  # 1! * guesses + 10000^0
                if not lowest[1] <= total:
                    entries[1] = (total, guesses, match)
                    ends_with_match = True
                    length = 1
                    while length <= size and not lowest[length] <= total:
                        lowest[length] = total
                        length += 1
        # Brute force from the start.
        guesses = bruteforce[k + 1]
        total = guesses + 1.0
        if not lowest[1] <= total:
            entries[1] = (total, guesses, (0, k, guesses))
            length = 1
            while length <= size and not lowest[length] <= total:
                lowest[length] = total
                length += 1
        # Brute force from each later start, after the sequences ending before it: the
        # hot loop (~n²/2 spans).
        for start, sequences in extendable:
            guesses = bruteforce[k - start + 1]
            span: _Span | None = None
            for length, fact, add, previous in sequences:
                product = guesses * previous
                total = fact * product + add
                if lowest[length] <= total:
                    continue
                if span is None:
                    span = (start, k, guesses)
                entries[length] = (total, product, span)
                while length <= size and not lowest[length] <= total:
                    lowest[length] = total
                    length += 1
        longest = max(longest, *entries)
        if not ends_with_match:
            continue
        # The sequences ending here that a span from k + 1 may extend. Two kinds are left
        # out, as no candidate made from them would ever be kept: in both cases, at every
        # later k, a candidate tried before it costs no more and has no more items.
        # - Brute-forcing everything up to the span's end costs no more:
        #   fact(l+1) * product >= 10^(k+1).
        # - An earlier-offered sequence (a smaller start, or earlier in this list) of at
        #   most as many items, extended to the same end, costs no more: its norm
        #   fact(l'+1) * product' / 10^start' is at most this one's. The margin keeps
        #   float rounding on the safe side (spans of one character cost 11, not 10, so
        #   the later start is the dearer one there too).
        whole = powers[k + 1]
        sequences = []
        for length, (_, product, item) in entries.items():
            if type(item) is not dict:
                continue  # ends with a span: zxcvbn never puts two in a row
            cost = factorial[length + 1] * product
            if cost >= whole:
                continue
            norm = cost / whole
            if (floor[length] if length < len(floor) else floor[-1]) <= norm / _MARGIN:
                continue
            sequences.append((length + 1, factorial[length + 1], additive[length + 1], product))
            while len(floor) <= length:
                floor.append(floor[-1])
            while length < len(floor) and floor[length] > norm:
                floor[length] = norm
                length += 1
        if sequences:
            extendable.append((k + 1, sequences))
    return _unwind(password, best)


def _cheapest_cover(by_end: list[list[tuple[Match, int, float]]]) -> float:
    """The lowest product of guesses over the covers of the password by matches that
    do not cover all of it and by single characters at 10 guesses each, in one pass:
    per position, the cheapest cover of the characters before it."""
    last = len(by_end) - 1
    cheapest = [0.0] * (last + 2)  # log10 of the cheapest cover of password[:k]
    for k, ending in enumerate(by_end):
        lowest = cheapest[k] + 1.0
        for _, start, guesses in ending:
            cost = cheapest[start] + math.log10(guesses)
            if cost < lowest and (start or k != last):
                lowest = cost
        cheapest[k + 1] = lowest
    return 10.0 ** cheapest[-1] if cheapest[-1] < _LARGEST_POWER else math.inf


def _unwind(password: str, best: list[dict[int, _Entry]]) -> Estimate:
    """Walk back from the end through the best sequence, as zxcvbn's ``unwind``."""
    k = len(password) - 1
    length: int | None = None
    total = math.inf
    for candidate_length, (candidate_total, _, _) in best[k].items():
        # On a tie (floats that lost the additive term) the shorter sequence wins, as with
        # zxcvbn's exact arithmetic, where each extra match adds 10000^(l-1).
        if length is None or (candidate_total, candidate_length) < (total, length):
            length, total = candidate_length, candidate_total
    assert length is not None  # a brute-force span always covers the whole password
    sequence: list[Match] = []
    while k >= 0:
        item = best[k][length][2]
        if type(item) is tuple:
            i, j, guesses = item
            item = {
                "pattern": "bruteforce",
                "token": password[i : j + 1],
                "i": i,
                "j": j,
                "guesses": guesses,
            }
        assert isinstance(item, dict)
        sequence.insert(0, item)
        k = item["i"] - 1
        length -= 1
    return Estimate(total, sequence)


def as_decimal(guesses: float) -> Decimal:
    """For zxcvbn's own formulas, which multiply ``Decimal`` values."""
    return Decimal(guesses)
