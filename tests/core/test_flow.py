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
        (set(P), True, [p for p in P if p is not P.DOCTOR]),
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


def test_the_doctor_is_a_path_of_its_own():
    assert page_order(set(P), doctor=True) == (P.WELCOME, P.DOCTOR)
    assert next_page(P.WELCOME, set(P), doctor=True) == P.DOCTOR
    assert next_page(P.DOCTOR, set(P), doctor=True) is None
    # Never reached on the way to setting up, with or without the choices.
    assert P.DOCTOR not in page_order(set(P), with_choices=True)
    assert next_page(P.DONE, set(P), with_choices=True) is None
    # A build without the doctor page simply has no such path.
    assert page_order(set(P) - {P.DOCTOR}, doctor=True) == (P.WELCOME,)
