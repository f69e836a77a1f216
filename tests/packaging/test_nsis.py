"""The Windows installer script compiles with makensis, in Dutch, French and English.

makensis runs on Linux, but a Linux bundle is no Windows program, so the installer is
compiled against a stand-in for PyInstaller's Windows output: the file names the
script expects (``all2all-setup.exe``, ``all2all-setup-gui.exe``, ``_internal\\``)
filled with the Linux bundle's executable and its data files (resources and
translations; the 120 MB of libraries would only make LZMA compression slow). What is
proven is that the script is valid NSIS with every page, language and section in
place; the release workflow installs the real one on Windows.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, Frozen, load
from tests.support import require_program

app_info = load("app_info.py")
icons = load("icons.py")

SCRIPT = PACKAGING / "windows" / "installer.nsi"
LANGUAGE_IDS = {"en": 1033, "nl": 1043, "fr": 1036}


@pytest.fixture(scope="module")
def stand_in(frozen: Frozen, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("windows-bundle") / "all2all-setup"
    internal = folder / "_internal"
    internal.mkdir(parents=True)
    for name in ("all2all-setup.exe", "all2all-setup-gui.exe"):
        shutil.copyfile(frozen.executable, folder / name)
    for data in ("resources", "i18n"):
        shutil.copytree(frozen.folder / "_internal" / data, internal / data)
    return folder


def makensis(*arguments: str) -> subprocess.CompletedProcess[str]:
    program = require_program("makensis", "nsis")
    return subprocess.run(
        [program, "-WX", "-V4", *arguments, str(SCRIPT)], capture_output=True, text=True
    )


def test_installer_compiles_with_three_languages(stand_in: Path, tmp_path: Path):
    ico, _ = icons.write_icons(tmp_path / "icons")
    output = tmp_path / "all2all-setup-setup.exe"
    result = makensis(
        f"-DVERSION={app_info.version()}",
        f"-DSOURCE_DIR={stand_in}",
        f"-DICON={ico}",
        f"-DOUTFILE={output}",
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    data = output.read_bytes()
    assert data[:2] == b"MZ"
    assert b"NullsoftInst" in data
    log = result.stdout
    assert log.count("3 language tables") == 2  # installer and uninstaller
    for language, identifier in LANGUAGE_IDS.items():
        assert f'LangString: "AppName" {identifier} "{app_info.NAMES[language]}"' in log
    # Installs both programs, the bundle folder and a Start-menu shortcut to the windowed
    # one; the uninstaller removes exactly those and its registry key.
    for name in ("all2all-setup.exe", "all2all-setup-gui.exe"):
        assert f'File: "{name}"' in log
        assert f'Delete: "$INSTDIR\\{name}"' in log
    assert 'WriteUninstaller: "$INSTDIR\\uninstall.exe"' in log
    assert 'CreateShortcut: "$SMPROGRAMS\\$(AppName).lnk"->"$INSTDIR\\all2all-setup-gui.exe"' in log
    assert log.count('RMDir: /r "$INSTDIR\\_internal"') == 2  # before an update, and removal
    assert "DeleteRegKey: SHCTX\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" in log


def test_installer_refuses_to_compile_without_a_version(stand_in: Path, tmp_path: Path):
    result = makensis(f"-DSOURCE_DIR={stand_in}", f"-DOUTFILE={tmp_path / 'x.exe'}")
    assert result.returncode != 0
    assert "VERSION is required" in result.stdout + result.stderr


def test_installer_names_match_the_programs_names():
    script = SCRIPT.read_text(encoding="utf-8")
    for language, name in app_info.NAMES.items():
        nsis_language = {"en": "ENGLISH", "nl": "DUTCH", "fr": "FRENCH"}[language]
        assert f'LangString AppName ${{LANG_{nsis_language}}} "{name}"' in script
