"""The strength meter: Dutch/French/German words, AZERTY/QWERTZ walks, personal data, policy."""

from __future__ import annotations

import random
import string
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.strength_samples import (
    DE_SAMPLES,
    DISPLAY_NAME,
    EMAIL,
    NL_FR_SAMPLES,
    PERSONAL_SAMPLES,
    USERNAME,
)
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider, load_provider
from wizard.core.strength import azerty
from wizard.core.strength.rating import (
    MIN_LENGTH,
    SCORED_LENGTH,
    Reason,
    StrengthResult,
    evaluate,
    load_dictionaries,
    personal_words,
    user_inputs_for,
)

ROOT = Path(__file__).resolve().parents[2]
RANDOM_ALPHABET = string.ascii_letters + string.digits + "!#$%&*+-.:;=?@_"


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


@pytest.fixture(scope="module")
def account_words(provider: Provider) -> tuple[str, ...]:
    draft = AccountDraft(username=USERNAME, email=EMAIL, display_name=DISPLAY_NAME)
    return user_inputs_for(draft, provider)


def stock_score(password: str) -> int:
    """What zxcvbn 4.5 alone says, given the same account data as plain user inputs."""
    from zxcvbn import zxcvbn

    return int(zxcvbn(password, user_inputs=[USERNAME, EMAIL, DISPLAY_NAME])["score"])


# --- what stock zxcvbn misses and we catch ---------------------------------------------


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("zonnebloem", Reason.DICTIONARY_WORD),
        ("Vriendschap!", Reason.DICTIONARY_WORD),
        ("konijntjes", Reason.DICTIONARY_WORD),
        ("Sinterklaas5", Reason.DICTIONARY_WORD),
        ("Printemps2021", Reason.DICTIONARY_WORD),
        ("grenouille", Reason.DICTIONARY_WORD),
        ("amitié2023", Reason.DICTIONARY_WORD),
        ("ecureuil2024", Reason.DICTIONARY_WORD),  # écureuil typed without its accent
        ("Bonjour2024!", Reason.PREDICTABLE_ENDING),
        ("Azerty2024!", Reason.PREDICTABLE_ENDING),
        ("&é\"'(§è!çà", Reason.KEYBOARD_PATTERN),  # the Belgian number row, unshifted
    ],
)
def test_stock_zxcvbn_calls_these_strong_we_call_them_weak(password: str, reason: Reason) -> None:
    assert stock_score(password) >= 3
    result = evaluate(password)
    assert result.score < 3
    assert reason in result.reasons


@pytest.mark.parametrize(
    "password",
    [
        "qsdfghjklm",
        "azertyuiop",
        "AZERTYUIOP",
        "poiuytreza",
        "wxcvbn,;:=",
        "mlkjhgfdsq",
        "azertyuiop^$",
        "&é\"'(-è_çà",
    ],
)
def test_azerty_walks_are_keyboard_patterns(password: str) -> None:
    result = evaluate(password)
    assert result.score <= 1
    assert Reason.KEYBOARD_PATTERN in result.reasons


def words_found(password: str) -> set[tuple[str, str]]:
    """(word, list) of the dictionary matches in the meter's cheapest reading of ``password``:
    the word the advice "it contains a word from the dictionary" is about."""
    from wizard.core.strength.matching import Tables, analyse
    from wizard.core.strength.wordlists import load_dictionaries as loaded

    dictionaries = loaded()
    tables = Tables(
        {"words": dictionaries.ranks},
        dictionaries.longest,
        dictionaries.prefixes,
        dictionaries.reach,
    )
    return {
        (match["matched_word"], dictionaries.sources[match["matched_word"]])
        for match in analyse(password, tables).sequence
        if match["pattern"] == "dictionary"
    }


@pytest.mark.parametrize(
    ("password", "word"),
    [
        ("Kartoffelsalat", "kartoffelsalat"),
        ("Sonnenblume2024", "sonnenblume"),
        ("Schmetterling1", "schmetterling"),
        ("Fußball2023!", "fußball"),  # wordfreq writes "fussball": the ß spelling is added
        ("Frühling2024", "frühling"),
        ("Fruehling2024", "fruehling"),  # the umlaut typed without its key
        ("Geburtstag1", "geburtstag"),
        ("Straßenbahn1", "straßenbahn"),
        ("Löwenzahn", "löwenzahn"),
        ("Weihnachten2023", "weihnachten"),
    ],
)
def test_stock_zxcvbn_calls_these_german_words_strong_we_call_them_weak(
    password: str, word: str
) -> None:
    assert stock_score(password) >= 3
    result = evaluate(password)
    assert result.weak
    assert Reason.DICTIONARY_WORD in result.reasons
    assert (word, "de") in words_found(password)


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("Fussball", Reason.DICTIONARY_WORD),
        ("Hallo123", Reason.COMMON_PASSWORD),
        ("Passwort1", Reason.COMMON_PASSWORD),
        ("qwertz123", Reason.COMMON_PASSWORD),
        ("Eupen2024", Reason.DICTIONARY_WORD),  # a town name, on the Dutch list already
    ],
)
def test_german_passwords_zxcvbn_knows_stay_weak(password: str, reason: Reason) -> None:
    result = evaluate(password)
    assert result.weak
    assert reason in result.reasons


def test_fussball_is_found_on_the_german_list() -> None:
    assert ("fussball", "de") in words_found("Fussball")


@pytest.mark.parametrize(
    "password",
    ["qwertzuiopü", "ZTREWQ", "yxcvbnm,.-", "ölkjhgfdsa", "asdfghjklöä", '!"§$%&/()=', "mnbvcxy<"],
)
def test_qwertz_walks_are_keyboard_patterns(password: str) -> None:
    result = evaluate(password)
    assert result.score <= 1
    assert Reason.KEYBOARD_PATTERN in result.reasons


def test_german_samples_weak_counts() -> None:
    """How many of the German samples each meter calls weak (numbers for the report)."""
    stock_weak = [password for password in DE_SAMPLES if stock_score(password) < 3]
    our_weak = [password for password in DE_SAMPLES if evaluate(password).weak]
    counts = f"stock zxcvbn {len(stock_weak)}, ours {len(our_weak)}"
    print(f"\nGerman weak (score < 3) of {len(DE_SAMPLES)}: {counts}")
    assert len(stock_weak) <= len(DE_SAMPLES) // 2
    assert len(our_weak) == len(DE_SAMPLES)


@pytest.mark.parametrize("password", ["JanPeeters2024", "maximusconfessor1", "Peeters1975"])
def test_personal_data_makes_it_weak(password: str, account_words: tuple[str, ...]) -> None:
    result = evaluate(password, account_words)
    assert result.score == 0
    assert Reason.CONTAINS_PERSONAL_INFO in result.reasons
    assert evaluate(password).score > result.score  # it is the personal data that counts


@pytest.mark.parametrize("password", ["JanPeeters2024", "maximusconfessor1"])
def test_stock_zxcvbn_calls_these_strong_despite_the_same_user_inputs(
    password: str, account_words: tuple[str, ...]
) -> None:
    assert stock_score(password) >= 3
    assert evaluate(password, account_words).score < 3


def test_no_break_spaces_at_the_edges_are_reported() -> None:
    assert Reason.LEADING_OR_TRAILING_SPACES in evaluate("kX9#mP2$vL7q\u00a0").reasons


def test_personal_data_does_not_spoil_an_otherwise_strong_password(
    account_words: tuple[str, ...],
) -> None:
    result = evaluate("Jan-kX9#mP2$vL7q", account_words)
    assert result.score == 4
    assert Reason.CONTAINS_PERSONAL_INFO in result.reasons  # still worth a word of advice


def test_nl_fr_samples_weak_counts(account_words: tuple[str, ...]) -> None:
    """How many of our Belgian samples each meter calls weak (numbers for the report)."""
    samples = NL_FR_SAMPLES + PERSONAL_SAMPLES
    stock_weak = [password for password in samples if stock_score(password) < 3]
    our_weak = [password for password in samples if evaluate(password, account_words).weak]
    counts = f"stock zxcvbn {len(stock_weak)}, ours {len(our_weak)}"
    print(f"\nweak (score < 3) of {len(samples)}: {counts}")
    assert len(stock_weak) <= len(samples) // 2
    assert len(our_weak) == len(samples)


# --- strong passwords stay strong -----------------------------------------------------


# Hypothesis draws the seed, a real PRNG draws the characters: hypothesis' own random
# object deliberately produces degenerate strings ("aaaaaaaaaaaa"), which are not what
# "a random password" means.
SEEDS = st.integers(min_value=0, max_value=2**64)


@settings(max_examples=60, deadline=None)
@given(SEEDS, st.integers(min_value=12, max_value=40))
def test_random_passwords_of_12_or_more_are_strong(seed: int, length: int) -> None:
    rng = random.Random(seed)
    password = "".join(rng.choice(RANDOM_ALPHABET) for _ in range(length))
    result = evaluate(password)
    assert result.score >= 3
    assert not result.weak


@pytest.fixture(scope="module", params=["nl_fr", "de"])
def passphrase_words(request: pytest.FixtureRequest) -> list[str]:
    """Words of 5+ letters from the middle of a list (not the 1,000 most common)."""
    words = load_dictionaries_words(request.param)
    return [word for word in words[1000:20000] if len(word) >= 5 and word.isalpha()]


def load_dictionaries_words(name: str = "nl_fr") -> list[str]:
    from wizard.core.strength.wordlists import default_wordlists, read_wordlist

    return read_wordlist(default_wordlists()[name])


@settings(max_examples=40, deadline=None)
@given(seed=SEEDS, separator=st.sampled_from([" ", "-", ".", ""]))
def test_four_word_passphrases_are_strong(
    seed: int, separator: str, passphrase_words: list[str]
) -> None:
    password = separator.join(random.Random(seed).sample(passphrase_words, 4))
    assert evaluate(password).score >= 3


def test_classic_strong_examples() -> None:
    assert evaluate("correct horse battery staple").score == 4
    assert evaluate("kX9#mP2$vL7q").score == 4
    assert evaluate("paraplu olifant kaneel sneeuwstorm").score == 4


# --- policy ---------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["kX9#mP2", "Zq&8!x", "éÀ9#k"])
def test_shorter_than_8_never_scores_above_1(password: str) -> None:
    assert len(password) < MIN_LENGTH
    result = evaluate(password)
    assert result.score <= 1
    assert Reason.TOO_SHORT in result.reasons
    assert Reason.TOO_SHORT not in evaluate(password + "Qz!").reasons


@pytest.mark.parametrize("char", ["\x00", "\t", "\n", "\r", "\x1b", "\u200b", "\u2028"])
def test_control_characters_are_refused(char: str) -> None:
    result = evaluate(f"kX9#mP2{char}vL7q")
    assert result == StrengthResult(0, (Reason.CONTROL_CHARACTERS,))
    assert result.refused


def test_empty_is_refused() -> None:
    result = evaluate("")
    assert result.reasons == (Reason.EMPTY,)
    assert result.refused


def test_edge_spaces_are_a_warning_not_a_refusal() -> None:
    result = evaluate(" kX9#mP2$vL7q ")
    assert Reason.LEADING_OR_TRAILING_SPACES in result.reasons
    assert result.score == 4
    assert not result.refused
    assert Reason.LEADING_OR_TRAILING_SPACES not in evaluate("kX9 mP2$ vL7q").reasons


def test_only_the_first_100_characters_are_scored() -> None:
    head = "".join(random.Random(3).choice(RANDOM_ALPHABET) for _ in range(SCORED_LENGTH))
    result = evaluate(head + "a" * 10_000)
    assert result.truncated
    assert result.score == evaluate(head).score
    assert not evaluate(head).truncated


def test_a_pasted_novel_is_instant() -> None:
    import time

    load_dictionaries()
    novel = "".join(random.Random(5).choice(RANDOM_ALPHABET + " ") for _ in range(100_000))
    start = time.perf_counter()
    evaluate(novel)
    assert time.perf_counter() - start < 0.5  # generous: CI machines are slow and shared


def test_reasons_are_codes_in_order_without_duplicates() -> None:
    for password in [*NL_FR_SAMPLES, *PERSONAL_SAMPLES, "aaaaaaaa", "abcdefgh", "11111111"]:
        result = evaluate(password)
        assert all(isinstance(reason, Reason) for reason in result.reasons)
        assert len(set(result.reasons)) == len(result.reasons)
        order = list(Reason)
        assert list(result.reasons) == sorted(result.reasons, key=order.index)
        assert 0 <= result.score <= 4


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("aaaaaaaaaa", Reason.REPEATED),
        ("abcdefghij", Reason.SEQUENCE),
        ("wachtwoord", Reason.COMMON_PASSWORD),
        ("z0nn3bl03m", Reason.PREDICTABLE_SUBSTITUTION),
        ("14021987", Reason.YEAR_OR_DATE),
        ("1234567890", Reason.ONLY_DIGITS),
        ("verjaardag", Reason.ONLY_LETTERS),
    ],
)
def test_reason_codes(password: str, reason: Reason) -> None:
    result = evaluate(password)
    assert result.weak
    assert reason in result.reasons


def test_no_reason_found_still_explains_a_weak_score() -> None:
    result = evaluate("q7#Kz!2x")  # 8 random characters: zxcvbn estimates 10^8 guesses
    assert result.weak
    assert Reason.ADD_LENGTH in result.reasons


def test_strong_passwords_carry_no_weakness_codes() -> None:
    assert evaluate("Zonnebloem-kX9#mP2").reasons == ()


# --- personal words -------------------------------------------------------------------


def test_personal_words_split_login_address_and_name(account_words: tuple[str, ...]) -> None:
    for word in ("jpeeters", "jan", "peeters", "jan.peeters", "jan peeters"):
        assert word in account_words
    assert "maximusconfessor" in account_words
    assert "all2all" in account_words
    assert "org" not in account_words  # top-level domains say nothing about the user


def test_personal_words_add_accent_free_forms_and_runs() -> None:
    words = personal_words(["Hélène Dubœuf", "voorbeeld0001"])
    assert {"hélène", "helene", "dubœuf", "duboeuf", "voorbeeld", "0001"} <= set(words)
    assert all(len(word) >= 3 for word in words)


def test_personal_words_spell_out_umlauts() -> None:
    words = personal_words(["Jürgen Müller", "jmueller@all2all.org"])
    assert {"jürgen", "jurgen", "juergen", "müller", "muller", "mueller"} <= set(words)
    assert Reason.CONTAINS_PERSONAL_INFO in evaluate("Mueller1975!", words).reasons
    assert evaluate("Juergen-Mueller", words).score == 0


def test_personal_words_of_an_empty_draft(provider: Provider) -> None:
    assert set(user_inputs_for(AccountDraft(), provider)) == set(
        personal_words([], hosts=[provider.name, provider.incoming_host, provider.smtp.host])
    )


# --- keyboard graphs ------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(azerty.LAYOUTS))
def test_azerty_graphs_are_symmetric(name: str) -> None:
    """If key B is next to key A, then A is next to B (in the opposite direction)."""
    graph = azerty.graphs()[name]
    opposite = {0: 3, 1: 4, 2: 5, 3: 0, 4: 1, 5: 2}
    for char, neighbours in graph.items():
        for direction, key in enumerate(neighbours):
            if key:
                assert char in (graph[key[0]][opposite[direction]] or "")


def test_belgian_layout_facts() -> None:
    graph = azerty.graphs()["azerty_be"]
    assert graph["a"][1:3] == ("&1", "é2")  # A sits below & and é
    assert graph["q"][4:6] == ("wW", "<>")  # Q sits above W and the ISO key
    assert graph["m"][3] == "ù%"
    assert "1" in azerty.shifted_characters("azerty_be")  # digits need Shift on AZERTY
    assert "&" not in azerty.shifted_characters("azerty_be")


def test_german_layout_facts() -> None:
    graph = azerty.graphs()["qwertz_de"]
    assert graph["t"][3] == "zZ"  # Z sits right of T
    assert graph["z"][0] == "tT"
    assert graph["a"][4:6] == ("yY", "<>")  # A sits above Y and the ISO key
    assert graph["l"][3] == "öÖ"
    assert graph["ö"][3] == "äÄ"
    assert graph["0"][3] == "ß?"
    assert {"!", '"', "§"} <= azerty.shifted_characters("qwertz_de")
    assert "1" not in azerty.shifted_characters("qwertz_de")  # digits need no Shift here


# --- no global state, no start-up cost ------------------------------------------------


def test_zxcvbn_globals_are_left_alone() -> None:
    from zxcvbn import matching

    before = (set(matching.RANKED_DICTIONARIES), set(matching.GRAPHS))
    evaluate("JanPeeters2024", ["jan", "peeters"])
    assert (set(matching.RANKED_DICTIONARIES), set(matching.GRAPHS)) == before


def test_checks_in_parallel_do_not_see_each_others_personal_data() -> None:
    def check(index: int) -> int:
        name = ("zonnig", "vijver")[index % 2]
        return evaluate(f"{name}kX9#mP2$vL7q", [name] if index % 2 else []).score

    with ThreadPoolExecutor(4) as pool:
        scores = list(pool.map(check, range(40)))
    assert scores == [check(index) for index in range(40)]


def test_importing_loads_neither_zxcvbn_nor_keyring() -> None:
    code = (
        "import sys\n"
        "import wizard.core.strength.rating, wizard.core.keyring_store\n"
        "loaded = sorted(name for name in ('zxcvbn', 'keyring') if name in sys.modules)\n"
        "print(','.join(loaded))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert output == ""


def test_load_dictionaries_is_idempotent() -> None:
    from wizard.core.strength.wordlists import dictionaries_loaded
    from wizard.core.strength.wordlists import load_dictionaries as loaded

    load_dictionaries()
    assert dictionaries_loaded()
    assert loaded() is loaded()


def test_german_list_has_the_spellings_typed_without_umlauts_or_sharp_s() -> None:
    words = load_dictionaries_words("de")
    rank = {word: index for index, word in enumerate(words)}
    assert {"fussball", "fußball", "straße", "strasse"} <= rank.keys()
    assert {"größe", "grösse", "groesse", "grosse"} <= rank.keys()
    assert {"frühling", "fruehling", "fruhling"} <= rank.keys()
    assert {"kartoffelsalat", "sonnenblume", "schmetterling"} <= rank.keys()
    # The added spellings follow their word at once, so they keep its rank.
    assert rank["fruehling"] - rank["frühling"] == 1
    assert rank["fußball"] - rank["fussball"] == 1


def test_word_list_has_both_languages_and_folded_forms() -> None:
    words = set(load_dictionaries_words())
    assert {"zonnebloem", "vriendschap", "écureuil", "ecureuil", "amitié", "amitie"} <= words
    assert {"coeur", "cœur"} <= words
    assert "reunie" in words  # a Dutch diaeresis is dropped, never spelled "reuenie"
    assert "reuenie" not in words
