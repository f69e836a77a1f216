"""The frozen bundle next to its yardsticks: size and start-up (issue 7).

1. Size: the wizard's one-folder bundle against a bare PySide6 QWizard frozen and
   trimmed the same way (``packaging/bare_qwizard.spec``). Target: <= 1.15x.
2. Start-up: the frozen wizard against the same wizard run from source (the venv's
   ``all2all-setup`` entry point), both with ``--exit-after-first-paint``: process start
   to the first paint of the window, median of N interleaved runs (machine noise hits
   both alike), measured as ``benchmarks/startup.py`` does. Target: <= 1.1x.

    .venv/bin/python benchmarks/bundle.py [--runs 15] [--build]

Without the bundles (or with ``--build``) it runs ``packaging/build.py`` first, which
writes ``dist/all2all-setup`` and ``build/bare-qwizard/``.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import measure  # noqa: E402 (benchmarks/startup.py: same measurement)


def _load_build_script() -> Any:
    """packaging/build.py, by path: ``build`` is also the name of PyPA's build tool."""
    sys.path.insert(0, str(ROOT / "packaging"))  # it imports app_info by name
    spec = importlib.util.spec_from_file_location("a2a_build", ROOT / "packaging" / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_script()

MIB = 1024 * 1024


def sizes(dist: Path, work: Path) -> tuple[int, int, int, int]:
    """Bytes and files of the wizard bundle and of the bare-QWizard bundle."""
    wizard_bytes, wizard_files = build.folder_size(build.bundle_folder(dist))
    bare_bytes, bare_files = build.folder_size(build.bare_folder(work))
    return wizard_bytes, wizard_files, bare_bytes, bare_files


def main() -> None:
    """Build if needed, then print sizes, start-up medians and both ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--build", action="store_true", help="rebuild both bundles first")
    arguments = parser.parse_args()
    dist, work = ROOT / "dist", ROOT / "build"
    frozen = build.frozen_executable(dist)
    if arguments.build or not frozen.exists() or not build.bare_folder(work).exists():
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)

    wizard_bytes, wizard_files, bare_bytes, bare_files = sizes(dist, work)
    print(
        f"   size: wizard {wizard_bytes} bytes ({wizard_bytes / MIB:.1f} MiB, {wizard_files} files)"
        f"   bare QWizard {bare_bytes} bytes ({bare_bytes / MIB:.1f} MiB, {bare_files} files)"
    )
    print(f"  ratio: size {wizard_bytes / bare_bytes:.3f}x (target <= 1.15x)")

    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ALL2ALL_SETUP_LOG_DIR=tempfile.mkdtemp(prefix="a2a-bench-"),
    )
    compileall.compile_dir(ROOT / "wizard", quiet=1)  # as an installed program has it
    launcher = Path(sys.executable).parent / "all2all-setup"
    source = [str(launcher)] if launcher.exists() else [sys.executable, "-m", "wizard"]
    commands = {
        "frozen": [str(frozen), "--exit-after-first-paint"],
        "source": [*source, "--exit-after-first-paint"],
    }
    for command in commands.values():  # warm the file cache
        measure(command, environment)
    results: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in commands}
    for _ in range(arguments.runs):
        for name, command in commands.items():
            results[name].append(measure(command, environment))
    medians = {
        name: (statistics.median(r[0] for r in runs), statistics.median(r[2] for r in runs))
        for name, runs in results.items()
    }
    print(
        f"start-up: {arguments.runs} runs each, interleaved, offscreen, "
        f"load {os.getloadavg()[0]:.2f}"
    )
    for name, (seconds, cpu) in medians.items():
        print(f"{name:>8}: first paint {seconds * 1000:7.1f} ms   CPU {cpu * 1000:7.1f} ms")
    fastest = {name: min(r[0] for r in runs) for name, runs in results.items()}
    print(
        f" fastest: frozen {fastest['frozen'] * 1000:.1f} ms, source "
        f"{fastest['source'] * 1000:.1f} ms ({fastest['frozen'] / fastest['source']:.3f}x)"
    )
    print(
        f"  ratio: start-up {medians['frozen'][0] / medians['source'][0]:.3f}x (target <= 1.1x)"
        f"   CPU {medians['frozen'][1] / medians['source'][1]:.3f}x"
    )


if __name__ == "__main__":
    main()
