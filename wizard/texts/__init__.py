"""The one place where the core's codes become sentences the user reads.

The core speaks in stable codes (``Problem.BAD_EMAIL``, probe and export codes, strength
reasons); each module here turns one family of codes into translated, plain-words text,
so the tone can be reviewed in all languages in one folder and a test can check that
every code has a message. The window and the command line both use these modules (only
QtCore's translation, never QtGui or QtWidgets), so a helpdesk reads the same words in
a terminal as the user saw on screen, except where the advice names a way to act:
a button in the window, a command or an option on the command line (:class:`Surface`).
"""

from enum import Enum

from wizard.texts.fields import field_problem


class Surface(Enum):
    """Where a sentence is read: advice names what can be done there."""

    WINDOW = "window"  # buttons: "press Retry", "go back"
    COMMAND_LINE = "command_line"  # commands and options: "run the command again"


__all__ = ["Surface", "field_problem"]
