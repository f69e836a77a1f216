"""Pictures of the export page and the done page, with a real Thunderbird profile.

    python tools/export_screenshots.py [--catalogues DIR] [--out docs/screenshots]

Builds a temporary home holding a Thunderbird profile with years of accounts (Gmail,
Telenet POP3, Local Folders, two outgoing servers), walks the wizard to the export page
and saves, in Dutch, French and English:

    12-export-<lang>.png          what will be written, before Set up
    13-export-running-<lang>.png  Thunderbird open (a real process holds the lock)
    14-done-<lang>.png            the done page after Set up
    15-export-files-<lang>.png    no mail program found: the files for a phone
    16-done-files-<lang>.png      the done page: where the files are, phone steps
    17-done-outlook-<lang>.png    Outlook on Windows (a registry like Microsoft 365's)
    18-outlook-steps[-N]-<lang>.png  Outlook's steps, one picture per part (1, 2, 3)

``--catalogues`` names a folder with compiled ``wizard_<lang>.qm`` files (default: the
committed ``wizard/i18n``), so the pictures can be made again after merging catalogues.
Nothing outside the temporary folder is read or written, except the PNG files.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget, QWizard  # noqa: E402

from tests.exporters.conftest import EXISTING_PREFS  # noqa: E402
from tests.gui.export_wizard import ExportWizard  # noqa: E402
from tests.gui.test_colours import dark_palette  # noqa: E402
from wizard.core.exporters.base import Environment, Exporter  # noqa: E402
from wizard.core.flow import PageId  # noqa: E402
from wizard.core.model import AccountDraft, Language  # noqa: E402
from wizard.core.provider import load_provider  # noqa: E402
from wizard.gui.pages.account import AccountPage  # noqa: E402
from wizard.gui.pages.export import default_exporters  # noqa: E402
from wizard.gui.screenshots import SAMPLE  # noqa: E402

PROFILES_INI = """[Profile1]
Name=old
IsRelative=1
Path=Profiles/2bvd81tm.old

[Profile0]
Name=default-release
IsRelative=1
Path=Profiles/x8f3k2lq.default-release
Default=1

[Install6F193CCC56814779]
Default=Profiles/x8f3k2lq.default-release
Locked=1

[General]
StartWithLastProfile=1
Version=2
"""


def make_home(folder: Path) -> Path:
    """A home with a used Thunderbird; returns the profile Thunderbird opens."""
    root = folder / ".thunderbird"
    profile = root / "Profiles" / "x8f3k2lq.default-release"
    profile.mkdir(parents=True)
    (root / "Profiles" / "2bvd81tm.old").mkdir()
    (root / "profiles.ini").write_text(PROFILES_INI, encoding="utf-8")
    (profile / "prefs.js").write_text(EXISTING_PREFS, encoding="utf-8", newline="")
    return profile


@contextmanager
def thunderbird_running(profile: Path) -> Iterator[None]:
    """A real process holding the profile's locks, as an open Thunderbird does."""
    from tests.exporters.lock_holder import LockHolder

    with LockHolder(profile):
        yield


class Catalogues:
    """Qt's own and our translations, from a chosen folder."""

    def __init__(self, app: QApplication, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self.installed: list[QTranslator] = []

    def switch(self, language: Language) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        if language is not Language.ENGLISH:
            qt = QTranslator(self.app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language.value}", qt_folder):
                self.installed.append(qt)
        ours = QTranslator(self.app)
        path = self.folder / f"wizard_{language.value}.qm"
        if not ours.load(str(path)):
            raise SystemExit(f"cannot load {path}")
        self.installed.append(ours)
        for translator in self.installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(QLocale(language.value))


def walk_to_export(window: QWizard) -> None:
    while window.currentId() != PageId.EXPORT:
        page = window.currentPage()
        if isinstance(page, AccountPage):
            page.name_edit.setText(SAMPLE["display_name"])
            page.email_edit.setText(SAMPLE["email"])
            page.username_edit.setText(SAMPLE["username"])
            page.password_edit.setText(SAMPLE["password"])
        before = window.currentId()
        window.next()
        QCoreApplication.processEvents()
        if window.currentId() == before:
            raise RuntimeError(f"cannot leave page {before}")


def shoot(window: QWidget, path: Path) -> Path:
    for _ in range(3):
        QCoreApplication.processEvents()
    window.grab().save(str(path))
    return path


def with_logo(window: QWizard) -> None:
    """The program's icon in the window's corner, as the application sets it."""
    from PySide6.QtGui import QIcon

    from wizard.gui.window import ICON_SIZES
    from wizard.paths import resources_dir

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resources_dir() / "icons" / f"all2all-setup-{size}.png"))
    window.setWindowIcon(icon)
    window.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon.pixmap(48, 48))


def make_window(
    provider_home: Path,
    language: Language,
    catalogues: Catalogues,
    exporters: list[Exporter] | None = None,
) -> ExportWizard:
    catalogues.switch(language)
    provider = load_provider()
    draft = AccountDraft(language=language, keep_on_server_days=provider.keep_on_server_days)
    exporters = exporters or default_exporters(Environment(provider_home, platform="linux"))
    window = ExportWizard(provider, draft, exporters, catalogues.switch)
    with_logo(window)
    window.show()
    walk_to_export(window)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogues", type=Path, default=ROOT / "wizard" / "i18n", metavar="DIR")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=[lang.value for lang in Language], action="append")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    catalogues = Catalogues(app, args.catalogues)
    args.out.mkdir(parents=True, exist_ok=True)
    languages = [Language(code) for code in args.lang] if args.lang else list(Language)
    for language in languages:
        with tempfile.TemporaryDirectory(prefix="all2all-shots-") as scratch:
            home = Path(scratch) / "home" / "marie"
            profile = make_home(home)
            code = language.value

            with thunderbird_running(profile):
                window = make_window(home, language, catalogues)
                print(shoot(window, args.out / f"13-export-running-{code}.png"))
                window.close()

            window = make_window(home, language, catalogues)
            print(shoot(window, args.out / f"12-export-{code}.png"))
            window.button(QWizard.WizardButton.CommitButton).click()
            page = window.export_page
            while page.busy():
                QCoreApplication.processEvents()
                page.pool.waitForDone(50)
            if window.currentId() != PageId.DONE:
                raise RuntimeError("Set up did not reach the done page")
            print(shoot(window, args.out / f"14-done-{code}.png"))
            light = app.palette()  # the same page on a dark desktop
            app.setPalette(dark_palette())
            print(shoot(window, args.out / f"14-done-dark-{code}.png"))
            app.setPalette(light)
            window.close()
        with tempfile.TemporaryDirectory(prefix="all2all-shots-") as scratch:
            more_shots(Path(scratch) / "home" / "marie", language, catalogues, args.out)
    return 0


def set_up(window: ExportWizard) -> None:
    """Press Set up and wait for the done page."""
    window.button(QWizard.WizardButton.CommitButton).click()
    page = window.export_page
    while page.busy():
        QCoreApplication.processEvents()
        page.pool.waitForDone(50)
    if window.currentId() != PageId.DONE:
        raise RuntimeError("Set up did not reach the done page")


def more_shots(home: Path, language: Language, catalogues: Catalogues, out: Path) -> None:
    """The settings files (no mail program found) and Outlook's guided set-up."""
    from tests.exporters.test_outlook_detect import MemoryRegistry, microsoft_365
    from wizard.core.exporters.outlook.exporter import OutlookExporter

    home.mkdir(parents=True)
    os.environ["HOME"] = str(home)  # Documents/all2all e-mail inside the scratch folder
    code = language.value
    window = make_window(home, language, catalogues)
    print(shoot(window, out / f"15-export-files-{code}.png"))
    set_up(window)
    print(shoot(window, out / f"16-done-files-{code}.png"))
    window.close()
    env = Environment(home, platform="win32")
    outlook = OutlookExporter(
        env,
        registry=MemoryRegistry(microsoft_365()),
        running=lambda _image: False,
        export_folder=home / "AppData" / "outlook",
    )
    window = make_window(home, language, catalogues, exporters=[outlook])
    window.export_page.other.enable_box.setChecked(False)
    set_up(window)
    print(shoot(window, out / f"17-done-outlook-{code}.png"))
    done = window.summary_page
    line = next(line for line in done.result_lines if line.button.isVisible())
    line.button.click()  # Outlook's own windows, step by step, in a window of their own
    dialog = done._guide_dialog
    assert dialog is not None
    guide = done.outlook_guide
    assert guide is not None
    for part in range(guide.parts.count()):  # the steps come in parts, one at a time
        guide.show_part(part)
        suffix = f"-{part + 1}" if part else ""
        print(shoot(dialog, out / f"18-outlook-steps{suffix}-{code}.png"))
    dialog.close()
    window.close()


if __name__ == "__main__":
    sys.exit(main())
