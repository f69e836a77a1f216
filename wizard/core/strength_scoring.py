"""zxcvbn's search for the cheapest way to guess a password, made fast enough per key press.

This is a port of ``zxcvbn.scoring.most_guessable_match_sequence`` (zxcvbn 4.5), with the
same candidates visited in the same order, so it picks the same sequence. What differs is
bookkeeping: zxcvbn builds a dictionary and a ``Decimal`` for each of the ~n²/2 brute-force
spans it tries, which makes a 64-character password cost 10-20 ms in that function alone;
here spans are plain tuples and numbers are floats (a float overflows to infinity only
beyond 10^308 guesses, where every password scores 4 anyway).

The search minimises ``l! * Product(guesses of the l matches) + 10000^(l-1)`` over
sequences of non-overlapping matches covering the password, brute force filling gaps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

Match = dict[str, Any]

# zxcvbn.scoring constants
_BRUTEFORCE_CARDINALITY = 10
_MIN_GUESSES_BEFORE_GROWING_SEQUENCE = 10000
_MIN_BRUTEFORCE_SINGLE_CHAR = 11  # MIN_SUBMATCH_GUESSES_SINGLE_CHAR + 1
_MIN_BRUTEFORCE_MULTI_CHAR = 51  # MIN_SUBMATCH_GUESSES_MULTI_CHAR + 1


@dataclass(frozen=True)
class _Bruteforce:
    """A brute-force span ``i..j`` (inclusive) until it turns out to be in the answer."""

    i: int
    j: int
    guesses: float


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
def _tables(longest: int) -> tuple[list[float], list[float], list[float]]:
    """l!, 10000^(l-1) and brute-force guesses by length, computed once per length."""
    factorial = [float(math.factorial(length)) for length in range(longest + 2)]
    additive = [
        0.0,
        *(_power(_MIN_GUESSES_BEFORE_GROWING_SEQUENCE, size - 1) for size in range(1, longest + 2)),
    ]
    bruteforce = [0.0, *(_bruteforce_guesses(length) for length in range(1, longest + 1))]
    return factorial, additive, bruteforce


def most_guessable_match_sequence(password: str, matches: list[Match]) -> Estimate:
    """The cheapest sequence of ``matches`` (plus brute force) covering ``password``."""
    from zxcvbn.scoring import estimate_guesses

    n = len(password)
    if n == 0:
        return Estimate(1.0, [])
    by_end: list[list[tuple[Match, float]]] = [[] for _ in range(n)]
    for match in sorted(matches, key=lambda match: match["i"]):
        by_end[match["j"]].append((match, float(estimate_guesses(match, password))))
    factorial, additive, bruteforce = _tables(n)
    best_match: list[dict[int, Match | _Bruteforce]] = [{} for _ in range(n)]
    best_product: list[dict[int, float]] = [{} for _ in range(n)]
    best_total: list[dict[int, float]] = [{} for _ in range(n)]

    def update(k: int, start: int, item: Match | _Bruteforce, guesses: float, length: int) -> None:
        product = guesses if length == 1 else guesses * best_product[start - 1][length - 1]
        total = factorial[length] * product + additive[length]
        totals = best_total[k]
        for other_length, other_total in totals.items():
            if other_length <= length and other_total <= total:
                return
        totals[length] = total
        best_match[k][length] = item
        best_product[k][length] = product

    # (start, [(length, product)...]): the sequences ending at start - 1 whose last match
    # is not brute force, the only ones a brute-force span from start may extend (zxcvbn:
    # two spans in a row are never better than one). Final once k moves on; positions
    # with none are left out, so the hot loop below skips them.
    extendable: list[tuple[int, list[tuple[int, float]]]] = []
    for k in range(n):
        for match, guesses in by_end[k]:
            start = match["i"]
            if start > 0:
                for length in list(best_match[start - 1]):
                    update(k, start, match, guesses, length + 1)
            else:
                update(k, 0, match, guesses, 1)
        update(k, 0, _Bruteforce(0, k, bruteforce[k + 1]), bruteforce[k + 1], 1)
        # The hot loop (~n²/2 spans): zxcvbn's update() inlined.
        totals, items, products = best_total[k], best_match[k], best_product[k]
        for start, sequences in extendable:
            guesses = bruteforce[k - start + 1]
            span: _Bruteforce | None = None
            for length, previous in sequences:
                length += 1
                product = guesses * previous
                total = factorial[length] * product + additive[length]
                for other_length, other_total in totals.items():
                    if other_length <= length and other_total <= total:
                        break
                else:
                    span = span or _Bruteforce(start, k, guesses)
                    totals[length] = total
                    items[length] = span
                    products[length] = product
        # A sequence whose extension by any brute-force span would cost at least as much as
        # brute-forcing everything up to the span's end (fact(l+1) * product >= 10^(k+1))
        # is always rejected by update(), so it is not offered: same result, less work.
        whole = _power(_BRUTEFORCE_CARDINALITY, k + 1)
        sequences = [
            (length, products[length])
            for length, item in items.items()
            if not isinstance(item, _Bruteforce)
            and factorial[length + 1] * products[length] < whole
        ]
        if sequences:
            extendable.append((k + 1, sequences))

    return _unwind(password, best_match, best_total)


def _unwind(
    password: str,
    best_match: list[dict[int, Match | _Bruteforce]],
    best_total: list[dict[int, float]],
) -> Estimate:
    """Walk back from the end through the best sequence, as zxcvbn's ``unwind``."""
    k = len(password) - 1
    length: int | None = None
    total = math.inf
    for candidate_length, candidate_total in best_total[k].items():
        # On a tie (floats that lost the additive term) the shorter sequence wins, as with
        # zxcvbn's exact arithmetic, where each extra match adds 10000^(l-1).
        if length is None or (candidate_total, candidate_length) < (total, length):
            length, total = candidate_length, candidate_total
    assert length is not None  # a brute-force span always covers the whole password
    sequence: list[Match] = []
    while k >= 0:
        item = best_match[k][length]
        if isinstance(item, _Bruteforce):
            item = {
                "pattern": "bruteforce",
                "token": password[item.i : item.j + 1],
                "i": item.i,
                "j": item.j,
                "guesses": item.guesses,
            }
        sequence.insert(0, item)
        k = item["i"] - 1
        length -= 1
    return Estimate(total, sequence)


def as_decimal(guesses: float) -> Decimal:
    """For zxcvbn's own formulas, which multiply ``Decimal`` values."""
    return Decimal(guesses)
