"""The page order as a table: which pages follow which, for the pages a build has."""

import pytest

from wizard.core.flow import PageId as P
from wizard.core.flow import next_page, page_order

FOUNDATION = {P.WELCOME, P.PROTOCOL, P.ACCOUNT, P.OUTGOING, P.DONE}


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (FOUNDATION, [P.WELCOME, P.PROTOCOL, P.ACCOUNT, P.OUTGOING, P.DONE]),
        (
            FOUNDATION | {P.CONNECTION_TEST},
            [P.WELCOME, P.PROTOCOL, P.ACCOUNT, P.OUTGOING, P.CONNECTION_TEST, P.DONE],
        ),
        (set(P), list(P)),
    ],
)
def test_page_order(available, expected):
    assert list(page_order(available)) == expected


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (P.WELCOME, P.PROTOCOL),
        (P.OUTGOING, P.DONE),
        (P.DONE, None),
    ],
)
def test_next_page_in_the_foundation_build(current, expected):
    assert next_page(current, FOUNDATION) == expected


def test_next_page_with_every_page():
    assert next_page(P.CONNECTION_TEST) == P.EXPORT
    assert next_page(P.EXPORT) == P.DONE
