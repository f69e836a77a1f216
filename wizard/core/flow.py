"""The order of the wizard's pages as plain functions, so it is tested as a table.

The recommended path is short: welcome, account, test, set up, done. The two pages of
choices (how mail is kept, how it is sent) come into the path only when the user asks
to change the recommended settings (``with_choices``); an IT preset's values apply
either way. The window adds the pages a build has (``available``); screenshots and
tests build a subset. Nothing here knows about Qt, but the values are Qt's page ids
too, so the flow table and QWizard never disagree.

The doctor (``doctor=True``) is a path of its own: from the welcome page straight to the
page that checks the set-ups already on this computer, which is also the last page.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import IntEnum


class PageId(IntEnum):
    """The wizard's pages in their natural order (values are Qt page ids too)."""

    WELCOME = 1
    PROTOCOL = 2
    ACCOUNT = 3
    OUTGOING = 4
    CONNECTION_TEST = 5
    EXPORT = 6
    DONE = 7
    DOCTOR = 8  # "Check the all2all set-up I already have": its own path from welcome


ALL_PAGES: frozenset[PageId] = frozenset(PageId)
# Shown only when the user wants to change the recommended settings.
CHOICE_PAGES: frozenset[PageId] = frozenset({PageId.PROTOCOL, PageId.OUTGOING})
# The doctor's path: the welcome page, then the doctor page.
DOCTOR_PATH: tuple[PageId, ...] = (PageId.WELCOME, PageId.DOCTOR)


def page_order(
    available: Collection[PageId] = ALL_PAGES, with_choices: bool = False, doctor: bool = False
) -> tuple[PageId, ...]:
    """Every page the user will see, in order, out of those this build has."""
    if doctor:
        return tuple(page for page in DOCTOR_PATH if page in available)
    return tuple(
        page
        for page in sorted(PageId)
        if page in available
        and page is not PageId.DOCTOR
        and (with_choices or page not in CHOICE_PAGES)
    )


def next_page(
    current: PageId,
    available: Collection[PageId] = ALL_PAGES,
    with_choices: bool = False,
    doctor: bool = False,
) -> PageId | None:
    """The page after ``current``, or ``None`` when ``current`` is the last one."""
    order = page_order(available, with_choices, doctor)
    if current not in order:
        return None
    position = order.index(current)
    return order[position + 1] if position + 1 < len(order) else None
