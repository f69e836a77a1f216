"""Removing the all2all account from a mail program: ``plan_removal``, ``apply_removal``.

See :mod:`.run`; what goes from each program is in :mod:`.thunderbird` and
:mod:`.evolution`, deleting files safely in :mod:`.files`.
"""

from wizard.core.removal.run import (
    RemovalError,
    RemovalOutcome,
    RemovalPlan,
    RemovalProblem,
    RemovalResult,
    apply_removal,
    plan_removal,
    removal_target,
    remove_account,
)

__all__ = [
    "RemovalError",
    "RemovalOutcome",
    "RemovalPlan",
    "RemovalProblem",
    "RemovalResult",
    "apply_removal",
    "plan_removal",
    "removal_target",
    "remove_account",
]
