"""Keyboard walks (``azerty``, ``qsdfgh``, ``1qaz2wsx``) on zxcvbn's keyboards and on the
Belgian and French AZERTY and German QWERTZ ones, each pair of keys looked up once.
"""

from __future__ import annotations

from functools import cache

from zxcvbn import matching  # imported with this module, which is imported on first use

from wizard.core.strength import azerty
from wizard.core.strength.tables import Match

# zxcvbn.scoring.MIN_SUBMATCH_GUESSES_MULTI_CHAR: a walk inside a longer password is
# never estimated below this (zxcvbn applies it only to guesses it computes itself).
_MIN_SUBMATCH_GUESSES = 50
_Steps = dict[str, dict[str, tuple[int, int]]]


def keyboard_walks(password: str) -> tuple[list[Match], list[Match]]:
    """Walks on zxcvbn's own keyboards (QWERTY, Dvorak, keypads) as zxcvbn finds them,
    and on the Belgian and French AZERTY and the German QWERTZ ones with their guesses
    set: the pairs of neighbouring keys are looked up once for all seven keyboards."""
    walks = _walks(password)
    own = [match for match in walks if match["graph"] in matching.GRAPHS]
    matches = [match for match in walks if match["graph"] not in matching.GRAPHS]
    for match in matches:
        name, token = match["graph"], match["token"]
        shifted = match["shifted_count"] + (token[0] in azerty.shifted_characters(name))
        guesses = azerty.spatial_guesses(name, len(token), match["turns"], shifted)
        if len(token) < len(password):
            guesses = max(guesses, _MIN_SUBMATCH_GUESSES)
        match.update(shifted_count=shifted, guesses=guesses)
    return own, matches


def _walks(password: str) -> list[Match]:
    """``zxcvbn.matching.spatial_match_helper`` on each keyboard in turn: the same walks.

    zxcvbn starts at each character and scans the six neighbours of its key for the
    next one. A walk is a longest run of neighbouring pairs, so here every pair of
    characters is looked up once, in a table saying on which keyboards the second is
    next to the first; only runs of at least two pairs are then followed key by key.
    """
    names, pairs, steps = keyboards()
    length = len(password)
    on = [pairs.get(password[j - 1 : j + 1], 0) for j in range(1, length)]  # pair j-1, j
    anywhere = 0
    for bits in on:
        anywhere |= bits
    matches: list[Match] = []
    if not anywhere:
        return matches
    for index, name in enumerate(names):
        bit = 1 << index
        if not anywhere & bit:
            continue
        shift_counts = name in ("qwerty", "dvorak")  # zxcvbn counts a shifted first key there
        keys = steps[index]
        j = 1
        while j < length:
            if not on[j - 1] & bit:
                j += 1
                continue
            i = j - 1  # a walk from i: extend j while password[j] neighbours password[j - 1]
            while j < length and on[j - 1] & bit:
                j += 1
            if j - i > 2:  # walks of 1 or 2 keys are not patterns
                turns = 0
                last_direction = -1
                first_shifted = shift_counts and matching.SHIFTED_RX.search(password[i])
                shifted_count = 1 if first_shifted else 0
                for step in range(i + 1, j):
                    direction, shifted = keys[password[step - 1]][password[step]]
                    shifted_count += shifted
                    if direction != last_direction:
                        turns += 1  # every walk starts with a turn
                        last_direction = direction
                matches.append(
                    {
                        "pattern": "spatial",
                        "i": i,
                        "j": j - 1,
                        "token": password[i:j],
                        "graph": name,
                        "turns": turns,
                        "shifted_count": shifted_count,
                    }
                )
            j += 1  # the pair j-1, j does not neighbour: the next walk starts at j at most
    return matches


def one_walk(password: str) -> bool:
    """Whether all of ``password`` could be one walk on one keyboard."""
    pairs = keyboards()[1]
    common = -1
    for j in range(1, len(password)):
        common &= pairs.get(password[j - 1 : j + 1], 0)
        if not common:
            return False
    return True


@cache
def keyboards() -> tuple[tuple[str, ...], dict[str, int], list[_Steps]]:
    """zxcvbn's keyboards then ours (``azerty.graphs()``, the order of their walks in omnimatch):
    their names; "two characters" → bit i set if on keyboard i the second character's
    key neighbours the first's; and per keyboard, key → {neighbouring character:
    (direction, 1 if typed with Shift)}, as zxcvbn reads it: the first direction holding
    the character wins."""
    graphs = [*matching.GRAPHS.items(), *azerty.graphs().items()]
    pairs: dict[str, int] = {}
    all_steps: list[_Steps] = []
    for index, (_, graph) in enumerate(graphs):
        steps: _Steps = {}
        for char, neighbours in graph.items():
            found: dict[str, tuple[int, int]] = {}
            for direction, neighbour in enumerate(neighbours or ()):
                if not neighbour:
                    continue
                for next_char in neighbour:
                    shifted = int(neighbour.index(next_char) == 1)
                    found.setdefault(next_char, (direction, shifted))
            steps[char] = found
            for next_char in found:
                pairs[char + next_char] = pairs.get(char + next_char, 0) | 1 << index
        all_steps.append(steps)
    return tuple(name for name, _ in graphs), pairs, all_steps
