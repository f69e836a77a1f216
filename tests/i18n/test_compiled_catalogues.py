"""The committed compiled catalogues (wizard/i18n/*.qm) are what lrelease makes of the .ts.

They are committed so that a wheel or an sdist builds with setuptools alone
(tools/translations.py says why). Nothing recompiles them before the tests, so a .ts
changed without ``python tools/translations.py compile`` fails here, not in a user's hands.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core.language import Language

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
COMPILED = ROOT / "wizard" / "i18n"
LANGUAGES = tuple(language.value for language in Language)
FIX = "run `python tools/translations.py compile` and commit the .qm files"


def lrelease(ts_file: Path, qm_file: Path) -> bytes:
    """Compile one catalogue with the lrelease of the running PySide6; its bytes."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(tool), "-silent", str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True
    )
    return qm_file.read_bytes()


def test_lrelease_output_is_reproducible(tmp_path):
    """Comparing bytes is fair only if a .ts always gives the same .qm: compile twice,
    the second time from a copy elsewhere with a later modification time."""
    ts_file = I18N / "wizard_fr.ts"
    copy = tmp_path / "elsewhere" / ts_file.name
    copy.parent.mkdir()
    shutil.copyfile(ts_file, copy)
    os.utime(copy, (ts_file.stat().st_mtime + 3600,) * 2)
    first = lrelease(ts_file, tmp_path / "first.qm")
    assert first == lrelease(copy, tmp_path / "second.qm")
    assert len(first) > 1000


def test_one_committed_catalogue_per_ts_source():
    sources = sorted(path.stem for path in I18N.glob("wizard_*.ts"))
    assert sources == sorted(f"wizard_{language}" for language in LANGUAGES)
    assert sorted(path.stem for path in COMPILED.glob("*.qm")) == sources, FIX


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_matches_its_ts(tmp_path, language):
    fresh = lrelease(I18N / f"wizard_{language}.ts", tmp_path / f"wizard_{language}.qm")
    assert (COMPILED / f"wizard_{language}.qm").read_bytes() == fresh, FIX


def run_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_command_passes_on_the_checkout():
    result = run_check(ROOT)
    assert result.returncode == 0, result.stderr
    assert "match" in result.stdout


def test_check_command_names_stale_and_missing_catalogues(tmp_path):
    """The release workflow runs ``check``; on a copy with one catalogue edited by hand
    and one deleted, it fails and names both."""
    (tmp_path / "tools").mkdir()
    shutil.copyfile(ROOT / "tools" / "translations.py", tmp_path / "tools" / "translations.py")
    shutil.copytree(I18N, tmp_path / "i18n", ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(COMPILED, tmp_path / "wizard" / "i18n")
    stale = tmp_path / "wizard" / "i18n" / "wizard_nl.qm"
    data = stale.read_bytes()
    stale.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
    (tmp_path / "wizard" / "i18n" / "wizard_fr.qm").unlink()
    result = run_check(tmp_path)
    assert result.returncode == 1
    assert "wizard_nl.qm differs from its .ts" in result.stderr
    assert "wizard_fr.qm is missing" in result.stderr
    assert "wizard_en.qm" not in result.stderr
