"""Preset files: good ones apply, bad ones fail with a code, the file, the line and the key."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.core.model import (
    AccountDraft,
    Language,
    OutgoingKind,
    Protocol,
    Security,
)
from wizard.core.presets.applying import apply_to_draft, apply_to_provider, check_command_line
from wizard.core.presets.locations import find_preset, preset_locations
from wizard.core.presets.preset import (
    LOCKABLE,
    Preset,
    PresetDefaults,
    PresetError,
    PresetErrorCode,
)
from wizard.core.presets.reading import load_preset, parse_preset
from wizard.core.presets.toml_positions import key_lines, line_of
from wizard.core.provider import Administrator, Provider, load_provider

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "preset-example.toml"
HERE = Path("preset.toml")
DAYS = "defaults.keep_on_server_days"

RELAY = """\
[[provider.relays]]
id = "company-relay"
isp = "Company"
host = "smtp.example.be"
port = 25
security = "none"
authentication = "none"
own_network_only = true
source = "IT"
checked = "2026-11"
"""


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


def _parse(text: str) -> Preset:
    return parse_preset(text, HERE)


def _outcome(text: str) -> PresetError | None:
    try:
        _parse(text)
    except PresetError as error:
        return error
    return None


def _error(text: str) -> PresetError:
    with pytest.raises(PresetError) as caught:
        _parse(text)
    assert caught.value.path == HERE
    return caught.value


# -- good presets ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "# nothing\n", "schema_version = 1\n", "[defaults]\n"])
def test_minimal_preset_changes_nothing(text, provider):
    preset = _parse(text)
    assert preset.defaults == PresetDefaults()
    assert preset.locked == frozenset()
    assert preset.extra_relays == ()
    assert preset.administrator is None
    assert preset.clients is None
    assert preset.source == HERE
    draft = AccountDraft()
    assert apply_to_draft(preset, draft, provider) == draft
    assert apply_to_provider(preset, provider) == provider


def test_documented_example_uses_every_key_and_loads(provider):
    preset = load_preset(EXAMPLE)
    assert preset.source == EXAMPLE
    assert preset.defaults == PresetDefaults(
        language=Language.DUTCH,
        protocol=Protocol.IMAP,
        outgoing="company-relay",
        keep_on_server=True,
        keep_on_server_days=30,
    )
    assert preset.locked == {"protocol", "outgoing"}
    assert preset.clients == ("thunderbird",)
    assert preset.administrator == Administrator(
        "Helpdesk Gemeente Voorbeeld", "helpdesk@voorbeeld.be"
    )
    (relay,) = preset.extra_relays
    assert relay.id == "company-relay"
    assert (relay.endpoint.host, relay.endpoint.port) == ("smtp.voorbeeld.be", 25)
    # Every key the format knows appears in the example.
    lines = key_lines(EXAMPLE.read_text(encoding="utf-8"))
    for name in LOCKABLE:
        assert f"defaults.{name}" in lines
    for name in ("schema_version", "locked", "administrator.name", "administrator.email"):
        assert name in lines
    for name in ("id", "isp", "host", "port", "security", "authentication"):
        assert f"provider.relays.0.{name}" in lines
    for name in ("own_network_only", "source", "checked"):
        assert f"provider.relays.0.{name}" in lines
    draft = apply_to_draft(preset, AccountDraft(), provider)
    assert draft.outgoing.relay_id == "company-relay"


def test_full_preset_applies_to_draft(provider):
    preset = _parse(
        """\
locked = ["language", "keep_on_server_days"]
[defaults]
language = "fr"
protocol = "pop3"
outgoing = "telenet"
keep_on_server = false
keep_on_server_days = 7
clients = ["thunderbird"]
"""
    )
    draft = apply_to_draft(preset, AccountDraft(username="user0001"), provider)
    assert draft.language is Language.FRENCH
    assert draft.protocol is Protocol.POP3
    assert draft.keep_on_server is False
    assert draft.keep_on_server_days == 7
    assert draft.username == "user0001"  # untouched
    assert draft.outgoing.kind is OutgoingKind.ISP_RELAY
    assert draft.outgoing.relay_id == "telenet"
    assert preset.is_locked("language")
    assert not preset.is_locked("protocol")


def test_a_preset_may_choose_german(provider):
    """IT staff in Eupen deploy the German assistant."""
    preset = _parse('locked = ["language"]\n[defaults]\nlanguage = "de"\n')
    assert apply_to_draft(preset, AccountDraft(), provider).language is Language.GERMAN
    assert preset.is_locked("language")


def test_typed_outgoing_server_applies(provider):
    preset = _parse('[defaults]\noutgoing = "smtp.example.be:587"\n')
    outgoing = apply_to_draft(preset, AccountDraft(), provider).outgoing
    assert outgoing.relay is not None
    assert (outgoing.relay.host, outgoing.relay.port) == ("smtp.example.be", 587)
    assert outgoing.relay.security is Security.STARTTLS
    assert outgoing.relay_id == ""


# -- provider overrides -----------------------------------------------------------


def test_extra_relay_is_offered_and_administrator_set(provider):
    preset = _parse(RELAY + '[administrator]\nname = "IT"\nemail = "it@example.be"\n')
    changed = apply_to_provider(preset, provider)
    offered = {relay.id for relay in changed.offered_relays()}
    assert "company-relay" in offered
    assert offered >= {relay.id for relay in provider.offered_relays()}
    assert changed.administrator == Administrator("IT", "it@example.be")
    assert apply_to_provider(preset, changed) == changed  # idempotent
    draft = apply_to_draft(
        _parse(RELAY.replace("[[", '[defaults]\noutgoing = "company-relay"\n[[', 1)),
        AccountDraft(),
        provider,
    )
    assert draft.outgoing.relay_id == "company-relay"


def test_relay_with_a_known_id_replaces_it(provider):
    preset = _parse(RELAY.replace('"company-relay"', '"telenet"'))
    changed = apply_to_provider(preset, provider)
    assert [relay.id for relay in changed.relays] == [relay.id for relay in provider.relays]
    telenet = changed.relay("telenet")
    assert telenet is not None
    assert telenet.endpoint.host == "smtp.example.be"


def test_outgoing_naming_an_unknown_or_unoffered_relay_is_refused(provider):
    for outgoing, detail in (("telenett", "unknown_relay"), ("proximus", "relay_not_offered")):
        preset = _parse(f'# x\n[defaults]\noutgoing = "{outgoing}"\n')
        with pytest.raises(PresetError) as caught:
            apply_to_draft(preset, AccountDraft(), provider)
        error = caught.value
        assert (error.code, error.line, error.key, error.detail) == (
            PresetErrorCode.BAD_VALUE,
            3,
            "defaults.outgoing",
            detail,
        )


# -- bad presets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "line", "key"),
    [
        # not TOML: line from the parser
        ("[defaults]\nprotocol = imap\n", PresetErrorCode.NOT_TOML, 2, ""),
        ("a = 1\n\n\n[defaults\n", PresetErrorCode.NOT_TOML, 4, ""),
        # unknown keys, at every level and in every spelling
        ("schema_version = 1\nprotocol = 'imap'\n", PresetErrorCode.UNKNOWN_KEY, 2, "protocol"),
        ("[defaults]\nlanguage = 'nl'\nprotcol = 'imap'\n", "unknown_key", 3, "defaults.protcol"),
        ("# c\ndefaults.protcol = 'imap'\n", "unknown_key", 2, "defaults.protcol"),
        ("defaults = { language = 'nl',\n  x = 1 }\n", "not_toml", 1, ""),  # TOML 1.0
        ("\ndefaults = { language = 'nl', x = 1 }\n", "unknown_key", 2, "defaults.x"),
        ("[administrator]\nname = 'a'\nphone = '1'\n", "unknown_key", 3, "administrator.phone"),
        ("[provider]\nrelay = []\n", "unknown_key", 2, "provider.relay"),
        (RELAY + RELAY.replace("port", "prot"), "unknown_key", 15, "provider.relays.1.prot"),
        # wrong types
        ("[defaults]\nkeep_on_server_days = '14'\n", "wrong_type", 2, DAYS),
        ("[defaults]\nkeep_on_server = 1\n", "wrong_type", 2, "defaults.keep_on_server"),
        ("[defaults]\nkeep_on_server_days = true\n", "wrong_type", 2, DAYS),
        ("[defaults]\nprotocol = 4\n", "wrong_type", 2, "defaults.protocol"),
        ("defaults = 3\n", "wrong_type", 1, "defaults"),
        ("locked = 'protocol'\n", "wrong_type", 1, "locked"),
        ("[defaults]\nclients = [\n'thunderbird',\n3,\n]", "wrong_type", 4, "defaults.clients.1"),
        (RELAY.replace("port = 25", "port = '25'"), "wrong_type", 5, "provider.relays.0.port"),
        ("[provider]\nrelays = 'x'\n", "wrong_type", 2, "provider.relays"),
        # out of range
        (RELAY.replace("port = 25", "port = 70000"), "out_of_range", 5, "provider.relays.0.port"),
        (RELAY.replace("port = 25", "port = 0"), "out_of_range", 5, "provider.relays.0.port"),
        ("[defaults]\noutgoing = 'relay.example:65536'\n", "out_of_range", 2, "defaults.outgoing"),
        ("[defaults]\nkeep_on_server_days = 0\n", "out_of_range", 2, DAYS),
        ("schema_version = 2\n", "out_of_range", 1, "schema_version"),
        # bad values
        ("[defaults]\nprotocol = 'imap4'\n", "bad_value", 2, "defaults.protocol"),
        ("[defaults]\nlanguage = 'it'\n", "bad_value", 2, "defaults.language"),
        ("[defaults]\noutgoing = 'bad host!'\n", "bad_value", 2, "defaults.outgoing"),
        ("[defaults]\noutgoing = 'relay.example.be:x'\n", "bad_value", 2, "defaults.outgoing"),
        ("[defaults]\nclients = ['outlook98']\n", "bad_value", 2, "defaults.clients.0"),
        ("[defaults]\nclients = []\n", "bad_value", 2, "defaults.clients"),
        ("locked = ['protocol']\n", "bad_value", 1, "locked.0"),  # locked to nothing
        ("locked = [\n 'password',\n]\n", "bad_value", 2, "locked.0"),
        ("[administrator]\nemail = 'not an address'\n", "bad_value", 2, "administrator.email"),
        (RELAY.replace("smtp.example.be", "smtp x"), "bad_value", 4, "provider.relays.0.host"),
        (RELAY.replace('"none"', '"tls"', 1), "bad_value", 6, "provider.relays.0.security"),
        (RELAY.replace('"company-relay"', '"all2all"'), "bad_value", 2, "provider.relays.0.id"),
        (RELAY + "\n" + RELAY, "bad_value", 13, "provider.relays.1.id"),
        # missing keys of a relay: the line of its [[provider.relays]] header
        (RELAY.replace('isp = "Company"\n', ""), "missing_key", 1, "provider.relays.0.isp"),
    ],
)
def test_bad_preset_names_code_line_and_key(text, code, line, key):
    error = _error(text)
    assert (error.code, error.line, error.key) == (code, line, key)
    assert str(error).startswith(f"{HERE}:{line}: {error.code.value}")


def test_error_detail_is_a_code_not_a_sentence():
    assert _error("[defaults]\nkeep_on_server_days = '1'\n").detail == "integer"
    assert _error("[defaults]\nkeep_on_server_days = 9999\n").detail == "1..3650"
    assert _error("[defaults]\nprotocol = 'x'\n").detail == "imap,pop3"
    assert _error("[administrator]\nemail = 'a b@c.be'\n").detail == "spaces"


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(PresetError) as caught:
        load_preset(tmp_path / "missing.toml")
    assert caught.value.code is PresetErrorCode.UNREADABLE
    assert caught.value.path == tmp_path / "missing.toml"
    assert caught.value.line is None
    with pytest.raises(PresetError) as caught:
        load_preset(tmp_path)  # a directory
    assert caught.value.code is PresetErrorCode.UNREADABLE
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(b"[administrator]\nname = 'Fran\xe7oise'\n")
    with pytest.raises(PresetError) as caught:
        load_preset(latin1)
    assert (caught.value.code, caught.value.line) == (PresetErrorCode.NOT_TOML, 2)


# -- locked fields against the command line -------------------------------------


LOCKED = """\
locked = ["language", "protocol", "outgoing", "keep_on_server_days", "clients"]

[defaults]
language = "nl"
protocol = "imap"
outgoing = "telenet"
keep_on_server_days = 14
clients = ["thunderbird"]
"""


@pytest.mark.parametrize(
    ("overrides", "line", "key", "detail"),
    [
        ({"language": "fr"}, 4, "defaults.language", "fr"),
        ({"protocol": Protocol.POP3}, 5, "defaults.protocol", "pop3"),
        ({"outgoing": "all2all"}, 6, "defaults.outgoing", "all2all"),
        ({"keep_on_server_days": 15}, 7, "defaults.keep_on_server_days", "15"),
        ({"clients": ["thunderbird", "evolution"]}, 8, "defaults.clients", "evolution,thunderbird"),
    ],
)
def test_locked_field_given_another_value_on_the_command_line(overrides, line, key, detail):
    preset = _parse(LOCKED)
    with pytest.raises(PresetError) as caught:
        check_command_line(preset, overrides)
    error = caught.value
    assert (error.code, error.line, error.key, error.detail) == (
        PresetErrorCode.LOCKED_CONFLICT,
        line,
        key,
        detail,
    )


def test_locked_field_given_the_same_value_or_not_given_is_fine(provider):
    preset = _parse(LOCKED)
    check_command_line(
        preset,
        {
            "language": Language.DUTCH,
            "protocol": "imap",
            "outgoing": "telenet",
            "keep_on_server_days": 14,
            "clients": ("thunderbird",),
            "keep_on_server": False,  # not locked
        },
    )
    check_command_line(preset, dict.fromkeys(LOCKABLE))
    # With the provider, the same server written differently is the same value.
    check_command_line(preset, {"outgoing": "uit.telenet.be:25"}, provider)
    with pytest.raises(PresetError):
        check_command_line(preset, {"outgoing": "uit.telenet.be:587"}, provider)
    with pytest.raises(KeyError):
        check_command_line(preset, {"password": "x"})


# -- where presets are found -------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "environ", "system"),
    [
        ("linux", {}, "/etc/all2all-setup/preset.toml"),
        ("freebsd14", {}, "/etc/all2all-setup/preset.toml"),
        ("darwin", {}, "/Library/Application Support/all2all-setup/preset.toml"),
        ("win32", {"PROGRAMDATA": r"D:\Data"}, r"D:\Data\all2all-setup\preset.toml"),
        ("win32", {}, r"C:\ProgramData\all2all-setup\preset.toml"),
    ],
)
def test_location_order(platform, environ, system):
    exe = Path("/opt/all2all")
    found = preset_locations(platform, exe, environ)
    assert [str(path) for path in found] == [str(exe / "all2all-setup.toml"), system]
    explicit = Path("/tmp/mine.toml")
    with_explicit = preset_locations(platform, exe, environ, explicit)
    assert with_explicit == [explicit, *found]


def test_find_preset_prefers_explicit_then_first_existing(tmp_path):
    next_to_exe = tmp_path / "all2all-setup.toml"
    system = tmp_path / "system.toml"
    system.write_text("")
    assert find_preset([next_to_exe, system]) == system
    next_to_exe.write_text("")
    assert find_preset([next_to_exe, system]) == next_to_exe
    missing = tmp_path / "typo.toml"
    assert find_preset([missing, next_to_exe, system], explicit=missing) == missing
    assert find_preset([tmp_path / "a", tmp_path / "b"]) is None


# -- line finding ------------------------------------------------------------------


def test_key_lines_of_tables_dotted_keys_inline_tables_and_arrays():
    text = """\
top = 1 # comment with = and [brackets]
note = \"\"\"
fake = 2
[fake]
\"\"\"
lit = '''
[also.fake]'''
a.b.c = "x"
"quoted.key" = 3
[t]
inline = { x = 1, y = { z = [1, 2] } }
list = [
  "one", # comment
  { k = "v" },
]
[[arr]]
n = 1
[arr.sub]
m = 2
[[arr]]
n = 2
[ spaced . table ]
k = 1
"""
    lines = key_lines(text)
    assert lines["top"] == 1
    assert lines["note"] == 2
    assert "fake" not in lines
    assert "also" not in lines
    assert lines["a.b.c"] == 8
    assert lines["a"] == 8
    assert lines["quoted.key"] == 9  # limit: a dot in a quoted name reads as a path
    assert lines["t"] == 10
    assert lines["t.inline.y.z"] == 11
    assert lines["t.inline.y.z.1"] == 11
    assert lines["t.list.0"] == 13
    assert lines["t.list.1.k"] == 14
    assert lines["arr"] == 16
    assert lines["arr.0.n"] == 17
    assert lines["arr.0.sub.m"] == 19
    assert lines["arr.1"] == 20
    assert lines["arr.1.n"] == 21
    assert lines["spaced.table.k"] == 23
    assert line_of(lines, "t.inline.unknown") == 11
    assert line_of(lines, "nothing.here") is None
    assert line_of(lines, "") is None


def test_key_lines_with_windows_line_ends():
    lines = key_lines("a = 1\r\n[defaults]\r\nprotocol = 'x'\r\n")
    assert lines["defaults.protocol"] == 3


# -- arbitrary input ---------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_raises_only_preset_error(text):
    error = _outcome(text)
    assert error is None or error.line is None or error.line >= 1
    key_lines(text)  # never raises either


TOML_PIECES = st.sampled_from(
    [
        "[defaults]\n",
        "[administrator]\n",
        "[[provider.relays]]\n",
        "[provider]\n",
        "locked = ['protocol']\n",
        "protocol = 'pop3'\n",
        "language = 'xx'\n",
        "outgoing = 'a.b:99999'\n",
        "clients = ['thunderbird']\n",
        "keep_on_server_days = 5\n",
        "port = 25\n",
        "id = 'r'\n",
        "name = 'x'\n",
        "x = { y = 1 }\n",
        "schema_version = 1\n",
        "# comment\n",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TOML_PIECES, max_size=12))
def test_near_valid_presets_raise_only_preset_error_with_a_real_line(pieces):
    text = "".join(pieces)
    error = _outcome(text)
    if error is not None and error.code is not PresetErrorCode.NOT_TOML and error.key:
        assert error.line is not None
        assert 1 <= error.line <= text.count("\n")


@pytest.mark.parametrize("text", ["x = " + "[" * 5000, "x = " + "{a=" * 3000])
def test_deep_nesting_is_not_toml_not_a_crash(text):
    assert _error(text).code is PresetErrorCode.NOT_TOML
    key_lines(text)


VALUES = st.sampled_from(
    [
        "1",
        "'x = 2'",
        '"a \\" [b] = c"',
        '"""\nfake = 1\n[fake]\n"""',
        "'''\n[[fake]]\n'''",
        "[\n  1, # n = 2\n  2,\n]",
        "{ p = 1, q = { r = [1, 2] } }",
        "1979-05-27 07:32:00",
        "true",
    ]
)
FILLERS = st.sampled_from(["", "# k = 1", "   ", "# [t]"])


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["t", "u.v", "w", "'q.x'.y"]),
        st.lists(
            st.tuples(st.from_regex(r"[a-z]{1,3}", fullmatch=True), VALUES, FILLERS),
            max_size=4,
            unique_by=lambda item: item[0],
        ),
        max_size=3,
    )
)
def test_key_lines_match_generated_documents(tables):
    text = ""
    expected: dict[str, int] = {}
    for table, entries in tables.items():
        name = table.replace("'", "")  # 'q.x'.y is recorded as q.x.y (documented limit)
        expected[name] = text.count("\n") + 1
        text += f"[{table}]\n"
        for key, value, filler in entries:
            expected[f"{name}.{key}"] = text.count("\n") + 1
            text += f"{key} = {value}\n{filler}\n"
    tomllib.loads(text)  # the generator writes valid TOML
    lines = key_lines(text)
    for key, line in expected.items():
        assert lines[key] == line, (key, text)
