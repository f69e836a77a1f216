"""The PRF follows the published format, keeps names exact, never holds a password.

Format (Microsoft, "Customize Outlook profiles by using an Outlook Profile (PRF) file",
cc179062, and the OCT's own output): sections 1, 2, 3, 5 and the section 7 mappings;
every key of ``[Account1]`` mapped to the MAPI account property the Account management
API documents (PROP_INET_SERVER 0x0100 ...). The file is read back twice: by a strict
reader that applies the Windows INI rules (one key per line, spaces trimmed, one pair
of enclosing quotes stripped) and by Python's configparser with case-sensitive keys.
"""

from __future__ import annotations

import configparser
import stat
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest

from tests.core.export_samples import PASSWORD, draft, drafts, relay_choice
from wizard.core.formats.outlook_prf import (
    BOM,
    MAPPINGS,
    ImportCode,
    PrfProblem,
    PrfValueError,
    import_prf,
    leave_on_server,
    prf_bytes,
    prf_file_name,
    prf_text,
)
from wizard.core.model import (
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.provider import Provider, load_provider

Sections = list[tuple[str, list[tuple[str, str]]]]

NAMES = [
    'Jan "de Kat" Peeters',
    "Peeters, Jan",
    "Jan; Peeters = baas",
    "François d'Hôtel-Müller",
    unicodedata.normalize("NFD", "Zoë Ångström"),  # decomposed accents stay decomposed
    "Marie 😀 👩‍👩‍👧 Dupont",
    "Ñandú & <Co> 'quoted'",
    "[Jan] Peeters",
    "Ελένη Παπαδοπούλου",
]

# The Account management API's property ids (MicrosoftDocs office-developer-client-docs,
# "Properties (Account management API)" and the actmgmt.h header): key -> (type, id).
ACCOUNT_API = {
    "AccountName": ("PT_UNICODE", 0x0002),  # PROP_ACCT_NAME
    "DisplayName": ("PT_UNICODE", 0x000B),  # PROP_ACCT_USER_DISPLAY_NAME
    "EmailAddress": ("PT_UNICODE", 0x000C),  # PROP_ACCT_USER_EMAIL_ADDR
    "Server": ("PT_UNICODE", 0x0100),  # PROP_INET_SERVER (IMAPServer, POP3Server)
    "UserName": ("PT_UNICODE", 0x0101),  # PROP_INET_USER
    "Port": ("PT_LONG", 0x0104),  # PROP_INET_PORT
    "UseSSL": ("PT_LONG", 0x0105),  # PROP_INET_SSL
    "UseSPA": ("PT_LONG", 0x0108),  # PROP_INET_USE_SPA
    "SMTPServer": ("PT_UNICODE", 0x0200),  # PROP_SMTP_SERVER
    "SMTPPort": ("PT_LONG", 0x0201),  # PROP_SMTP_PORT
    "SMTPUseAuth": ("PT_LONG", 0x0203),  # PROP_SMTP_USE_AUTH
    "SMTPUseSPA": ("PT_LONG", 0x0207),  # PROP_SMTP_USE_SPA
    "SMTPAuthMethod": ("PT_LONG", 0x0208),  # PROP_SMTP_AUTH_METHOD
    "SMTPSecureConnection": ("PT_LONG", 0x020A),  # PROP_SMTP_SECURE_CONNECTION
    "LeaveOnServer": ("PT_LONG", 0x1000),  # PROP_POP_LEAVE_ON_SERVER
}


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


def windows_ini(data: bytes) -> Sections:
    """Read a PRF the way the Windows INI functions do, refusing anything odd.

    A UTF-16 LE BOM makes the file Unicode; lines end in CRLF; a line is blank, a ``;``
    comment, ``[section]`` or ``key=value`` (split at the first ``=``); the value's
    surrounding spaces are trimmed and one pair of enclosing quotes is dropped.
    """
    assert data.startswith(BOM), "no UTF-16 LE byte-order mark"
    text = data[len(BOM) :].decode("utf-16-le", errors="strict")
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    sections: Sections = []
    for line in lines:
        assert not {"\r", "\n"} & set(line), f"stray line break in {line!r}"
        if not line or line.startswith(";"):
            continue
        if line.startswith("["):
            assert line.endswith("]"), line
            sections.append((line[1:-1], []))
            continue
        key, sep, value = line.partition("=")
        assert sep, f"not key=value: {line!r}"
        assert key, line
        assert key == key.strip(), line
        assert key.isascii(), line
        value = value.strip()
        if len(value) >= 2 and value[0] in "'\"" and value[-1] == value[0]:
            value = value[1:-1]
        assert sections, "a key before the first section"
        sections[-1][1].append((key, value))
    return sections


def config_parser(data: bytes) -> configparser.ConfigParser:
    """The same file through configparser: case-sensitive keys, no interpolation."""
    parser = configparser.ConfigParser(
        delimiters=("=",),
        comment_prefixes=(";",),
        inline_comment_prefixes=None,
        interpolation=None,
        strict=True,
        empty_lines_in_values=False,
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(data[len(BOM) :].decode("utf-16-le"))
    return parser


def section(sections: Sections, name: str) -> dict[str, str]:
    matches = [pairs for title, pairs in sections if title == name]
    assert len(matches) == 1, f"[{name}] appears {len(matches)} times"
    keys = [key for key, _ in matches[0]]
    assert len(keys) == len(set(keys)), f"duplicate key in [{name}]"
    return dict(matches[0])


@pytest.mark.parametrize("name", list(drafts(load_provider())))
def test_sections_and_mappings_follow_the_format(provider, name):
    account = drafts(provider)[name]
    data = prf_bytes(account, provider)
    sections = windows_ini(data)
    assert [title for title, _ in sections] == [
        "General",
        "Service List",
        "Internet Account List",
        "Account1",
        "I_Mail",
        "IMAP_I_Mail",
    ]
    kind = "IMAP_I_Mail" if account.protocol is Protocol.IMAP else "I_Mail"
    assert section(sections, "Internet Account List") == {"Account1": kind}
    assert section(sections, "Service List") == {}
    mapping = section(sections, kind)
    assert mapping["AccountType"] == ("IMAP" if kind == "IMAP_I_Mail" else "POP3")
    values = section(sections, "Account1")
    assert values["UniqueService"] == "No"
    prefix = "IMAP" if kind == "IMAP_I_Mail" else "POP3"
    other = "POP3" if prefix == "IMAP" else "IMAP"
    for key, value in values.items():
        assert not key.startswith(other), f"{key} in a {prefix} account"
        if key == "UniqueService":
            continue
        assert key in mapping, f"{key} has no section 7 mapping: Outlook would drop it"
        kind_name, _, tag = mapping[key].partition(",")
        assert tag.startswith("0x")
        assert len(tag) == 6
        if kind_name == "PT_LONG":
            int(value, 0)  # a decimal or 0x number
        else:
            assert kind_name == "PT_UNICODE"
            assert value
        api_key = key.removeprefix(prefix) if key.startswith(prefix) else key
        if api_key in ACCOUNT_API:
            assert (kind_name, int(tag, 16)) == ACCOUNT_API[api_key], key


def test_mapping_blocks_are_the_oct_ones():
    """Every mapping line is PT_UNICODE/PT_LONG with a 4-digit id; the ids match the API."""
    for name, pairs in MAPPINGS.items():
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), name
        for key, value in pairs[1:]:
            kind_name, _, tag = value.partition(",")
            assert kind_name in {"PT_UNICODE", "PT_LONG"}, (name, key)
            assert int(tag, 16) < 0x10000
    assert dict(MAPPINGS["IMAP_I_Mail"])["IMAPServer"] == "PT_UNICODE,0x0100"
    assert dict(MAPPINGS["I_Mail"])["LeaveOnServer"] == "PT_LONG,0x1000"


def test_general_appends_a_profile_of_its_own_and_never_the_default(provider):
    general = section(windows_ini(prf_bytes(draft(), provider)), "General")
    assert general == {
        "Custom": "1",
        "ProfileName": "all2all (user0001)",
        "DefaultProfile": "No",
        "OverwriteProfile": "Append",
        "ModifyDefaultProfileIfPresent": "FALSE",
        "BackupProfile": "FALSE",
    }


def test_imap_with_all2all_outgoing(provider):
    values = section(windows_ini(prf_bytes(draft(), provider)), "Account1")
    assert values == {
        "UniqueService": "No",
        "AccountName": "all2all (jan.peeters@example.be)",
        "IMAPServer": "maximusconfessor.all2all.org",
        "SMTPServer": "maximusconfessor.all2all.org",
        "IMAPUserName": "user0001",
        "EmailAddress": "jan.peeters@example.be",
        "IMAPUseSPA": "0",
        "DisplayName": "Jan Peeters",
        "SMTPUseAuth": "1",
        "SMTPAuthMethod": "0",
        "SMTPUseSPA": "0",
        "IMAPUseSSL": "1",
        "IMAPPort": "993",
        "ServerTimeOut": "60",
        "SMTPPort": "465",
        "SMTPSecureConnection": "1",
    }


def test_pop3_keeps_a_copy_for_the_chosen_days(provider):
    values = section(windows_ini(prf_bytes(drafts(provider)["pop3"], provider)), "Account1")
    assert (values["POP3Port"], values["POP3UseSSL"]) == ("995", "1")
    # LEAVE_ON_SERVER 0x1 | REMOVE_AFTER 0x2 | SET_REMOVE_AFTER_DAYS(14) = 14 << 16
    assert int(values["LeaveOnServer"], 16) == 0x1 | 0x2 | (14 << 16)
    deleting = drafts(provider)["pop3-delete"]
    assert section(windows_ini(prf_bytes(deleting, provider)), "Account1")["LeaveOnServer"] == "0x0"
    assert leave_on_server(draft(protocol=Protocol.POP3, keep_on_server_days=30)) == 0x1E0003


def test_relay_without_login_and_typed_starttls_relay(provider):
    relay = section(windows_ini(prf_bytes(drafts(provider)["imap-relay"], provider)), "Account1")
    assert relay["SMTPServer"] == "uit.telenet.be"
    assert (relay["SMTPPort"], relay["SMTPSecureConnection"], relay["SMTPUseAuth"]) == (
        "25",
        "0",
        "0",
    )
    assert "SMTPAuthMethod" not in relay
    typed = section(windows_ini(prf_bytes(drafts(provider)["typed-relay"], provider)), "Account1")
    assert (typed["SMTPPort"], typed["SMTPSecureConnection"]) == ("587", "2")  # STARTTLS


def test_no_display_name_means_no_key(provider):
    values = section(
        windows_ini(prf_bytes(drafts(provider)["no-display-name"], provider)), "Account1"
    )
    assert "DisplayName" not in values


@pytest.mark.parametrize("name", list(drafts(load_provider())))
def test_never_a_password(provider, name):
    data = prf_bytes(drafts(provider)[name], provider)
    for encoding in ("utf-16-le", "utf-8", "latin-1"):
        assert PASSWORD.encode(encoding) not in data
    for title, pairs in windows_ini(data):
        for key, _ in pairs:
            assert "password" not in key.lower(), f"[{title}] {key}"


@pytest.mark.parametrize("name", NAMES)
def test_odd_names_survive_byte_exact(provider, name):
    data = prf_bytes(draft(display_name=name), provider)
    assert section(windows_ini(data), "Account1")["DisplayName"] == name
    assert config_parser(data)["Account1"]["DisplayName"] == name
    assert name.encode("utf-16-le") in data  # stored as is, not escaped or normalised


def test_configparser_agrees_on_every_value(provider):
    data = prf_bytes(drafts(provider)["pop3-relay"], provider)
    parser = config_parser(data)
    for title, pairs in windows_ini(data):
        assert dict(parser[title]) == dict(pairs)


def test_re_export_is_the_same_file(provider):
    assert prf_bytes(draft(), provider) == prf_bytes(draft(), provider)
    assert prf_file_name(draft()) == "all2all-user0001.prf"
    assert prf_file_name(draft(username="jan.peeters@x/..\\y")) == "all2all-jan.peeters_x_.._y.prf"


def test_first_line_is_a_comment_before_general(provider):
    text = prf_text(draft(), provider)
    first, second, third = text.split("\r\n")[:3]
    assert first.startswith(";")
    assert (second, third) == ("", "[General]")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("Jan\nPeeters", PrfProblem.CONTROL_CHARACTER),
        ("Jan\r\nPeeters", PrfProblem.CONTROL_CHARACTER),
        ("Jan\tPeeters", PrfProblem.CONTROL_CHARACTER),
        ("Jan\x85Peeters", PrfProblem.CONTROL_CHARACTER),  # NEL
        ("Jan\u2028Peeters", PrfProblem.CONTROL_CHARACTER),
        ("Jan\x00", PrfProblem.CONTROL_CHARACTER),
        (" Jan", PrfProblem.EDGE_SPACE),
        ("Jan\u00a0", PrfProblem.EDGE_SPACE),
        ('"Jan"', PrfProblem.ENCLOSING_QUOTES),
        ("'Jan'", PrfProblem.ENCLOSING_QUOTES),
        ("J" * 256, PrfProblem.TOO_LONG),
    ],
)
def test_values_the_format_cannot_carry_are_refused(provider, value, problem):
    with pytest.raises(PrfValueError) as caught:
        prf_bytes(draft(display_name=value), provider)
    assert (caught.value.key, caught.value.problem) == ("DisplayName", problem)


def test_refused_logins_and_servers(provider):
    with pytest.raises(PrfValueError) as caught:
        prf_bytes(draft(username=""), provider)
    assert caught.value.problem is PrfProblem.EMPTY
    with pytest.raises(PrfValueError) as caught:
        prf_bytes(draft(username="DOMAIN\\jan"), provider)
    assert (caught.value.key, caught.value.problem) == ("ProfileName", PrfProblem.BACKSLASH)
    own_login = ServerEndpoint("smtp.isp.be", 587, Security.STARTTLS, Authentication.ISP_PASSWORD)
    with pytest.raises(PrfValueError) as caught:
        prf_bytes(draft(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, own_login)), provider)
    assert caught.value.problem is PrfProblem.OUTGOING_LOGIN
    assert relay_choice(provider).relay_id == "telenet"


# -- import_prf with a real stand-in program --------------------------------------------


def stand_in(tmp_path: Path, body: str) -> Path:
    """An executable that stands in for outlook.exe: records its arguments, then ``body``."""
    program = tmp_path / "OUTLOOK.EXE"
    record = tmp_path / "arguments.txt"
    program.write_text(
        f"#!{sys.executable}\n"
        "import pathlib, sys, time\n"
        f"pathlib.Path({str(record)!r}).write_text('\\n'.join(sys.argv[1:]))\n"
        + textwrap.dedent(body),
        encoding="utf-8",
    )
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def test_import_started_outlook_keeps_running(tmp_path):
    stop = tmp_path / "stop"
    body = f"""
        deadline = time.time() + 20
        while time.time() < deadline and not pathlib.Path({str(stop)!r}).exists():
            time.sleep(0.05)
    """
    program = stand_in(tmp_path, body)
    prf = tmp_path / "all2all-user0001.prf"
    try:
        result = import_prf(prf, program, settle_seconds=0.5)
    finally:
        stop.touch()
    assert result.code is ImportCode.STARTED
    assert result.ok
    arguments = (tmp_path / "arguments.txt").read_text().split("\n")
    assert arguments == ["/importprf", str(prf)]


def test_import_finished_at_once(tmp_path):
    result = import_prf(tmp_path / "x.prf", stand_in(tmp_path, "sys.exit(0)\n"), settle_seconds=10)
    assert (result.code, result.exit_code, result.ok) == (ImportCode.FINISHED, 0, True)


def test_import_failed_with_an_error_code(tmp_path):
    result = import_prf(tmp_path / "x.prf", stand_in(tmp_path, "sys.exit(7)\n"), settle_seconds=10)
    assert (result.code, result.exit_code, result.ok) == (ImportCode.FAILED, 7, False)


def test_import_without_outlook(tmp_path):
    result = import_prf(tmp_path / "x.prf", tmp_path / "missing" / "OUTLOOK.EXE")
    assert (result.code, result.ok) == (ImportCode.PROGRAM_NOT_FOUND, False)


def test_import_not_allowed_to_start(tmp_path):
    program = tmp_path / "OUTLOOK.EXE"
    program.write_text("not a program", encoding="utf-8")
    program.chmod(0o644)  # no execute bit: even root may not start it
    result = import_prf(tmp_path / "x.prf", program)
    assert (result.code, result.ok) == (ImportCode.LAUNCH_FAILED, False)
