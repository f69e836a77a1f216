"""The doctor: find every all2all account of this user, explain and repair what is wrong.

``examine(env, provider)`` and ``repair(env, provider)`` (:mod:`.run`) return a
:class:`DoctorReport`; the codes are in :mod:`.findings`, the guide's rules in
:mod:`.rules`, each mail program's reading and repairing in :mod:`.thunderbird` and
:mod:`.evolution`. ``wizard/texts/doctor.py`` says each code in plain words.
"""

from wizard.core.doctor.findings import (
    AccountCheck,
    Finding,
    FindingCode,
    FoundAccount,
    Severity,
)
from wizard.core.doctor.run import DoctorReport, Outcome, PlaceFailure, examine, repair

__all__ = [
    "AccountCheck",
    "DoctorReport",
    "Finding",
    "FindingCode",
    "FoundAccount",
    "Outcome",
    "PlaceFailure",
    "Severity",
    "examine",
    "repair",
]
