"""``--self-test``: prove an installation works without a network or a mail client.

For packagers and IT staff after an install: build the wizard, paint its first page,
check the provider data, the icon and every translation (ours and Qt's), print the
version, exit 0. Nothing else is touched: no network, no keyring, no mail program.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from wizard import __version__
from wizard.core.model import Language
from wizard.core.provider import Provider
from wizard.gui.window import ICON_SIZES
from wizard.paths import resources_dir
from wizard.translations import Translators, catalogue_path


def run_self_test(
    app: QApplication, provider: Provider, translators: Translators, notes: Sequence[str] = ()
) -> int:
    """Run the checks, print one line per problem or a final OK; 0 when all pass.

    ``notes`` are facts IT staff should see that do not make the installation faulty
    (a preset next to the program that is ignored, and why).
    """
    from wizard.gui.window import build_window

    problems = list(_check_files(provider))
    window = build_window(provider, translators)
    window.show()
    QCoreApplication.processEvents()
    picture = window.grab()
    if picture.isNull() or picture.width() < 100:
        problems.append("the first page could not be painted")
    if window.currentPage() is None or not window.currentPage().title():
        problems.append("the first page has no title")
    window.close()
    for problem in problems:
        print(f"self-test: FAILED: {problem}", file=sys.stderr)
    if problems:
        return 1
    for note in notes:
        print(f"self-test: note: {note}")
    language = translators.language.value if translators.language else "?"
    print(f"all2all-setup {__version__} self-test: OK (language {language}, Qt {_qt_version()})")
    return 0


def _check_files(provider: Provider) -> list[str]:
    problems = []
    if not provider.incoming_host:
        problems.append("provider data has no server")
    for size in ICON_SIZES:
        if QImage(str(resources_dir() / "icons" / f"all2all-setup-{size}.png")).isNull():
            problems.append(f"the {size} px icon is missing or unreadable")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in Language:
        if not QTranslator().load(str(catalogue_path(language))):
            problems.append(f"translation {catalogue_path(language)} does not load")
        if language is not Language.ENGLISH and not QTranslator().load(
            f"qtbase_{language.value}", qt_folder
        ):
            problems.append(f"Qt's own {language.value} translation does not load")
    return problems


def _qt_version() -> str:
    from PySide6 import __version__ as pyside_version

    return pyside_version
