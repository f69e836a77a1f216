"""``tools/make_wordlists.py``: the word lists are what the tool makes, and it makes them the
same way every time.

wordfreq is a development-time tool (58 MB), deliberately not installed by ``dev.py test``
or in CI. Without it the committed lists are checked against the word counts and SHA-256
the tool wrote into ``ATTRIBUTION.md`` (a list edited by hand fails), and the tool's own
steps run on small made-up word lists; with it (``.venv/bin/pip install wordfreq==3.1.1``)
the lists are rebuilt and compared byte for byte.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from tests.support import in_ci
from wizard.core.strength import wordlists

ROOT = Path(__file__).resolve().parent.parent


def _load_tool() -> ModuleType:
    """``tools/`` is no package (mypy checks its scripts as top-level modules): by path."""
    spec = importlib.util.spec_from_file_location(
        "make_wordlists", ROOT / "tools/make_wordlists.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_wordlists = _load_tool()
FOLDER = Path(make_wordlists.OUTPUT_DIR)
ROW = re.compile(
    r"^\| `(?P<file>[^`]+)` \| [^|]+ \| [^|]+ \| (?P<words>\d+) \| `(?P<sha>[0-9a-f]{64})` \|$"
)


def attribution_rows() -> dict[str, tuple[int, str]]:
    text = (FOLDER / make_wordlists.ATTRIBUTION_FILE).read_text(encoding="utf-8")
    return {
        found["file"]: (int(found["words"]), found["sha"])
        for found in map(ROW.match, text.splitlines())
        if found
    }


def fake_top_n_list(language: str, count: int) -> list[str]:
    words = {
        "nl": ["de", "reünie", "zonnebloem", "2024", "co2", "café"],
        "fr": ["le", "cœur", "peut-être", "écureuil"],
        "de": ["die", "fussball", "frühling", "grösse", "schloss", "wasser"],
    }[language]
    return words[:count]


# --- the committed files ---------------------------------------------------------------


def test_tool_and_wizard_name_the_same_lists() -> None:
    assert set(make_wordlists.LISTS) == set(wordlists.WORDLISTS.values())
    assert set(attribution_rows()) == set(make_wordlists.LISTS)
    assert {path.name for path in FOLDER.glob("*.txt.gz")} == set(make_wordlists.LISTS)


@pytest.mark.parametrize("name", sorted(make_wordlists.LISTS))
def test_committed_list_is_the_one_the_attribution_describes(name: str) -> None:
    data = (FOLDER / name).read_bytes()
    words, sha = attribution_rows()[name]
    assert hashlib.sha256(data).hexdigest() == sha, "run: python tools/make_wordlists.py"
    assert make_wordlists.word_count(data) == words
    assert data[4:8] == b"\0\0\0\0"  # gzip without a time stamp


def test_attribution_credits_wordfreq_and_the_german_sources() -> None:
    text = (FOLDER / make_wordlists.ATTRIBUTION_FILE).read_text(encoding="utf-8")
    assert "**wordfreq 3.1.1**" in text
    assert "CC BY-SA 4.0" in text
    assert "SUBTLEX-NL" in text
    assert "SUBTLEX-DE" in text
    assert "Brysbaert, M., Buchmeier, M., Conrad, M." in text


# --- the tool's steps, without wordfreq -----------------------------------------------


def test_german_words_get_the_spellings_typed_without_umlauts_or_sharp_s() -> None:
    # The word first, then its ß spelling (wordfreq case-folds ß into ss).
    assert list(dict.fromkeys(make_wordlists.forms("fussball", "de"))) == ["fussball", "fußball"]
    assert set(make_wordlists.forms("grösse", "de")) == {"grösse", "größe", "groesse", "grosse"}
    assert set(make_wordlists.forms("frühling", "de")) == {"frühling", "fruehling", "fruhling"}


def test_dutch_and_french_diaereses_are_only_dropped() -> None:
    assert set(make_wordlists.forms("reünie", "nl")) == {"reünie", "reunie"}
    assert set(make_wordlists.forms("noël", "fr")) == {"noël", "noel"}
    assert set(make_wordlists.forms("schloss", "nl")) == {"schloss"}  # no ß outside German


def test_languages_are_interleaved_by_rank() -> None:
    words = make_wordlists.merged_words(
        {"nl": ["een", "twee", "drie"], "fr": ["un", "deux"], "de": ["eins"]}
    )
    assert words == ["een", "un", "eins", "twee", "deux", "drie"]


def test_the_tool_makes_the_same_bytes_every_time() -> None:
    first = make_wordlists.build(fake_top_n_list, "0.0")
    second = make_wordlists.build(fake_top_n_list, "0.0")
    assert first == second
    assert set(first) == {*make_wordlists.LISTS, make_wordlists.ATTRIBUTION_FILE}
    german = gzip.decompress(first["de.txt.gz"]).decode("utf-8").split()
    assert german[:4] == ["die", "fussball", "fußball", "frühling"]
    assert "2024" not in gzip.decompress(first["nl-fr.txt.gz"]).decode("utf-8").split()


def test_runtime_spellings_are_the_tools() -> None:
    for word in ("écureuil", "cœur", "straße", "Müller", "Ærø", "łódź"):
        assert wordlists.fold_accents(word) == make_wordlists.fold_accents(word)
        assert wordlists.spell_umlauts(word) == word.translate(make_wordlists._UMLAUTS)


# --- with wordfreq: the committed lists rebuilt ------------------------------------------


def test_committed_lists_are_rebuilt_byte_for_byte() -> None:
    if importlib.util.find_spec("wordfreq") is None:
        message = (
            "wordfreq (a development-time tool) is not installed: the SHA-256 in "
            "ATTRIBUTION.md is checked instead (pip install wordfreq==3.1.1 to rebuild)"
        )
        if in_ci():  # python3 dev.py test installs it with the test extra
            pytest.fail(message)
        pytest.skip(message)
    from wordfreq import top_n_list

    first = make_wordlists.build(top_n_list, make_wordlists.version("wordfreq"))
    second = make_wordlists.build(top_n_list, make_wordlists.version("wordfreq"))
    assert first == second
    for name, data in first.items():
        assert (FOLDER / name).read_bytes() == data, f"{name}: run python tools/make_wordlists.py"
