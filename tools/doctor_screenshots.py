"""Pictures of the doctor ("Check the all2all set-up I already have") and of removing.

    python tools/doctor_screenshots.py [--catalogues DIR] [--out docs/screenshots]

Builds a temporary home whose Thunderbird profile has all2all accounts set up wrong by
hand (``tests/exporters/doctor_profiles.py``) next to other providers' accounts, and
saves, in Dutch, French and English:

    22-doctor-<lang>.png            the findings, before Repair
    23-doctor-repaired-<lang>.png   after Repair: what was repaired, what is left
    24-doctor-running-<lang>.png    Repair refused: Thunderbird is open (a real process)
    25-doctor-none-<lang>.png       no all2all account on this computer
    26-doctor-remove-<lang>.png     the question before removing an account
    27-done-remove-<lang>.png       the done page, Details open: remove the account again
    28-doctor-removed-<lang>.png    the doctor after removing the first account

``--catalogues`` names a folder with compiled ``wizard_<lang>.qm`` files (default: the
committed ``wizard/i18n``). Nothing outside the temporary folder is read or written,
except the PNG files.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from keyring.backends import fail  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tests.exporters.conftest import EXISTING_PREFS, make_root  # noqa: E402
from tests.exporters.doctor_profiles import problem_prefs  # noqa: E402
from tests.exporters.lock_holder import LockHolder  # noqa: E402
from wizard.core.exporters.base import Environment  # noqa: E402
from wizard.core.flow import PageId  # noqa: E402
from wizard.core.keyring_store import KeyringStore  # noqa: E402
from wizard.core.model import AccountDraft, Language  # noqa: E402
from wizard.core.provider import load_provider  # noqa: E402
from wizard.gui.pages.doctor import DoctorPage  # noqa: E402
from wizard.gui.pages.export import default_exporters  # noqa: E402
from wizard.gui.setup_wizard import Collaborators, SetupWizard  # noqa: E402

# The export pictures' helpers (catalogues from a folder, the wizard up to Set up).
sys.path.insert(0, str(ROOT / "tools"))
_export_shots = importlib.import_module("export_screenshots")
Catalogues = _export_shots.Catalogues
make_window = _export_shots.make_window
set_up = _export_shots.set_up
shoot = _export_shots.shoot
with_logo = _export_shots.with_logo


def doctor_window(home: Path, language: Language, catalogues: Any) -> SetupWizard:
    """The real wizard, the doctor's path, this temporary home."""
    catalogues.switch(language)
    env = Environment(home, platform="linux")
    collaborators = Collaborators(
        keyring=KeyringStore(backend=fail.Keyring()),  # type: ignore[no-untyped-call]
        exporters=default_exporters(env),
        pages=(PageId.WELCOME, PageId.ACCOUNT, PageId.DOCTOR),  # Next on welcome, as for real
        environment=env,
    )
    window = SetupWizard(
        load_provider(), _draft(language), catalogues.switch, collaborators=collaborators
    )
    with_logo(window)
    window.show()
    QCoreApplication.processEvents()
    return window


def _draft(language: Language) -> AccountDraft:
    return AccountDraft(language=language)


def settle(page: DoctorPage) -> None:
    """Let the page's worker finish and its results arrive."""
    while page.busy():
        QCoreApplication.processEvents()
        page.checker.wait_for_idle(50)
        page.remover.wait_for_idle(50)
    for _ in range(3):
        QCoreApplication.processEvents()


def doctor_page(window: SetupWizard) -> DoctorPage:
    page = window.currentPage()
    assert isinstance(page, DoctorPage)
    return page


def shoot_dialog(dialog: QWidget, path: Path) -> Path:
    for _ in range(3):
        QCoreApplication.processEvents()
    dialog.grab().save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--catalogues", type=Path, default=ROOT / "wizard" / "i18n", metavar="DIR")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=[lang.value for lang in Language], action="append")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    catalogues = Catalogues(app, args.catalogues)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    languages = [Language(code) for code in args.lang] if args.lang else list(Language)
    host = load_provider().incoming_host
    for language in languages:
        code = language.value
        with tempfile.TemporaryDirectory(prefix="all2all-shots-") as scratch:
            home = Path(scratch) / "home" / "marie"
            profile = make_root(home / ".thunderbird", problem_prefs(host))
            window = doctor_window(home, language, catalogues)
            window.currentPage().check_button.click()  # type: ignore[attr-defined]
            page = doctor_page(window)
            settle(page)
            print(shoot(window, out / f"22-doctor-{code}.png"))
            with LockHolder(profile):
                page.repair_button.click()
                settle(page)
                print(shoot(window, out / f"24-doctor-running-{code}.png"))
            page.repair_button.click()
            settle(page)
            print(shoot(window, out / f"23-doctor-repaired-{code}.png"))
            page.account_views[0].remove_button.click()
            dialog = page.remove_dialog
            assert dialog is not None
            print(shoot_dialog(dialog, out / f"26-doctor-remove-{code}.png"))
            dialog.remove_button.click()
            settle(page)
            print(shoot(window, out / f"28-doctor-removed-{code}.png"))
            window.close()

            empty = Path(scratch) / "home" / "empty"
            empty.mkdir(parents=True)
            window = doctor_window(empty, language, catalogues)
            window.check_existing_setup()
            settle(doctor_page(window))
            print(shoot(window, out / f"25-doctor-none-{code}.png"))
            window.close()

        with tempfile.TemporaryDirectory(prefix="all2all-shots-") as scratch:
            home = Path(scratch) / "home" / "marie"
            make_root(home / ".thunderbird", EXISTING_PREFS)
            os.environ["HOME"] = str(home)  # Documents/all2all e-mail inside the scratch folder
            export = make_window(home, language, catalogues)
            export.export_page.other.enable_box.setChecked(False)
            set_up(export)
            done = export.summary_page
            done.details.set_open(True)
            QCoreApplication.processEvents()
            _scroll_to_bottom(done)
            print(shoot(export, out / f"27-done-remove-{code}.png"))
            export.close()
    return 0


def _scroll_to_bottom(page: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea

    scroll = page.findChild(QScrollArea, "pageScrollArea")
    if scroll is not None:
        QCoreApplication.processEvents()
        bar = scroll.verticalScrollBar()
        bar.setValue(bar.maximum())


if __name__ == "__main__":
    sys.exit(main())
