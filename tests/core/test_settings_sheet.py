"""The settings sheet's content: the right values for each kind of account, never a password.

The sheet is data here (codes and values); the PDF tests in ``tests/gui`` prove it is
printed. These tests pin what a person reads on paper: the servers, ports and security
from the provider file, the user's own login and address, the advice that applies to
their choices, and that the builder never even looks at the password.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from tests.core.export_samples import PASSWORD, draft, drafts, relay_choice
from wizard.core.formats.settings_sheet import (
    Advice,
    AdviceCode,
    ByteSize,
    KeepOnServer,
    PasswordHint,
    SectionCode,
    SettingsSheet,
    SheetFieldCode,
    build_settings_sheet,
    settings_sheet_file_name,
)
from wizard.core.model import (
    AccountDraft,
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.provider import MIB, Administrator, Provider, load_provider

DAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


def sheet_for(account: Any, provider: Provider) -> SettingsSheet:
    return build_settings_sheet(account, provider, DAY)


def codes(advice: tuple[Advice, ...]) -> list[AdviceCode]:
    return [item.code for item in advice]


def test_imap_with_the_all2all_outgoing_server(provider: Provider) -> None:
    sheet = sheet_for(draft(), provider)
    assert [section.code for section in sheet.sections] == list(SectionCode)
    assert sheet.holder == "Jan Peeters"
    assert sheet.provider_name == "all2all"
    assert sheet.made_on == DAY
    account = sheet.section(SectionCode.ACCOUNT)
    assert [(f.code, f.value) for f in account.fields] == [
        (SheetFieldCode.NAME, "Jan Peeters"),
        (SheetFieldCode.EMAIL, "jan.peeters@example.be"),
        (SheetFieldCode.USERNAME, "user0001"),
    ]
    incoming = sheet.section(SectionCode.INCOMING)
    assert [(f.code, f.value) for f in incoming.fields] == [
        (SheetFieldCode.PROTOCOL, Protocol.IMAP),
        (SheetFieldCode.SERVER, "maximusconfessor.all2all.org"),
        (SheetFieldCode.PORT, 993),
        (SheetFieldCode.ENCRYPTION, Security.SSL),
        (SheetFieldCode.AUTHENTICATION, Authentication.PASSWORD),
        (SheetFieldCode.USERNAME, "user0001"),
        (SheetFieldCode.PASSWORD, PasswordHint.FROM_ADMINISTRATOR),
    ]
    outgoing = sheet.section(SectionCode.OUTGOING)
    assert [(f.code, f.value) for f in outgoing.fields] == [
        (SheetFieldCode.SERVER, "maximusconfessor.all2all.org"),
        (SheetFieldCode.PORT, 465),
        (SheetFieldCode.ENCRYPTION, Security.SSL),
        (SheetFieldCode.AUTHENTICATION, Authentication.PASSWORD),
        (SheetFieldCode.USERNAME, "user0001"),
        (SheetFieldCode.PASSWORD, PasswordHint.SAME_AS_INCOMING),
    ]
    limits = sheet.section(SectionCode.LIMITS)
    assert limits.value(SheetFieldCode.QUOTA) == ByteSize(25 * MIB)
    assert limits.value(SheetFieldCode.MAX_MESSAGE) == ByteSize(12 * MIB)
    webmail = sheet.section(SectionCode.WEBMAIL)
    assert webmail.value(SheetFieldCode.WEBMAIL_ADDRESS) == "https://twig.all2all.org/"
    assert webmail.value(SheetFieldCode.USERNAME) == "user0001"
    assert webmail.value(SheetFieldCode.WEBMAIL_SERVER) == "new server, maximusconfessor"
    advice = sheet.section(SectionCode.ADVICE).advice
    assert codes(advice) == [AdviceCode.PASSWORD_NOT_PRINTED, AdviceCode.IMAP_QUOTA]
    assert advice[1].size == ByteSize(25 * MIB)


def test_pop3_through_a_known_isp_relay(provider: Provider) -> None:
    sheet = sheet_for(
        draft(protocol=Protocol.POP3, keep_on_server=False, outgoing=relay_choice(provider)),
        provider,
    )
    incoming = sheet.section(SectionCode.INCOMING)
    assert incoming.value(SheetFieldCode.PROTOCOL) is Protocol.POP3
    assert incoming.value(SheetFieldCode.PORT) == 995
    assert incoming.value(SheetFieldCode.KEEP_ON_SERVER) == KeepOnServer(keep=False, days=14)
    outgoing = sheet.section(SectionCode.OUTGOING)
    assert [(f.code, f.value) for f in outgoing.fields] == [
        (SheetFieldCode.INTERNET_PROVIDER, "Telenet"),
        (SheetFieldCode.SERVER, "uit.telenet.be"),
        (SheetFieldCode.PORT, 25),
        (SheetFieldCode.ENCRYPTION, Security.NONE),
        (SheetFieldCode.AUTHENTICATION, Authentication.NONE),
        (SheetFieldCode.PASSWORD, PasswordHint.NOT_NEEDED),
    ]
    advice = sheet.section(SectionCode.ADVICE).advice
    assert codes(advice) == [
        AdviceCode.PASSWORD_NOT_PRINTED,
        AdviceCode.POP3_DELETES,
        AdviceCode.WEBMAIL_USES_IMAP,
        AdviceCode.RELAY_OWN_NETWORK,
    ]
    assert advice[-1].isp == "Telenet"


def test_pop3_keeping_a_copy_says_for_how_long(provider: Provider) -> None:
    sheet = sheet_for(draft(protocol=Protocol.POP3, keep_on_server_days=30), provider)
    incoming = sheet.section(SectionCode.INCOMING)
    assert incoming.value(SheetFieldCode.KEEP_ON_SERVER) == KeepOnServer(keep=True, days=30)
    assert AdviceCode.POP3_KEEPS_COPY in codes(sheet.section(SectionCode.ADVICE).advice)
    assert AdviceCode.POP3_DELETES not in codes(sheet.section(SectionCode.ADVICE).advice)


def test_imap_has_no_keep_on_server_line(provider: Provider) -> None:
    incoming = sheet_for(draft(), provider).section(SectionCode.INCOMING)
    assert incoming.value(SheetFieldCode.KEEP_ON_SERVER) is None


def test_a_typed_relay_names_no_internet_provider(provider: Provider) -> None:
    typed = ServerEndpoint("smtp.example.be", 25, Security.NONE, Authentication.NONE)
    sheet = sheet_for(draft(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, typed)), provider)
    outgoing = sheet.section(SectionCode.OUTGOING)
    assert outgoing.value(SheetFieldCode.INTERNET_PROVIDER) is None
    assert outgoing.value(SheetFieldCode.SERVER) == "smtp.example.be"
    relay_advice = sheet.section(SectionCode.ADVICE).advice[-1]
    assert relay_advice == Advice(AdviceCode.RELAY_OWN_NETWORK, isp="")


def test_a_relay_wanting_the_isp_login_asks_for_that_password(provider: Provider) -> None:
    sheet = sheet_for(draft(outgoing=relay_choice(provider, "proximus")), provider)
    outgoing = sheet.section(SectionCode.OUTGOING)
    assert outgoing.value(SheetFieldCode.ENCRYPTION) is Security.STARTTLS
    assert outgoing.value(SheetFieldCode.PORT) == 587
    assert outgoing.value(SheetFieldCode.PASSWORD) is PasswordHint.INTERNET_PROVIDER
    assert outgoing.value(SheetFieldCode.USERNAME) is None  # not the all2all login
    # It needs no particular network, so there is no "only at home" advice.
    assert AdviceCode.RELAY_OWN_NETWORK not in codes(sheet.section(SectionCode.ADVICE).advice)


def test_administrator_contact_from_a_preset(provider: Provider) -> None:
    contact = Administrator("Marc Dubois", "marc.dubois@all2all.org")
    sheet = sheet_for(draft(), provider.with_administrator(contact))
    section = sheet.section(SectionCode.ADMINISTRATOR)
    assert section.value(SheetFieldCode.NAME) == "Marc Dubois"
    assert section.value(SheetFieldCode.EMAIL) == "marc.dubois@all2all.org"
    assert codes(section.advice) == [AdviceCode.ADMINISTRATOR_HELPS]


def test_unknown_administrator_is_who_gave_the_codes(provider: Provider) -> None:
    section = sheet_for(draft(), provider).section(SectionCode.ADMINISTRATOR)
    assert section.fields == ()
    assert codes(section.advice) == [
        AdviceCode.ADMINISTRATOR_UNKNOWN,
        AdviceCode.ADMINISTRATOR_HELPS,
    ]


def test_without_a_display_name_the_sheet_is_for_the_address(provider: Provider) -> None:
    sheet = sheet_for(draft(display_name=""), provider)
    assert sheet.holder == "jan.peeters@example.be"
    assert sheet.section(SectionCode.ACCOUNT).value(SheetFieldCode.NAME) is None


@pytest.mark.parametrize("missing", ["username", "email"])
def test_an_account_without_login_or_address_is_refused(provider: Provider, missing: str) -> None:
    with pytest.raises(ValueError, match="login and an e-mail address"):
        build_settings_sheet(draft(**{missing: ""}), provider)


def test_texts_are_every_value_printed_as_is(provider: Provider) -> None:
    sheet = sheet_for(draft(outgoing=relay_choice(provider)), provider)
    assert set(sheet.texts()) == {
        "Jan Peeters",
        "jan.peeters@example.be",
        "user0001",
        "maximusconfessor.all2all.org",
        "Telenet",
        "uit.telenet.be",
        "https://twig.all2all.org/",
        "new server, maximusconfessor",
    }


def _every_value(node: object) -> list[object]:
    """Every leaf value in a tree of dataclasses and tuples."""
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return [v for f in dataclasses.fields(node) for v in _every_value(getattr(node, f.name))]
    if isinstance(node, tuple):
        return [v for item in node for v in _every_value(item)]
    return [node]


@pytest.mark.parametrize("name", sorted(drafts(load_provider())))
def test_no_password_anywhere_in_the_sheet(provider: Provider, name: str) -> None:
    sheet = sheet_for(drafts(provider)[name], provider)
    leaves = _every_value(sheet)
    assert leaves  # the walk found the values
    assert not [leaf for leaf in leaves if isinstance(leaf, str) and PASSWORD in leaf]
    assert PASSWORD not in repr(sheet)


def test_no_type_of_the_sheet_has_a_place_for_a_password() -> None:
    from wizard.core.formats import settings_sheet

    kinds = [
        getattr(settings_sheet, name)
        for name in settings_sheet.__all__
        if dataclasses.is_dataclass(getattr(settings_sheet, name))
    ]
    assert {kind.__name__ for kind in kinds} >= {"SettingsSheet", "Section", "SheetField", "Advice"}
    for kind in kinds:
        assert "password" not in {field.name for field in dataclasses.fields(kind)}, kind


class _GuardedDraft:
    """An account whose password cannot be read: the builder must never try."""

    def __init__(self, account: AccountDraft) -> None:
        self._account = account

    def __getattr__(self, name: str) -> object:
        if name == "password":
            raise AssertionError("the settings sheet read the password")
        return getattr(self._account, name)


@pytest.mark.parametrize("name", sorted(drafts(load_provider())))
def test_the_builder_never_reads_the_password(provider: Provider, name: str) -> None:
    account = drafts(provider)[name]
    guarded: Any = _GuardedDraft(account)
    with pytest.raises(AssertionError, match="read the password"):
        _ = guarded.password  # the guard works
    assert sheet_for(guarded, provider) == sheet_for(account, provider)
    assert settings_sheet_file_name(guarded) == settings_sheet_file_name(account)


def test_file_name_is_one_per_login(provider: Provider) -> None:
    base = settings_sheet_file_name(draft())
    assert base == "all2all-user0001-settings.pdf"
    # Name, protocol, outgoing server and language do not change it: a new export
    # of the same login replaces the sheet.
    for other in drafts(provider).values():
        assert settings_sheet_file_name(other) == base
    assert settings_sheet_file_name(draft(display_name="Someone else")) == base
    assert settings_sheet_file_name(draft(username="user0002")) != base


def test_file_name_is_safe_on_every_system() -> None:
    name = settings_sheet_file_name(draft(username="../Jan Peeters\\x:y"))
    assert name == "all2all-.._Jan_Peeters_x_y-settings.pdf"
    assert "/" not in name
    assert "\\" not in name


def test_sheet_defaults_to_today(provider: Provider) -> None:
    before = date.today()
    made_on = build_settings_sheet(draft(), provider).made_on
    assert before <= made_on <= date.today()
