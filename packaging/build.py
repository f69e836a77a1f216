"""Freeze the wizard into a one-folder bundle, prove it starts, and print its size.

    python packaging/build.py                 # freeze, smoke test, sizes
    python packaging/build.py --skip-bare     # without the bare-QWizard yardstick
    python packaging/build.py --dist D --work W

Steps: run PyInstaller with ``packaging/all2all-setup.spec`` into ``dist/`` (work
files in ``build/``), run the frozen program's ``--self-test`` in Dutch, French and
English on the offscreen platform, and print the bundle's size. The translations are
not compiled here: the bundle takes the committed ``wizard/i18n/*.qm`` (see
``tools/translations.py``), the same files the wheel carries. Unless ``--skip-bare``,
it also freezes a bare PySide6 QWizard the same way (``packaging/bare_qwizard.spec``,
into ``build/bare-qwizard/``), the yardstick ``benchmarks/bundle.py`` compares against.
Exit code 0 when everything worked; the first failure stops the build.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

import app_info  # noqa: E402 (after the path above)

LANGUAGES = ("nl", "fr", "de", "en")
MIB = 1024 * 1024


def bundle_folder(dist: Path) -> Path:
    """The one-folder bundle PyInstaller wrote into ``dist``."""
    return dist / app_info.EXECUTABLE


def frozen_executable(dist: Path) -> Path:
    """The program to start: inside the .app on macOS, in the folder elsewhere."""
    if sys.platform == "darwin":
        app = dist / f"{app_info.EXECUTABLE}.app" / "Contents" / "MacOS" / app_info.EXECUTABLE
        if app.exists():
            return app
    suffix = ".exe" if os.name == "nt" else ""
    return bundle_folder(dist) / f"{app_info.EXECUTABLE}{suffix}"


def bare_folder(work: Path) -> Path:
    """Where the bare-QWizard bundle goes (its own dist, under the work folder)."""
    return work / "bare-qwizard" / "dist" / "bare-qwizard"


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (links are not followed)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def freeze(spec: Path, dist: Path, work: Path) -> None:
    """Run PyInstaller on ``spec``; its log goes to ``work/<spec>.log``."""
    work.mkdir(parents=True, exist_ok=True)
    log = work / f"{spec.stem}.log"
    with log.open("w", encoding="utf-8") as output:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--distpath",
                str(dist),
                "--workpath",
                str(work),
                str(spec),
            ],
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    if result.returncode != 0:
        sys.stdout.write(log.read_text(encoding="utf-8")[-4000:])
        raise SystemExit(f"build: PyInstaller failed on {spec.name} (log: {log})")
    print(f"build: froze {spec.name} -> {dist} (log: {log})")


def smoke_test(executable: Path) -> None:
    """``--self-test`` in every language, offscreen, with a throw-away log folder."""
    with tempfile.TemporaryDirectory(prefix="a2a-smoke-") as logs:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALL2ALL_SETUP_LOG_DIR=logs)
        for language in LANGUAGES:
            result = subprocess.run(
                [str(executable), "--self-test", "--lang", language],
                capture_output=True,
                text=True,
                env=environment,
                timeout=120,
            )
            if result.returncode != 0 or "self-test: OK" not in result.stdout:
                raise SystemExit(
                    f"build: self-test ({language}) failed with exit code {result.returncode}\n"
                    f"{result.stdout}{result.stderr}"
                )
            print(f"build: {result.stdout.strip()}")


def smoke_test_bare(executable: Path) -> None:
    """The bare wizard paints once and quits."""
    result = subprocess.run(
        [str(executable), "--exit-after-first-paint"],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    if result.returncode != 0 or not result.stdout.startswith("first-paint"):
        raise SystemExit(f"build: bare QWizard did not start\n{result.stdout}{result.stderr}")


def report(name: str, folder: Path) -> int:
    """Print and return the size of a bundle."""
    size, files = folder_size(folder)
    print(f"build: {name}: {size} bytes ({size / MIB:.1f} MiB) in {files} files, {folder}")
    return size


def main(argv: list[str] | None = None) -> int:
    """Build, test and measure; see the module doc."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder")
    parser.add_argument("--skip-bare", action="store_true", help="no bare-QWizard bundle")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    freeze(PACKAGING / "all2all-setup.spec", dist, work / "pyinstaller")
    smoke_test(frozen_executable(dist))
    size = report("wizard bundle", bundle_folder(dist))
    if not args.skip_bare:
        bare_work = work / "bare-qwizard"
        freeze(PACKAGING / "bare_qwizard.spec", bare_work / "dist", bare_work / "pyinstaller")
        bare = bare_folder(work)
        suffix = ".exe" if os.name == "nt" else ""
        smoke_test_bare(bare / f"bare-qwizard{suffix}")
        bare_size = report("bare QWizard bundle", bare)
        print(f"build: size ratio {size / bare_size:.3f}x (target <= 1.15x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
