"""The wizard window as the application shows it: icon, language switch, first paint.

Only the welcome page is built before the first paint; the other pages, the provider
data (when a loader is given), the log file, the word lists and the keyring library
follow right after, while the user reads the first page.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from wizard.core.language import Language

if TYPE_CHECKING:
    from wizard.core.model import AccountDraft
    from wizard.core.presets.preset import Preset
    from wizard.core.provider import Provider
    from wizard.gui.setup_wizard import Collaborators, SetupWizard
    from wizard.translations import Translators

log = logging.getLogger(__name__)

ICON_SIZES = (32, 48, 64, 128, 256)


def build_window(
    provider: Provider | Callable[[], Provider],
    translators: Translators,
    defer_pages: bool = False,
    collaborators: Collaborators | None = None,
    preset: Preset | None = None,
    draft: AccountDraft | None = None,
) -> SetupWizard:
    """The wizard window in the current language, with the language switch wired up.

    With a ``preset``, ``provider`` and ``draft`` come from :func:`prepare_preset`
    (they hold its overrides and defaults); the preset decides what is read-only.
    """
    from PySide6.QtGui import QIcon

    from wizard.gui.setup_wizard import SetupWizard
    from wizard.paths import resources_dir

    language = translators.language or Language.ENGLISH

    def new_draft() -> AccountDraft:  # made after the first paint, with the model module
        from wizard.core.model import AccountDraft

        return AccountDraft(language=language)

    icon = QIcon()
    for size in ICON_SIZES:  # PNG, not SVG: no SVG module to load before the first paint
        icon.addFile(str(resources_dir() / "icons" / f"all2all-setup-{size}.png"))
    return SetupWizard(
        provider,
        new_draft if draft is None else draft,
        translators.switch,
        icon,
        defer_pages,
        collaborators=collaborators,
        language=language,
        preset=preset,
    )


# Modules the first page must not wait for (the start-up test checks the list printed).
_LOADED_AFTER_PAINT = ("keyring", "zxcvbn", "tomllib", "dataclasses")


def after_first_paint(
    window: SetupWizard, start_log: Callable[[], None], quit_afterwards: bool
) -> None:
    """Once the first page is on screen, build the other pages (and later heavy parts).

    For the start-up benchmark (``quit_afterwards``), print the wall clock and the peak
    memory at the first paint and which heavy modules were already loaded, then finish
    building the pages and quit, so the process's final peak is the whole wizard's.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                if quit_afterwards:
                    loaded = [name for name in _LOADED_AFTER_PAINT if name in sys.modules]
                    import resource  # POSIX only: the benchmark runs on Linux and macOS

                    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                    print(
                        f"first-paint {time.time():.6f} peak-kib={peak_kib} "
                        f"preloaded={','.join(loaded) or '-'}",
                        flush=True,
                    )
                    if os.environ.get("ALL2ALL_SETUP_EXIT_AT_PAINT"):
                        # benchmarks/startup.py --instructions: count up to here only.
                        os._exit(0)
                QTimer.singleShot(0, start_log)
                QTimer.singleShot(0, lambda: build_remaining_pages(window))
                if quit_afterwards:
                    QTimer.singleShot(0, QApplication.quit)
                else:  # word lists and the keyring library, while the user reads
                    from wizard.gui.background import start_background_loading

                    window.background_loading = start_background_loading(window.pool)
            return False

    window.installEventFilter(FirstPaint(window))


def build_remaining_pages(window: SetupWizard) -> None:
    """Build the pages after the first; a damaged data file was explained already."""
    from wizard.core.provider import ProviderDataError

    try:
        window.build_remaining_pages()
    except ProviderDataError:
        window.close()  # the loader showed why and asked the application to exit with 2


def provider_loader(
    path: Path | None,
    language: Language | None,
    exit_application: Callable[[int], None] | None = None,
) -> Callable[[], Provider]:
    """Load the provider data when the wizard first needs it; explain and quit if damaged."""

    def load() -> Provider:
        from PySide6.QtWidgets import QApplication

        from wizard.core.provider import ProviderDataError, load_provider

        try:
            return load_provider(path)
        except ProviderDataError as error:
            print(f"all2all-setup: {error}", file=sys.stderr)
            log.error("provider data: %s", error)
            from wizard.gui.dialogs import show_startup_error

            show_startup_error(str(error), language)
            (exit_application or QApplication.exit)(2)
            raise

    return load


def install_error_dialog(log_file: list[Path | None]) -> None:
    """Turn an unexpected error into a translated message; the details go to the log."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        import traceback

        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error:\n%s", details)
        where = str(log_file[0]) if log_file and log_file[0] else ""
        text = QCoreApplication.translate(
            "ErrorDialog",
            "Something went wrong in the assistant. Please try again. If it happens "
            "again, send this file to your administrator: {file}",
        ).format(file=where)
        QMessageBox.critical(None, QCoreApplication.translate("ErrorDialog", "Error"), text)

    sys.excepthook = hook
