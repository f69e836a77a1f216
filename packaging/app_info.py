"""Names, identifiers and version that every installer shows, in one place.

The spec, the .deb builder and the build script read them from here; the NSIS script
gets the version as a define and repeats the three names (a test compares them).
The names are the wizard's own window title in each language (i18n/*.ts).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_ID = "be.all2all.setup"  # reverse-DNS: macOS bundle id, AppStream id, desktop file
EXECUTABLE = "all2all-setup"
GUI_EXECUTABLE = "all2all-setup-gui"  # Windows only: the windowed twin for shortcuts
PUBLISHER = "all2all"
HOMEPAGE = "https://www.all2all.org/"
LICENSE = "GPL-3.0-or-later"

# English first (every installer's fallback), then the translations, in one place.
LANGUAGES = ("en", "nl", "fr", "de")
TRANSLATED = LANGUAGES[1:]
NAMES = {
    "en": "all2all mail setup",
    "nl": "all2all e-mail instellen",
    "fr": "Configuration de la messagerie all2all",
    "de": "all2all-E-Mail einrichten",
}
COMMENTS = {
    "en": "Set up your all2all mailbox in the mail programs on this computer",
    "nl": "Stel uw all2all-mailbox in, in de e-mailprogramma's op deze computer",
    "fr": "Configurez votre boîte all2all dans les programmes de messagerie de cet ordinateur",
    "de": "Richten Sie Ihr all2all-Postfach in den E-Mail-Programmen dieses Computers ein",
}


def version() -> str:
    """``wizard.__version__``, read from the source without importing the package."""
    text = (ROOT / "wizard" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("wizard/__init__.py has no __version__")
    return match.group(1)


def version_tuple() -> tuple[int, int, int, int]:
    """The version as four numbers, as Windows version resources want it."""
    numbers = [int(part) for part in re.findall(r"\d+", version())[:4]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])
