"""The .mobileconfig follows Apple's published schema, keeps names exact, never a password.

The schema is Apple's own (apple/device-management ``mdm/profiles``, copied verbatim
under ``tests/core/data``): every key the profile holds must be defined there for its
level, with the schema's type, inside its ``rangelist``, supported on both iOS and
macOS; every required key must be present. Identifiers come from the login and the
server, so a second install of the same account replaces the first.
"""

from __future__ import annotations

import dataclasses
import datetime
import plistlib
import re
import subprocess
import sys
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from tests.core import yaml_subset
from tests.core.export_samples import PASSWORD, draft, drafts, relay_choice
from wizard.core.formats.mobileconfig import mobileconfig_bytes, profile, profile_identifier
from wizard.core.model import (
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.provider import Provider, load_provider

SCHEMA = Path(__file__).parent / "data" / "apple-device-management"
ROOT = Path(__file__).resolve().parents[2]
UUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
TYPES: dict[str, tuple[type, ...]] = {
    "<string>": (str,),
    "<integer>": (int,),
    "<boolean>": (bool,),
    "<real>": (float,),
    "<array>": (list,),
    "<dictionary>": (dict,),
    "<data>": (bytes,),
    "<date>": (datetime.datetime,),
}
NAMES = [
    'Jan "de Kat" Peeters',
    "Peeters, Jan",
    "François d'Hôtel-Müller",
    unicodedata.normalize("NFD", "Zoë Ångström"),  # decomposed accents stay decomposed
    "Marie 😀 👩‍👩‍👧 Dupont",
    "Ñandú & <Co> 'quoted'",
]


@cache
def schema(name: str) -> dict[str, Any]:
    document = yaml_subset.load(SCHEMA / f"{name}.yaml")
    assert isinstance(document, dict)
    return document


def keys_of(*names: str) -> dict[str, dict[str, Any]]:
    return {key["key"]: key for name in names for key in schema(name)["payloadkeys"]}


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


DRAFT_NAMES = ["imap", "pop3", "imap-relay", "pop3-relay", "typed-relay", "no-display-name"]


def check_against_schema(payload: dict[str, Any], keys: dict[str, dict[str, Any]]) -> None:
    """Every key defined, well typed, allowed, on iOS and macOS; every required key set."""
    for key, value in payload.items():
        assert key in keys, f"{key} is not in Apple's schema"
        spec = keys[key]
        allowed = TYPES[spec["type"]]
        assert isinstance(value, allowed), f"{key}: {type(value).__name__}, not {spec['type']}"
        if spec["type"] == "<integer>":
            assert not isinstance(value, bool), f"{key} is a boolean, not an integer"
        if "rangelist" in spec:
            assert value in spec["rangelist"], f"{key}={value!r} not in {spec['rangelist']}"
        if "format" in spec:
            assert re.match(spec["format"], str(value)), f"{key}={value!r} breaks {spec['format']}"
        for system in ("iOS", "macOS"):
            introduced = spec.get("supportedOS", {}).get(system, {}).get("introduced")
            assert introduced != "n/a", f"{key} does not exist on {system}"
        assert spec.get("title") != "Password", f"{key} holds a password"
    required = {key for key, spec in keys.items() if spec.get("presence") == "required"}
    assert required - set(payload) == set()


def test_the_schema_reader_reads_apples_files_whole():
    # Cross-checked once against PyYAML 6 (identical results); pinned here.
    mail = schema("com.apple.mail.managed")
    assert mail["payload"]["payloadtype"] == "com.apple.mail.managed"
    assert len(mail["payloadkeys"]) == 35
    assert len(schema("TopLevel")["payloadkeys"]) == 18
    assert len(schema("CommonPayloadKeys")["payloadkeys"]) == 7
    types = keys_of("TopLevel")
    assert types["PayloadVersion"]["rangelist"] == [1]
    assert types["TargetDeviceType"]["content"].splitlines()[3:5] == ["", "* '0': Any/unspecified"]
    assert keys_of("com.apple.mail.managed")["PreventMove"]["supportedOS"]["macOS"] == {
        "introduced": "n/a"
    }


@pytest.mark.parametrize("name", DRAFT_NAMES)
def test_every_key_follows_apples_schema(provider, name):
    data = plistlib.loads(mobileconfig_bytes(drafts(provider)[name], provider))
    check_against_schema(data, keys_of("TopLevel"))
    assert len(data["PayloadContent"]) == 1
    mail = data["PayloadContent"][0]
    check_against_schema(mail, keys_of("CommonPayloadKeys", "com.apple.mail.managed"))
    assert mail["PayloadType"] == schema("com.apple.mail.managed")["payload"]["payloadtype"]
    for payload in (data, mail):
        assert UUID.match(payload["PayloadUUID"])
    assert mail["PayloadIdentifier"] != data["PayloadIdentifier"]
    assert mail["PayloadUUID"] != data["PayloadUUID"]


def test_the_mail_payload_can_be_installed_by_hand_on_iphone_and_mac():
    systems = schema("com.apple.mail.managed")["payload"]["supportedOS"]
    assert systems["iOS"]["allowmanualinstall"] is True
    assert systems["macOS"]["allowmanualinstall"] is True
    assert systems["macOS"]["userchannel"] is True
    assert keys_of("TopLevel")["PayloadScope"]["rangelist"] == ["System", "User"]


def test_imap_with_all2all_outgoing(provider):
    data = profile(draft(), provider)
    mail = data["PayloadContent"][0]
    assert mail == {
        "PayloadType": "com.apple.mail.managed",
        "PayloadVersion": 1,
        "PayloadIdentifier": "org.all2all.mailsetup.user0001.maximusconfessor.all2all.org.mail",
        "PayloadUUID": mail["PayloadUUID"],
        "PayloadDisplayName": "all2all (jan.peeters@example.be)",
        "PayloadOrganization": "all2all",
        "EmailAccountType": "EmailTypeIMAP",
        "EmailAccountDescription": "all2all (jan.peeters@example.be)",
        "EmailAccountName": "Jan Peeters",
        "EmailAddress": "jan.peeters@example.be",
        "IncomingMailServerHostName": "maximusconfessor.all2all.org",
        "IncomingMailServerPortNumber": 993,
        "IncomingMailServerUseSSL": True,
        "IncomingMailServerAuthentication": "EmailAuthPassword",
        "IncomingMailServerUsername": "user0001",
        "OutgoingMailServerHostName": "maximusconfessor.all2all.org",
        "OutgoingMailServerPortNumber": 465,
        "OutgoingMailServerUseSSL": True,
        "OutgoingMailServerAuthentication": "EmailAuthPassword",
        "OutgoingMailServerUsername": "user0001",
        "OutgoingPasswordSameAsIncomingPassword": True,
    }
    assert data["PayloadType"] == "Configuration"
    assert data["PayloadVersion"] == 1
    assert data["PayloadScope"] == "User"
    assert data["PayloadOrganization"] == "all2all"
    assert data["PayloadDisplayName"] == "all2all (jan.peeters@example.be)"
    assert data["PayloadDescription"] == (
        "IMAP maximusconfessor.all2all.org:993, SMTP maximusconfessor.all2all.org:465"
    )


def test_pop3_uses_the_pop_account_type_and_port(provider):
    mail = profile(draft(protocol=Protocol.POP3), provider)["PayloadContent"][0]
    assert mail["EmailAccountType"] == "EmailTypePOP"
    assert mail["IncomingMailServerPortNumber"] == 995
    assert mail["IncomingMailServerUseSSL"] is True


def test_an_isp_relay_is_used_without_a_login(provider):
    mail = profile(draft(outgoing=relay_choice(provider)), provider)["PayloadContent"][0]
    assert mail["OutgoingMailServerHostName"] == "uit.telenet.be"
    assert mail["OutgoingMailServerPortNumber"] == 25
    assert mail["OutgoingMailServerUseSSL"] is False
    assert mail["OutgoingMailServerAuthentication"] == "EmailAuthNone"
    assert "OutgoingMailServerUsername" not in mail
    assert "OutgoingPasswordSameAsIncomingPassword" not in mail
    assert mail["IncomingMailServerUsername"] == "user0001"


def test_a_relay_needing_its_own_login_is_refused(provider):
    own_login = ServerEndpoint("smtp.isp.be", 587, Security.STARTTLS, Authentication.ISP_PASSWORD)
    with pytest.raises(ValueError, match="another login"):
        mobileconfig_bytes(
            draft(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, own_login)), provider
        )


@pytest.mark.parametrize("missing", ["username", "email"])
def test_a_draft_without_login_or_address_is_refused(provider, missing):
    with pytest.raises(ValueError, match="login and an e-mail address"):
        mobileconfig_bytes(draft(**{missing: ""}), provider)


def test_an_empty_display_name_is_left_out(provider):
    mail = profile(draft(display_name=""), provider)["PayloadContent"][0]
    assert "EmailAccountName" not in mail


@pytest.mark.parametrize("name", DRAFT_NAMES)
def test_no_password_anywhere(provider, name):
    content = mobileconfig_bytes(drafts(provider)[name], provider)
    assert PASSWORD.encode() not in content
    assert b"<key>IncomingPassword</key>" not in content
    assert b"<key>OutgoingPassword</key>" not in content
    assert b"<data>" not in content


def test_plist_round_trip_is_exact(provider):
    for account in drafts(provider).values():
        content = mobileconfig_bytes(account, provider)
        assert content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist ')
        parsed = plistlib.loads(content, fmt=plistlib.FMT_XML)
        assert parsed == profile(account, provider)
        assert plistlib.dumps(parsed) == content


@pytest.mark.parametrize("name", NAMES)
def test_odd_names_survive_byte_exact(provider, name):
    content = mobileconfig_bytes(draft(display_name=name), provider)
    assert escape(name).encode("utf-8") in content  # raw UTF-8: no normalisation
    assert plistlib.loads(content)["PayloadContent"][0]["EmailAccountName"] == name


def test_an_odd_provider_name_survives_byte_exact(provider):
    odd = dataclasses.replace(provider, name='all2all "Brussel", Zoë & co 😀')
    data = plistlib.loads(mobileconfig_bytes(draft(), odd))
    assert data["PayloadOrganization"] == odd.name
    assert (
        data["PayloadContent"][0]["EmailAccountDescription"]
        == f"{odd.name} (jan.peeters@example.be)"
    )


def test_a_translated_description_can_replace_the_default(provider):
    text = "Stelt uw all2all-account in, « zonder » wachtwoord."
    data = plistlib.loads(mobileconfig_bytes(draft(), provider, description=text))
    assert data["PayloadDescription"] == text


def test_same_input_gives_the_same_bytes(provider):
    for account in drafts(provider).values():
        assert mobileconfig_bytes(account, provider) == mobileconfig_bytes(account, provider)


def test_identifiers_are_the_same_in_another_process(provider):
    # Another interpreter with another hash seed: nothing random, nothing from the clock.
    code = (
        "import sys; from wizard.core.formats.mobileconfig import mobileconfig_bytes;"
        "from wizard.core.model import AccountDraft;"
        "from wizard.core.provider import load_provider;"
        "d = AccountDraft(display_name='Jan Peeters', email='jan.peeters@example.be',"
        " username='user0001', password=sys.argv[1]);"
        "sys.stdout.buffer.write(mobileconfig_bytes(d, load_provider()))"
    )
    other = subprocess.run(
        [sys.executable, "-c", code, PASSWORD],
        capture_output=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)},
    ).stdout
    assert other == mobileconfig_bytes(draft(), provider)


def test_identifiers_are_pinned_so_an_update_of_the_wizard_still_replaces(provider):
    # Changing these would make the next export add a second account next to the first.
    data = profile(draft(), provider)
    assert (
        data["PayloadIdentifier"] == "org.all2all.mailsetup.user0001.maximusconfessor.all2all.org"
    )
    assert data["PayloadUUID"] == "239C7148-A568-58E9-B656-A92251EF8133"
    assert data["PayloadContent"][0]["PayloadUUID"] == "EE72E0F9-25EC-5530-9EF0-52E758ED66C1"


def test_a_re_export_of_the_same_login_replaces_the_installed_profile(provider):
    first = profile(draft(), provider)
    again = profile(
        draft(
            display_name="Jan P.",
            email="jan@example.org",
            outgoing=relay_choice(provider),
            keep_on_server=False,
        ),
        provider,
    )
    assert again["PayloadIdentifier"] == first["PayloadIdentifier"]
    assert again["PayloadUUID"] == first["PayloadUUID"]
    first_mail, again_mail = first["PayloadContent"][0], again["PayloadContent"][0]
    # Same identifier and UUID: macOS and iOS update the account instead of adding one.
    assert again_mail["PayloadIdentifier"] == first_mail["PayloadIdentifier"]
    assert again_mail["PayloadUUID"] == first_mail["PayloadUUID"]


def test_switching_imap_and_pop_replaces_the_profile_and_recreates_the_account(provider):
    imap = profile(draft(), provider)
    pop = profile(draft(protocol=Protocol.POP3), provider)
    assert pop["PayloadIdentifier"] == imap["PayloadIdentifier"]
    assert pop["PayloadUUID"] == imap["PayloadUUID"]
    assert pop["PayloadContent"][0]["PayloadUUID"] != imap["PayloadContent"][0]["PayloadUUID"]


def test_different_logins_and_servers_get_different_identifiers(provider):
    logins = ["user0001", "user0002", "User0001", "a.b", "a_2Eb", "a_b", "a-b", "a+b", "a@b"]
    seen_ids, seen_uuids = set(), set()
    for login in logins:
        data = profile(draft(username=login), provider)
        seen_ids.add(data["PayloadIdentifier"])
        seen_uuids.add(data["PayloadUUID"])
        seen_uuids.add(data["PayloadContent"][0]["PayloadUUID"])
    assert len(seen_ids) == len(logins)
    assert len(seen_uuids) == 2 * len(logins)
    elsewhere = dataclasses.replace(
        provider,
        imap=dataclasses.replace(provider.imap, host="mail.example.org"),
        incoming_host="mail.example.org",
    )
    other = profile(draft(), elsewhere)
    assert other["PayloadIdentifier"] == "org.all2all.mailsetup.user0001.mail.example.org"
    assert other["PayloadUUID"] != profile(draft(), provider)["PayloadUUID"]


def test_identifier_components_stay_reverse_dns_safe():
    assert (
        profile_identifier("a.b", "Mail.Example.ORG.")
        == "org.all2all.mailsetup.a_2Eb.mail.example.org"
    )
    assert profile_identifier("a_b+c@d", "x.be") == "org.all2all.mailsetup.a_5Fb_2Bc_40d.x.be"
    assert profile_identifier("zoë", "bücher.example") == (
        "org.all2all.mailsetup.zo_C3_AB.xn--bcher-kva.example"
    )
    # Host names compare without case, as DNS does; logins exactly, as the server does.
    assert profile_identifier("u", "HOST.be") == profile_identifier("u", "host.be")
    assert profile_identifier("U", "host.be") != profile_identifier("u", "host.be")


@pytest.mark.parametrize(
    ("change", "fault"),
    [
        ({"IncomingPassword": PASSWORD}, "holds a password"),
        ({"PreventMove": True}, "does not exist on macOS"),
        ({"IncomingMailServerPortNumber": "993"}, "not <integer>"),
        ({"IncomingMailServerUseSSL": 1}, "not <boolean>"),
        ({"IncomingMailServerPortNumber": True}, "a boolean, not an integer"),
        ({"EmailAccountType": "EmailTypeExchange"}, "not in"),
        ({"SMIMESigningCertificateUUID": "x"}, "does not exist on macOS|breaks"),
        ({"IncomingMailServerHostname": "typo"}, "not in Apple's schema"),
    ],
)
def test_the_schema_check_catches_what_apple_would_refuse(provider, change, fault):
    mail = {**profile(draft(), provider)["PayloadContent"][0], **change}
    with pytest.raises(AssertionError, match=fault):
        check_against_schema(mail, keys_of("CommonPayloadKeys", "com.apple.mail.managed"))


def test_the_schema_check_wants_every_required_key(provider):
    mail = profile(draft(), provider)["PayloadContent"][0]
    del mail["OutgoingMailServerAuthentication"]
    with pytest.raises(AssertionError):
        check_against_schema(mail, keys_of("CommonPayloadKeys", "com.apple.mail.managed"))


def test_control_characters_are_refused_not_written(provider):
    with pytest.raises(ValueError, match="control characters"):
        mobileconfig_bytes(draft(display_name="Jan\x1bPeeters"), provider)
