"""How guessable a password is: a score 0-4 and reason codes, never user text.

zxcvbn estimates how many guesses an attacker needs; we extend it with what attackers of
a Belgian mailbox try first: Dutch, French and German words (accents and umlauts
optional), AZERTY and QWERTZ keyboard walks, and the user's own login, address, name and
the provider's server names. The GUI turns the :class:`Reason` codes into advice in the
user's language (``gui/messages.py``).

Policy on top of zxcvbn, from the provider's guide ("niet in een woordenboek, willekeurige
letters en cijfers, minstens 8 tekens"):

- Shorter than 8 characters scores at most 1, whatever zxcvbn says. The server is
  reachable from the whole internet and the guide's minimum is 8, so the meter must never
  show a 7-character password as acceptable; we keep 1 rather than 0 so that a random
  7-character password still ranks above ``wachtwoord``.
- Only the first :data:`SCORED_LENGTH` characters are scored: matching is quadratic in the
  length, and 100 random characters are far beyond any attack anyway.
- Control and format characters (NUL, tab, line breaks, zero-width) are refused: mail
  programs and servers handle them inconsistently, and they are usually a paste accident.
- Spaces at either end are allowed but reported: they are easy to paste by mistake and
  invisible in a password field.
- A password is scored as if the attacker knew the user's login, address and name: the
  score is capped at that of what remains without them (``JanPeeters2024`` → 0).
- A word followed by digits and a symbol (``Bonjour2024!``) is priced as one cracking
  rule, not as three independent parts (see ``strength_matching.mangled_word_match``).

zxcvbn and the word lists are loaded by :func:`load_dictionaries` (or the first
:func:`evaluate`), never at import time, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from wizard.core.strength.wordlists import (
    USER_INPUTS,
    Dictionaries,
    fold_accents,
    spell_umlauts,
    starts_of,
)
from wizard.core.strength.wordlists import load_dictionaries as _load
from wizard.core.validation import has_control_characters

if TYPE_CHECKING:
    from wizard.core.model import AccountDraft
    from wizard.core.provider import Provider
    from wizard.core.strength.matching import Tables

MIN_LENGTH = 8  # the provider guide's "minstens 8 tekens"
SHORT_PASSWORD_MAX_SCORE = 1
SCORED_LENGTH = 100
WEAK_BELOW = 3  # scores 0-2 are weak: zxcvbn's own threshold for giving feedback
MAX_SCORE = 4

_MERGED = "words"  # name of the merged table in the matches
_SCORE_4_GUESSES = 1e10 + 5  # zxcvbn's lowest 4 (time_estimates.guesses_to_score)
_MIN_PERSONAL_PART = 3  # shorter bits of a name or login match too much by chance
_NAME_LISTS = frozenset({"male_names", "female_names", "surnames"})
# Parts of host names that say nothing about this user.
_GENERIC_HOST_PARTS = frozenset({"www", "mail", "imap", "pop", "pop3", "smtp", "webmail"})
_SEPARATORS = re.compile(r"[\s.@_+\-]+")
_RUNS = re.compile(r"[^\W\d_]+|\d+")


class Reason(StrEnum):
    """Why a password is weak, refused or worth a second look (most important first)."""

    CONTROL_CHARACTERS = "control_characters"  # refused: NUL, tab, line break, invisible
    EMPTY = "empty"  # nothing typed yet
    LEADING_OR_TRAILING_SPACES = "leading_or_trailing_spaces"  # warning, any score
    TOO_SHORT = "too_short"  # fewer than 8 characters: the provider's minimum
    COMMON_PASSWORD = "common_password"  # noqa: S105  on the lists of most used passwords
    CONTAINS_PERSONAL_INFO = "contains_personal_info"  # login, address, name, server
    DICTIONARY_WORD = "dictionary_word"  # a Dutch, French, German or English word (or reversed)
    COMMON_NAME = "common_name"  # a common first name or surname
    KEYBOARD_PATTERN = "keyboard_pattern"  # a walk on the keyboard (azerty, qsdf, &é"')
    SEQUENCE = "sequence"  # abcdef, 13579, zyxw
    REPEATED = "repeated"  # aaaa, abcabc, zonzon
    YEAR_OR_DATE = "year_or_date"  # 1987, 2024, 14/02/2023
    PREDICTABLE_SUBSTITUTION = "predictable_substitution"  # z0nn3bl03m: @ for a, 0 for o
    PREDICTABLE_ENDING = "predictable_ending"  # word + digits/year + symbol: Bonjour2024!
    ONLY_DIGITS = "only_digits"  # weak and digits only
    ONLY_LETTERS = "only_letters"  # weak and letters only
    ADD_LENGTH = "add_length"  # weak, no known pattern: simply too few characters


_ORDER = {reason: index for index, reason in enumerate(Reason)}
_EXPLAINS_WEAKNESS = frozenset(Reason) - {
    Reason.LEADING_OR_TRAILING_SPACES,
    Reason.ONLY_DIGITS,
    Reason.ONLY_LETTERS,
    Reason.ADD_LENGTH,
}
# Always reported when found; the others only explain a weak score.
_WARNINGS = frozenset(
    {
        Reason.CONTROL_CHARACTERS,
        Reason.EMPTY,
        Reason.LEADING_OR_TRAILING_SPACES,
        Reason.TOO_SHORT,
        Reason.CONTAINS_PERSONAL_INFO,
    }
)


@dataclass(frozen=True)
class StrengthResult:
    """Score 0 (trivially guessable) to 4 (very strong) and the reasons, most important first.

    ``refused`` means no mail server would take this password; ``truncated`` that only its
    first :data:`SCORED_LENGTH` characters were scored. The password itself is not kept.
    """

    score: int
    reasons: tuple[Reason, ...] = ()
    truncated: bool = False

    @property
    def refused(self) -> bool:
        """Whether the password cannot be used at all (as opposed to merely weak)."""
        return Reason.CONTROL_CHARACTERS in self.reasons or Reason.EMPTY in self.reasons

    @property
    def weak(self) -> bool:
        """Whether the meter should advise a better password."""
        return self.score < WEAK_BELOW


def load_dictionaries() -> None:
    """Import zxcvbn and the matchers, load the word lists and build the keyboard tables
    now (call from a worker after the first paint): the first check then costs no more
    than the next ones."""
    from wizard.core.strength.matching import prepare

    _load()
    prepare()


def evaluate(password: str, user_inputs: Iterable[str] = ()) -> StrengthResult:
    """Score ``password``; ``user_inputs`` are the user's own words (see :func:`personal_words`).

    Raises nothing for any string: refusals come back as reason codes.
    """
    if has_control_characters(password):
        return StrengthResult(0, (Reason.CONTROL_CHARACTERS,))
    if not password:
        return StrengthResult(0, (Reason.EMPTY,))
    scored = password[:SCORED_LENGTH]
    score, found = _zxcvbn_score(scored, _load(), tuple(user_inputs))
    reasons = set(found)
    if len(password) < MIN_LENGTH:
        score = min(score, SHORT_PASSWORD_MAX_SCORE)
        reasons.add(Reason.TOO_SHORT)
    if password != password.strip():  # spaces, no-break spaces...
        reasons.add(Reason.LEADING_OR_TRAILING_SPACES)
    if score < WEAK_BELOW:
        if scored.isdigit():
            reasons.add(Reason.ONLY_DIGITS)
        elif scored.isalpha():
            reasons.add(Reason.ONLY_LETTERS)
        if not reasons & _EXPLAINS_WEAKNESS:
            reasons.add(Reason.ADD_LENGTH)
    else:
        reasons &= _WARNINGS
    return StrengthResult(
        score,
        tuple(sorted(reasons, key=_ORDER.__getitem__)),
        truncated=len(password) > SCORED_LENGTH,
    )


def _zxcvbn_score(
    password: str, dictionaries: Dictionaries, user_inputs: tuple[str, ...]
) -> tuple[int, set[Reason]]:
    """zxcvbn's score and our reasons; a password built on personal words scores as its rest.

    zxcvbn adds a fixed cost per pattern, so ``JanPeeters2024`` reaches 3 with the user's
    name as input. An attacker aiming at this mailbox knows the name and login, so what
    protects the password is what is left without them: the score is capped at the score
    of that remainder (``2024`` → 0, ``Jan-kX9#mP2$vL7q`` → still 4).
    """
    tables = _tables(dictionaries, user_inputs)
    score, sequence = _guess(password, tables, reasons_if_strong=False)
    reasons = {reason for match in sequence for reason in _reasons(match, dictionaries)}
    if Reason.CONTAINS_PERSONAL_INFO in reasons:
        rest = "".join(
            match["token"] for match in sequence if match.get("dictionary_name") != USER_INPUTS
        )
        rest_score, rest_sequence = _guess(rest, tables) if rest else (0, [])
        score = min(score, rest_score)
        reasons |= {reason for match in rest_sequence for reason in _reasons(match, dictionaries)}
    return score, reasons


@lru_cache(maxsize=8)
def _tables(dictionaries: Dictionaries, user_inputs: tuple[str, ...]) -> Tables:
    """The tables for one set of personal words; cached, as they rarely change between
    key presses and widening the prefix set copies it."""
    from wizard.core.strength.matching import Tables

    words = dict.fromkeys(word.lower() for word in user_inputs if word)
    personal = {word: rank for rank, word in enumerate(words, 1)}
    longest = max(dictionaries.longest, *map(len, personal), 0)
    prefixes, reach = dictionaries.prefixes, dictionaries.reach
    own_prefixes, own_reach = starts_of(personal)
    if extra := own_prefixes - prefixes:
        prefixes = prefixes | extra
    if any(size > reach.get(start, 0) for start, size in own_reach.items()):
        reach = dict(reach)
        for start, size in own_reach.items():
            reach[start] = max(size, reach.get(start, 0))
    return Tables({_MERGED: dictionaries.ranks, USER_INPUTS: personal}, longest, prefixes, reach)


def _guess(
    password: str, tables: Tables, reasons_if_strong: bool = True
) -> tuple[int, list[dict[str, Any]]]:
    """zxcvbn's score (0-4) and optimal match sequence for one string.

    Unless ``reasons_if_strong``, a string that certainly scores 4 may come back with
    no sequence: the reasons of a strong password are dropped anyway (all but personal
    data, so not when a match is on the user's own words).
    """
    from zxcvbn.time_estimates import guesses_to_score

    from wizard.core.strength.matching import analyse

    if reasons_if_strong:
        estimate = analyse(password, tables)
    else:
        estimate = analyse(password, tables, stop_at=_SCORE_4_GUESSES, unless_from=USER_INPUTS)
    score = max(0, min(MAX_SCORE, int(guesses_to_score(estimate.guesses))))
    return score, estimate.sequence


def _reasons(match: dict[str, Any], dictionaries: Dictionaries) -> set[Reason]:
    """The reason codes one match of zxcvbn's optimal sequence stands for."""
    pattern = match["pattern"]
    if pattern == "dictionary":
        found = {_dictionary_reason(match, dictionaries)}
        if match.get("l33t"):
            found.add(Reason.PREDICTABLE_SUBSTITUTION)
        if match.get("mangled"):
            found.add(Reason.PREDICTABLE_ENDING)
        if match.get("year_suffix"):
            found.add(Reason.YEAR_OR_DATE)
        return found
    return {
        "spatial": {Reason.KEYBOARD_PATTERN},
        "sequence": {Reason.SEQUENCE},
        "repeat": {Reason.REPEATED},
        "date": {Reason.YEAR_OR_DATE},
        "regex": {Reason.YEAR_OR_DATE},  # our only regex is "recent_year"
    }.get(pattern, set())


def _dictionary_reason(match: dict[str, Any], dictionaries: Dictionaries) -> Reason:
    if match["dictionary_name"] == USER_INPUTS:
        return Reason.CONTAINS_PERSONAL_INFO
    source = dictionaries.sources.get(match["matched_word"], "")
    if source == "passwords":
        return Reason.COMMON_PASSWORD
    if source in _NAME_LISTS:
        return Reason.COMMON_NAME
    return Reason.DICTIONARY_WORD


def personal_words(texts: Iterable[str], hosts: Iterable[str] = ()) -> tuple[str, ...]:
    """The guessable bits of the user's login, address and name, and of server names.

    ``["Jan Peeters", "jan.peeters@all2all.org"]`` → ``jan peeters``, ``jan``, ``peeters``,
    ``jan.peeters@all2all.org``, ``jan.peeters``, ``all2all``... Each text is kept whole and
    split into words and runs of letters or digits (a password containing ``voorbeeld``
    from the login ``voorbeeld0001`` must count as personal), with accent-free forms and
    umlauts spelled out (``Müller`` → ``muller``, ``mueller``).
    ``hosts`` contribute their labels. Bits shorter than 3 characters, top-level domains
    and generic labels (``mail``, ``smtp``) are left out. Most specific words come first,
    since zxcvbn ranks earlier words as likelier.
    """
    pieces: list[str] = []
    for text in texts:
        text = text.strip().lower()
        local, at, domain = text.rpartition("@")
        pieces.append(text)
        pieces.extend(_words(local if at else text))
        if at:
            pieces.extend(_labels(domain))
    for host in hosts:
        pieces.extend(_labels(host.strip().lower()))
    words: dict[str, None] = {}
    for piece in pieces:
        for form in (piece, fold_accents(piece), spell_umlauts(piece)):
            if len(form) >= _MIN_PERSONAL_PART and form not in _GENERIC_HOST_PARTS:
                words[form] = None
    return tuple(words)


def _words(text: str) -> list[str]:
    """``jan.peeters0001`` → itself, ``jan``, ``peeters0001``, ``peeters``, ``0001``."""
    return [text, *_SEPARATORS.split(text), *_RUNS.findall(text)]


def _labels(host: str) -> list[str]:
    """``maximusconfessor.all2all.org`` → itself and its labels, without the top-level one."""
    labels = [label for label in host.rstrip(".").split(".") if label]
    return [host, *labels[:-1]] if len(labels) > 1 else labels


def user_inputs_for(draft: AccountDraft, provider: Provider) -> tuple[str, ...]:
    """The personal words of an account being set up: login, address, name, servers."""
    return personal_words(
        (draft.username, draft.email, draft.display_name),
        hosts=(provider.name, provider.incoming_host, provider.smtp.host),
    )
