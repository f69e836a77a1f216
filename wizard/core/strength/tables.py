"""What the matchers search in: named word tables, and what lets a search stop early.

Kept apart from the matchers so that each of them (words, keyboard walks, dates,
repeats: the modules beside this one) and the rating name the same tables.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

Match = dict[str, Any]  # zxcvbn's record of one match ("pattern", "i", "j", "token"...)


@dataclass(frozen=True)
class Tables:
    """Named word → rank tables to match against, and what lets a search stop early.

    ``longest`` is the longest word in any table. ``prefixes`` holds the first 3 and 5
    characters of every word of at least that length, and the words of 1 or 2
    characters (in any table; see ``wordlists.prefixes_of``): a substring of 3 or 5
    characters that is not among them cannot grow into a word, so the search moves on.
    For random characters that ends most searches after 3 characters instead of 28.
    ``reach`` (optional) gives for a start of 5 the length of the longest word beginning
    with it, so a search that got past it stops there instead of at ``longest``: a
    Dutch compound runs to 28 letters, most words that start like ``zonne`` do not.
    """

    tables: Mapping[str, Mapping[str, int]]
    longest: int
    prefixes: Collection[str]
    reach: Mapping[str, int] = field(default_factory=dict)
