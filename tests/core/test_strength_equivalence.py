"""The fast strength meter gives the same scores and reasons as the plain one it replaced.

The plain meter lives on here, and only here, as the reference: the code of
``wizard/core`` before it was made fast (commit 287b3ac), with the search written as
zxcvbn writes it (every brute-force span at every position, no shortcut). For a large,
varied corpus the fast code must give the very same matches, the same cheapest sequence
with the same number of guesses, and the same score and reason codes, with and without
the user's personal words.
"""

from __future__ import annotations

import math
import random
import re
import string
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from zxcvbn import matching, scoring

from tests.core.strength_samples import (
    DE_SAMPLES,
    DISPLAY_NAME,
    EMAIL,
    NL_FR_SAMPLES,
    PERSONAL_SAMPLES,
    USERNAME,
)
from wizard.core.strength import azerty
from wizard.core.strength import matching as strength_matching
from wizard.core.strength import rating as password_strength
from wizard.core.strength import scoring as strength_scoring
from wizard.core.strength.matching import Tables
from wizard.core.strength.rating import (
    MAX_SCORE,
    MIN_LENGTH,
    SCORED_LENGTH,
    SHORT_PASSWORD_MAX_SCORE,
    WEAK_BELOW,
    Reason,
    StrengthResult,
    evaluate,
    personal_words,
)
from wizard.core.strength.wordlists import USER_INPUTS, Dictionaries, load_dictionaries, prefixes_of
from wizard.core.validation import has_control_characters

Match = dict[str, Any]

ACCOUNT = personal_words(
    [USERNAME, EMAIL, DISPLAY_NAME], hosts=["all2all", "maximusconfessor.all2all.org"]
)
RANDOM_ALPHABET = string.ascii_letters + string.digits + "!#$%&*+-.:;=?@_ "
LEET = str.maketrans({"a": "@", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7", "l": "|"})
QWERTZ_WALKS = ("qwertzuiopü", "ztrewq", "yxcvbnm,.-", "ölkjhgfdsa", '!"§$%&/()=', "1qay2wsx")
WALKS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "&é\"'(§è!çà", "qwertyuiop", "1234567890", "zyxw")


# --- the plain meter -------------------------------------------------------------------

PREFIX_LENGTHS = (3, 5)
RECENT_YEAR = re.compile(r"19\d\d|20[0-4]\d")
DIGITS = re.compile(r"[0-9]{1,4}(?![0-9])")
SYMBOLS = re.compile(r"(?:[^\w\s]|_){1,2}(?!(?:[^\w\s]|_))")
GREEDY = re.compile(r"(.+)\1+")
LAZY = re.compile(r"(.+?)\1+")
LAZY_ANCHORED = re.compile(r"^(.+?)\1+$")
DIGIT = re.compile(r"\d")
REGEXEN = {"recent_year": RECENT_YEAR}
NAME_LISTS = frozenset({"male_names", "female_names", "surnames"})
EXPLAINS_WEAKNESS = frozenset(Reason) - {
    Reason.LEADING_OR_TRAILING_SPACES,
    Reason.ONLY_DIGITS,
    Reason.ONLY_LETTERS,
    Reason.ADD_LENGTH,
}
WARNINGS = frozenset(
    {
        Reason.CONTROL_CHARACTERS,
        Reason.EMPTY,
        Reason.LEADING_OR_TRAILING_SPACES,
        Reason.TOO_SHORT,
        Reason.CONTAINS_PERSONAL_INFO,
    }
)


@lru_cache(maxsize=8)
def plain_tables(dictionaries: Dictionaries, user_inputs: tuple[str, ...]) -> Tables:
    words = dict.fromkeys(word.lower() for word in user_inputs if word)
    personal = {word: rank for rank, word in enumerate(words, 1)}
    longest = max(dictionaries.longest, *map(len, personal), 0)
    prefixes = dictionaries.prefixes | prefixes_of(personal)
    return Tables({"words": dictionaries.ranks, USER_INPUTS: personal}, longest, prefixes)


def plain_omnimatch(password: str, tables: Tables) -> list[Match]:
    words = [*plain_dictionary(password, tables), *plain_l33t(password, tables)]
    matches = [
        *words,
        *plain_mangled(password, words),
        *plain_reversed(password, tables),
        *matching.spatial_match(password, _graphs=matching.GRAPHS),
        *plain_azerty(password),
        *plain_repeat(password, tables),
        *matching.sequence_match(password),
        *matching.regex_match(password, _regexen=REGEXEN),
        *(matching.date_match(password) if DIGIT.findall(password)[3:] else ()),
    ]
    return sorted(matches, key=lambda match: (match["i"], match["j"]))


def plain_dictionary(password: str, tables: Tables) -> list[Match]:
    matches: list[Match] = []
    length = len(password)
    lower = password.lower()
    for i in range(length):
        for j in range(i, min(length, i + tables.longest)):
            word = lower[i : j + 1]
            if j - i + 1 in PREFIX_LENGTHS and word not in tables.prefixes:
                break
            matches += word_matches(password, i, j, word, tables.tables)
    return matches


def word_matches(
    password: str, i: int, j: int, word: str, tables: Mapping[str, Mapping[str, int]]
) -> list[Match]:
    return [
        {
            "pattern": "dictionary",
            "i": i,
            "j": j,
            "token": password[i : j + 1],
            "matched_word": word,
            "rank": table[word],
            "dictionary_name": name,
            "reversed": False,
            "l33t": False,
        }
        for name, table in tables.items()
        if word in table
    ]


def plain_reversed(password: str, tables: Tables) -> list[Match]:
    last = len(password) - 1
    matches = plain_dictionary(password[::-1], tables)
    for match in matches:
        match["token"] = match["token"][::-1]
        match["reversed"] = True
        match["i"], match["j"] = last - match["j"], last - match["i"]
    return matches


def plain_l33t(password: str, tables: Tables) -> list[Match]:
    """Every window translated in each way its look-alikes allow, each look-alike always
    read as a letter."""
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
    for i in range(length):
        seen: set[str] = set()
        readings: list[dict[str, str]] = [{}]
        for j in range(i, min(length, i + tables.longest)):
            char = lower[j]
            if char in letters_for and char not in seen:
                seen.add(char)
                readings = [
                    {**sub, char: letter} for sub in readings for letter in letters_for[char]
                ]
            window = lower[i : j + 1]
            alive = []
            for sub in readings:
                word = window.translate(
                    {ord(look_alike): letter for look_alike, letter in sub.items()}
                )
                if j - i + 1 in PREFIX_LENGTHS and word not in tables.prefixes:
                    continue
                alive.append(sub)
                if not sub or j == i:
                    continue
                for match in word_matches(password, i, j, word, tables.tables):
                    matches.append({**match, "l33t": True, "sub": sub})
            readings = alive
            if not readings:
                break
    return matches


def plain_mangled(password: str, words: list[Match]) -> list[Match]:
    matches: list[Match] = []
    for word in words:
        end = word["j"] + 1
        for suffix, suffix_guesses, year in plain_suffixes(password, end):
            word_guesses = float(scoring.estimate_guesses(word, password))
            matches.append(
                {
                    **word,
                    "j": end + len(suffix) - 1,
                    "token": word["token"] + suffix,
                    "guesses": word_guesses * suffix_guesses * 10,
                    "mangled": True,
                    "year_suffix": year,
                }
            )
    return matches


def plain_suffixes(password: str, start: int) -> list[tuple[str, float, bool]]:
    found: list[tuple[str, float, bool]] = []
    for first, second in ((DIGITS, SYMBOLS), (SYMBOLS, DIGITS)):
        head = first.match(password, start)
        tail = second.match(password, head.end()) if head else None
        if not head or not tail:
            continue
        digits = head.group() if first is DIGITS else tail.group()
        symbols = tail.group() if first is DIGITS else head.group()
        year = bool(RECENT_YEAR.fullmatch(digits))
        digit_guesses = float(max(abs(int(digits) - 2017), 20)) if year else 10.0 ** len(digits)
        found.append((head.group() + tail.group(), digit_guesses * 33 ** len(symbols), year))
    return found


def plain_azerty(password: str) -> list[Match]:
    matches: list[Match] = []
    for name, graph in azerty.graphs().items():
        for match in matching.spatial_match_helper(password, graph, name):
            token = match["token"]
            shifted = match["shifted_count"] + (token[0] in azerty.shifted_characters(name))
            guesses = azerty.spatial_guesses(name, len(token), match["turns"], shifted)
            if len(token) < len(password):
                guesses = max(guesses, 50)
            match.update(shifted_count=shifted, guesses=guesses)
            matches.append(match)
    return matches


def plain_repeat(password: str, tables: Tables) -> list[Match]:
    matches: list[Match] = []
    last_index = 0
    while last_index < len(password):
        greedy = GREEDY.search(password, pos=last_index)
        lazy = LAZY.search(password, pos=last_index)
        if not greedy or not lazy:
            break
        if len(greedy.group(0)) > len(lazy.group(0)):
            found = greedy
            anchored = LAZY_ANCHORED.search(found.group(0))
            base_token = anchored.group(1) if anchored else found.group(1)
        else:
            found = lazy
            base_token = found.group(1)
        guesses, sequence = plain_search(base_token, plain_omnimatch(base_token, tables))
        matches.append(
            {
                "pattern": "repeat",
                "i": found.start(),
                "j": found.end() - 1,
                "token": found.group(0),
                "base_token": base_token,
                "base_guesses": strength_scoring.as_decimal(guesses),
                "base_matches": sequence,
                "repeat_count": len(found.group(0)) / len(base_token),
            }
        )
        last_index = found.end()
    return matches


def power(base: int, exponent: int) -> float:
    try:
        return float(base**exponent)
    except OverflowError:
        return math.inf


def plain_search(password: str, matches: list[Match]) -> tuple[float, list[Match]]:
    """zxcvbn's ``most_guessable_match_sequence`` as zxcvbn writes it, in floats as the
    plain meter did it: on a tie at the end the shorter sequence wins, and a brute-force
    span never follows a sequence costing at least as much as brute force."""
    n = len(password)
    if n == 0:
        return 1.0, []
    by_end: list[list[Match]] = [[] for _ in range(n)]
    for match in sorted(matches, key=lambda match: match["i"]):
        by_end[match["j"]].append(match)
    best: list[dict[int, tuple[float, float, Any]]] = [{} for _ in range(n)]

    def update(k: int, start: int, item: Any, guesses: float, length: int) -> None:
        product = guesses if length == 1 else guesses * best[start - 1][length - 1][1]
        total = float(math.factorial(length)) * product + power(10000, length - 1)
        for other_length, (other_total, _, _) in best[k].items():
            if other_length <= length and other_total <= total:
                return
        best[k][length] = (total, product, item)

    extendable: list[tuple[int, list[int]]] = []  # (start, lengths a span from it may follow)
    for k in range(n):
        for match in by_end[k]:
            guesses = float(scoring.estimate_guesses(match, password))
            start = match["i"]
            for length in list(best[start - 1]) if start else [0]:
                update(k, start, match, guesses, length + 1)
        update(k, 0, (0, k, bruteforce(k + 1)), bruteforce(k + 1), 1)
        for start, lengths in extendable:
            span = (start, k, bruteforce(k - start + 1))
            for length in lengths:
                update(k, start, span, span[2], length + 1)
        # Never two brute-force spans in a row; and not after a sequence costing as much
        # as brute-forcing it (zxcvbn's exact arithmetic rejects those, floats can lose
        # its 10000 and keep one).
        lengths = [
            length
            for length, (_, product, last) in best[k].items()
            if isinstance(last, dict)
            and float(math.factorial(length + 1)) * product < power(10, k + 1)
        ]
        if lengths:
            extendable.append((k + 1, lengths))
    k = n - 1
    total, length = min((total, length) for length, (total, _, _) in best[k].items())
    sequence: list[Match] = []
    while k >= 0:
        item = best[k][length][2]
        if not isinstance(item, dict):
            i, j, guesses = item
            item = {"pattern": "bruteforce", "token": password[i : j + 1], "i": i, "j": j}
            item["guesses"] = guesses
        sequence.insert(0, item)
        k, length = item["i"] - 1, length - 1
    return total, sequence


def bruteforce(length: int) -> float:
    return 11 if length == 1 else max(power(10, length), 51)


def plain_score(password: str, user_inputs: Sequence[str]) -> tuple[int, set[Reason]]:
    dictionaries = load_dictionaries()
    tables = plain_tables(dictionaries, user_inputs)
    score, sequence = plain_guess(password, tables)
    reasons = {reason for match in sequence for reason in plain_reasons(match, dictionaries)}
    if Reason.CONTAINS_PERSONAL_INFO in reasons:
        rest = "".join(
            match["token"] for match in sequence if match.get("dictionary_name") != USER_INPUTS
        )
        rest_score, rest_sequence = plain_guess(rest, tables) if rest else (0, [])
        score = min(score, rest_score)
        reasons |= {r for match in rest_sequence for r in plain_reasons(match, dictionaries)}
    return score, reasons


def plain_guess(password: str, tables: Tables) -> tuple[int, list[Match]]:
    from zxcvbn.time_estimates import guesses_to_score

    guesses, sequence = plain_search(password, plain_omnimatch(password, tables))
    return max(0, min(MAX_SCORE, int(guesses_to_score(guesses)))), sequence


def plain_reasons(match: Match, dictionaries: Dictionaries) -> set[Reason]:
    if match["pattern"] == "dictionary":
        if match["dictionary_name"] == USER_INPUTS:
            found = {Reason.CONTAINS_PERSONAL_INFO}
        else:
            source = dictionaries.sources.get(match["matched_word"], "")
            if source == "passwords":
                found = {Reason.COMMON_PASSWORD}
            elif source in NAME_LISTS:
                found = {Reason.COMMON_NAME}
            else:
                found = {Reason.DICTIONARY_WORD}
        for flag, reason in (
            ("l33t", Reason.PREDICTABLE_SUBSTITUTION),
            ("mangled", Reason.PREDICTABLE_ENDING),
            ("year_suffix", Reason.YEAR_OR_DATE),
        ):
            if match.get(flag):
                found.add(reason)
        return found
    return {
        "spatial": {Reason.KEYBOARD_PATTERN},
        "sequence": {Reason.SEQUENCE},
        "repeat": {Reason.REPEATED},
        "date": {Reason.YEAR_OR_DATE},
        "regex": {Reason.YEAR_OR_DATE},
    }.get(match["pattern"], set())


def plain_evaluate(password: str, user_inputs: Sequence[str] = ()) -> StrengthResult:
    """``password_strength.evaluate`` as it was, on the plain matching and search."""
    if has_control_characters(password):
        return StrengthResult(0, (Reason.CONTROL_CHARACTERS,))
    if not password:
        return StrengthResult(0, (Reason.EMPTY,))
    scored = password[:SCORED_LENGTH]
    score, reasons = plain_score(scored, tuple(user_inputs))
    if len(password) < MIN_LENGTH:
        score = min(score, SHORT_PASSWORD_MAX_SCORE)
        reasons.add(Reason.TOO_SHORT)
    if password != password.strip():
        reasons.add(Reason.LEADING_OR_TRAILING_SPACES)
    if score < WEAK_BELOW:
        if scored.isdigit():
            reasons.add(Reason.ONLY_DIGITS)
        elif scored.isalpha():
            reasons.add(Reason.ONLY_LETTERS)
        if not reasons & EXPLAINS_WEAKNESS:
            reasons.add(Reason.ADD_LENGTH)
    else:
        reasons &= WARNINGS
    order = list(Reason)
    return StrengthResult(
        score, tuple(sorted(reasons, key=order.index)), truncated=len(password) > SCORED_LENGTH
    )


# --- the corpus ------------------------------------------------------------------------


def corpus() -> list[str]:
    """About 1,850 passwords: the Belgian samples, what people type (words, names, years,
    substitutions, walks, repeats, dates, their own name), random characters from ASCII
    and beyond, up to past the 100 characters that are scored."""
    rng = random.Random(2027)
    ranks = load_dictionaries().ranks
    words = [word for word in list(ranks)[:60000] if word.isalpha()]
    personal = ["jan", "peeters", "Peeters", "voorbeeld", "0001", "all2all", "p33t3rs", "sretteep"]
    wide = RANDOM_ALPHABET + "éèàçù§µ²€ßİΣœ😀\u00a0"

    def word() -> str:
        return rng.choice(words)

    makers: list[Callable[[], str]] = [
        lambda: "".join(rng.choice(RANDOM_ALPHABET) for _ in range(rng.randint(1, 64))),
        lambda: "".join(rng.choice(wide) for _ in range(rng.randint(1, 110))),
        lambda: rng.choice("-. _").join(word() for _ in range(rng.randint(2, 6))),
        lambda: word().capitalize() + str(rng.randint(1900, 2049)) + rng.choice(["", "!", "?!"]),
        lambda: word().translate(LEET) + str(rng.randint(0, 999)),
        lambda: "".join(word().translate(LEET) for _ in range(rng.randint(2, 8))),
        lambda: rng.choice(WALKS) * rng.randint(1, 5),
        lambda: word() * rng.randint(2, 5),
        lambda: "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 40))),
        lambda: "".join(rng.choice("0123456789/.-_ ") for _ in range(rng.randint(4, 24))),
        lambda: "".join(rng.choice("1|7!@$30a4leoist") for _ in range(rng.randint(2, 30))),
        lambda: "".join(rng.choice("abcdefABCDEF") for _ in range(rng.randint(2, 30))),
        lambda: rng.choice(personal) + str(rng.randint(0, 2030)) + rng.choice(["", "!", "$$"]),
        lambda: word()[: rng.randint(1, 8)] + rng.choice(personal) + word()[: rng.randint(0, 6)],
        lambda: "".join(rng.choice(string.ascii_letters) for _ in range(rng.randint(1, 4))),
    ]
    made = [rng.choice(makers)() for _ in range(1800)]
    qwertz = [walk * count for walk in QWERTZ_WALKS for count in (1, 2)]  # after the draws
    return [*NL_FR_SAMPLES, *PERSONAL_SAMPLES, *DE_SAMPLES, *qwertz, *made]


CORPUS = corpus()


def chunks(size: int) -> Iterator[list[str]]:
    for start in range(0, len(CORPUS), size):
        yield CORPUS[start : start + size]


def without_regex_objects(matches: list[Match]) -> list[Match]:
    """Match records comparable with ``==`` (re.Match objects compare by identity)."""
    cleaned = []
    for match in matches:
        match = {key: value for key, value in match.items() if key != "regex_match"}
        if "base_matches" in match:
            match["base_matches"] = without_regex_objects(match["base_matches"])
        cleaned.append(match)
    return cleaned


# --- the comparisons -------------------------------------------------------------------


@pytest.fixture(scope="module")
def tables() -> dict[tuple[str, ...], tuple[Tables, Tables]]:
    """The fast meter's tables and the plain ones, without and with personal words."""
    dictionaries = load_dictionaries()
    return {
        words: (password_strength._tables(dictionaries, words), plain_tables(dictionaries, words))
        for words in ((), ACCOUNT)
    }


@pytest.mark.parametrize("passwords", list(chunks(200)), ids=lambda chunk: f"{len(chunk)}")
def test_same_matches(
    passwords: list[str], tables: dict[tuple[str, ...], tuple[Tables, Tables]]
) -> None:
    fast_tables, reference_tables = tables[ACCOUNT]
    for password in passwords:
        if has_control_characters(password):
            continue  # refused before matching
        fast = strength_matching.omnimatch(password, fast_tables)
        plain = plain_omnimatch(password, reference_tables)
        assert without_regex_objects(fast) == without_regex_objects(plain), password


@pytest.mark.parametrize("passwords", list(chunks(200)), ids=lambda chunk: f"{len(chunk)}")
def test_same_cheapest_sequence(
    passwords: list[str], tables: dict[tuple[str, ...], tuple[Tables, Tables]]
) -> None:
    fast_tables, reference_tables = tables[ACCOUNT]
    for password in passwords:
        if has_control_characters(password):
            continue
        password = password[:SCORED_LENGTH]
        fast = strength_matching.analyse(password, fast_tables)
        guesses, sequence = plain_search(password, plain_omnimatch(password, reference_tables))
        assert fast.guesses == guesses, password
        assert without_regex_objects(fast.sequence) == without_regex_objects(sequence), password


@pytest.mark.parametrize("user_inputs", [(), ACCOUNT], ids=["no personal words", "account"])
@pytest.mark.parametrize("passwords", list(chunks(300)), ids=lambda chunk: f"{len(chunk)}")
def test_same_score_and_reasons(passwords: list[str], user_inputs: tuple[str, ...]) -> None:
    for password in passwords:
        assert evaluate(password, user_inputs) == plain_evaluate(password, user_inputs), password


def test_the_corpus_covers_what_the_shortcuts_decide(
    tables: dict[tuple[str, ...], tuple[Tables, Tables]],
) -> None:
    """The corpus holds passwords settled by a single match, by brute force alone, by
    the search, by the bound for a 4, and ones with personal words: each path is
    compared above."""
    fast_tables = tables[ACCOUNT][0]
    scores = {evaluate(password, ACCOUNT).score for password in CORPUS}
    assert scores == {0, 1, 2, 3, 4}
    whole = [
        password
        for password in CORPUS
        if strength_scoring.single_answer(
            password, strength_matching.whole_matches(password, fast_tables)
        )
    ]
    assert len(whole) > 100
    personal = [p for p in CORPUS if Reason.CONTAINS_PERSONAL_INFO in evaluate(p, ACCOUNT).reasons]
    assert len(personal) > 50


SEEDS = st.integers(min_value=0, max_value=2**64)


@settings(max_examples=150, deadline=None)
@given(SEEDS, st.integers(min_value=1, max_value=70), st.sampled_from(["ascii", "leet", "mixed"]))
def test_random_passwords_score_as_before(seed: int, length: int, kind: str) -> None:
    rng = random.Random(seed)
    alphabet = {
        "ascii": RANDOM_ALPHABET,
        "leet": "1|7!@$304ab5lotie",
        "mixed": RANDOM_ALPHABET + "éß€İ",
    }[kind]
    password = "".join(rng.choice(alphabet) for _ in range(length))
    for user_inputs in ((), ACCOUNT):
        assert evaluate(password, user_inputs) == plain_evaluate(password, user_inputs)
