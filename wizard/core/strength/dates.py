"""Dates and years in a password (``11/11/1991``, ``19910311``, ``2024``), as zxcvbn
reads them, without trying every substring (see :func:`date_match`).
"""

from __future__ import annotations

import re

from zxcvbn import matching  # imported with this module, which is imported on first use

from wizard.core.strength.tables import Match

RECENT_YEAR = re.compile(r"19\d\d|20[0-4]\d")
REFERENCE_YEAR = 2017  # zxcvbn.scoring.REFERENCE_YEAR and MIN_YEAR_SPACE: its year price
MIN_YEAR_SPACE = 20
_MIN_YEAR, _MAX_YEAR = 1000, 2050  # zxcvbn.matching.DATE_MIN_YEAR and DATE_MAX_YEAR
DIGIT = re.compile(r"\d")  # a date has at least 4 digits ("1.1.91"): fewer, skip the search
LONGEST_DATE = 10  # "11/11/1991"
_DIGIT_RUN = re.compile(r"\d{4,}")  # where a date without separators can be
_SEPARATED_START = re.compile(r"(?=\d{1,4}[\s/\\_.-])")  # where a date with them can start
_MAYBE_DATE_SEPARATED = re.compile(r"^(\d{1,4})([\s/\\_.-])(\d{1,2})\2(\d{1,4})$")  # zxcvbn's


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
        if dmy and (best is None or abs(dmy[0] - REFERENCE_YEAR) < abs(best[0] - REFERENCE_YEAR)):
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
