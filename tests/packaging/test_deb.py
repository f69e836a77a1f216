"""The Debian package: valid menu entry and AppStream data, honest Depends, and a real
install, self-test and removal on this machine (as root; CI runs as root)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import Frozen, load
from tests.support import in_ci, require_program

build_deb = load("linux/build_deb.py")
app_info = load("app_info.py")


@pytest.fixture(scope="module")
def deb(frozen: Frozen, tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_program("dpkg-deb", "dpkg")
    package: Path = build_deb.build_deb(frozen.folder, tmp_path_factory.mktemp("deb"))
    return package


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_package_lays_out_program_launcher_menu_entry_icons_and_metadata(unpacked: Path):
    assert (unpacked / "opt/all2all-setup/all2all-setup").stat().st_mode & 0o111
    link = unpacked / "usr/bin/all2all-setup"
    assert link.is_symlink()
    assert os.readlink(link) == "/opt/all2all-setup/all2all-setup"
    for size in (32, 48, 64, 128, 256):
        assert (
            unpacked / f"usr/share/icons/hicolor/{size}x{size}/apps/all2all-setup.png"
        ).is_file()
    assert (unpacked / "usr/share/icons/hicolor/scalable/apps/all2all-setup.svg").is_file()
    assert (unpacked / "usr/share/doc/all2all-setup/copyright").read_text().startswith("Format: ")


def test_desktop_entry_is_valid_and_speaks_three_languages(unpacked: Path):
    validator = require_program("desktop-file-validate", "desktop-file-utils")
    desktop = unpacked / "usr/share/applications/all2all-setup.desktop"
    result = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout  # not even a hint
    text = desktop.read_text(encoding="utf-8")
    assert "Exec=all2all-setup\n" in text
    assert "Icon=all2all-setup\n" in text
    for language in app_info.TRANSLATED:
        assert f"Name[{language}]={app_info.NAMES[language]}\n" in text
        assert f"Comment[{language}]={app_info.COMMENTS[language]}\n" in text


def test_appstream_metadata_is_valid_and_speaks_three_languages(unpacked: Path):
    appstreamcli = require_program("appstreamcli", "appstream")
    metainfo = unpacked / "usr/share/metainfo/be.all2all.setup.metainfo.xml"
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert "<id>be.all2all.setup</id>" in text
    assert '<launchable type="desktop-id">all2all-setup.desktop</launchable>' in text
    for language in app_info.TRANSLATED:
        assert f'<name xml:lang="{language}">{app_info.NAMES[language]}</name>' in text


def test_depends_names_every_system_library_the_bundle_does_not_carry(deb: Path, frozen: Frozen):
    depends = field(deb, "Depends")
    outside, glibc = build_deb.outside_libraries(frozen.folder)
    assert outside, "the bundle links to nothing outside itself: ldd did not run?"
    for package in set(build_deb.packages_of(outside).values()):
        assert package in depends, package
    assert f"libc6 (>= {glibc})" in depends
    assert "libxcb1" in depends  # PyInstaller never bundles libxcb
    assert field(deb, "Version") == app_info.version()


def test_installed_package_self_tests_and_is_removed_cleanly(deb: Path, tmp_path: Path):
    dpkg = require_program("dpkg", "dpkg")
    if os.geteuid() != 0:
        message = "installing a .deb needs root (CI runs as root)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    installed = subprocess.run([dpkg, "-i", str(deb)], capture_output=True, text=True)
    try:
        assert installed.returncode == 0, installed.stdout + installed.stderr
        result = subprocess.run(
            ["/usr/bin/all2all-setup", "--self-test", "--lang", "fr"],
            capture_output=True,
            text=True,
            env=dict(
                os.environ,
                QT_QPA_PLATFORM="offscreen",
                HOME=str(tmp_path),
                ALL2ALL_SETUP_LOG_DIR=str(tmp_path / "logs"),
            ),
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "self-test: OK (language fr" in result.stdout
    finally:
        removed = subprocess.run([dpkg, "-r", "all2all-setup"], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not Path("/opt/all2all-setup").exists()
    assert not Path("/usr/bin/all2all-setup").exists()
    assert not Path("/usr/share/applications/all2all-setup.desktop").exists()
