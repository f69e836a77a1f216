"""Refused command-line values, said in the user's language (QtCore's translation).

The core names the option and a code (:class:`~wizard.core.setup_request.UsageError`);
the sentence reuses the account page's own explanation where there is one, so a typo
reads the same in a terminal as on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.exporters import exporter_names
from wizard.core.setup_request import KEEP_DAYS_RANGE, UsageError, UsageProblem
from wizard.core.validation import Problem
from wizard.texts import field_problem

translate = QCoreApplication.translate

# The form field each option fills in, for the account page's explanations.
_FIELD_OF_OPTION = {
    "--username": "username",
    "--email": "email",
    "--name": "display_name",
    "--password": "password",
    "--password-stdin": "password",
    "--password-env": "password",
    "--outgoing": "server",
}


def usage_text(error: UsageError) -> str:
    """``--option: why``, in the user's language."""
    if error.problem == UsageProblem.MISSING:
        return translate("Cli", "{option} is required.").format(option=error.option)
    if error.problem == UsageProblem.UNKNOWN_CLIENT:
        return translate(
            "Cli", "{option}: this mail program is not supported. Possible values: {values}."
        ).format(option=error.option, values=", ".join(exporter_names()))
    if error.problem == UsageProblem.OUT_OF_RANGE:
        return out_of_range(error.option, *KEEP_DAYS_RANGE)
    explanation = field_problem(_FIELD_OF_OPTION.get(error.option, ""), Problem(error.problem))
    if error.option == "--outgoing":
        expected = translate(
            "Cli", "Give all2all, the id of an internet provider's server, or HOST:PORT."
        )
        explanation = f"{explanation} {expected}"
    return f"{error.option}: {explanation}"


def out_of_range(option: str, minimum: int, maximum: int) -> str:
    """A number outside its range."""
    return translate("Cli", "{option}: the number must be between {minimum} and {maximum}.").format(
        option=option, minimum=minimum, maximum=maximum
    )
