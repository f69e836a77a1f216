"""Outlook detection reads the registry the way real Office installs fill it.

The registries below are dict-backed stand-ins of the real one (case-insensitive key
and value names, as Windows is), filled with the keys and values that Click-to-Run,
MSI and MSIX installs write. They are the detection's input, not a mock of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path, PureWindowsPath

import pytest

from wizard.core.exporters.outlook.detect import (
    APP_PATHS,
    CLICK_TO_RUN,
    MAPI_PROFILES_2010,
    PACKAGE_REPOSITORY,
    Bitness,
    Hive,
    OutlookFamily,
    Packaging,
    RegistryValue,
    WindowsRegistry,
    detect_outlook,
    existing_profiles,
    wow,
)

HKLM, HKCU = Hive.LOCAL_MACHINE, Hive.CURRENT_USER
Keys = Mapping[tuple[Hive, str], Mapping[str, RegistryValue]]


class MemoryRegistry:
    """A registry held in a dict: {(hive, key path): {value name: data}}.

    Key and value names compare without case, as in Windows; a key exists when it or
    any key below it is listed.
    """

    def __init__(self, keys: Keys | None = None) -> None:
        self.keys: dict[tuple[Hive, str], dict[str, RegistryValue]] = {}
        self._names: dict[tuple[Hive, str], str] = {}  # the spelling a key was created with
        for (hive, path), values in (keys or {}).items():
            self.set(hive, path, dict(values))

    def set(self, hive: Hive, path: str, values: Mapping[str, RegistryValue]) -> None:
        self.keys.setdefault((hive, path.lower()), {}).update(
            {name.lower(): data for name, data in values.items()}
        )
        self._names.setdefault((hive, path.lower()), path)

    def value(self, hive: Hive, path: str, name: str) -> RegistryValue | None:
        return self.keys.get((hive, path.lower()), {}).get(name.lower())

    def subkeys(self, hive: Hive, path: str) -> list[str]:
        prefix = path.lower() + "\\"
        found: list[str] = []
        for key_hive, key in self.keys:
            if key_hive is hive and key.startswith(prefix):
                child = self._names[(hive, key)][len(prefix) :].split("\\")[0]
                if child.lower() not in {name.lower() for name in found}:
                    found.append(child)
        return found


class FileRegistry(MemoryRegistry):
    """A MemoryRegistry kept in a JSON file, so another process can change it."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> None:
        self.keys = {}
        self._names = {}
        if self.path.exists():
            for entry in json.loads(self.path.read_text(encoding="utf-8")):
                self.set(Hive(entry["hive"]), entry["path"], entry["values"])

    def save(self) -> None:
        entries = [
            {"hive": hive.value, "path": self._names[(hive, key)], "values": values}
            for (hive, key), values in self.keys.items()
        ]
        self.path.write_text(json.dumps(entries), encoding="utf-8")

    def value(self, hive: Hive, path: str, name: str) -> RegistryValue | None:
        self._load()
        return super().value(hive, path, name)

    def subkeys(self, hive: Hive, path: str) -> list[str]:
        self._load()
        return super().subkeys(hive, path)


C2R_EXE = r"C:\Program Files\Microsoft Office\Root\Office16\OUTLOOK.EXE"
OUTLOOK_16 = r"SOFTWARE\Microsoft\Office\16.0\Outlook"
NEW_FULL_NAME = "Microsoft.OutlookForWindows_1.2024.717.400_x64__8wekyb3d8bbwe"
NEW_ROOT = (
    r"C:\Program Files\WindowsApps\Microsoft.OutlookForWindows_1.2024.717.400_x64__8wekyb3d8bbwe"
)


def microsoft_365() -> dict[tuple[Hive, str], dict[str, RegistryValue]]:
    """Microsoft 365 Apps, Click-to-Run, 64-bit, with the user's own "Outlook" profile."""
    return {
        (HKLM, APP_PATHS): {
            "": C2R_EXE,
            "Path": r"C:\Program Files\Microsoft Office\Root\Office16\\",
        },
        (HKLM, CLICK_TO_RUN): {
            "VersionToReport": "16.0.17928.20114",
            "Platform": "x64",
            "InstallationPath": r"C:\Program Files\Microsoft Office",
            "ProductReleaseIds": "O365HomePremRetail,LanguagePack",
        },
        (HKCU, OUTLOOK_16): {"DefaultProfile": "Outlook"},
        (HKCU, OUTLOOK_16 + r"\Profiles\Outlook\9375CFF0413111d3B88A00104B2A6676"): {},
        (HKCU, OUTLOOK_16 + r"\Profiles\Werk\0a0d020000000000c000000000000046"): {},
    }


def new_outlook_keys() -> dict[tuple[Hive, str], dict[str, RegistryValue]]:
    """The per-user package repository with the new Outlook (two versions) and neighbours."""
    older = "Microsoft.OutlookForWindows_1.2023.920.0_x64__8wekyb3d8bbwe"
    return {
        (HKCU, rf"{PACKAGE_REPOSITORY}\{NEW_FULL_NAME}"): {
            "PackageRootFolder": NEW_ROOT,
            "PackageID": NEW_FULL_NAME,
        },
        (HKCU, rf"{PACKAGE_REPOSITORY}\{older}"): {"PackageRootFolder": r"C:\old"},
        (
            HKCU,
            rf"{PACKAGE_REPOSITORY}\Microsoft.WindowsCalculator_11.2307.4.0_x64__8wekyb3d8bbwe",
        ): {},
        # Same name, another publisher: not Microsoft's Outlook.
        (HKCU, rf"{PACKAGE_REPOSITORY}\Microsoft.OutlookForWindows_9.9.9.9_x64__1234567890abc"): {},
    }


def test_microsoft_365_click_to_run():
    found = detect_outlook(MemoryRegistry(microsoft_365()))
    classic = found.classic
    assert classic is not None
    assert classic.version == "16.0"
    assert classic.family is OutlookFamily.OUTLOOK_2016_OR_LATER
    assert classic.build == "16.0.17928.20114"
    assert classic.exe_path == PureWindowsPath(C2R_EXE)
    assert classic.packaging is Packaging.CLICK_TO_RUN
    assert classic.bitness is Bitness.X64
    assert classic.product_ids == ("O365HomePremRetail", "LanguagePack")
    assert classic.profiles == ("Outlook", "Werk")
    assert classic.default_profile == "Outlook"
    assert classic.new_outlook_switch is False
    assert found.new is None


def test_outlook_2013_msi_32_bit_on_64_bit_windows():
    exe = r"C:\Program Files (x86)\Microsoft Office\Office15\OUTLOOK.EXE"
    keys = {
        (HKLM, wow(APP_PATHS)): {"": f'"{exe}"'},
        (HKLM, wow(r"SOFTWARE\Microsoft\Office\15.0\Outlook\InstallRoot")): {
            "Path": r"C:\Program Files (x86)\Microsoft Office\Office15\\"
        },
        (HKLM, wow(r"SOFTWARE\Microsoft\Office\15.0\Outlook")): {"Bitness": "x86"},
        (HKCU, r"SOFTWARE\Microsoft\Office\15.0\Outlook\Profiles\Outlook"): {},
    }
    classic = detect_outlook(MemoryRegistry(keys)).classic
    assert classic is not None
    assert (classic.version, classic.family) == ("15.0", OutlookFamily.OUTLOOK_2013)
    assert classic.packaging is Packaging.MSI
    assert classic.bitness is Bitness.X86
    assert classic.exe_path == PureWindowsPath(exe)  # the quotes around it are gone
    assert classic.build == ""
    assert classic.profiles == ("Outlook",)


def test_outlook_2010_found_from_install_root_alone_with_its_old_profile_place():
    keys = {
        (HKLM, r"SOFTWARE\Microsoft\Office\14.0\Outlook\InstallRoot"): {
            "Path": r"C:\Program Files\Microsoft Office\Office14\\"
        },
        (HKLM, r"SOFTWARE\Microsoft\Office\14.0\Outlook"): {"Bitness": "x64"},
        (HKCU, MAPI_PROFILES_2010): {"DefaultProfile": "Thuis"},
        (HKCU, MAPI_PROFILES_2010 + r"\Thuis"): {},
    }
    classic = detect_outlook(MemoryRegistry(keys)).classic
    assert classic is not None
    assert classic.version == "14.0"
    assert classic.exe_path == PureWindowsPath(
        r"C:\Program Files\Microsoft Office\Office14\OUTLOOK.EXE"
    )
    assert classic.bitness is Bitness.X64
    assert (classic.profiles, classic.default_profile) == (("Thuis",), "Thuis")


def test_click_to_run_config_without_outlook_is_no_outlook():
    """Office without Outlook (Home & Student) writes the Click-to-Run key, no OUTLOOK.EXE."""
    keys = microsoft_365()
    del keys[(HKLM, APP_PATHS)]
    assert detect_outlook(MemoryRegistry(keys)).classic is None


def test_new_outlook_newest_microsoft_package():
    new = detect_outlook(MemoryRegistry(new_outlook_keys())).new
    assert new is not None
    assert new.version == "1.2024.717.400"
    assert new.package_full_name == NEW_FULL_NAME
    assert new.install_folder == PureWindowsPath(NEW_ROOT)


def test_other_packages_are_not_the_new_outlook():
    keys = new_outlook_keys()
    for key in list(keys):
        if "_8wekyb3d8bbwe" in key[1] and "OutlookForWindows" in key[1]:
            del keys[key]
    assert detect_outlook(MemoryRegistry(keys)).new is None


def test_both_outlooks_and_the_new_outlook_switch():
    keys = {**microsoft_365(), **new_outlook_keys()}
    keys[(HKCU, OUTLOOK_16 + r"\Preferences")] = {"UseNewOutlook": 1}
    found = detect_outlook(MemoryRegistry(keys))
    assert found.classic is not None
    assert found.new is not None
    assert found.classic.new_outlook_switch is True


def test_switch_off_reads_false():
    keys = microsoft_365()
    keys[(HKCU, OUTLOOK_16 + r"\Preferences")] = {"UseNewOutlook": 0}
    classic = detect_outlook(MemoryRegistry(keys)).classic
    assert classic is not None
    assert classic.new_outlook_switch is False


def test_empty_registry_finds_nothing():
    found = detect_outlook(MemoryRegistry())
    assert (found.classic, found.new, found.found) == (None, None, False)


def test_registry_names_are_case_insensitive_like_windows():
    keys = {
        (HKLM, APP_PATHS.upper()): {"": C2R_EXE},
        (HKLM, CLICK_TO_RUN.lower()): {"versiontoreport": "16.0.1.2", "PLATFORM": "X86"},
    }
    classic = detect_outlook(MemoryRegistry(keys)).classic
    assert classic is not None
    assert (classic.packaging, classic.bitness) == (Packaging.CLICK_TO_RUN, Bitness.X86)


def test_existing_profiles_reads_fresh():
    registry = MemoryRegistry(microsoft_365())
    registry.set(HKCU, OUTLOOK_16 + r"\Profiles\all2all (user0001)", {})
    assert "all2all (user0001)" in existing_profiles(registry, "16.0")


@pytest.mark.skipif(__import__("sys").platform == "win32", reason="checks the non-Windows path")
def test_real_registry_reads_as_empty_off_windows():
    registry = WindowsRegistry()
    assert registry.value(HKLM, CLICK_TO_RUN, "Platform") is None
    assert registry.subkeys(HKCU, PACKAGE_REPOSITORY) == []
    assert detect_outlook(registry).found is False
