"""The frozen one-folder bundle: it starts in every language, carries what it needs and
leaves out what packaging/bundle_trim.py says it does."""

from __future__ import annotations

import importlib
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, Frozen, load

bundle_trim = load("bundle_trim.py")
launcher = load("launcher.py")
icons = load("icons.py")

LINUX = sys.platform.startswith("linux")


def run_frozen(frozen: Frozen, *arguments: str, tmp_path: Path, stdin: str = "") -> str:
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        ALL2ALL_SETUP_LOG_DIR=str(tmp_path / "logs"),
    )
    result = subprocess.run(
        [str(frozen.executable), *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_frozen_self_test_passes_in_each_language(frozen: Frozen, tmp_path: Path, language: str):
    output = run_frozen(frozen, "--self-test", "--lang", language, tmp_path=tmp_path)
    assert f"self-test: OK (language {language}" in output


def test_build_script_smoke_tested_and_measured_the_bundle(frozen: Frozen):
    for language in ("nl", "fr", "de", "en"):
        assert f"self-test: OK (language {language}" in frozen.build_output
    assert re.search(r"wizard bundle: \d+ bytes", frozen.build_output)


@pytest.mark.parametrize("word", ["zonnebloem", "kartoffelsalat"])  # nl-fr.txt.gz, de.txt.gz
def test_frozen_strength_meter_knows_dutch_and_german_words(
    frozen: Frozen, tmp_path: Path, word: str
):
    """zxcvbn and the shipped word lists (data files) are inside the bundle and load."""
    output = run_frozen(frozen, "password-strength", "--json", tmp_path=tmp_path, stdin=f"{word}\n")
    assert '"dictionary_word"' in output


def test_frozen_command_line_finds_no_mail_client_in_an_empty_home(frozen: Frozen, tmp_path: Path):
    """The exporters, imported by name at run time, were frozen too."""
    output = run_frozen(frozen, "clients", "--json", tmp_path=tmp_path)
    assert '"clients": []' in output


def test_bundle_carries_data_files_and_only_the_qt_catalogues_loaded(frozen: Frozen):
    internal = frozen.folder / "_internal"
    for relative in (
        "wizard/resources/provider.toml",
        "wizard/resources/wordlists/nl-fr.txt.gz",
        "wizard/resources/wordlists/de.txt.gz",
        "wizard/resources/wordlists/ATTRIBUTION.md",
        "wizard/resources/icons/all2all-setup-256.png",
        "wizard/i18n/wizard_nl.qm",
        "wizard/i18n/wizard_fr.qm",
        "wizard/i18n/wizard_en.qm",
    ):
        assert (internal / relative).is_file(), relative
    assert not list(internal.rglob("wizard_*.ts"))
    qt_catalogues = sorted(path.name for path in internal.rglob("PySide6/**/translations/*.qm"))
    assert qt_catalogues == ["qtbase_de.qm", "qtbase_fr.qm", "qtbase_nl.qm"]


def test_bundle_leaves_out_unused_qt_plugins_modules_and_gtk(frozen: Frozen):
    internal = frozen.folder / "_internal"
    plugins = sorted(
        f"{path.parent.name}/{path.name}"
        for path in internal.rglob("PySide6/**/plugins/*/*")
        if path.is_file()
    )
    assert plugins, "no Qt plugin at all: the wizard could not open a window"
    for plugin in plugins:
        assert bundle_trim.keep_plugin(bundle_trim.plugin_id(f"PySide6/plugins/{plugin}")), plugin
    names = {path.name for path in internal.rglob("*")}
    if LINUX:
        assert {
            "libqxcb.so",
            "libqoffscreen.so",
            "libcomposeplatforminputcontextplugin.so",
        } <= names
    for unwanted in ("libgtk-3.so.0", "libQt6Network.so.6", "libQt6Svg.so.6", "QtNetwork.abi3.so"):
        assert unwanted not in names


@pytest.mark.skipif(not LINUX, reason="ldd is Linux's")
def test_every_library_in_the_bundle_finds_what_it_links_to(frozen: Frozen):
    """Dropping libraries nothing kept links to must not break what was kept."""
    elf = [
        path
        for path in frozen.folder.rglob("*")
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF"
    ]
    folders = sorted({str(path.parent) for path in elf})
    environment = dict(os.environ, LD_LIBRARY_PATH=":".join(folders))
    missing = []
    for path in elf:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=environment)
        missing += [
            f"{path.name}: {line.strip()}"
            for line in result.stdout.splitlines()
            if "not found" in line
        ]
    assert not missing


def test_keyring_and_its_backends_are_frozen(frozen: Frozen):
    """keyring finds backends through entry points: the metadata and modules must be there."""
    # Imported by name: PyInstaller ships no type information.
    readers = importlib.import_module("PyInstaller.archive.readers")
    internal = frozen.folder / "_internal"
    entry_points = next(internal.glob("keyring-*.dist-info/entry_points.txt")).read_text()
    assert "SecretService = keyring.backends.SecretService" in entry_points
    archive = readers.CArchiveReader(str(frozen.executable)).open_embedded_archive("PYZ.pyz")
    modules = set(archive.toc)
    for module in (
        "keyring.backends.SecretService",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
        "keyring.backends.chainer",
        "keyring.backends.fail",
        "wizard.commands.export",
        "wizard.core.exporters.thunderbird.exporter",
    ):
        assert module in modules, module
    if LINUX:
        assert {"secretstorage", "jeepney"} <= modules
        assert list(internal.rglob("cryptography/hazmat/bindings/_rust*"))
    for excluded in ("asyncio", "multiprocessing", "concurrent.futures"):
        assert excluded not in modules


def test_excluded_modules_are_never_imported_by_the_program(tmp_path: Path):
    """What the spec leaves out is imported by no wizard module, keyring backend or word
    list load; if this fails, remove the module from bundle_trim.EXCLUDED_MODULES."""
    script = """
import importlib, pkgutil, sys
import wizard
for info in pkgutil.walk_packages(wizard.__path__, "wizard."):
    importlib.import_module(info.name)
import keyring
keyring.get_keyring()
import keyring.backends.SecretService, keyring.backends.chainer
from wizard.core.strength.wordlists import load_dictionaries
load_dictionaries()
print(" ".join(sorted(sys.modules)))
"""
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), DBUS_SESSION_BUS_ADDRESS=""
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=environment
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    for excluded in bundle_trim.EXCLUDED_MODULES:
        assert excluded not in loaded, excluded


def test_trim_drops_unused_plugins_and_the_libraries_only_they_need():
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libX11.so.6", "/src/libX11.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/src/libqxcb.so": ["libX11.so.6", "libc.so.6"],
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libX11.so.6"],
    }
    datas = [
        ("PySide6/Qt/translations/qtbase_nl.qm", "/src/qtbase_nl.qm", "DATA"),
        ("PySide6/Qt/translations/qt_nl.qm", "/src/qt_nl.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_es.qm", "/src/qtbase_es.qm", "DATA"),
        ("libgtk-3.so.0", "PySide6/x/libgtk-3.so.0", "SYMLINK"),
        ("libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Widgets.so.6", "SYMLINK"),
    ]
    result = bundle_trim.trim(binaries, datas, lambda source: links.get(source, []))
    assert [entry[0] for entry in result.binaries] == [
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libX11.so.6",
        "libpython3.11.so.1.0",
    ]
    assert [entry[0] for entry in result.datas] == [
        "PySide6/Qt/translations/qtbase_nl.qm",
        "libQt6Widgets.so.6",
    ]


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("wayland", "wayland;xcb"),
        ("wayland-egl", "wayland-egl;xcb"),
        ("xcb", "xcb"),
        ("wayland;xcb", "wayland;xcb"),
        ("offscreen", "offscreen"),
    ],
)
def test_launcher_falls_back_to_xcb_for_platforms_the_bundle_lacks(wanted: str, expected: str):
    environment = {"QT_QPA_PLATFORM": wanted}
    launcher.platform_fallback(environment)
    assert environment["QT_QPA_PLATFORM"] == expected


def test_launcher_leaves_an_unset_platform_to_qt():
    environment: dict[str, str] = {}
    launcher.platform_fallback(environment)
    assert environment == {}


def test_windows_and_macos_icons_hold_the_committed_pngs(tmp_path: Path):
    ico, icns = icons.write_icons(tmp_path)
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert width == (0 if size == 256 else size)
        assert data[offset : offset + length] == icons.png(size)
    mac = icns.read_bytes()
    assert mac[:4] == b"icns"
    assert struct.unpack(">I", mac[4:8])[0] == len(mac)
    assert b"ic08" in mac
    assert icons.png(256) in mac
