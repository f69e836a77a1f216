"""Page order as a table: which pages the user sees, for which build and preset."""

from __future__ import annotations

import pytest

from wizard.core.flow import Step, next_step, page_order
from wizard.core.model import AccountDraft, Protocol

S = Step
FOUNDATION = {S.WELCOME, S.PROTOCOL, S.ACCOUNT, S.OUTGOING, S.SUMMARY}


@pytest.mark.parametrize(
    ("available", "skipped", "expected"),
    [
        (set(Step), set(), list(Step)),
        (FOUNDATION, set(), [S.WELCOME, S.PROTOCOL, S.ACCOUNT, S.OUTGOING, S.SUMMARY]),
        (
            FOUNDATION | {S.CONNECTION_TEST},
            set(),
            [S.WELCOME, S.PROTOCOL, S.ACCOUNT, S.OUTGOING, S.CONNECTION_TEST, S.SUMMARY],
        ),
        (FOUNDATION, {S.PROTOCOL, S.OUTGOING}, [S.WELCOME, S.ACCOUNT, S.SUMMARY]),
        # Where the user starts, types the password and sees the result is never skipped.
        (
            FOUNDATION,
            {S.WELCOME, S.ACCOUNT, S.SUMMARY},
            [S.WELCOME, S.PROTOCOL, S.ACCOUNT, S.OUTGOING, S.SUMMARY],
        ),
    ],
)
def test_page_order(available, skipped, expected):
    for draft in (AccountDraft(), AccountDraft(protocol=Protocol.POP3)):
        assert list(page_order(draft, available, skipped)) == expected


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (S.WELCOME, S.PROTOCOL),
        (S.PROTOCOL, S.ACCOUNT),
        (S.ACCOUNT, S.OUTGOING),
        (S.OUTGOING, S.SUMMARY),
        (S.SUMMARY, None),
    ],
)
def test_next_step_in_the_foundation_build(current, expected):
    assert next_step(current, AccountDraft(), FOUNDATION) == expected


def test_next_step_skips_locked_page():
    assert next_step(S.WELCOME, AccountDraft(), FOUNDATION, {S.PROTOCOL}) == S.ACCOUNT
