"""Which Outlook a Windows user has: classic Outlook (version, program, packaging,
bitness, existing profiles) and the new Outlook for Windows.

Everything is read from the Windows registry through a :class:`RegistryReader` handed
in by the caller, so these rules run and are tested on any system against an in-memory
registry; :class:`WindowsRegistry` is the real one and touches ``winreg`` only on Windows.
Nothing here writes.

Where each fact comes from (all keys read in the registry's 64-bit view, so the
``WOW6432Node`` branch that 32-bit Office uses on 64-bit Windows is a plain subkey):

* the program: ``App Paths\\OUTLOOK.EXE`` (default value), which Office registers for
  the shell's Run box, under HKLM (64-bit and WOW6432Node) and HKCU;
* Click-to-Run (Microsoft 365, Office 2016-2024 retail and volume):
  ``SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration`` with ``VersionToReport``
  (the build, e.g. ``16.0.17928.20114``), ``Platform`` (``x86``/``x64``),
  ``InstallationPath`` and ``ProductReleaseIds``;
* MSI installs: ``SOFTWARE\\Microsoft\\Office\\<v>\\Outlook\\InstallRoot`` ``Path``, and
  ``...\\Office\\<v>\\Outlook`` ``Bitness``;
* the user's MAPI profiles: ``HKCU\\SOFTWARE\\Microsoft\\Office\\<v>\\Outlook\\Profiles``
  (Outlook 2013 and later) or ``...\\Windows Messaging Subsystem\\Profiles`` (2010);
* the "new Outlook" switch inside classic Outlook:
  ``HKCU\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Preferences`` ``UseNewOutlook`` = 1;
* the new Outlook: it is the MSIX package ``Microsoft.OutlookForWindows`` (publisher id
  ``8wekyb3d8bbwe``); a package installed for this user has a subkey named after its
  full name (``Name_Version_Arch_ResourceId_PublisherId``) in the per-user package
  repository ``HKCU\\Software\\Classes\\Local Settings\\Software\\Microsoft\\Windows\\
  CurrentVersion\\AppModel\\Repository\\Packages``, with ``PackageRootFolder``. That
  index is readable without elevation, unlike ``%ProgramFiles%\\WindowsApps``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PureWindowsPath
from typing import Protocol

RegistryValue = str | int


class Hive(StrEnum):
    """The two registry roots the detection reads."""

    LOCAL_MACHINE = "HKEY_LOCAL_MACHINE"
    CURRENT_USER = "HKEY_CURRENT_USER"


class RegistryReader(Protocol):
    """Read-only access to the registry (64-bit view); absent keys and values are None/[]."""

    def value(self, hive: Hive, path: str, name: str) -> RegistryValue | None:
        """A value's data: text for REG_SZ/REG_EXPAND_SZ, a number for REG_DWORD/QWORD."""
        ...

    def subkeys(self, hive: Hive, path: str) -> list[str]:
        """The names of a key's subkeys ([] when the key does not exist)."""
        ...


class Packaging(StrEnum):
    """How Office was installed (it decides where the program and its settings live)."""

    CLICK_TO_RUN = "click_to_run"
    MSI = "msi"
    UNKNOWN = "unknown"


class Bitness(StrEnum):
    """Whether Outlook is a 32-bit or 64-bit program (MAPI tools must match it)."""

    X86 = "x86"
    X64 = "x64"
    ARM64 = "arm64"
    UNKNOWN = "unknown"


class OutlookFamily(StrEnum):
    """Outlook generations that differ in their account dialogs."""

    OUTLOOK_2010 = "2010"  # 14.0
    OUTLOOK_2013 = "2013"  # 15.0
    OUTLOOK_2016_OR_LATER = "2016+"  # 16.0: 2016, 2019, 2021, 2024 and Microsoft 365
    UNKNOWN = "unknown"


_FAMILY = {
    "14.0": OutlookFamily.OUTLOOK_2010,
    "15.0": OutlookFamily.OUTLOOK_2013,
    "16.0": OutlookFamily.OUTLOOK_2016_OR_LATER,
}


@dataclass(frozen=True)
class ClassicOutlook:
    """Classic Outlook (OUTLOOK.EXE), the one that reads PRF files."""

    version: str  # registry version: "16.0" for 2016/2019/2021/2024/365, "15.0" for 2013
    build: str  # Click-to-Run build number ("16.0.17928.20114"), "" when unknown
    exe_path: PureWindowsPath | None
    packaging: Packaging
    bitness: Bitness
    product_ids: tuple[str, ...] = ()  # Click-to-Run products, e.g. "O365ProPlusRetail"
    profiles: tuple[str, ...] = ()  # the user's MAPI profile names
    default_profile: str = ""  # "" when none is set
    new_outlook_switch: bool = False  # "Try the new Outlook" is on: starting it opens the new one
    program: str = ""  # the program path exactly as registered (to start it)

    @property
    def family(self) -> OutlookFamily:
        """Which generation of dialogs the user will see."""
        return _FAMILY.get(self.version, OutlookFamily.UNKNOWN)


@dataclass(frozen=True)
class NewOutlook:
    """The new Outlook for Windows (olk.exe, an MSIX package); it reads no PRF files."""

    version: str  # package version, e.g. "1.2024.717.400"
    package_full_name: str
    install_folder: PureWindowsPath | None


@dataclass(frozen=True)
class OutlookDetection:
    """What the registry says about both Outlooks (either may be absent)."""

    classic: ClassicOutlook | None
    new: NewOutlook | None

    @property
    def found(self) -> bool:
        """Whether any Outlook is installed for this user."""
        return self.classic is not None or self.new is not None


# -- registry locations --------------------------------------------------------------

HKLM = Hive.LOCAL_MACHINE
HKCU = Hive.CURRENT_USER
_WOW = "SOFTWARE\\WOW6432Node\\"
APP_PATHS = "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\OUTLOOK.EXE"
CLICK_TO_RUN = "SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration"
OFFICE = "SOFTWARE\\Microsoft\\Office"
MAPI_PROFILES_2010 = (
    "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles"
)
PACKAGE_REPOSITORY = (
    "Software\\Classes\\Local Settings\\Software\\Microsoft\\Windows\\CurrentVersion"
    "\\AppModel\\Repository\\Packages"
)
NEW_OUTLOOK_PACKAGE = "Microsoft.OutlookForWindows"
MICROSOFT_PUBLISHER_ID = "8wekyb3d8bbwe"
# Newest first: the first version with an install wins.
OFFICE_VERSIONS = ("16.0", "15.0", "14.0")

_OFFICE_FOLDER = re.compile(r"\\office(\d{2})\\outlook\.exe$", re.IGNORECASE)


def wow(path: str) -> str:
    """The 32-bit-on-64-bit twin of a ``SOFTWARE\\...`` path."""
    return _WOW + path.split("\\", 1)[1]


def detect_outlook(registry: RegistryReader) -> OutlookDetection:
    """Both Outlooks as the registry describes them for the current user."""
    return OutlookDetection(classic=detect_classic(registry), new=detect_new(registry))


def detect_classic(registry: RegistryReader) -> ClassicOutlook | None:
    """Classic Outlook, or None when no OUTLOOK.EXE is registered."""
    program, from_wow = _app_path(registry)
    exe = PureWindowsPath(program) if program else None
    msi_version, msi_root, msi_wow = _msi_install(registry)
    c2r_build = _text(registry.value(HKLM, CLICK_TO_RUN, "VersionToReport"))
    c2r_root = _text(registry.value(HKLM, CLICK_TO_RUN, "InstallationPath"))
    if exe is None and msi_root is not None:
        exe = msi_root / "OUTLOOK.EXE"
        from_wow = msi_wow
        program = str(exe)
    if exe is None or program is None:
        return None
    if c2r_build and _is_click_to_run(exe, c2r_root):
        packaging = Packaging.CLICK_TO_RUN
        version = _major(c2r_build)
        bitness = _bitness(_text(registry.value(HKLM, CLICK_TO_RUN, "Platform")))
        build = c2r_build
        products = tuple(
            part.strip()
            for part in _text(registry.value(HKLM, CLICK_TO_RUN, "ProductReleaseIds")).split(",")
            if part.strip()
        )
    else:
        packaging = Packaging.MSI if msi_root is not None else Packaging.UNKNOWN
        version = msi_version or _version_from_exe(exe)
        bitness = _msi_bitness(registry, version) if version else Bitness.UNKNOWN
        build, products = "", ()
    if bitness is Bitness.UNKNOWN and (from_wow or "program files (x86)" in str(exe).lower()):
        bitness = Bitness.X86
    profiles, default = _profiles(registry, version)
    switch = registry.value(HKCU, f"{OFFICE}\\{version}\\Outlook\\Preferences", "UseNewOutlook")
    return ClassicOutlook(
        version=version,
        build=build,
        exe_path=exe,
        packaging=packaging,
        bitness=bitness,
        product_ids=products,
        profiles=profiles,
        default_profile=default,
        new_outlook_switch=switch == 1,
        program=program,
    )


def detect_new(registry: RegistryReader) -> NewOutlook | None:
    """The new Outlook package installed for this user, newest version first."""
    found: list[tuple[tuple[int, ...], str, str]] = []
    for name in registry.subkeys(HKCU, PACKAGE_REPOSITORY):
        parts = name.split("_")
        if (
            len(parts) == 5
            and parts[0].lower() == NEW_OUTLOOK_PACKAGE.lower()
            and parts[4].lower() == MICROSOFT_PUBLISHER_ID
        ):
            found.append((_version_key(parts[1]), parts[1], name))
    if not found:
        return None
    _, version, full_name = max(found)
    folder = _text(registry.value(HKCU, f"{PACKAGE_REPOSITORY}\\{full_name}", "PackageRootFolder"))
    return NewOutlook(version, full_name, PureWindowsPath(folder) if folder else None)


def existing_profiles(registry: RegistryReader, version: str) -> tuple[str, ...]:
    """The MAPI profile names of this user for an Outlook version (fresh read)."""
    return _profiles(registry, version)[0]


# -- helpers -----------------------------------------------------------------------


def _text(value: RegistryValue | None) -> str:
    return value.strip() if isinstance(value, str) else ""


def _app_path(registry: RegistryReader) -> tuple[str | None, bool]:
    """OUTLOOK.EXE as registered for the shell; True when found in the 32-bit branch."""
    for hive, path, is_wow in (
        (HKLM, APP_PATHS, False),
        (HKLM, wow(APP_PATHS), True),
        (HKCU, APP_PATHS, False),
    ):
        text = _text(registry.value(hive, path, "")).strip('"')
        if text:
            return text, is_wow
    return None, False


def _msi_install(registry: RegistryReader) -> tuple[str, PureWindowsPath | None, bool]:
    """(version, folder, 32-bit branch) of an MSI-installed Outlook, newest first."""
    for version in OFFICE_VERSIONS:
        key = f"{OFFICE}\\{version}\\Outlook\\InstallRoot"
        for path, is_wow in ((key, False), (wow(key), True)):
            folder = _text(registry.value(HKLM, path, "Path"))
            if folder:
                return version, PureWindowsPath(folder), is_wow
    return "", None, False


def _is_click_to_run(exe: PureWindowsPath, c2r_root: str) -> bool:
    """Click-to-Run keeps its programs under ``<InstallationPath>\\root\\OfficeNN``."""
    lowered = str(exe).lower()
    if c2r_root and lowered.startswith(c2r_root.lower().rstrip("\\") + "\\"):
        return True
    return "\\root\\office" in lowered


def _major(build: str) -> str:
    """ "16.0.17928.20114" -> "16.0"."""
    parts = build.split(".")
    return f"{parts[0]}.0" if parts and parts[0].isdigit() else ""


def _version_from_exe(exe: PureWindowsPath) -> str:
    match = _OFFICE_FOLDER.search(str(exe))
    return f"{int(match.group(1))}.0" if match else ""


def _bitness(platform: str) -> Bitness:
    try:
        return Bitness(platform.lower())
    except ValueError:
        return Bitness.UNKNOWN


def _msi_bitness(registry: RegistryReader, version: str) -> Bitness:
    key = f"{OFFICE}\\{version}\\Outlook"
    for path in (key, wow(key)):
        bitness = _bitness(_text(registry.value(HKLM, path, "Bitness")))
        if bitness is not Bitness.UNKNOWN:
            return bitness
    return Bitness.UNKNOWN


def _profiles(registry: RegistryReader, version: str) -> tuple[tuple[str, ...], str]:
    """The user's profile names and the default one, where this version keeps them."""
    if version in {"", "14.0"}:
        names = registry.subkeys(HKCU, MAPI_PROFILES_2010)
        default = _text(registry.value(HKCU, MAPI_PROFILES_2010, "DefaultProfile"))
        return tuple(sorted(names)), default
    key = f"{OFFICE}\\{version}\\Outlook"
    names = registry.subkeys(HKCU, f"{key}\\Profiles")
    return tuple(sorted(names)), _text(registry.value(HKCU, key, "DefaultProfile"))


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


# -- the real registry ---------------------------------------------------------------


class WindowsRegistry:
    """The Windows registry through ``winreg``, always in its 64-bit view.

    ``winreg`` exists only on Windows, so it is imported inside the methods, on first
    use; on any other system every key reads as absent.
    """

    def value(self, hive: Hive, path: str, name: str) -> RegistryValue | None:
        """See :meth:`RegistryReader.value`; other value types read as None."""
        if sys.platform != "win32":
            return None
        import winreg

        root = winreg.HKEY_LOCAL_MACHINE if hive is HKLM else winreg.HKEY_CURRENT_USER
        access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        try:
            with winreg.OpenKey(root, path, 0, access) as key:
                data, kind = winreg.QueryValueEx(key, name)
        except OSError:
            return None
        if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) and isinstance(data, str):
            return data
        if kind in (winreg.REG_DWORD, winreg.REG_QWORD) and isinstance(data, int):
            return data
        return None

    def subkeys(self, hive: Hive, path: str) -> list[str]:
        """See :meth:`RegistryReader.subkeys`."""
        if sys.platform != "win32":
            return []
        import winreg

        root = winreg.HKEY_LOCAL_MACHINE if hive is HKLM else winreg.HKEY_CURRENT_USER
        access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        names: list[str] = []
        try:
            with winreg.OpenKey(root, path, 0, access) as key:
                while True:
                    try:
                        names.append(winreg.EnumKey(key, len(names)))
                    except OSError:
                        break
        except OSError:
            return []
        return names


__all__: Sequence[str] = [
    "Bitness",
    "ClassicOutlook",
    "Hive",
    "NewOutlook",
    "OutlookDetection",
    "OutlookFamily",
    "Packaging",
    "RegistryReader",
    "WindowsRegistry",
    "detect_classic",
    "detect_new",
    "detect_outlook",
    "existing_profiles",
]
