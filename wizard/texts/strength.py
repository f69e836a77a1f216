"""Messages for the password strength meter, the weak-password advice and the keyring.

The core's :class:`~wizard.core.strength.rating.Reason` codes and
:class:`~wizard.core.keyring_store.KeyringStatus` values become short, friendly sentences
here. The weak-password explanation repeats the provider's guide: not in a dictionary,
random letters and digits, at least 8 characters, a weak password can be guessed from a
distance, do not hesitate to ask the administrator for a new one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.keyring_store import KeyringStatus
from wizard.core.strength.rating import MAX_SCORE, MIN_LENGTH, Reason

# lupdate finds ``translate("Context", "text")`` calls; the context must be a literal.
translate = QCoreApplication.translate

STEPS = MAX_SCORE + 1  # scores 0-4 are shown as steps 1-5 of the bar


def score_label(score: int) -> str:
    """The level of a score 0-4 in words ("Very weak" ... "Very strong")."""
    labels = (
        translate("Strength", "Very weak"),
        translate("Strength", "Weak"),
        translate("Strength", "Fair"),
        translate("Strength", "Strong"),
        translate("Strength", "Very strong"),
    )
    return labels[max(0, min(MAX_SCORE, score))]


def level_text(score: int) -> str:
    """The line next to the bar: the level and the step, so colour is never needed."""
    return translate("Strength", "Password strength: {level} (step {step} of {steps})").format(
        level=score_label(score), step=max(0, min(MAX_SCORE, score)) + 1, steps=STEPS
    )


def meter_name() -> str:
    """The accessible name of the meter."""
    return translate("Strength", "Password strength")


def reason_advice(reason: Reason) -> str:
    """One short piece of advice for a reason code (every code has one)."""
    messages = {
        Reason.CONTROL_CHARACTERS: translate(
            "Strength",
            "It contains an invisible character, such as a tab or a line break. Type "
            "the password instead of pasting it.",
        ),
        Reason.EMPTY: translate("Strength", "No password has been typed yet."),
        Reason.LEADING_OR_TRAILING_SPACES: translate(
            "Strength",
            "It starts or ends with a space. Check that the space really belongs to your "
            "password: it is easy to paste one by mistake, and you cannot see it here.",
        ),
        Reason.TOO_SHORT: translate(
            "Strength", "It has fewer than {count} characters, the minimum for a good password."
        ).format(count=MIN_LENGTH),
        Reason.COMMON_PASSWORD: translate(
            "Strength",
            "It is one of the passwords people use most often: attackers try those first.",
        ),
        Reason.CONTAINS_PERSONAL_INFO: translate(
            "Strength",
            "It contains your name, your username, your e-mail address or the name of the "
            "mail server, which others can easily find out.",
        ),
        Reason.DICTIONARY_WORD: translate(
            "Strength",
            "It contains a word from the dictionary (Dutch, French, German or English), "
            "even if it is written backwards.",
        ),
        Reason.COMMON_NAME: translate("Strength", "It contains a common first name or surname."),
        Reason.KEYBOARD_PATTERN: translate(
            "Strength",
            "It contains keys that sit next to each other on the keyboard, such as azerty or qsdf.",
        ),
        Reason.SEQUENCE: translate(
            "Strength", "It contains a simple series, such as abcd or 1234."
        ),
        Reason.REPEATED: translate(
            "Strength", "It repeats characters or groups of characters, such as aaaa or abcabc."
        ),
        Reason.YEAR_OR_DATE: translate(
            "Strength", "It contains a year or a date, which is easy to guess."
        ),
        Reason.PREDICTABLE_SUBSTITUTION: translate(
            "Strength",
            "Replacing letters by look-alikes (0 for o, @ for a, 3 for e) does not make "
            "a word harder to guess.",
        ),
        Reason.PREDICTABLE_ENDING: translate(
            "Strength",
            "A word followed by digits and a sign, such as Bonjour2024#, is one of the "
            "first things attackers try.",
        ),
        Reason.ONLY_DIGITS: translate(
            "Strength", "It contains only digits. Mix letters and digits."
        ),
        Reason.ONLY_LETTERS: translate(
            "Strength", "It contains only letters. Mix letters and digits."
        ),
        Reason.ADD_LENGTH: translate(
            "Strength",
            "It is too short to be safe. Make it longer, with random letters and digits.",
        ),
    }
    return messages[reason]


def weak_explanation() -> str:
    """Why a weak password matters, in the words of the provider's guide."""
    return translate(
        "Strength",
        "A good password is not in a dictionary: it is made of random letters and digits "
        "and has at least {count} characters. A weak password can be guessed from a "
        "distance, over time, and then you can no longer be sure that you are the only "
        "one reading your mail. Do not hesitate to ask your administrator for a new "
        "password. You can still continue with this one.",
    ).format(count=MIN_LENGTH)


def keyring_message(operation: str, status: KeyringStatus) -> str:
    """One plain line about a keyring ``operation`` (find, store, remove) and its status.

    Returns "" when there is nothing worth telling (no saved password found).
    """
    if status is KeyringStatus.UNAVAILABLE:
        if operation == "store":
            return translate(
                "Strength",
                "The assistant did not keep your password: this computer has no password "
                "safe it can use.",
            )
        return translate(
            "Strength",
            "This computer has no password safe that the assistant can use, so your "
            "password cannot be remembered. Everything else works as usual.",
        )
    if status is KeyringStatus.LOCKED:
        return translate(
            "Strength",
            "The password safe of this computer is locked, so the assistant cannot use it. "
            "You can simply type your password.",
        )
    if status is KeyringStatus.FAILED:
        return translate(
            "Strength",
            "The password safe of this computer did not answer, so the assistant cannot "
            "use it. You can simply type your password.",
        )
    if status is KeyringStatus.STORED:
        return translate(
            "Strength", "Your password is saved in the password safe of this computer."
        )
    if status is KeyringStatus.REMOVED:
        return translate("Strength", "The saved password has been removed from this computer.")
    if status is KeyringStatus.NOT_FOUND and operation == "remove":
        return translate("Strength", "There was no saved password to remove.")
    return ""


def saved_password_offer(username: str) -> str:
    """The offer shown when the keyring holds a password for ``username``."""
    return translate(
        "Strength",
        "A password for {username} is saved on this computer from an earlier setup. "
        "You can use it, or forget it.",
    ).format(username=username)
