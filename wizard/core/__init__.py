"""Qt-free logic: provider facts, the account draft, page flow, probing and exporting.

Nothing in this package may import Qt (a test enforces it), so the same code serves
the wizard, the command line and the tests.
"""
