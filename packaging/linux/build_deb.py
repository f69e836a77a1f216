"""Build a Debian package from the one-folder bundle (``python packaging/build.py`` first).

    python packaging/linux/build_deb.py [--dist dist] [--output dist]

The package installs the bundle to ``/opt/all2all-setup``, links
``/usr/bin/all2all-setup`` to it, and adds the menu entry (``.desktop``), the icons
(hicolor theme) and the AppStream metadata software centres show, with Dutch, French
and English names. ``Depends`` lists the packages of the shared libraries the bundle
does *not* carry, found with ``ldd`` on every library in the bundle and ``dpkg -S``;
everything else the bundle brings itself. Built with ``dpkg-deb --root-owner-group``,
so it needs neither root nor fakeroot. Prints the path of the ``.deb``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

LINUX = Path(__file__).resolve().parent
PACKAGING = LINUX.parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

import app_info  # noqa: E402 (after the path above)

PACKAGE = app_info.EXECUTABLE
INSTALL_DIR = Path("/opt") / PACKAGE
DESKTOP_FILE = f"{PACKAGE}.desktop"  # the name Qt reports (setDesktopFileName), not the id
METAINFO_FILE = f"{app_info.APP_ID}.metainfo.xml"
ICON_SIZES = (32, 48, 64, 128, 256)

# Not linked, but read at run time by libraries the bundle carries: fontconfig's
# configuration (which pulls in a font) and libX11's locale and compose tables.
DATA_DEPENDS = ("fontconfig-config", "libx11-data")
# The password goes into the Secret Service; any of these provides one.
# Programs that offer the Secret Service the password is kept in (keyring has no
# dbus-python in the bundle for its own KWallet backend, so KWallet is not listed).
RECOMMENDS = "gnome-keyring | keepassxc"

DESCRIPTION = {
    "en": (
        "A step-by-step assistant that sets up an all2all mailbox in Thunderbird and "
        "other mail programs, in Dutch, French, German or English. It explains each "
        "choice in plain words, tests the account against the real servers and keeps "
        "the password in the system's password safe."
    ),
    "nl": (
        "Een assistent die stap voor stap een all2all-mailbox instelt in Thunderbird en "
        "andere e-mailprogramma's, in het Nederlands, Frans, Duits of Engels. Hij legt "
        "elke keuze in eenvoudige woorden uit, test de account op de echte servers en "
        "bewaart het wachtwoord in de wachtwoordkluis van het systeem."
    ),
    "fr": (
        "Un assistant qui configure pas à pas une boîte all2all dans Thunderbird et "
        "d’autres logiciels de messagerie, en néerlandais, en français, en allemand ou "
        "en anglais. Il explique chaque choix avec des mots simples, teste le compte sur "
        "les vrais serveurs et garde le mot de passe dans le coffre-fort à mots de passe "
        "du système."
    ),
    "de": (
        "Ein Assistent, der ein all2all-Postfach Schritt für Schritt in Thunderbird und "
        "anderen E-Mail-Programmen einrichtet, auf Niederländisch, Französisch, Deutsch "
        "oder Englisch. Er erklärt jede Wahl in einfachen Worten, testet das Konto mit "
        "den echten Servern und bewahrt das Passwort im Passwortspeicher des Systems auf."
    ),
}
KEYWORDS = {
    "en": "mail;e-mail;IMAP;POP3;SMTP;Thunderbird;account;",
    "nl": "mail;e-mail;IMAP;POP3;SMTP;Thunderbird;account;instellen;",
    "fr": "courriel;e-mail;IMAP;POP3;SMTP;Thunderbird;compte;messagerie;",
    "de": "Mail;E-Mail;IMAP;POP3;SMTP;Thunderbird;Konto;Postfach;einrichten;",
}


def desktop_entry() -> str:
    """The menu entry, with the names and comments in the three languages."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        f"Name={app_info.NAMES['en']}",
        *(f"Name[{lang}]={app_info.NAMES[lang]}" for lang in app_info.TRANSLATED),
        f"Comment={app_info.COMMENTS['en']}",
        *(f"Comment[{lang}]={app_info.COMMENTS[lang]}" for lang in app_info.TRANSLATED),
        f"Keywords={KEYWORDS['en']}",
        *(f"Keywords[{lang}]={KEYWORDS[lang]}" for lang in app_info.TRANSLATED),
        f"Exec={PACKAGE}",
        f"TryExec={PACKAGE}",
        f"Icon={PACKAGE}",
        "Terminal=false",
        "Categories=Network;Email;",
        f"StartupWMClass={PACKAGE}",
        "StartupNotify=true",
    ]
    return "\n".join(lines) + "\n"


def _localized(tag: str, texts: dict[str, str], indent: str = "  ") -> str:
    lines = [f"{indent}<{tag}>{escape(texts['en'])}</{tag}>"]
    lines += [
        f'{indent}<{tag} xml:lang="{lang}">{escape(texts[lang])}</{tag}>'
        for lang in app_info.TRANSLATED
    ]
    return "\n".join(lines)


def metainfo(release_date: str) -> str:
    """AppStream metadata: what software centres show about the program."""
    paragraphs = "\n".join(
        f"    <p{'' if lang == 'en' else f' xml:lang={chr(34)}{lang}{chr(34)}'}>"
        f"{escape(DESCRIPTION[lang])}</p>"
        for lang in app_info.LANGUAGES
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{app_info.APP_ID}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>{app_info.LICENSE}</project_license>
{_localized("name", app_info.NAMES)}
{_localized("summary", app_info.COMMENTS)}
  <description>
{paragraphs}
  </description>
  <developer id="org.all2all">
    <name>{app_info.PUBLISHER}</name>
  </developer>
  <url type="homepage">{app_info.HOMEPAGE}</url>
  <launchable type="desktop-id">{DESKTOP_FILE}</launchable>
  <provides>
    <binary>{PACKAGE}</binary>
  </provides>
  <categories>
    <category>Network</category>
    <category>Email</category>
  </categories>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{app_info.version()}" date="{release_date}"/>
  </releases>
</component>
"""


def copyright_file(bundled: dict[str, str]) -> str:
    """Debian's machine-readable copyright file for what the package carries."""
    libraries = "\n".join(
        f" {name} (Debian package {package})" for name, package in bundled.items()
    )
    return f"""Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {PACKAGE}
Upstream-Contact: {app_info.PUBLISHER}

Files: *
Copyright: all2all setup wizard team
License: GPL-3+
 This program is free software: you can redistribute it and/or modify it under
 the terms of the GNU General Public License as published by the Free Software
 Foundation, either version 3 of the License, or (at your option) any later
 version.
 .
 On Debian systems, the full text of the GNU General Public License version 3
 can be found in /usr/share/common-licenses/GPL-3.

Files: opt/{PACKAGE}/_internal/wizard/resources/wordlists/*
Copyright: derived from wordfreq 3.1.1 by Robyn Speer and the sources it credits
License: CC-BY-SA-4.0
 Creative Commons Attribution-ShareAlike 4.0 International,
 https://creativecommons.org/licenses/by-sa/4.0/ ; the attribution is in
 /opt/{PACKAGE}/_internal/wizard/resources/wordlists/ATTRIBUTION.md.

Files: opt/{PACKAGE}/_internal/PySide6/* opt/{PACKAGE}/_internal/shiboken6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3
 Qt for Python (PySide6) and the Qt libraries, used under the GNU Lesser General
 Public License version 3. On Debian systems, the full text can be found in
 /usr/share/common-licenses/LGPL-3.

Files: opt/{PACKAGE}/_internal/libpython* opt/{PACKAGE}/_internal/base_library.zip
Copyright: Python Software Foundation
License: PSF-2.0
 The Python interpreter and standard library, under the Python Software
 Foundation License version 2 (https://docs.python.org/3/license.html).

Comment: The bundle also carries these shared libraries, copied from the build
 machine's Debian packages; each is under the licence stated in that package's
 /usr/share/doc/<package>/copyright:
{libraries}
"""


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def outside_libraries(bundle: Path) -> tuple[set[str], str]:
    """System libraries the bundle's files link to directly, and the newest glibc version.

    A library counts when a file in the bundle names it (``NEEDED``) and the bundle
    does not carry it; ``ldd``, run with the bundle's folders first (as the bootloader
    and Qt's RPATHs do), says where the system has it. Libraries those pull in are the
    system packages' own dependencies.
    """
    elf = _elf_files(bundle)
    carried = {path.name for path in bundle.rglob("*")}
    library_dirs = sorted({str(path.parent) for path in elf})
    environment = dict(os.environ, LD_LIBRARY_PATH=":".join(library_dirs))
    outside: set[str] = set()
    glibc = (2, 0)
    for path in elf:
        headers = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True)
        needed = set(re.findall(r"^\s*NEEDED\s+(\S+)", headers.stdout, re.MULTILINE)) - carried
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", headers.stdout):
            glibc = max(glibc, (int(major), int(minor)))
        if not needed:
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=environment)
        for line in result.stdout.splitlines():
            name, arrow, rest = line.strip().partition(" => ")
            if not arrow or name not in needed:
                continue
            if rest.startswith("not found"):
                raise SystemExit(f"build_deb: {path} needs {name}, found nowhere")
            outside.add(rest.split(" (")[0])
    return outside, f"{glibc[0]}.{glibc[1]}"


def packages_of(paths: set[str]) -> dict[str, str]:
    """Debian package owning each path (``dpkg -S``; merged /usr tried both ways)."""
    owners: dict[str, str] = {}
    for path in sorted(paths):
        candidates = [path, os.path.realpath(path)]
        if path.startswith("/lib"):
            candidates.append("/usr" + path)
        elif path.startswith("/usr/lib"):
            candidates.append(path.removeprefix("/usr"))
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                owners[path] = result.stdout.split(":")[0].strip()
                break
        else:
            raise SystemExit(f"build_deb: no Debian package owns {path}")
    return owners


def depends(bundle: Path) -> str:
    """The Depends field: packages of outside libraries (libc6 with its version) + data."""
    outside, glibc = outside_libraries(bundle)
    names = set(packages_of(outside).values()) | set(DATA_DEPENDS)
    fields = [f"libc6 (>= {glibc})" if name == "libc6" else name for name in sorted(names)]
    return ", ".join(fields)


def bundled_libraries(bundle: Path) -> dict[str, str]:
    """System libraries copied into the bundle, with the Debian package they came from."""
    internal = bundle / "_internal"
    names = sorted(
        path.name for path in internal.glob("*.so*") if path.is_file() and not path.is_symlink()
    )
    found: dict[str, str] = {}
    for name in names:
        result = subprocess.run(["dpkg", "-S", f"*/{name}"], capture_output=True, text=True)
        if result.returncode == 0:
            found[name] = result.stdout.splitlines()[0].split(":")[0]
    return found


def _normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for the rest, whatever the umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage(bundle: Path, root: Path, release_date: str) -> None:
    """Lay out the package's files under ``root`` (without DEBIAN/)."""
    shutil.copytree(bundle, root / INSTALL_DIR.relative_to("/"), symlinks=True)
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / PACKAGE).symlink_to(INSTALL_DIR / PACKAGE)
    share = usr / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / DESKTOP_FILE).write_text(desktop_entry(), encoding="utf-8")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / METAINFO_FILE).write_text(metainfo(release_date), encoding="utf-8")
    icons = ROOT / "wizard" / "resources" / "icons"
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(icons / f"all2all-setup-{size}.png", folder / f"{PACKAGE}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(icons / "all2all-setup.svg", scalable / f"{PACKAGE}.svg")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file(bundled_libraries(bundle)), encoding="utf-8")


def control(bundle: Path, root: Path) -> str:
    """The DEBIAN/control file."""
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    installed_kib = (
        sum(path.lstat().st_size for path in root.rglob("*") if not path.is_dir()) // 1024 + 1
    )
    long_description = "\n".join(f" {line}" for line in _wrap(DESCRIPTION["en"], 72))
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {app_info.version()}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {app_info.PUBLISHER} <noreply@all2all.org>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends(bundle)}\n"
        f"Recommends: {RECOMMENDS}\n"
        "Section: mail\n"
        "Priority: optional\n"
        f"Homepage: {app_info.HOMEPAGE}\n"
        f"Description: {app_info.NAMES['en']} assistant\n"
        f"{long_description}\n"
    )


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width)


def release_date() -> str:
    """SOURCE_DATE_EPOCH's day when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        if epoch
        else datetime.datetime.now(datetime.UTC)
    )
    return moment.date().isoformat()


def build_deb(bundle: Path, output: Path, compression: str = "zstd") -> Path:
    """Stage, describe and pack the bundle; return the .deb's path.

    zstd (dpkg >= 1.21.18: Debian 12, Ubuntu 21.10) packs in seconds; xz makes a
    package about a quarter smaller but takes minutes on two cores.
    """
    if not (bundle / PACKAGE).exists():
        raise SystemExit(f"build_deb: no bundle in {bundle}: run packaging/build.py first")
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="a2a-deb-") as staging:
        root = Path(staging) / "root"
        stage(bundle, root, release_date())
        (root / "DEBIAN").mkdir()
        _normalise_modes(root)
        (root / "DEBIAN" / "control").write_text(control(bundle, root), encoding="utf-8")
        (root / "DEBIAN" / "control").chmod(0o644)
        architecture = subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
        deb = output / f"{PACKAGE}_{app_info.version()}_{architecture}.deb"
        subprocess.run(
            ["dpkg-deb", "--build", "--root-owner-group", f"-Z{compression}", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str] | None = None) -> int:
    """Build the .deb from ``--dist``'s bundle into ``--output``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="PyInstaller output")
    parser.add_argument("--output", type=Path, default=None, help="where the .deb goes")
    parser.add_argument("--compression", choices=["zstd", "xz", "gzip"], default="zstd")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    print(build_deb(dist / PACKAGE, (args.output or dist).resolve(), args.compression))
    return 0


if __name__ == "__main__":
    sys.exit(main())
