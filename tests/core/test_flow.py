"""The page order as a table: which pages follow which, for the pages a build has."""

import pytest

from wizard.core.flow import PageId as P
from wizard.core.flow import next_page, page_order

FOUNDATION = {P.WELCOME, P.PROTOCOL, P.ACCOUNT, P.OUTGOING, P.DONE}


@pytest.mark.parametrize(
    ("available", "with_choices", "expected"),
    [
        # The recommended path: five pages, the choices one click away.
        (set(P), False, [P.WELCOME, P.ACCOUNT, P.CONNECTION_TEST, P.EXPORT, P.DONE]),
        (set(P), True, list(P)),
        (FOUNDATION, False, [P.WELCOME, P.ACCOUNT, P.DONE]),
        (FOUNDATION, True, [P.WELCOME, P.PROTOCOL, P.ACCOUNT, P.OUTGOING, P.DONE]),
    ],
)
def test_page_order(available, with_choices, expected):
    assert list(page_order(available, with_choices)) == expected


@pytest.mark.parametrize(
    ("current", "with_choices", "expected"),
    [
        (P.WELCOME, False, P.ACCOUNT),
        (P.WELCOME, True, P.PROTOCOL),
        (P.ACCOUNT, False, P.CONNECTION_TEST),
        (P.ACCOUNT, True, P.OUTGOING),
        (P.CONNECTION_TEST, False, P.EXPORT),
        (P.EXPORT, True, P.DONE),
        (P.DONE, False, None),
    ],
)
def test_next_page(current, with_choices, expected):
    assert next_page(current, set(P), with_choices) == expected
