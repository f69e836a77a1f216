"""The order of the wizard's pages as plain functions, so it is tested as a table.

Pages that later work adds (connection test, export) are simply absent from the
``available`` set until they exist; pages whose every field an IT preset locks can be
skipped. Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model (and dataclasses) load after the first paint
    from wizard.core.model import AccountDraft


class Step(IntEnum):
    """The wizard's pages in their natural order (values are Qt page ids too)."""

    WELCOME = 1
    PROTOCOL = 2
    ACCOUNT = 3
    OUTGOING = 4
    CONNECTION_TEST = 5
    EXPORT = 6
    SUMMARY = 7


ALL_STEPS: frozenset[Step] = frozenset(Step)
# Pages that must never be skipped: where the user starts, and where they see the result.
NEVER_SKIPPED: frozenset[Step] = frozenset({Step.WELCOME, Step.ACCOUNT, Step.SUMMARY})


def page_order(
    draft: AccountDraft | None,
    available: Collection[Step] = ALL_STEPS,
    skipped: Collection[Step] = (),
) -> tuple[Step, ...]:
    """Every page the user will see, in order, for this draft.

    ``available`` lists the pages this build has; ``skipped`` those a preset made
    pointless (all their fields locked). The draft is a parameter because the order
    may depend on the choices made (``None``: nothing chosen yet); today it does not.
    """
    del draft  # same order for every choice so far
    return tuple(
        step
        for step in sorted(Step)
        if step in available and (step not in skipped or step in NEVER_SKIPPED)
    )


def next_step(
    current: Step,
    draft: AccountDraft | None,
    available: Collection[Step] = ALL_STEPS,
    skipped: Collection[Step] = (),
) -> Step | None:
    """The page after ``current``, or ``None`` when ``current`` is the last one."""
    order = page_order(draft, available, skipped)
    later = [step for step in order if step > current]
    return later[0] if later else None
