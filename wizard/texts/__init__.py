"""The one place where the core's codes become sentences the user reads.

The core speaks in stable codes (``Problem.BAD_EMAIL``, probe and export codes, strength
reasons); each module here turns one family of codes into translated, plain-words text,
so the tone can be reviewed in all three languages in one folder and a test can check
that every code has a message.
"""

from wizard.texts.fields import field_problem

__all__ = ["field_problem"]
