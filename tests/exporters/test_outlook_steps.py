"""The guided Outlook path: Outlook's dialogs in Outlook's order, the draft's values."""

from __future__ import annotations

import pytest

from tests.core.export_samples import PASSWORD, draft, drafts
from wizard.core.exporters.outlook.guide import (
    AccountType,
    Encryption,
    GuideFieldCode,
    OutlookKind,
    StepCode,
    guide_parts,
    outlook_steps,
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

HOST = "maximusconfessor.all2all.org"


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


def test_classic_imap_in_outlooks_order(provider):
    steps = outlook_steps(OutlookKind.CLASSIC, draft(), provider)
    assert [step.code for step in steps] == [
        StepCode.OPEN_ADD_ACCOUNT,
        StepCode.ENTER_EMAIL,
        StepCode.CHOOSE_MANUAL_SETUP,
        StepCode.CHOOSE_ACCOUNT_TYPE,
        StepCode.INCOMING_SERVER,
        StepCode.OUTGOING_SERVER,
        StepCode.ENTER_PASSWORD,
        StepCode.CONNECT,
        StepCode.CHECK_SERVER_SETTINGS,
        StepCode.SENDER_NAME,
        StepCode.FINISH,
    ]
    by_code = {step.code: step for step in steps}
    assert (
        by_code[StepCode.ENTER_EMAIL].value(GuideFieldCode.EMAIL_ADDRESS)
        == "jan.peeters@example.be"
    )
    assert (
        by_code[StepCode.CHOOSE_ACCOUNT_TYPE].value(GuideFieldCode.ACCOUNT_TYPE) is AccountType.IMAP
    )
    incoming = by_code[StepCode.INCOMING_SERVER]
    assert [(f.code, f.value) for f in incoming.fields] == [
        (GuideFieldCode.SERVER, HOST),
        (GuideFieldCode.PORT, 993),
        (GuideFieldCode.ENCRYPTION, Encryption.SSL_TLS),
        (GuideFieldCode.SECURE_PASSWORD_AUTH, False),
    ]
    outgoing = by_code[StepCode.OUTGOING_SERVER]
    assert [(f.code, f.value) for f in outgoing.fields] == [
        (GuideFieldCode.SERVER, HOST),
        (GuideFieldCode.PORT, 465),
        (GuideFieldCode.ENCRYPTION, Encryption.SSL_TLS),
        (GuideFieldCode.SECURE_PASSWORD_AUTH, False),
    ]
    assert by_code[StepCode.ENTER_PASSWORD].fields == ()
    assert by_code[StepCode.CONNECT].value(GuideFieldCode.USER_NAME) == "user0001"
    check = by_code[StepCode.CHECK_SERVER_SETTINGS]
    assert check.value(GuideFieldCode.USER_NAME) == "user0001"
    assert check.value(GuideFieldCode.OUTGOING_AUTH) is True
    assert check.value(GuideFieldCode.SAME_LOGIN_AS_INCOMING) is True
    assert by_code[StepCode.SENDER_NAME].value(GuideFieldCode.DISPLAY_NAME) == "Jan Peeters"


def test_new_outlook_asks_the_login_in_its_advanced_form(provider):
    steps = outlook_steps(OutlookKind.NEW, draft(), provider)
    assert [step.code for step in steps] == [
        StepCode.OPEN_ADD_ACCOUNT,
        StepCode.ENTER_EMAIL,
        StepCode.CHOOSE_ACCOUNT_TYPE,
        StepCode.ENTER_PASSWORD,
        StepCode.INCOMING_SERVER,
        StepCode.OUTGOING_SERVER,
        StepCode.SENDER_NAME,
        StepCode.FINISH,
    ]
    incoming, outgoing = steps[4], steps[5]
    assert [f.code for f in incoming.fields] == [
        GuideFieldCode.USER_NAME,
        GuideFieldCode.SERVER,
        GuideFieldCode.PORT,
        GuideFieldCode.ENCRYPTION,
    ]
    assert outgoing.value(GuideFieldCode.USER_NAME) == "user0001"
    assert outgoing.value(GuideFieldCode.PORT) == 465


def test_pop3_keeps_a_copy_or_not(provider):
    steps = outlook_steps(OutlookKind.CLASSIC, drafts(provider)["pop3"], provider)
    keep = next(step for step in steps if step.code is StepCode.KEEP_ON_SERVER)
    assert keep.value(GuideFieldCode.LEAVE_ON_SERVER) is True
    assert keep.value(GuideFieldCode.REMOVE_AFTER_DAYS) == 14
    assert steps[3].value(GuideFieldCode.ACCOUNT_TYPE) is AccountType.POP
    assert steps[4].value(GuideFieldCode.PORT) == 995
    steps = outlook_steps(OutlookKind.NEW, drafts(provider)["pop3-delete"], provider)
    keep = next(step for step in steps if step.code is StepCode.KEEP_ON_SERVER)
    assert [(f.code, f.value) for f in keep.fields] == [(GuideFieldCode.LEAVE_ON_SERVER, False)]
    imap = outlook_steps(OutlookKind.CLASSIC, draft(), provider)
    assert StepCode.KEEP_ON_SERVER not in [step.code for step in imap]


@pytest.mark.parametrize("kind", list(OutlookKind))
def test_relay_without_login_and_encryption(provider, kind):
    steps = outlook_steps(kind, drafts(provider)["imap-relay"], provider)
    outgoing = next(step for step in steps if step.code is StepCode.OUTGOING_SERVER)
    assert outgoing.value(GuideFieldCode.SERVER) == "uit.telenet.be"
    assert outgoing.value(GuideFieldCode.PORT) == 25
    assert outgoing.value(GuideFieldCode.ENCRYPTION) is Encryption.NONE
    assert outgoing.value(GuideFieldCode.USER_NAME) is None
    auth = [step.value(GuideFieldCode.OUTGOING_AUTH) for step in steps]
    assert False in auth
    assert True not in auth


@pytest.mark.parametrize("kind", list(OutlookKind))
@pytest.mark.parametrize("name", list(drafts(load_provider())))
def test_every_value_from_the_draft_and_never_the_password(provider, kind, name):
    account = drafts(provider)[name]
    values = [
        field.value for step in outlook_steps(kind, account, provider) for field in step.fields
    ]
    assert PASSWORD not in [str(value) for value in values]
    assert account.email in values
    assert account.username in values
    if account.display_name:
        assert account.display_name in values
    else:
        assert StepCode.SENDER_NAME not in [s.code for s in outlook_steps(kind, account, provider)]


def test_typed_starttls_relay(provider):
    steps = outlook_steps(OutlookKind.CLASSIC, drafts(provider)["typed-relay"], provider)
    outgoing = next(step for step in steps if step.code is StepCode.OUTGOING_SERVER)
    assert (outgoing.value(GuideFieldCode.PORT), outgoing.value(GuideFieldCode.ENCRYPTION)) == (
        587,
        Encryption.STARTTLS,
    )


def test_refused_drafts(provider):
    with pytest.raises(ValueError, match="login"):
        outlook_steps(OutlookKind.CLASSIC, draft(username=""), provider)
    own = ServerEndpoint("smtp.isp.be", 587, Security.STARTTLS, Authentication.ISP_PASSWORD)
    with pytest.raises(ValueError, match="another login"):
        outlook_steps(
            OutlookKind.NEW, draft(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, own)), provider
        )
    assert draft(protocol=Protocol.POP3).protocol is Protocol.POP3


def codes(parts) -> list[list[StepCode]]:
    return [[step.code for step in part] for part in parts]


def test_the_guide_is_cut_where_outlook_opens_another_window(provider):
    classic = guide_parts(outlook_steps(OutlookKind.CLASSIC, drafts(provider)["pop3"], provider))
    assert codes(classic) == [
        [
            StepCode.OPEN_ADD_ACCOUNT,
            StepCode.ENTER_EMAIL,
            StepCode.CHOOSE_MANUAL_SETUP,
            StepCode.CHOOSE_ACCOUNT_TYPE,
        ],
        [
            StepCode.INCOMING_SERVER,
            StepCode.OUTGOING_SERVER,
            StepCode.ENTER_PASSWORD,
            StepCode.CONNECT,
        ],
        [
            StepCode.CHECK_SERVER_SETTINGS,
            StepCode.KEEP_ON_SERVER,
            StepCode.SENDER_NAME,
            StepCode.FINISH,
        ],
    ]
    new = guide_parts(outlook_steps(OutlookKind.NEW, draft(display_name=""), provider))
    assert codes(new) == [
        [
            StepCode.OPEN_ADD_ACCOUNT,
            StepCode.ENTER_EMAIL,
            StepCode.CHOOSE_ACCOUNT_TYPE,
            StepCode.ENTER_PASSWORD,
        ],
        [StepCode.INCOMING_SERVER, StepCode.OUTGOING_SERVER],
        [StepCode.FINISH],
    ]


@pytest.mark.parametrize("kind", list(OutlookKind))
@pytest.mark.parametrize("name", ["imap", "pop3", "imap-relay"])
def test_the_parts_hold_every_step_once_in_order(provider, kind, name):
    steps = outlook_steps(kind, drafts(provider)[name], provider)
    parts = guide_parts(steps)
    assert [step for part in parts for step in part] == list(steps)
    assert all(parts)
    assert guide_parts(()) == ()
