"""What the frozen bundles leave out, shared by the wizard's spec and the bare-QWizard spec.

PyInstaller's Qt hooks collect every plugin of the Qt modules it finds (GTK platform
theme, Wayland, EGL, VNC, TLS, image formats...), every Qt translation, and all the
system libraries those plugins link to. The wizard needs few of them: it paints with
the raster engine, loads only PNG (built into QtGui) and only Qt's ``qtbase_nl/fr/de``
catalogues. Dropping a plugin does not drop the libraries collected for it, so after
filtering the plugins we keep only the libraries something kept still links to.

Both specs apply the same rules, so the size comparison with a bare QWizard is fair.
Everything here works on PyInstaller's TOC entries ``(destination, source, typecode)``
and takes the "which libraries does this file link to" question as a function, so the
rules can be read (and printed) without PyInstaller's internals.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

TocEntry = tuple[str, str, str]

# Qt plugins kept, as "<plugin type>/<name>" with the "lib" prefix and suffix removed.
KEPT_PLUGINS = (
    "platforms/qxcb",  # Linux X11, and Wayland desktops through XWayland
    "platforms/qoffscreen",  # --self-test, screenshots, headless CI
    "platforms/qwindows",
    "platforms/qcocoa",
    # Dead keys and compose sequences on X11 (Belgian AZERTY: ^ then e gives ê).
    "platforminputcontexts/composeplatforminputcontextplugin",
    "styles/*",  # the native look on Windows (qmodernwindowsstyle) and macOS (qmacstyle)
)
# Wayland is left out on purpose: on GNOME, XWayland gives the desktop's own title bar,
# where Qt's Wayland plugin draws a foreign one; the launcher falls back to xcb when
# QT_QPA_PLATFORM asks for a plugin the bundle does not carry.

# Qt's own catalogues the wizard loads (wizard/translations.py): qtbase only, nl, fr and de.
KEPT_QT_TRANSLATIONS = ("qtbase_nl.qm", "qtbase_fr.qm", "qtbase_de.qm")

# PySide6 modules that PyInstaller's hooks pull in through Qt library links but the
# wizard never imports (their Qt libraries stay when something kept links to them).
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtSvg",
    "tkinter",
    # Found only through code the wizard never runs: typing_extensions (via keyring's
    # jaraco helpers) mentions asyncio; concurrent.futures' process pool needs
    # multiprocessing. tests/packaging checks the frozen wizard never imports them.
    "asyncio",
    "multiprocessing",
    "concurrent.futures",
]

# Strip symbol tables from the collected libraries on Linux: a Python built with debug
# information (pyenv, some CI images) carries 17 MB of it in libpython alone. Not on
# macOS, where stripping breaks the libraries' signatures, nor Windows (no symbols).
STRIP = sys.platform.startswith("linux")

# Libraries to keep even when nothing kept links to them: loaded with dlopen. (Empty
# today: Qt's only dlopen targets here are GL/EGL, which PyInstaller never collects.)
KEPT_UNLINKED_LIBRARIES: tuple[str, ...] = ()

_PLUGIN = re.compile(r"(?:^|/)PySide6/(?:Qt/)?plugins/([^/]+)/([^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/([^/]+\.qm)$")
_PYTHON_LIBRARY = re.compile(r"^(lib)?python3[\d.]*\.(so|dll|dylib)(\.[\d.]+)?$|^Python$", re.I)


def plugin_id(destination: str) -> str | None:
    """``"platforms/qxcb"`` for a Qt plugin's destination path, else ``None``."""
    match = _PLUGIN.search(destination.replace("\\", "/"))
    if not match:
        return None
    kind, filename = match.groups()
    stem = filename.split(".")[0]
    stem = stem.removeprefix("lib")
    return f"{kind}/{stem}"


def keep_plugin(identifier: str) -> bool:
    """Whether a plugin (``plugin_id``) is one the wizard uses."""
    return any(fnmatch.fnmatchcase(identifier, pattern) for pattern in KEPT_PLUGINS)


def qt_translation(destination: str) -> str | None:
    """The file name of one of Qt's own ``.qm`` catalogues, else ``None``."""
    match = _QT_TRANSLATION.search(destination.replace("\\", "/"))
    return match.group(1) if match else None


def library_key(name: str) -> str:
    """How a linked library is matched with a collected file: its base name.

    macOS names frameworks by path (``@rpath/QtGui.framework/Versions/A/QtGui``) and
    Windows ignores case, so both are reduced to a lower-case base name.
    """
    return PurePosixPath(name.replace("\\", "/")).name.lower()


@dataclass
class Trimmed:
    """The kept TOC lists and what was dropped, for the build log."""

    binaries: list[TocEntry]
    datas: list[TocEntry]
    dropped: list[str] = field(default_factory=list)


def trim(
    binaries: Iterable[TocEntry],
    datas: Iterable[TocEntry],
    links_of: Callable[[str], Iterable[str]],
) -> Trimmed:
    """Drop unused plugins and translations, then every library nothing kept links to.

    ``links_of(source_path)`` names the libraries a binary links to (PyInstaller's
    ``bindepend.get_imports``). The roots are the Python extension modules, the kept
    plugins and the Python library (which the bootloader loads by name).
    """
    dropped: list[str] = []
    kept_binaries: list[TocEntry] = []
    for entry in binaries:
        identifier = plugin_id(entry[0])
        if identifier is not None and not keep_plugin(identifier):
            dropped.append(entry[0])
        else:
            kept_binaries.append(entry)

    by_key: dict[str, list[TocEntry]] = {}
    for entry in kept_binaries:
        by_key.setdefault(library_key(entry[0]), []).append(entry)
    roots = [
        entry
        for entry in kept_binaries
        if entry[2] == "EXTENSION"
        or plugin_id(entry[0]) is not None
        or _PYTHON_LIBRARY.match(PurePosixPath(entry[0].replace("\\", "/")).name)
        or library_key(entry[0]) in KEPT_UNLINKED_LIBRARIES
    ]
    reachable: set[str] = set()
    queue = list(roots)
    while queue:
        entry = queue.pop()
        if entry[0] in reachable:
            continue
        reachable.add(entry[0])
        for name in links_of(entry[1]):
            queue.extend(by_key.get(library_key(name), []))

    final_binaries = []
    for entry in kept_binaries:
        if entry[0] in reachable:
            final_binaries.append(entry)
        else:
            dropped.append(entry[0])
    dropped_names = {library_key(name) for name in dropped}
    dropped_frameworks = tuple(
        f"{PurePosixPath(name.replace(chr(92), '/')).name}.framework/" for name in dropped
    )

    final_datas = []
    for entry in datas:
        destination = entry[0].replace("\\", "/")
        catalogue = qt_translation(destination)
        unused = (
            (catalogue is not None and catalogue not in KEPT_QT_TRANSLATIONS)
            # Top-level links to dropped libraries (PyInstaller lists them as data).
            or (entry[2] == "SYMLINK" and library_key(destination) in dropped_names)
            # Resources of a dropped macOS framework.
            or any(frame in destination for frame in dropped_frameworks)
        )
        if unused:
            dropped.append(entry[0])
        else:
            final_datas.append(entry)
    return Trimmed(final_binaries, final_datas, sorted(dropped))
