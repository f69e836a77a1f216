"""``pip install .`` gives a program that works: the wheel carries its data files.

Built as users and packagers build it: a wheel straight from the checkout (``pip wheel .``,
which is what ``pip install .`` does), and an sdist with a wheel made from that sdist
(``python -m build``). The first is installed into a fresh virtual environment in a
temporary folder, its dependencies from pip's configured indexes (and pip's cache), and
the installed ``all2all-setup --self-test`` runs in each language from an empty folder.
About 20 seconds on two cores when pip's cache holds the dependencies.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, require_module

LANGUAGES = ("nl", "fr", "de", "en")
DATA_FILES = {
    "wizard/resources/provider.toml",
    "wizard/resources/wordlists/nl-fr.txt.gz",
    "wizard/resources/wordlists/de.txt.gz",
    "wizard/resources/wordlists/ATTRIBUTION.md",
    *(f"wizard/resources/icons/all2all-setup-{size}.png" for size in (32, 48, 64, 128, 256)),
    *(f"wizard/i18n/wizard_{language}.qm" for language in LANGUAGES),
}


@dataclass(frozen=True)
class Built:
    wheel: Path  # pip wheel . (from the checkout)
    sdist: Path
    wheel_from_sdist: Path


def run(command: list[str], **options) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, **options)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def only(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    require_module("build", "build")
    base = tmp_path_factory.mktemp("wheel")
    # setuptools works in the checkout's build/ and *.egg-info/ and reuses what older
    # builds left there (build/lib is packed as it is, an old SOURCES.txt read back), so
    # the checkout's state could decide the result: an extra distutils configuration
    # (setuptools reads DIST_EXTRA_CONFIG) sends both to fresh folders, as in a clean clone.
    config = base / "distutils.cfg"
    config.write_text(
        f"[build]\nbuild_base = {base / 'build'}\n[egg_info]\negg_base = {base}\n",
        encoding="utf-8",
    )
    environment = dict(os.environ, DIST_EXTRA_CONFIG=str(config))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    direct = [*pip, "wheel", "--no-deps", "--wheel-dir", str(base / "direct"), str(ROOT)]
    run(direct, env=environment)
    # python -m build: the sdist from the checkout, then the wheel from that sdist.
    run([sys.executable, "-m", "build", "--outdir", str(base / "dist"), str(ROOT)], env=environment)
    return Built(
        wheel=only(base / "direct", "*.whl"),
        sdist=only(base / "dist", "*.tar.gz"),
        wheel_from_sdist=only(base / "dist", "*.whl"),
    )


def wheel_files(wheel: Path) -> dict[str, bytes]:
    """The wheel's files outside its .dist-info folder, with their contents."""
    with zipfile.ZipFile(wheel) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if not name.split("/")[0].endswith(".dist-info")
        }


def test_wheel_carries_data_files_and_no_sources_or_tests(built: Built):
    names = set(wheel_files(built.wheel))
    assert names >= DATA_FILES
    assert "wizard/resources/icons/all2all-setup.svg" in names
    assert {name.split("/")[0] for name in names} == {"wizard"}
    assert not [name for name in names if name.endswith(".ts")]
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_wheel_from_the_sdist_is_the_same_as_from_the_checkout(built: Built):
    assert wheel_files(built.wheel_from_sdist) == wheel_files(built.wheel)


def test_sdist_carries_what_rebuilding_and_testing_need(built: Built):
    with tarfile.open(built.sdist) as archive:
        top = archive.getnames()[0].split("/")[0]
        names = {name.removeprefix(f"{top}/") for name in archive.getnames()}
    assert names >= DATA_FILES
    for needed in (
        "pyproject.toml",
        "MANIFEST.in",
        "README.md",
        "dev.py",
        *(f"i18n/wizard_{language}.ts" for language in LANGUAGES),
        "tools/translations.py",
        "tests/i18n/test_compiled_catalogues.py",
        "tests/packaging/test_wheel.py",
        "packaging/all2all-setup.spec",
        "docs/preset-example.toml",
    ):
        assert needed in names, needed
    assert not [name for name in names if name.startswith((".venv/", ".git/", "build/"))]
    assert not [name for name in names if name.startswith("i18n/") and name.endswith(".qm")]
    assert not [name for name in names if name.endswith(".pyc")]


@pytest.fixture(scope="module")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment outside the checkout, with the wheel installed; the
    environment's ``bin`` (``Scripts`` on Windows) folder."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    # Without its own pip (ensurepip takes seconds): the running pip installs into it.
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--python", str(python)]
    run([*pip, "install", str(built.wheel)])
    return scripts


def run_installed(scripts: Path, tmp_path: Path, *command: str) -> str:
    """Run a program of the environment from an empty folder, away from the checkout."""
    folder = tmp_path / "elsewhere"
    folder.mkdir(exist_ok=True)
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    }
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        ALL2ALL_SETUP_LOG_DIR=str(tmp_path / "logs"),
    )
    program, *arguments = command
    result = run([str(scripts / program), *arguments], cwd=folder, env=environment)
    return result.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_installed_program_passes_its_self_test(installed: Path, tmp_path: Path, language: str):
    output = run_installed(installed, tmp_path, "all2all-setup", "--self-test", "--lang", language)
    assert f"self-test: OK (language {language}" in output


def test_installed_program_reads_its_data_from_the_environment(installed: Path, tmp_path: Path):
    """Not from the checkout: the data paths are inside the new environment."""
    output = run_installed(
        installed,
        tmp_path,
        "python",
        "-c",
        "from wizard.paths import resources_dir, translations_dir;"
        "print(resources_dir()); print(translations_dir())",
    )
    environment = installed.parent.resolve()
    for line in output.splitlines():
        assert Path(line).is_relative_to(environment), line
        assert not Path(line).is_relative_to(ROOT), line
