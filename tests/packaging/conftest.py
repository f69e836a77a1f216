"""One frozen bundle per test session, shared by the packaging tests.

``frozen`` runs ``packaging/build.py --skip-bare`` (PyInstaller, the ``--self-test``
smoke run in three languages) into a temporary folder once; a minute or two on two
cores. Without PyInstaller the tests skip locally and fail under CI.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from tests.support import in_ci

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "packaging"


def load(relative: str) -> ModuleType:
    """Import a packaging script by path (``packaging/`` is not a package: the name
    would hide the PyPI ``packaging`` library that PyInstaller and pip need)."""
    path = PACKAGING / relative
    name = "a2a_packaging_" + path.stem
    if name in sys.modules:
        return sys.modules[name]
    if str(PACKAGING) not in sys.path:
        sys.path.append(str(PACKAGING))  # the scripts import app_info by name
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def require_module(name: str, pip_package: str) -> None:
    """Skip (locally) or fail (CI) when a Python test dependency is missing."""
    if importlib.util.find_spec(name) is None:
        message = f"{name} not installed: pip install {pip_package} (the [test] extra)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


@dataclass(frozen=True)
class Frozen:
    """Where the session's bundle is."""

    dist: Path
    work: Path
    folder: Path  # dist/all2all-setup
    executable: Path
    build_output: str


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    """The wizard frozen once for the session by the real build script."""
    require_module("PyInstaller", "pyinstaller")
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "build"
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--skip-bare",
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    build = load("build.py")
    return Frozen(
        dist=dist,
        work=work,
        folder=build.bundle_folder(dist),
        executable=build.frozen_executable(dist),
        build_output=result.stdout,
    )
