"""The program as IT staff and packagers start it: entry points, self-test, screenshots, logs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.support import in_ci

ROOT = Path(__file__).resolve().parent.parent


def run(*arguments: str, log_dir: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, ALL2ALL_SETUP_LOG_DIR=str(log_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "wizard", *arguments],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_self_test_passes_in_each_language(tmp_path, language):
    result = run("--self-test", "--lang", language, log_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"self-test: OK (language {language}" in result.stdout


def test_self_test_fails_when_a_translation_is_missing(tmp_path):
    """Run from a copy of the program whose French catalogue is gone."""
    copy = tmp_path / "copy"
    for name in ("wizard", "resources", "i18n"):
        shutil.copytree(ROOT / name, copy / name)
    (copy / "i18n" / "wizard_fr.qm").unlink()
    environment = dict(
        os.environ, ALL2ALL_SETUP_LOG_DIR=str(tmp_path / "logs"), QT_QPA_PLATFORM="offscreen"
    )
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--self-test", "--lang", "nl"],
        capture_output=True,
        text=True,
        cwd=copy,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 1
    assert "wizard_fr.qm does not load" in result.stderr


def test_screenshots_of_every_page(tmp_path):
    result = run("--screenshots", str(tmp_path / "shots"), "--lang", "nl", log_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    files = sorted((tmp_path / "shots").glob("*.png"))
    names = [path.name for path in files]
    for page in ("welcome", "protocol", "account", "outgoing", "summary"):
        assert f"{page}-nl.png" in " ".join(names)
    for path in files:
        image = QImage(str(path))
        assert image.width() >= 700
        assert image.height() >= 500


def test_version(tmp_path):
    result = run("--version", log_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("all2all-setup ")


def test_bad_usage_exits_2(tmp_path):
    result = run("--lang", "de", log_dir=tmp_path)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_broken_provider_file_is_named_and_exits_2(tmp_path):
    broken = tmp_path / "provider.toml"
    broken.write_text("schema_version = 1\n[incoming]\nhost = 'x y'\n", encoding="utf-8")
    result = run("--provider", str(broken), "--self-test", log_dir=tmp_path)
    assert result.returncode == 2
    assert str(broken) in result.stderr
    assert "Traceback" not in result.stderr


def test_one_log_file_per_run_and_verbose_goes_to_stderr(tmp_path):
    run("--self-test", log_dir=tmp_path)
    result = run("--self-test", "--verbose", log_dir=tmp_path)
    logs = sorted(tmp_path.glob("all2all-setup-*.log"))
    assert len(logs) == 2
    assert "all2all-setup 0." in logs[-1].read_text(encoding="utf-8")
    assert "language: en" in result.stderr


def test_no_keyring_or_zxcvbn_before_the_first_paint(tmp_path):
    result = run("--exit-after-first-paint", log_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout
    assert "preloaded=-" in result.stdout


def test_the_installed_entry_points_exist():
    scripts = Path(sys.executable).parent
    if not (scripts / "all2all-setup").exists():
        if in_ci():
            pytest.fail("the entry points are not installed: python3 dev.py test installs them")
        pytest.skip("not installed into this environment (python3 dev.py test installs it)")
    assert (scripts / "all2all-setup-gui").exists()
    result = subprocess.run(
        [str(scripts / "all2all-setup"), "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
