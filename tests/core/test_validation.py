"""What users type: clear problem codes for the usual mistakes, never an exception."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.core.model import AccountDraft
from wizard.core.validation import (
    FIELDS_TO_LOG_IN,
    FIELDS_TO_WRITE,
    AccountField,
    Problem,
    account_problems,
    check_display_name,
    check_email,
    check_name_text,
    check_password,
    check_username,
    is_valid_host,
    parse_host_port,
)

P = Problem


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("marie.peeters@all2all.org", None),
        ("j.o'brien+work@example.be", None),
        ("élodie@exemple.be", P.BAD_EMAIL),  # accented local parts break several clients
        ("info@café.be", None),  # internationalised domain names are fine
        ("", P.EMPTY),
        ("marie.peeters@", P.BAD_EMAIL),
        ("@all2all.org", P.BAD_EMAIL),
        ("marie peeters@all2all.org", P.SPACES),
        (" marie@all2all.org", P.EDGE_SPACES),
        ("marie@all2all", P.BAD_EMAIL),
        ("marie..peeters@all2all.org", P.BAD_EMAIL),
        ("marie@all2all.org\n", P.CONTROL_CHARACTERS),
        ("a" * 65 + "@example.be", P.BAD_EMAIL),
        ("a@" + "b" * 250 + ".be", P.TOO_LONG),
    ],
)
def test_email(address, problem):
    assert check_email(address) == problem


@pytest.mark.parametrize(
    ("username", "problem"),
    [
        ("user0001", None),
        ("voorbeeld0001", None),
        ("", P.EMPTY),
        ("user 0001", P.SPACES),
        ("user0001 ", P.EDGE_SPACES),
        ("user0001\t", P.CONTROL_CHARACTERS),
        ("marie@all2all.org", P.LOOKS_LIKE_EMAIL),
        ("usér0001", P.BAD_USERNAME),
        ("x" * 65, P.TOO_LONG),
    ],
)
def test_username(username, problem):
    assert check_username(username) == problem


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("Crème-brûlée-42", None),
        ('quote"and\\backslash', None),
        ("a passphrase with spaces", None),
        ("", P.EMPTY),
        ("abc\x00def", P.CONTROL_CHARACTERS),
        ("abc\u200bdef", P.CONTROL_CHARACTERS),  # zero-width space pasted from a web page
        ("x" * 1025, P.TOO_LONG),
    ],
)
def test_password(password, problem):
    assert check_password(password) == problem


def test_display_name_allows_accents_and_refuses_line_breaks():
    assert check_display_name("Éloïse Van den Broeck-D'Hondt") is None
    assert check_display_name("Marie\nPeeters") == P.CONTROL_CHARACTERS
    assert check_display_name("M" * 129) == P.TOO_LONG


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("uit.telenet.be", ("uit.telenet.be", 25)),
        ("smtp.example.be:587", ("smtp.example.be", 587)),
        ("  relay.skynet.be:25 ", ("relay.skynet.be", 25)),
        ("", P.EMPTY),
        ("smtp example.be", P.BAD_HOST),
        ("-bad-.be", P.BAD_HOST),
        ("smtp.example.be:0", P.BAD_PORT),
        ("smtp.example.be:70000", P.BAD_PORT),
        ("smtp.example.be:２５", P.BAD_PORT),  # full-width digits
        ("smtp.example.be:", P.BAD_PORT),
    ],
)
def test_host_port(text, result):
    assert parse_host_port(text, 25) == result


def test_hosts():
    assert is_valid_host("maximusconfessor.all2all.org")
    assert is_valid_host("127.0.0.1")
    assert not is_valid_host("a" * 64 + ".be")
    assert not is_valid_host("")


def test_account_problems_lists_every_field():
    problems = account_problems(AccountDraft(email="x", username="a b"))
    assert problems == {
        AccountField.USERNAME: P.SPACES,
        AccountField.EMAIL: P.BAD_EMAIL,
        AccountField.DISPLAY_NAME: P.EMPTY,
        AccountField.PASSWORD: P.EMPTY,
    }
    assert list(problems) == list(AccountField)  # the command line reports in this order


def test_account_problems_of_some_fields_only():
    draft = AccountDraft(display_name="  ", email="marie@all2all.org", username="user0001")
    assert account_problems(draft, FIELDS_TO_WRITE) == {AccountField.DISPLAY_NAME: P.EMPTY}
    assert account_problems(draft, FIELDS_TO_LOG_IN) == {AccountField.PASSWORD: P.EMPTY}


def test_every_account_is_written_with_a_name():
    assert check_display_name("") == P.EMPTY
    assert check_display_name("   ") == P.EMPTY
    assert check_display_name(" Marie ") is None
    assert check_name_text("") is None  # an administrator's name may stay empty


@given(st.text())
def test_no_input_raises(text):
    for check in (check_email, check_username, check_password, check_display_name, check_name_text):
        check(text)
    parse_host_port(text, 25)


@given(st.text(), st.sampled_from(["\x00", "\n", "\r", "\t", "\x1b", "\u2028", "\u200b"]))
def test_control_characters_are_always_refused(text, control):
    value = text + control + "x"
    assert check_password(value) == P.CONTROL_CHARACTERS
    assert check_username(value) == P.CONTROL_CHARACTERS
    assert check_email(value) == P.CONTROL_CHARACTERS
