"""GLib key files: escaping, parsing and editing exactly as GLib does.

The expected strings below were taken from GLib 2.74's own ``g_key_file_set_string``;
``test_glib_agrees`` checks them again against the GLib installed on this machine (through
the system Python's ``gi``), and GLib must load every file we write with the same values.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.support import in_ci
from wizard.core.exporters.evolution.sources import (
    KeyFile,
    KeyFileError,
    escape_value,
    parse_bool,
    unescape_value,
)

ESCAPES = [
    (" lead", "\\slead"),
    ("  two", "\\s\\stwo"),
    ("\tlead tab", "\\tlead tab"),
    (" \t mixed", "\\s\\t\\smixed"),
    ("trail ", "trail "),
    ("trail\t", "trail\t"),
    ("mid dle", "mid dle"),
    ("a\nb", "a\\nb"),
    ("\n lead after newline", "\\n\\slead after newline"),
    ("\r x", "\\r\\sx"),
    ("a\n b", "a\\n b"),
    ("x\r\ny", "x\\r\\ny"),
    ("back\\slash", "back\\\\slash"),
    ("\\ x", "\\\\ x"),
    (" \\", "\\s\\\\"),
    ("semi;colon", "semi;colon"),
    ('Jan "de Kat" Peeters', 'Jan "de Kat" Peeters'),
    ("Dubois, Marie-Één", "Dubois, Marie-Één"),
    ("emoji 😀 ✓", "emoji 😀 ✓"),
    ("#not a comment", "#not a comment"),
    ("=eq [br]", "=eq [br]"),
    ("", ""),
    (" ", "\\s"),
    ("\\s", "\\\\s"),
    ("\u00a0nbsp\u2028", "\u00a0nbsp\u2028"),
]


@pytest.mark.parametrize(("value", "written"), ESCAPES)
def test_escape_matches_glib(value: str, written: str) -> None:
    assert escape_value(value) == written
    assert unescape_value(written) == value


@pytest.mark.parametrize("raw", ["a\\;b", "a\\x", "a\\"])
def test_escapes_glib_refuses_are_refused(raw: str) -> None:
    with pytest.raises(ValueError, match="escape"):
        unescape_value(raw)
    keys = KeyFile.parse(f"[G]\nK={raw}\n".encode())
    assert keys.get("G", "K") is None
    assert keys.raw("G", "K") == raw


def test_values_that_cannot_be_written() -> None:
    with pytest.raises(ValueError, match="NUL"):
        escape_value("a\0b")
    with pytest.raises(UnicodeEncodeError):
        escape_value("lone \udc80 surrogate")


def test_booleans() -> None:
    assert [parse_bool(x) for x in ("true", "1", "false", "0", "true ", "yes")] == [
        True,
        True,
        False,
        False,
        True,
        None,
    ]


def test_parse_like_glib() -> None:
    data = (
        b"# Evolution wrote this\n"
        b"[Data Source]\n"
        b"DisplayName[nl]=Zoekmappen\n"
        b"DisplayName = Search  \n"
        b"  Enabled=true\n"
        b"\n"
        b"  # indented comment\n"
        b"[Mail Account] \n"
        b"BackendName=vfolder\n"
        b"BackendName=imapx\n"
    )
    keys = KeyFile.parse(data)
    assert keys.groups() == ["Data Source", "Mail Account"]
    assert keys.keys("Data Source") == ["DisplayName[nl]", "DisplayName", "Enabled"]
    assert keys.get("Data Source", "DisplayName") == "Search  "  # trailing space kept
    assert keys.get("Data Source", "DisplayName[nl]") == "Zoekmappen"
    assert keys.get("Mail Account", "BackendName") == "imapx"  # the last one wins
    assert keys.to_bytes() == data  # untouched: byte for byte


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b"K=v\n[G]\n", 1),
        (b"[G]\nnoequals\n", 2),
        (b"[G]\n=v\n", 2),
        (b"[G\n", 1),
        (b"[G]x\n", 1),
        (b"[]\nK=1\n", 1),
        (b"[G]\nK=\xff\n", 0),
        (b"\xef\xbb\xbf[G]\nK=1\n", 1),  # GLib does not skip a byte-order mark either
    ],
)
def test_files_glib_refuses(data: bytes, line: int) -> None:
    with pytest.raises(KeyFileError) as caught:
        KeyFile.parse(data)
    assert caught.value.line == line


def test_edit_keeps_everything_else() -> None:
    original = (
        b"[Data Source]\r\n"
        b"DisplayName=Old\r\n"
        b"Enabled=true\r\n"
        b"\r\n"
        b"# a comment the user wrote\r\n"
        b"[Mail Account]\r\n"
        b"BackendName=imapx\r\n"
        b"X-Unknown=kept\r\n"
        b"\r\n"
        b"[Imapx Backend]\r\n"
        b"UseIdle=false\r\n"
    )
    keys = KeyFile.parse(original)
    keys.set("Data Source", "DisplayName", ' Nieuw; "é" 😀')
    keys.set("Data Source", "Parent", "")
    keys.set("Mail Account", "BackendName", "imapx")  # same value: line untouched
    keys.set("Pop Backend", "KeepOnServer", True)
    keys.set("Pop Backend", "DeleteAfterDays", 14)
    assert keys.to_bytes().decode() == (
        "[Data Source]\r\n"
        'DisplayName=\\sNieuw; "é" 😀\r\n'
        "Enabled=true\r\n"
        "Parent=\r\n"
        "\r\n"
        "# a comment the user wrote\r\n"
        "[Mail Account]\r\n"
        "BackendName=imapx\r\n"
        "X-Unknown=kept\r\n"
        "\r\n"
        "[Imapx Backend]\r\n"
        "UseIdle=false\r\n"
        "\r\n"
        "[Pop Backend]\r\n"
        "KeepOnServer=true\r\n"
        "DeleteAfterDays=14\r\n"
    )


def test_new_file_layout() -> None:
    keys = KeyFile.new()
    assert keys.to_bytes() == b""
    keys.set("Data Source", "DisplayName", "x")
    keys.set("Mail Identity", "Name", "y")
    keys.set("Data Source", "Enabled", False)
    assert keys.to_bytes() == (
        b"[Data Source]\nDisplayName=x\nEnabled=false\n\n[Mail Identity]\nName=y\n"
    )


# --- the same rules, checked against the GLib on this machine

_GLIB_SCRIPT = r"""
import json, sys
from gi.repository import GLib
request = json.load(sys.stdin)
escaped = []
for value in request["values"]:
    key_file = GLib.KeyFile()
    key_file.set_string("G", "K", value)
    escaped.append(key_file.to_data()[0].split("\n")[1][2:])
loaded = GLib.KeyFile()
loaded.load_from_bytes(GLib.Bytes.new(request["file"].encode()), GLib.KeyFileFlags.KEEP_COMMENTS)
values = {g: {k: loaded.get_string(g, k) for k in loaded.get_keys(g)[0]}
          for g in loaded.get_groups()[0]}
json.dump({"escaped": escaped, "values": values}, sys.stdout)
"""


def _system_glib(request: dict[str, object]) -> dict[str, object]:
    python = "/usr/bin/python3"
    probe = (
        subprocess.run(
            [python, "-c", "import gi; gi.require_version('GLib', '2.0')"],
            capture_output=True,
            check=False,
        )
        if os.access(python, os.X_OK)
        else None
    )
    if probe is None or probe.returncode != 0:
        message = "GLib for Python not found: install python3-gi (python3 dev.py test does)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run(
        [python, "-c", _GLIB_SCRIPT],
        input=json.dumps(request).encode(),
        capture_output=True,
        check=True,
    )
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


@pytest.mark.system
def test_glib_agrees() -> None:
    values = [value for value, _ in ESCAPES]
    keys = KeyFile.new()
    for number, value in enumerate(values):
        keys.set("Group é", f"Key{number}", value)
    answer = _system_glib({"values": values, "file": keys.to_bytes().decode()})
    assert answer["escaped"] == [written for _, written in ESCAPES]
    assert answer["values"] == {"Group é": {f"Key{n}": v for n, v in enumerate(values)}}
