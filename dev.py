#!/usr/bin/env python3
"""The two commands of the README's quick start, for a fresh machine with Python and pip.

    python3 dev.py start [wizard options]   install, then open the wizard
    python3 dev.py test  [pytest options]   install everything the tests need, run them all

Both create ``.venv`` in the checkout and install the program into it (editable, so the
code you change is the code that runs). Run as root on Debian/Ubuntu, they also install
the system packages: the Qt runtime libraries and fonts for ``start``; for ``test`` in
addition the real servers and clients the suite talks to (Dovecot, gnome-keyring, Xvfb,
Thunderbird). Without root, missing packages are listed and the affected tests skip —
except under CI (``CI=true``), where a missing part fails the run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

# What PySide6's wheels need from the system to open a window (xcb) or render offscreen.
RUNTIME_PACKAGES = [
    "fonts-dejavu-core",
    "libegl1",
    "libgl1",
    "libglib2.0-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xkb1",
    "libxcb-xinerama0",
    "libxrender1",
]
# The real parts the tests use instead of mocks.
TEST_PACKAGES = [
    "xvfb",
    "xauth",
    "at-spi2-core",  # the AT-SPI bus: tests/accessibility/ reads the wizard as Orca does
    "xdotool",  # gives the wizard's window the keyboard (Xvfb has no window manager)
    "dbus",
    "dbus-x11",
    "gnome-keyring",
    "openssl",
    "dovecot-core",
    "dovecot-imapd",
    "dovecot-pop3d",
    "dovecot-submissiond",
    "thunderbird",
    "libnss3-tools",
    "poppler-utils",  # pdftotext: the settings sheet is read back in the tests
    "evolution-data-server",  # Evolution's real source registry reads our exports
    "python3-gi",  # GLib's own key-file parser, to compare our escaping with
    # Installers: the .deb is built, installed and removed; the NSIS script compiled.
    "nsis",
    "dpkg-dev",
    "desktop-file-utils",
    "appstream",
    "shellcheck",
    # The Windows installer is run for real (install, update, refusals) under Wine, and
    # its signing hook exercised with osslsigncode.
    "wine",
    "wine64",
    "osslsigncode",
]


def main(argv: list[str]) -> int:
    """Dispatch ``start`` or ``test``."""
    if not argv or argv[0] not in {"start", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    install_system_packages(RUNTIME_PACKAGES + (TEST_PACKAGES if command == "test" else []))
    make_venv()
    # No compiling of translations here: the .qm files are committed, and a test checks
    # them against the .ts sources (recompiling first would hide a stale one).
    pip_install(".[test]" if command == "test" else ".")
    if command == "start":
        return subprocess.call([str(BIN / "all2all-setup"), *rest], cwd=ROOT)
    return run_tests(rest)


def install_system_packages(packages: list[str]) -> None:
    """apt-get the missing ones when we may; otherwise say what is missing."""
    if not shutil.which("dpkg-query"):
        return  # not Debian/Ubuntu: the README lists the equivalents
    missing = [name for name in packages if not _installed(name)]
    if not missing:
        return
    if os.geteuid() != 0:
        print(f"dev.py: not root, so not installing: {' '.join(missing)}", file=sys.stderr)
        return
    environment = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print(f"dev.py: apt-get install {' '.join(missing)}", flush=True)
    subprocess.run(
        ["apt-get", "-o", "DPkg::Lock::Timeout=600", "update", "-qq"], check=True, env=environment
    )
    subprocess.run(
        [
            "apt-get",
            "-o",
            "DPkg::Lock::Timeout=600",
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            *missing,
        ],
        check=True,
        env=environment,
    )


def _installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
    )
    return result.returncode == 0 and "install ok installed" in result.stdout


def make_venv() -> None:
    """Create ``.venv``; on Debian, python3-venv may be needed first."""
    if PYTHON.exists():
        return
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (subprocess.CalledProcessError, OSError):
        shutil.rmtree(VENV, ignore_errors=True)
        version = f"python3.{sys.version_info.minor}-venv"
        install_system_packages(["python3-venv", version])
        venv.EnvBuilder(with_pip=True).create(VENV)


def pip_install(target: str) -> None:
    """Install the program (editable) and its extras into the venv."""
    quiet = ["--quiet", "--disable-pip-version-check"]
    subprocess.run(
        [str(PYTHON), "-m", "pip", "install", *quiet, "-e", target], cwd=ROOT, check=True
    )


def run_tests(pytest_arguments: list[str]) -> int:
    """pytest, then ruff and mypy; fail if any of them fails, but run them all."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    steps = [
        ("pytest", [str(PYTHON), "-m", "pytest", *pytest_arguments]),
        ("ruff check", [str(BIN / "ruff"), "check", "."]),
        ("ruff format", [str(BIN / "ruff"), "format", "--check", "."]),
        ("mypy", [str(BIN / "mypy")]),
    ]
    failed = []
    for name, command in steps:
        print(f"\n=== {name} ===", flush=True)
        if subprocess.call(command, cwd=ROOT, env=environment) != 0:
            failed.append(name)
    print(f"\ndev.py test: {'FAILED: ' + ', '.join(failed) if failed else 'all passed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
