"""Messages for the problems of what the user types in a field.

The core speaks in stable codes (``Problem.BAD_EMAIL``); here each code becomes a
translated, plain-words explanation. Keeping them together makes it easy to review the
tone in all three languages and to check that every code has a message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.validation import Problem

# lupdate finds ``translate("Context", "text")`` calls; the context must be a literal.
translate = QCoreApplication.translate


def field_problem(field: str, problem: Problem) -> str:
    """Explain why ``field`` (display_name, email, username, password, server) is refused."""
    if problem is Problem.EMPTY:
        return {
            "display_name": translate("Messages", "Please fill in your name."),
            "email": translate("Messages", "Please fill in your e-mail address."),
            "username": translate("Messages", "Please fill in your username."),
            "password": translate("Messages", "Please fill in your password."),
            "server": translate("Messages", "Please fill in the name of the outgoing server."),
        }.get(field, translate("Messages", "Please fill in this field."))
    messages = {
        Problem.TOO_LONG: translate(
            "Messages", "This is much longer than expected. Please check what you typed."
        ),
        Problem.CONTROL_CHARACTERS: translate(
            "Messages",
            "This contains invisible characters such as a line break or a tab. "
            "Please type it again instead of pasting it.",
        ),
        Problem.SPACES: translate("Messages", "This must not contain spaces."),
        Problem.EDGE_SPACES: translate(
            "Messages", "Please remove the space at the beginning or the end."
        ),
        Problem.BAD_EMAIL: translate(
            "Messages",
            "This is not a complete e-mail address. It looks like name@example.be: "
            "type it exactly as you received it from your administrator.",
        ),
        Problem.LOOKS_LIKE_EMAIL: translate(
            "Messages",
            "Your username is not your e-mail address. It is a short name such as "
            "user0001 that you received from your administrator.",
        ),
        Problem.BAD_USERNAME: translate(
            "Messages",
            "A username contains only letters, digits and the characters . _ - "
            "(for example user0001).",
        ),
        Problem.BAD_HOST: translate(
            "Messages",
            "This is not a valid server name. It looks like smtp.example.be, "
            "optionally followed by a colon and a port number (smtp.example.be:25).",
        ),
        Problem.BAD_PORT: translate("Messages", "The port must be a number between 1 and 65535."),
        Problem.NEEDS_OTHER_LOGIN: translate(
            "Messages",
            "This server needs the username and password of a mailbox at that internet "
            "provider. The assistant cannot set up such a server. Choose all2all's outgoing "
            "server instead.",
        ),
    }
    return messages.get(problem, translate("Messages", "Please check this field."))
