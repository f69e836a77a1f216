"""AZERTY (and German QWERTZ) keyboard adjacency graphs in zxcvbn's format, and their guesses.

zxcvbn only knows QWERTY and Dvorak, so ``azertyuiop``, ``qsdfghjklm`` or the Belgian
number row ``&é"'(§è!çà`` look random to it. These graphs let its spatial matcher find
walks on the keyboards our users actually have. Belgium's German speakers type on the
Belgian AZERTY too; the German QWERTZ is there for laptops bought in Germany: on QWERTY
``ztrewq``, ``yxcvb``, ``1qay2wsx`` or ``ölkjh`` are no walks.

Format (as zxcvbn's ``adjacency_graphs.py``): every character maps to the six keys around
its key, clockwise from the left — left, upper left, upper right, right, lower right, lower
left — each key written unshifted then shifted (``"&1"``), ``None`` at an edge. Rows are
slanted as on a real keyboard: a key touches the two keys above it and the two below.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from math import comb

Graph = Mapping[str, tuple[str | None, ...]]

# (first column, keys) per row; a key is its unshifted character then its shifted one.
# The bottom row starts at column 0 with the ISO "<>" key left of W, the other letter
# rows at column 1 (right of Tab and Caps Lock), as zxcvbn's QWERTY grid does.
_Layout = tuple[tuple[int, tuple[str, ...]], ...]

BELGIAN: _Layout = (
    (0, ("²³", "&1", "é2", '"3', "'4", "(5", "§6", "è7", "!8", "ç9", "à0", ")°", "-_")),
    (1, ("aA", "zZ", "eE", "rR", "tT", "yY", "uU", "iI", "oO", "pP", "^¨", "$*")),
    (1, ("qQ", "sS", "dD", "fF", "gG", "hH", "jJ", "kK", "lL", "mM", "ù%", "µ£")),
    (0, ("<>", "wW", "xX", "cC", "vV", "bB", "nN", ",?", ";.", ":/", "=+")),
)

# France's AZERTY (common on laptops bought there): other punctuation, same letters.
FRENCH: _Layout = (
    (0, ("²", "&1", "é2", '"3', "'4", "(5", "-6", "è7", "_8", "ç9", "à0", ")°", "=+")),
    (1, ("aA", "zZ", "eE", "rR", "tT", "yY", "uU", "iI", "oO", "pP", "^¨", "$£")),
    (1, ("qQ", "sS", "dD", "fF", "gG", "hH", "jJ", "kK", "lL", "mM", "ù%", "*µ")),
    (0, ("<>", "wW", "xX", "cC", "vV", "bB", "nN", ",?", ";.", ":/", "!§")),
)

# Germany's QWERTZ: Z and Y swapped, umlauts right of P and L, ß right of 0.
GERMAN: _Layout = (
    (0, ("^°", "1!", '2"', "3§", "4$", "5%", "6&", "7/", "8(", "9)", "0=", "ß?", "´`")),
    (1, ("qQ", "wW", "eE", "rR", "tT", "zZ", "uU", "iI", "oO", "pP", "üÜ", "+*")),
    (1, ("aA", "sS", "dD", "fF", "gG", "hH", "jJ", "kK", "lL", "öÖ", "äÄ", "#'")),
    (0, ("<>", "yY", "xX", "cC", "vV", "bB", "nN", "mM", ",;", ".:", "-_")),
)

LAYOUTS: Mapping[str, _Layout] = {"azerty_be": BELGIAN, "azerty_fr": FRENCH, "qwertz_de": GERMAN}


def _neighbour_cells(x: int, y: int) -> tuple[tuple[int, int], ...]:
    """zxcvbn's slanted neighbourhood, in its direction order."""
    return ((x - 1, y), (x, y - 1), (x + 1, y - 1), (x + 1, y), (x, y + 1), (x - 1, y + 1))


def build_graph(layout: _Layout) -> dict[str, tuple[str | None, ...]]:
    """The adjacency graph of one layout (each character → its six neighbouring keys)."""
    cells = {
        (first + index, row): key
        for row, (first, keys) in enumerate(layout)
        for index, key in enumerate(keys)
    }
    graph: dict[str, tuple[str | None, ...]] = {}
    for (x, y), key in cells.items():
        neighbours = tuple(cells.get(cell) for cell in _neighbour_cells(x, y))
        for char in key:
            graph[char] = neighbours
    return graph


@cache
def graphs() -> Mapping[str, Graph]:
    """Every graph (AZERTY and QWERTZ) by name, built once."""
    return {name: build_graph(layout) for name, layout in LAYOUTS.items()}


@cache
def _statistics(name: str) -> tuple[int, float]:
    """Starting positions and average degree, as zxcvbn computes them for QWERTY."""
    graph = graphs()[name]
    degree = sum(sum(1 for key in keys if key) for keys in graph.values()) / len(graph)
    return len(graph), degree


@cache
def shifted_characters(name: str) -> frozenset[str]:
    """Characters typed with Shift on this layout (the second character of a key)."""
    return frozenset(key[1] for _, keys in LAYOUTS[name] for key in keys if len(key) > 1)


@lru_cache(maxsize=1024)  # a few small numbers in, and the meter asks on every key press
def spatial_guesses(name: str, length: int, turns: int, shifted_count: int) -> float:
    """zxcvbn's spatial estimate, with this layout's own key count and degree.

    zxcvbn's ``scoring.spatial_guesses`` only has statistics for its own graphs (any
    other name is scored as a numeric keypad, far too cheap), so AZERTY and QWERTZ walks
    are estimated here with the same formula.
    """
    starts, degree = _statistics(name)
    guesses = 0.0
    for walk_length in range(2, length + 1):
        possible_turns = min(turns, walk_length - 1) + 1
        for turn_count in range(1, possible_turns):
            guesses += comb(walk_length - 1, turn_count - 1) * starts * degree**turn_count
    if shifted_count:
        unshifted = length - shifted_count
        if unshifted == 0:
            guesses *= 2
        else:
            guesses *= sum(
                comb(length, count) for count in range(1, min(shifted_count, unshifted) + 1)
            )
    return guesses
