"""Our fast matchers and search give zxcvbn's own answers (same tables, same passwords)."""

from __future__ import annotations

import random
import string

import pytest
from zxcvbn import matching, scoring

from wizard.core.strength import azerty, dates, repeats, walks, words
from wizard.core.strength import matching as strength_matching
from wizard.core.strength import scoring as strength_scoring
from wizard.core.strength.matching import Tables
from wizard.core.strength.wordlists import load_dictionaries, prefixes_of

ALPHABET = string.ascii_letters + string.digits + "!@#$%&*()+-.:;=?_|"
LEET = str.maketrans({"a": "@", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7", "l": "|"})


@pytest.fixture(scope="module")
def tables() -> Tables:
    dictionaries = load_dictionaries()
    personal = {"jan": 1, "peeters": 2, "p33ters": 3, "qx": 4}
    return Tables(
        {"words": dictionaries.ranks, "user_inputs": personal},
        dictionaries.longest,
        dictionaries.prefixes | prefixes_of(personal),
    )


@pytest.fixture(scope="module")
def samples() -> list[str]:
    rng = random.Random(2026)
    words = [word for word in list(load_dictionaries().ranks)[:50000] if word.isalpha()]
    made = []
    for _ in range(150):
        kind = rng.randrange(4)
        if kind == 0:
            made.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(4, 40))))
        elif kind == 1:
            made.append("".join(rng.choice(words) for _ in range(rng.randint(1, 4))))
        elif kind == 2:
            made.append(rng.choice(words).translate(LEET) + str(rng.randint(0, 2030)))
        else:
            made.append(rng.choice(words).capitalize() + rng.choice(["!", "?", "1", "..."]))
    return [*made, "p@ssw0rd", "z0nn3bl03m", "JanPeeters", "qx", "aaaaaaaa", "1|7!1"]


def _key(match: dict[str, object]) -> tuple[object, ...]:
    sub = match.get("sub") or {}
    assert isinstance(sub, dict)
    return (
        match["i"],
        match["j"],
        match["matched_word"],
        match["dictionary_name"],
        match["reversed"],
        tuple(sorted(sub.items())),
    )


def test_dictionary_matches_are_zxcvbns(tables: Tables, samples: list[str]) -> None:
    for password in samples:
        ours = words.dictionary_match(password, tables)
        ours += words.reverse_dictionary_match(password, tables)
        theirs = matching.dictionary_match(password, tables.tables)
        theirs += matching.reverse_dictionary_match(password, tables.tables)
        assert {_key(match) for match in ours} == {_key(match) for match in theirs}, password


def test_l33t_matches_include_all_of_zxcvbns(tables: Tables, samples: list[str]) -> None:
    """Ours may find more (two look-alikes read as one letter: ``p@n@m4``), never fewer
    words made of letters (zxcvbn also finds ``heart1`` with the ``1`` kept as a digit)."""
    for password in samples:
        ours = {_key(match) for match in words.l33t_match(password, tables)}
        theirs = {
            _key(match)
            for match in matching.l33t_match(password, tables.tables)
            if match["j"] - match["i"] < tables.longest and str(match["matched_word"]).isalpha()
        }
        assert theirs <= ours, password


def test_search_finds_zxcvbns_minimum(tables: Tables, samples: list[str]) -> None:
    for password in samples:
        matches = strength_matching.omnimatch(password, tables)
        ours = strength_scoring.most_guessable_match_sequence(password, matches)
        theirs = scoring.most_guessable_match_sequence(password, matches)
        assert ours.guesses == pytest.approx(float(theirs["guesses"]), rel=1e-9), password


def test_search_of_the_empty_string() -> None:
    estimate = strength_scoring.most_guessable_match_sequence("", [])
    assert estimate.guesses == 1
    assert estimate.sequence == []


# --- the parts written for speed, against zxcvbn's own -------------------------------


def _strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, longest))) for _ in range(count)
    ]


def _comparable(matches: list[dict[str, object]]) -> list[dict[str, object]]:
    return [
        {key: value for key, value in match.items() if key != "regex_match"} for match in matches
    ]


def test_dates_are_zxcvbns() -> None:
    samples = [
        *_strings("0123456789", 150, 30, 1),
        *_strings("0123456789/.-_ \\", 300, 24, 2),
        *_strings("0123456789ab/ ", 150, 24, 3),
        "2015_06_04",
        "14/02/2023",
        "1.1.91",
        "١٤٠٢١٩٨٧",  # Arabic-Indic digits: zxcvbn's \d takes them, and int() reads them
    ]
    for password in samples:
        assert dates.date_match(password) == matching.date_match(password), password


def test_dates_are_read_as_zxcvbn_reads_them() -> None:
    numbers = [*range(130), *range(990, 1010), *range(1890, 2070), 9999]
    for first in numbers[::2]:
        for second in range(40):
            for third in numbers[::3]:
                theirs = matching.map_ints_to_dmy([first, second, third])
                expected = (theirs["year"], theirs["month"], theirs["day"]) if theirs else None
                assert dates._dmy(first, second, third) == expected


QWERTZ_WALKS = ("qwertzuiopü+", "ztrewq", "yxcvbnm,.-", "1qay2wsx3edc", "ölkjhgfdsa", '!"§$%&/()=?')


def test_keyboard_walks_are_zxcvbns() -> None:
    samples = [
        *_strings("qwertyuiopasdfghjkl;'zxcvbnm,./QWERTY!@#$%^&*()1234567890", 200, 30, 4),
        *_strings("azertyuiopqsdfghjklmwxcvbn&é\"'(§è!çà)-^$ùµ<>AZERTY", 200, 30, 5),
        *_strings('qwertzuiopüasdfghjklöä#<yxcvbnm,.-1234567890ß!"§$%&/()=QWERTZÜ', 200, 30, 11),
        *QWERTZ_WALKS,
        *_strings("0123456789+-*/.", 100, 20, 6),
        *_strings(ALPHABET, 100, 40, 7),
    ]
    graphs = [*matching.GRAPHS.items(), *azerty.graphs().items()]
    for password in samples:
        ours = walks._walks(password)
        theirs = [
            match
            for name, graph in graphs
            for match in matching.spatial_match_helper(password, graph, name)
        ]
        assert ours == theirs, password


def test_the_first_repeat_is_where_the_expression_finds_it() -> None:
    samples = [
        *_strings("ab", 200, 20, 8),
        *_strings("abc$", 200, 30, 9),
        *_strings(ALPHABET + "\n", 200, 40, 10),  # a line break: the expression decides
    ]
    for password in samples:
        for start in range(len(password) + 1):
            found = repeats.LAZY.search(password, start)
            expected = found.start() if found else None
            assert repeats.first_repeat(password, start) == expected, password


@pytest.fixture(scope="module")
def fast_tables() -> Tables:
    """The tables the meter itself builds, with the lengths that stop a search early."""
    from wizard.core.strength.rating import _tables

    return _tables(load_dictionaries(), ("jan", "peeters", "p33ters", "qx"))


def test_dictionary_matches_with_early_stops_are_zxcvbns(
    fast_tables: Tables, samples: list[str]
) -> None:
    for password in samples:
        ours = words.dictionary_match(password, fast_tables)
        ours += words.reverse_dictionary_match(password, fast_tables)
        theirs = matching.dictionary_match(password, fast_tables.tables)
        theirs += matching.reverse_dictionary_match(password, fast_tables.tables)
        assert {_key(match) for match in ours} == {_key(match) for match in theirs}, password


def test_the_matches_covering_everything_are_omnimatchs(
    fast_tables: Tables, samples: list[str]
) -> None:
    extra = ["1234567890" * 3, "abcdefghij", "qwertyuiop", "2024", "14/02/2023", "zonzonzon"]
    for password in [*samples, *extra]:
        last = len(password) - 1
        everything = [
            match
            for match in strength_matching.omnimatch(password, fast_tables)
            if match["i"] == 0 and match["j"] == last
        ]
        whole = strength_matching.whole_matches(password, fast_tables)
        assert _comparable(whole) == _comparable(everything), password


def test_a_search_stops_early_only_above_the_bound(fast_tables: Tables, samples: list[str]) -> None:
    for password in samples:
        exact = strength_scoring.most_guessable_match_sequence(
            password, strength_matching.omnimatch(password, fast_tables)
        )
        for stop_at in (1e3, 1e10, 1e20):
            early = strength_scoring.most_guessable_match_sequence(
                password, strength_matching.omnimatch(password, fast_tables), stop_at=stop_at
            )
            if early.sequence:
                assert early.guesses == exact.guesses, password
                assert _comparable(early.sequence) == _comparable(exact.sequence), password
            else:
                assert stop_at <= early.guesses <= exact.guesses, password
