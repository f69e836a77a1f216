"""Starts Qt: the application object, the translators, and one of three modes.

The wizard window itself is built in :mod:`wizard.gui.window`; the two non-interactive
modes that need the real widgets live in :mod:`wizard.gui.self_test` (for packagers
and IT staff) and :mod:`wizard.gui.screenshots` (for the README and support staff).

An IT preset, when there is one, is read and checked completely before any window is
made (:func:`~wizard.core.presets.applying.prepare_preset`): a faulty one is explained
in a message box naming the file, line and key, in the user's language, and the
program exits with code 2. Without a preset nothing of this is imported, so the first
page paints as fast as ever.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wizard import __version__
from wizard.core.language import Language
from wizard.exit_codes import ExitCode

if TYPE_CHECKING:
    from wizard.core.presets.applying import PresetStart


log = logging.getLogger(__name__)


def run_app(
    provider_file: Path | None = None,
    language: Language | None = None,
    self_test: bool = False,
    screenshots: Path | None = None,
    start_log: Callable[[], Path | None] | None = None,
    exit_after_first_paint: bool = False,
    preset_file: Path | None = None,
    notes: Sequence[str] = (),
) -> int:
    """Run the wizard (or one of its non-interactive modes); return the exit code.

    ``provider_file`` replaces the shipped provider data. The interactive wizard reads
    it only once its first page is on screen; a damaged file is then explained in a
    window (exit code 2). The self-test and screenshots read it first. ``start_log``
    opens this run's log file: at once for those modes, right after the first paint for
    the wizard (finding the log folder and opening the file can wait until then).

    ``preset_file`` (found by the caller) is read before anything is shown, together
    with the provider data; a faulty one ends the run with code 2 after a message box
    (the self-test only prints it). The screenshots never use a preset. ``notes`` are
    printed by the self-test (a preset found next to the program but ignored).
    """
    log_file: list[Path | None] = []
    if screenshots is not None:
        preset_file = None
    if start_log is not None and (self_test or screenshots is not None or preset_file):
        log_file.append(start_log())
    if self_test or screenshots is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from wizard.translations import TranslationError, Translators, system_language

    route_qt_messages_to_log()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("all2all-setup")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("all2all-setup")
    translators = Translators(app)
    quiet = self_test or exit_after_first_paint  # no message boxes in these modes
    start: PresetStart | None = None
    if preset_file is not None:
        from wizard.core.presets.applying import prepare_preset
        from wizard.core.presets.preset import PresetError
        from wizard.core.provider import ProviderDataError
        from wizard.gui.dialogs import report_preset_error, show_startup_error

        try:
            start = prepare_preset(preset_file, provider_file, language)
        except PresetError as error:
            report_preset_error(error, language, show=not quiet)
            return ExitCode.BAD_USAGE
        except ProviderDataError as error:
            print(f"all2all-setup: {error}", file=sys.stderr)
            log.error("provider data: %s", error)
            if not quiet:
                show_startup_error(str(error), language)
            return ExitCode.BAD_USAGE
        language = start.language
    chosen = language or system_language()
    try:
        translators.switch(chosen)
    except TranslationError as error:
        print(f"all2all-setup: {error}", file=sys.stderr)
        log.error("%s", error)
        if not (self_test or screenshots or exit_after_first_paint):
            from wizard.gui.dialogs import show_startup_error

            show_startup_error(str(error), None, translated=False)
        return ExitCode.INTERNAL_ERROR  # a damaged installation, not a failing account
    if start is not None:
        provider = start.provider
    elif self_test or screenshots is not None:
        from wizard.core.provider import ProviderDataError, load_provider

        try:
            provider = load_provider(provider_file)
        except ProviderDataError as error:
            print(f"all2all-setup: {error}", file=sys.stderr)
            log.error("provider data: %s", error)
            return ExitCode.BAD_USAGE
    if self_test:
        from wizard.gui.self_test import run_self_test

        return run_self_test(app, provider, translators, notes)
    if screenshots is not None:
        from wizard.gui.screenshots import save_screenshots

        languages = [language] if language else list(Language)
        for path in save_screenshots(provider, translators, screenshots, languages):
            print(path)
        return 0
    from wizard.gui.window import (
        after_first_paint,
        build_window,
        install_error_dialog,
        provider_loader,
    )

    install_error_dialog(log_file)

    def window_start_log() -> None:
        if start_log is not None and not log_file:  # a preset opened it before the window
            log_file.append(start_log())
            # Said again: the switch above happened before the log file existed.
            log.info("language: %s", translators.language)

    if start is not None:  # everything is read already: the preset needed it
        window = build_window(
            start.provider,
            translators,
            defer_pages=True,
            preset=start.preset,
            draft=start.draft.with_changes(language=chosen),
        )
    else:
        loader = provider_loader(provider_file, translators.language)
        window = build_window(loader, translators, defer_pages=True)
    after_first_paint(window, window_start_log, quit_afterwards=exit_after_first_paint)
    window.show()
    return app.exec()


# Harmless notes of the offscreen platform (self-test, screenshots), not worth a log line.
_IGNORED_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def route_qt_messages_to_log() -> None:
    """Send Qt's own warnings to our log file instead of the terminal."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message not in _IGNORED_QT_MESSAGES:
            logging.getLogger("qt").log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
