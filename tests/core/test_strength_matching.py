"""Our fast matchers and search give zxcvbn's own answers (same tables, same passwords)."""

from __future__ import annotations

import random
import string

import pytest
from zxcvbn import matching, scoring

from wizard.core import strength_matching, strength_scoring
from wizard.core.strength_matching import Tables
from wizard.core.wordlists import load_dictionaries, prefixes_of

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
        ours = strength_matching.dictionary_match(password, tables)
        ours += strength_matching.reverse_dictionary_match(password, tables)
        theirs = matching.dictionary_match(password, tables.tables)
        theirs += matching.reverse_dictionary_match(password, tables.tables)
        assert {_key(match) for match in ours} == {_key(match) for match in theirs}, password


def test_l33t_matches_include_all_of_zxcvbns(tables: Tables, samples: list[str]) -> None:
    """Ours may find more (two look-alikes read as one letter: ``p@n@m4``), never fewer
    words made of letters (zxcvbn also finds ``heart1`` with the ``1`` kept as a digit)."""
    for password in samples:
        ours = {_key(match) for match in strength_matching.l33t_match(password, tables)}
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
