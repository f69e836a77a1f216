"""The autoconfig XML passes the rules Thunderbird's reader enforces, and the grammar.

``check_client_config`` below is a strict reading of a ``clientConfig`` file: the
structure of ``autoconfig.rnc`` (draft-ietf-mailmaint-autoconfig, copied under
``tests/core/data``), plus what Thunderbird's ``readFromXML.sys.mjs`` throws on or
drops: one ``emailProvider`` with an ASCII host-name ``id`` and ``<domain>``, every
server with hostname, port 1-65535, a known socketType and authentication and a
username (outgoing: unless no authentication), ``<pop3>`` values of the right type, no
``<password>``. Unknown elements are refused too, to catch typos the grammar's
must-ignore rule would let through.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tests.core.export_samples import PASSWORD, draft, drafts, relay_choice
from wizard.core.formats.autoconfig import autoconfig_bytes, mail_domain
from wizard.core.model import (
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.provider import Provider, load_provider

RNC = Path(__file__).parent / "data" / "mail-autoconfig" / "autoconfig.rnc"
DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

# Thunderbird's isLegalHostName (hostname.sys.mjs): ASCII letters, digits and hyphens.
HOST = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"
)
SOCKET_TYPES = {"plain", "SSL", "STARTTLS"}
INCOMING_AUTH = {
    "password-cleartext",
    "plain",
    "password-encrypted",
    "secure",
    "GSSAPI",
    "NTLM",
    "OAuth2",
}
NO_AUTH = {"none", "client-IP-address", "smtp-after-pop"}
OUTGOING_AUTH = INCOMING_AUTH | NO_AUTH
INCOMING_TYPES = {"imap", "pop3", "nntp", "exchange"}
SERVER_CHILDREN = {"hostname", "port", "socketType", "authentication", "username"}
PROVIDER_CHILDREN = {
    "domain",
    "displayName",
    "displayShortName",
    "incomingServer",
    "outgoingServer",
    "documentation",
}
POP3_CHILDREN = {"leaveMessagesOnServer", "daysToLeaveMessagesOnServer", "downloadOnBiff"}


def rnc_element_names() -> set[str]:
    """The element names autoconfig.rnc defines (its ``extensionElement`` exclusion list)."""
    grammar = RNC.read_text(encoding="utf-8")
    match = re.search(r"element \* - \((.*?)\)", grammar, re.DOTALL)
    assert match is not None
    return {name.strip() for name in match.group(1).split("|")}


def one(parent: ET.Element, tag: str) -> str:
    """The text of the only ``tag`` child (Thunderbird reads the first; we want one)."""
    found = parent.findall(tag)
    assert len(found) == 1, f"<{parent.tag}> needs exactly one <{tag}>"
    text = found[0].text or ""
    assert text, f"<{tag}> is empty"
    assert text == text.strip(), f"<{tag}> is padded"
    return text


def check_leaves(parent: ET.Element) -> None:
    for child in parent:
        assert len(child) == 0, f"<{child.tag}> must be a plain value"
        assert not child.attrib, f"<{child.tag}> takes no attributes"


def check_server(server: ET.Element, allowed_auth: set[str]) -> dict[str, str]:
    extra = {"pop3"} if server.get("type") == "pop3" else set()
    unknown = {child.tag for child in server} - SERVER_CHILDREN - extra
    assert unknown == set(), f"unknown elements {unknown} in <{server.tag}>"
    assert set(server.attrib) == {"type"}
    check_leaves(server if not extra else _without(server, "pop3"))
    values = {tag: one(server, tag) for tag in ("hostname", "port", "socketType", "authentication")}
    assert HOST.match(values["hostname"]), values["hostname"]
    assert re.fullmatch(r"[0-9]+", values["port"])
    assert 1 <= int(values["port"]) <= 65535
    assert values["socketType"] in SOCKET_TYPES
    assert values["authentication"] in allowed_auth
    if server.find("username") is not None or values["authentication"] not in NO_AUTH:
        values["username"] = one(server, "username")
    return values


def _without(parent: ET.Element, tag: str) -> ET.Element:
    copy = ET.Element(parent.tag)
    copy.extend(child for child in parent if child.tag != tag)
    return copy


def check_client_config(content: bytes) -> dict[str, Any]:
    """Thunderbird's and the grammar's rules; returns the values for further checks."""
    assert not content.startswith(b"\xef\xbb\xbf"), "a BOM"
    assert content.startswith(DECLARATION)
    assert b"<!DOCTYPE" not in content
    content.decode("utf-8")  # strict UTF-8
    root = ET.fromstring(content)
    assert root.tag == "clientConfig"
    assert root.attrib == {"version": "1.1"}
    assert [child.tag for child in root] == ["emailProvider"]
    assert root.find(".//password") is None
    assert {element.tag for element in root.iter()} <= rnc_element_names() | {
        "pop3"
    } | POP3_CHILDREN
    provider = root[0]
    assert set(provider.attrib) == {"id"}
    assert HOST.match(provider.attrib["id"])
    assert {child.tag for child in provider} <= PROVIDER_CHILDREN
    domains = [element.text or "" for element in provider.findall("domain")]
    assert domains
    assert all(HOST.match(domain) for domain in domains)
    display_name = one(provider, "displayName")
    assert len(display_name) <= 60
    for short in provider.findall("displayShortName"):
        assert 0 < len(short.text or "") <= 20
    incoming = provider.findall("incomingServer")
    outgoing = provider.findall("outgoingServer")
    assert incoming
    assert outgoing
    result: dict[str, Any] = {
        "id": provider.attrib["id"],
        "domains": domains,
        "displayName": display_name,
        "incoming": [],
        "outgoing": [],
    }
    for server in incoming:
        assert server.get("type") in INCOMING_TYPES
        values = check_server(server, INCOMING_AUTH)
        values["type"] = server.attrib["type"]
        pop3 = server.find("pop3")
        if pop3 is not None:
            assert server.get("type") == "pop3"
            assert {child.tag for child in pop3} <= POP3_CHILDREN
            check_leaves(pop3)
            for tag in ("leaveMessagesOnServer", "downloadOnBiff"):
                if pop3.find(tag) is not None:
                    assert one(pop3, tag) in {"true", "false"}
                    values[tag] = one(pop3, tag)
            if pop3.find("daysToLeaveMessagesOnServer") is not None:
                days = one(pop3, "daysToLeaveMessagesOnServer")
                assert re.fullmatch(r"[1-9][0-9]*", days)
                values["daysToLeaveMessagesOnServer"] = days
        result["incoming"].append(values)
    for server in outgoing:
        assert server.get("type") == "smtp"
        values = check_server(server, OUTGOING_AUTH)
        result["outgoing"].append(values)
    return result


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


DRAFT_NAMES = ["imap", "pop3", "pop3-delete", "imap-relay", "pop3-relay", "typed-relay"]


@pytest.mark.parametrize("name", DRAFT_NAMES)
def test_every_file_passes_thunderbirds_rules(provider, name):
    content = autoconfig_bytes(drafts(provider)[name], provider)
    check_client_config(content)
    assert PASSWORD.encode() not in content


def test_imap_with_all2all_outgoing(provider):
    values = check_client_config(autoconfig_bytes(draft(), provider))
    assert values["id"] == "example.be"
    assert values["domains"] == ["example.be"]
    assert values["displayName"] == "all2all"
    assert values["incoming"] == [
        {
            "type": "imap",
            "hostname": "maximusconfessor.all2all.org",
            "port": "993",
            "socketType": "SSL",
            "authentication": "password-cleartext",
            "username": "user0001",
        }
    ]
    assert values["outgoing"] == [
        {
            "hostname": "maximusconfessor.all2all.org",
            "port": "465",
            "socketType": "SSL",
            "authentication": "password-cleartext",
            "username": "user0001",
        }
    ]


def test_the_whole_file_for_imap(provider):
    assert autoconfig_bytes(draft(), provider).decode("utf-8") == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<clientConfig version="1.1">\n'
        '  <emailProvider id="example.be">\n'
        "    <domain>example.be</domain>\n"
        "    <displayName>all2all</displayName>\n"
        "    <displayShortName>all2all</displayShortName>\n"
        '    <incomingServer type="imap">\n'
        "      <hostname>maximusconfessor.all2all.org</hostname>\n"
        "      <port>993</port>\n"
        "      <socketType>SSL</socketType>\n"
        "      <authentication>password-cleartext</authentication>\n"
        "      <username>user0001</username>\n"
        "    </incomingServer>\n"
        '    <outgoingServer type="smtp">\n'
        "      <hostname>maximusconfessor.all2all.org</hostname>\n"
        "      <port>465</port>\n"
        "      <socketType>SSL</socketType>\n"
        "      <authentication>password-cleartext</authentication>\n"
        "      <username>user0001</username>\n"
        "    </outgoingServer>\n"
        "  </emailProvider>\n"
        "</clientConfig>\n"
    )


def test_pop3_keeps_mail_on_the_server_when_chosen(provider):
    values = check_client_config(
        autoconfig_bytes(draft(protocol=Protocol.POP3, keep_on_server_days=30), provider)
    )
    (incoming,) = values["incoming"]
    assert (incoming["type"], incoming["port"]) == ("pop3", "995")
    assert incoming["leaveMessagesOnServer"] == "true"
    assert incoming["daysToLeaveMessagesOnServer"] == "30"
    assert incoming["downloadOnBiff"] == "true"


def test_pop3_without_keeping_mail_says_so(provider):
    values = check_client_config(
        autoconfig_bytes(draft(protocol=Protocol.POP3, keep_on_server=False), provider)
    )
    (incoming,) = values["incoming"]
    assert incoming["leaveMessagesOnServer"] == "false"
    assert "daysToLeaveMessagesOnServer" not in incoming


def test_imap_has_no_pop3_settings(provider):
    assert b"<pop3>" not in autoconfig_bytes(draft(keep_on_server=False), provider)


def test_an_isp_relay_is_plain_without_a_login(provider):
    values = check_client_config(autoconfig_bytes(draft(outgoing=relay_choice(provider)), provider))
    assert values["outgoing"] == [
        {
            "hostname": "uit.telenet.be",
            "port": "25",
            "socketType": "plain",
            "authentication": "none",
        }
    ]
    assert values["incoming"][0]["username"] == "user0001"


def test_a_typed_relay_on_587_uses_starttls(provider):
    values = check_client_config(autoconfig_bytes(drafts(provider)["typed-relay"], provider))
    assert values["outgoing"][0]["socketType"] == "STARTTLS"
    assert values["outgoing"][0]["port"] == "587"


def test_the_username_is_the_literal_login_never_a_placeholder(provider):
    content = autoconfig_bytes(draft(email="marie@example.be", username="user0042"), provider)
    assert b"%" not in content
    values = check_client_config(content)
    assert values["incoming"][0]["username"] == "user0042"
    assert values["outgoing"][0]["username"] == "user0042"


def test_an_international_domain_is_written_as_punycode(provider):
    values = check_client_config(autoconfig_bytes(draft(email="zoë@Bücher.Example"), provider))
    assert values["id"] == "xn--bcher-kva.example"
    assert values["domains"] == ["xn--bcher-kva.example"]
    assert mail_domain("jan@Example.BE.") == "example.be"


@pytest.mark.parametrize(
    "name",
    [
        'all2all "Brussel"',
        "all2all, Brussel",
        "Zoë & <co> 'mail'",
        "all2all 😀 👩‍👩‍👧",
        "]]> <!-- -->",
    ],
)
def test_odd_provider_names_are_escaped_and_survive_byte_exact(provider, name):
    odd = dataclasses.replace(provider, name=name)
    content = autoconfig_bytes(draft(), odd)
    values = check_client_config(content)
    assert values["displayName"] == name
    root = ET.fromstring(content)
    assert root.findtext("emailProvider/displayShortName") == name
    if not set(name) & set("&<>"):
        assert f"<displayName>{name}</displayName>".encode() in content


def test_a_long_provider_name_has_no_short_name(provider):
    long_name = dataclasses.replace(provider, name="all2all vzw, Brussel-Hoofdstad")
    content = autoconfig_bytes(draft(), long_name)
    check_client_config(content)
    assert b"<displayShortName>" not in content


def test_odd_logins_are_escaped(provider):
    content = autoconfig_bytes(draft(username="a&b<c>\"d'"), provider)
    assert check_client_config(content)["incoming"][0]["username"] == "a&b<c>\"d'"


@pytest.mark.parametrize("value", ["all2all\x00", "all2all\x1b", "all\r2all", "\ufffe"])
def test_characters_xml_cannot_carry_are_refused(provider, value):
    with pytest.raises(ValueError, match="XML cannot carry"):
        autoconfig_bytes(draft(), dataclasses.replace(provider, name=value))


def test_the_display_name_of_the_user_is_not_part_of_the_file(provider):
    # clientConfig describes servers; the name goes in with the account, not here.
    assert autoconfig_bytes(draft(display_name='Jan "😀", Zoë'), provider) == autoconfig_bytes(
        draft(display_name=""), provider
    )


def test_a_relay_needing_its_own_login_is_refused(provider):
    own_login = ServerEndpoint("smtp.isp.be", 587, Security.STARTTLS, Authentication.ISP_PASSWORD)
    with pytest.raises(ValueError, match="another login"):
        autoconfig_bytes(
            draft(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, own_login)), provider
        )


@pytest.mark.parametrize("missing", ["username", "email"])
def test_a_draft_without_login_or_address_is_refused(provider, missing):
    with pytest.raises(ValueError, match="login and an e-mail address"):
        autoconfig_bytes(draft(**{missing: ""}), provider)


def test_same_input_gives_the_same_bytes(provider):
    for account in drafts(provider).values():
        assert autoconfig_bytes(account, provider) == autoconfig_bytes(account, provider)


def test_a_re_export_describes_the_same_domain_once(provider):
    # One emailProvider per address domain: a second export overwrites the same file
    # (isp/<domain>.xml) with the new choice instead of adding a second provider.
    first = check_client_config(autoconfig_bytes(draft(), provider))
    again = check_client_config(
        autoconfig_bytes(draft(protocol=Protocol.POP3, outgoing=relay_choice(provider)), provider)
    )
    assert (first["id"], first["domains"]) == (again["id"], again["domains"])
    assert len(again["incoming"]) == len(again["outgoing"]) == 1


# The checker itself must refuse what Thunderbird refuses, or the tests above prove nothing.
GOOD = autoconfig_bytes(draft(), load_provider()).decode("utf-8")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("      <username>user0001</username>\n    </incomingServer>", "    </incomingServer>"),
        ("<socketType>SSL</socketType>", "<socketType>TLS</socketType>"),
        (
            "<authentication>password-cleartext</authentication>",
            "<authentication>none</authentication>",
        ),
        ("<port>993</port>", "<port>99999</port>"),
        ("<port>993</port>", "<port>993</port><password>x</password>"),
        ("<port>993</port>", "<port>993</port><hostName>x</hostName>"),
        ('id="example.be"', 'id="exämple.be"'),
        ('type="smtp"', 'type="smtps"'),
        ('version="1.1"', 'version="1.1" xmlns="urn:x"'),
        ("<displayName>all2all</displayName>", ""),
        (
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n',
        ),
    ],
)
def test_the_checker_catches_what_thunderbird_refuses(old, new):
    assert old in GOOD
    with pytest.raises((AssertionError, ET.ParseError)):
        check_client_config(GOOD.replace(old, new, 1).encode("utf-8"))


def test_the_checker_knows_the_grammars_element_names():
    names = rnc_element_names()
    assert {"clientConfig", "emailProvider", "incomingServer", "username"} <= names
    assert "pop3" not in names  # Thunderbird's extension, legal by the must-ignore rule
