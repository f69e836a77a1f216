"""Every size bound on what the program reads, in one place.

A file or an answer that is far larger than any real one is refused with a clear
reason instead of being read whole: a 20 MB preset of comments used to delay the
first page by 12 s, a 50 MB prefs.js took 10 s and 350 MB of memory. Each bound is
generous for real data (the figure in brackets is what real ones measure) and small
enough that reading it stays quick. What is typed has its own limits, in
:mod:`wizard.core.validation`; a server's lines are bounded in the probe.
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB

# A mail program's settings file: prefs.js (a busy profile: 0.1-2 MB), an Evolution
# .source file (1-4 KB), profiles.ini/installs.ini (under 2 KB), our own exports.
MAX_SETTINGS_FILE = 8 * MIB
# profiles.ini and installs.ini list profiles: a few lines each.
MAX_PROFILE_LIST = 1 * MIB
# An IT preset (docs/preset-example.toml, with every key and its comments: 5 KB).
MAX_PRESET_FILE = 256 * KIB
# The provider data (wizard/resources/provider.toml: 4 KB).
MAX_PROVIDER_FILE = 256 * KIB
# An extra certificate authority for the connection test (a PEM bundle of every public
# CA is about 220 KB).
MAX_CA_FILE = 4 * MIB
# The lines of one server answer in the connection test: a LIST of a large mailbox
# (a few hundred folders), a POP3 UIDL of a full 25 MB mailbox (tens of thousands).
# A line itself is bounded by the probe's MAX_LINE (64 KiB).
MAX_ANSWER_LINES = 100_000
