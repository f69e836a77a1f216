"""Starts the Qt application: language, translators, the wizard window, the event loop.

Also hosts the two non-interactive modes that need the real widgets: ``--self-test``
(for packagers and IT staff) and ``--screenshots`` (for the README and support staff).

An IT preset, when there is one, is read and checked completely before any window is
made (:func:`prepare_preset`): a faulty one is explained in a message box naming the
file, line and key, in the user's language, and the program exits with code 2. Without
a preset nothing of this is imported, so the first page paints as fast as ever.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from wizard import __version__
from wizard.core.language import Language

if TYPE_CHECKING:
    from wizard.core.model import AccountDraft
    from wizard.core.presets.preset import Preset, PresetError
    from wizard.core.provider import Provider
    from wizard.gui.setup_wizard import Collaborators, SetupWizard
    from wizard.translations import Translators


log = logging.getLogger(__name__)


class PresetStart(NamedTuple):
    """What the wizard starts from when a preset is in use, all checked already."""

    preset: Preset
    provider: Provider  # with the preset's extra relays and administrator
    draft: AccountDraft  # with the preset's defaults
    language: Language | None  # the language to speak: --lang, else the preset's, else None


def prepare_preset(
    preset_file: Path, provider_file: Path | None, language: Language | None
) -> PresetStart:
    """Read and check the preset and apply it to the provider data and a new draft.

    ``language`` is the one asked for on the command line (``None``: not given); a
    preset that locks another one is refused. Raises ``PresetError`` or
    ``ProviderDataError``; nothing is shown on screen here.
    """
    from wizard.core.model import AccountDraft
    from wizard.core.presets.applying import apply_to_draft, apply_to_provider, check_command_line
    from wizard.core.presets.reading import load_preset
    from wizard.core.provider import load_provider

    preset = load_preset(preset_file)
    check_command_line(preset, {"language": language})
    provider = apply_to_provider(preset, load_provider(provider_file))
    chosen = language or preset.defaults.language
    draft = AccountDraft(keep_on_server_days=provider.keep_on_server_days)
    draft = apply_to_draft(preset, draft, provider)
    if chosen is not None:
        draft = draft.with_changes(language=chosen)
    log.info("preset %s: locked %s", preset_file, ",".join(sorted(preset.locked)) or "-")
    return PresetStart(preset, provider, draft, chosen)


def run_app(
    provider_file: Path | None = None,
    language: Language | None = None,
    self_test: bool = False,
    screenshots: Path | None = None,
    start_log: Callable[[], Path | None] | None = None,
    exit_after_first_paint: bool = False,
    preset_file: Path | None = None,
) -> int:
    """Run the wizard (or one of its non-interactive modes); return the exit code.

    ``provider_file`` replaces the shipped provider data. The interactive wizard reads
    it only once its first page is on screen; a damaged file is then explained in a
    window (exit code 2). The self-test and screenshots read it first. ``start_log``
    opens this run's log file: at once for those modes, right after the first paint for
    the wizard (finding the log folder and opening the file can wait until then).

    ``preset_file`` (found by the caller) is read before anything is shown, together
    with the provider data; a faulty one ends the run with code 2 after a message box
    (the self-test only prints it). The screenshots never use a preset.
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

    _route_qt_messages_to_log()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("all2all-setup")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("all2all-setup")
    translators = Translators(app)
    quiet = self_test or exit_after_first_paint  # no message boxes in these modes
    start: PresetStart | None = None
    if preset_file is not None:
        from wizard.core.presets.preset import PresetError
        from wizard.core.provider import ProviderDataError

        try:
            start = prepare_preset(preset_file, provider_file, language)
        except PresetError as error:
            report_preset_error(error, language, show=not quiet)
            return 2
        except ProviderDataError as error:
            print(f"all2all-setup: {error}", file=sys.stderr)
            log.error("provider data: %s", error)
            if not quiet:
                show_startup_error(str(error), language)
            return 2
        language = start.language
    chosen = language or system_language()
    try:
        translators.switch(chosen)
    except TranslationError as error:
        print(f"all2all-setup: {error}", file=sys.stderr)
        log.error("%s", error)
        if not (self_test or screenshots or exit_after_first_paint):
            show_startup_error(str(error), None, translated=False)
        from wizard.commands import ExitCode

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
            return 2
    if self_test:
        from wizard.gui.self_test import run_self_test

        return run_self_test(app, provider, translators)
    if screenshots is not None:
        from wizard.gui.screenshots import save_screenshots

        languages = [language] if language else list(Language)
        for path in save_screenshots(provider, translators, screenshots, languages):
            print(path)
        return 0
    _install_error_dialog(log_file)

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
        loader = _provider_loader(provider_file, translators.language)
        window = build_window(loader, translators, defer_pages=True)
    _after_first_paint(window, window_start_log, quit_afterwards=exit_after_first_paint)
    window.show()
    return app.exec()


def _provider_loader(
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
            show_startup_error(str(error), language)
            (exit_application or QApplication.exit)(2)
            raise

    return load


def report_preset_error(error: PresetError, language: Language | None, show: bool = True) -> None:
    """Say why the preset cannot be used: on stderr and in the log, and (``show``) in a
    message box, in ``language`` (``None``: the system's)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wizard.texts.preset import preset_error_headline, preset_error_text
    from wizard.translations import TranslationError, Translators, system_language

    log.error("preset: %s", error)
    app = QCoreApplication.instance() or QApplication(sys.argv[:1])
    translators = Translators(app)
    with contextlib.suppress(TranslationError):  # then explain in English
        translators.switch(language or system_language())
    text = preset_error_text(error)
    print(f"all2all-setup: {text}", file=sys.stderr)
    if show:
        box = QMessageBox(QMessageBox.Icon.Critical, "all2all", preset_error_headline())
        box.setObjectName("presetErrorBox")
        box.setInformativeText(text)
        box.setDetailedText(str(error))
        box.exec()
    translators.remove_all()


ICON_SIZES = (32, 48, 64, 128, 256)


def show_startup_error(detail: str, language: Language | None, translated: bool = True) -> None:
    """Tell a person who double-clicked the program why it cannot start, in a window.

    The explanation is in their language unless the translations are what is damaged
    (``translated=False``); ``detail`` (for the helpdesk) sits behind "Show Details".
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wizard.translations import TranslationError, Translators, system_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translators = Translators(app)
    if translated:
        with contextlib.suppress(TranslationError):  # then explain in English
            translators.switch(language or system_language())
    text = QCoreApplication.translate(
        "ErrorDialog",
        "The assistant cannot start because one of its files is damaged. Please install "
        "it again, or ask your administrator for help.",
    )
    box = QMessageBox(QMessageBox.Icon.Critical, "all2all", text)
    box.setDetailedText(detail)
    box.exec()
    translators.remove_all()


# Harmless notes of the offscreen platform (self-test, screenshots), not worth a log line.
_IGNORED_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _route_qt_messages_to_log() -> None:
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


def _after_first_paint(
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
                QTimer.singleShot(0, lambda: _build_remaining_pages(window))
                if quit_afterwards:
                    QTimer.singleShot(0, QApplication.quit)
                else:  # word lists and the keyring library, while the user reads
                    from wizard.gui.background import start_background_loading

                    window.background_loading = start_background_loading(window.pool)
            return False

    window.installEventFilter(FirstPaint(window))


def _build_remaining_pages(window: SetupWizard) -> None:
    """Build the pages after the first; a damaged data file was explained already."""
    from wizard.core.provider import ProviderDataError

    try:
        window.build_remaining_pages()
    except ProviderDataError:
        window.close()  # the loader showed why and asked the application to exit with 2


def _install_error_dialog(log_file: list[Path | None]) -> None:
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
