"""The Windows installer script: compiled with makensis, and run under Wine.

makensis runs on Linux, but a Linux bundle is no Windows program, so the installer is
compiled against stand-ins for PyInstaller's Windows output: the file names the script
expects (``all2all-setup.exe``, ``all2all-setup-gui.exe``, ``_internal\\``).

* The release build (32-bit NSIS stub, as on the Windows runner) is compiled against the
  Linux bundle's executable and data files, and against a few bytes with a signing
  command (osslsigncode and a throw-away certificate) and with the Windows code page.
* The same script is also compiled for 64-bit (``-XTarget amd64-unicode``, nothing else
  changed) against copies of Wine's Notepad, and those installers run under Wine with a
  virtual display, where a message box that nobody answers keeps the process waiting.
  That proves, with Windows' own rules as Wine implements them: a silent run shows no
  message box; ``/D=`` wins over the default and the previous installation's folder; a
  running program (a real mapped executable) stops an update and a removal with exit
  code 3 and changes nothing; any other file in use stops an update with exit code 2
  instead of being skipped; an uninstaller removes its own installation, not the
  registered one; the uninstaller the installer writes is signed.
* What Wine cannot be made to be, two test-only builds pretend, each replacing a single
  question to Windows and nothing of the script's logic: ``-DTEST_ACCOUNT_TYPE=User``
  (Wine always runs as an administrator) and a ``RunningX64`` that answers no (the 64-bit
  stub always answers yes).

What stays unproven here: the 32-bit stub's own ``RunningX64`` on a real 32-bit Windows,
UAC prompts, and signtool with a real certificate; the release workflow covers the
last and the running-program check on real Windows.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, Frozen, load
from tests.support import require_program

app_info = load("app_info.py")
icons = load("icons.py")

SCRIPT = PACKAGING / "windows" / "installer.nsi"
LANGUAGE_IDS = {"en": 1033, "nl": 1043, "fr": 1036, "de": 1031}
PROGRAMS = ("all2all-setup.exe", "all2all-setup-gui.exe")
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\all2all-setup"
# The installer's exit codes (packaging/windows/installer.nsi, docs/deployment.md).
EXIT_STOPPED = 2  # NSIS's own
EXIT_PROGRAM_RUNNING = 3
EXIT_NO_ADMIN_RIGHTS = 4
EXIT_NEEDS_64BIT = 5
NEW_TEXTS = ("AllUsersNotPossible", "Needs64Bit", "ProgramRunning")
NBSP = "\u00a0"


def makensis(*arguments: str) -> subprocess.CompletedProcess[str]:
    program = require_program("makensis", "nsis")
    return subprocess.run(
        [program, "-WX", "-V4", *arguments, str(SCRIPT)], capture_output=True, text=True
    )


def build(source: Path, output: Path, *arguments: str) -> str:
    """Compile the script into ``output``; the compiler's log."""
    result = makensis(
        f"-DVERSION={app_info.version()}",
        f"-DSOURCE_DIR={source}",
        f"-DOUTFILE={output}",
        *arguments,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    return result.stdout


def language_strings(log: str, name: str) -> dict[int, str]:
    """The texts of one LangString per language id, as makensis read them."""
    prefix = f'LangString: "{name}" '
    found = {}
    for line in log.splitlines():
        if line.startswith(prefix):
            identifier, _, text = line[len(prefix) :].partition(" ")
            found[int(identifier)] = text.strip('"')
    return found


@pytest.fixture(scope="module")
def stand_in(frozen: Frozen, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Linux bundle under the Windows names (its 120 MB of libraries left out:
    they would only make LZMA compression slow)."""
    folder = tmp_path_factory.mktemp("windows-bundle") / "all2all-setup"
    internal = folder / "_internal"
    internal.mkdir(parents=True)
    for name in PROGRAMS:
        shutil.copyfile(frozen.executable, folder / name)
    shutil.copytree(frozen.folder / "_internal" / "wizard", internal / "wizard")  # the data
    return folder


@pytest.fixture(scope="module")
def small_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few bytes under the Windows names, for builds that are only compiled."""
    folder = tmp_path_factory.mktemp("small-bundle") / "all2all-setup"
    (folder / "_internal").mkdir(parents=True)
    for name in PROGRAMS:
        (folder / name).write_bytes(b"MZ stand-in")
    (folder / "_internal" / "data.txt").write_text("data\n")
    return folder


# --- Compiled ---------------------------------------------------------------------------


def test_installer_compiles_with_four_languages(stand_in: Path, tmp_path: Path):
    ico, _ = icons.write_icons(tmp_path / "icons")
    output = tmp_path / "all2all-setup-setup.exe"
    log = build(stand_in, output, f"-DICON={ico}")
    data = output.read_bytes()
    assert data[:2] == b"MZ"
    assert b"NullsoftInst" in data
    assert "writing output (x86-unicode)" in log  # the release's 32-bit stub
    assert log.count("4 language tables") == 2  # installer and uninstaller
    for language, identifier in LANGUAGE_IDS.items():
        assert f'LangString: "AppName" {identifier} "{app_info.NAMES[language]}"' in log
    # Installs both programs, the bundle folder and a Start-menu shortcut to the windowed
    # one; the uninstaller removes exactly those and its registry key.
    for name in PROGRAMS:
        assert f'File: "{name}"' in log
        assert f'Delete: "$INSTDIR\\{name}"' in log
    assert 'WriteUninstaller: "$INSTDIR\\uninstall.exe"' in log
    assert 'CreateShortcut: "$SMPROGRAMS\\$(AppName).lnk"->"$INSTDIR\\all2all-setup-gui.exe"' in log
    assert log.count('RMDir: /r "$INSTDIR\\_internal"') == 2  # before an update, and removal
    assert "DeleteRegKey: SHCTX\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" in log
    assert "!finalize" not in log  # unsigned without SIGN_COMMAND


def test_installer_refuses_to_compile_without_a_version(small_bundle: Path, tmp_path: Path):
    result = makensis(
        f"-DSOURCE_DIR={small_bundle}", f"-DOUTFILE={tmp_path / 'all2all-setup-x-setup.exe'}"
    )
    assert result.returncode != 0
    assert "VERSION is required" in result.stdout + result.stderr


def test_installer_names_match_the_programs_names():
    script = SCRIPT.read_text(encoding="utf-8-sig")
    for language, name in app_info.NAMES.items():
        nsis_language = {"en": "ENGLISH", "nl": "DUTCH", "fr": "FRENCH", "de": "GERMAN"}[language]
        assert f'LangString AppName ${{LANG_{nsis_language}}} "{name}"' in script


def test_texts_survive_the_windows_code_page(small_bundle: Path, tmp_path: Path):
    """makensis on Windows reads a script without byte-order mark in the ANSI code page
    (cp1252 on Belgian systems): the script's mark keeps the accents intact."""
    log = build(small_bundle, tmp_path / "all2all-setup-test-setup.exe", "-INPUTCHARSET", "CP1252")
    for name in NEW_TEXTS:
        texts = language_strings(log, name)
        assert set(texts) == set(LANGUAGE_IDS.values()), name
        assert len(set(texts.values())) == len(LANGUAGE_IDS), f"{name}: a text is not translated"
    assert "d’utilisateur" in language_strings(log, "AllUsersNotPossible")[1036]
    assert "geïnstalleerd" in language_strings(log, "Needs64Bit")[1043]
    french = language_strings(log, "Needs64Bit")[1036]
    assert f"«{NBSP}Configuration de la messagerie all2all{NBSP}»" in french
    assert f"bits{NBSP}: le programme" in french
    assert "Réessayer" in language_strings(log, "ProgramRunning")[1036]
    german = language_strings(log, "ProgramRunning")[1031]
    assert "„all2all-E-Mail einrichten“ ist noch geöffnet. Schließen Sie" in german


@dataclass(frozen=True)
class Signer:
    """A signing command for SIGN_COMMAND: osslsigncode with a throw-away certificate,
    logging each file it signs."""

    command: Path
    certificate: Path
    log: Path

    def verified(self, executable: Path) -> bool:
        osslsigncode = require_program("osslsigncode", "osslsigncode")
        result = subprocess.run(
            [osslsigncode, "verify", "-CAfile", str(self.certificate), "-in", str(executable)],
            capture_output=True,
            text=True,
        )
        return result.returncode == 0 and "Signature verification: ok" in result.stdout


@pytest.fixture(scope="module")
def signer(tmp_path_factory: pytest.TempPathFactory) -> Signer:
    openssl = require_program("openssl", "openssl")
    osslsigncode = require_program("osslsigncode", "osslsigncode")
    folder = tmp_path_factory.mktemp("signer")
    key, certificate, log = folder / "key.pem", folder / "cert.pem", folder / "signed.log"
    arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
    arguments += ["-keyout", str(key), "-out", str(certificate)]
    arguments += ["-subj", "/CN=all2all test signer", "-addext", "extendedKeyUsage=codeSigning"]
    subprocess.run([openssl, *arguments], check=True, capture_output=True)
    command = folder / "sign.sh"
    command.write_text(
        "#!/bin/sh\nset -e\n"
        f'"{osslsigncode}" sign -certs "{certificate}" -key "{key}" -h sha256 '
        '-n "all2all mail setup" -in "$1" -out "$1.signed"\n'
        'mv "$1.signed" "$1"\n'
        f'echo "$1" >> "{log}"\n'
    )
    command.chmod(0o755)
    return Signer(command, certificate, log)


def test_sign_command_signs_the_uninstaller_then_the_installer(
    small_bundle: Path, signer: Signer, tmp_path: Path
):
    output = tmp_path / "all2all-setup-test-setup.exe"
    signer.log.unlink(missing_ok=True)
    build(small_bundle, output, f"-DSIGN_COMMAND={signer.command}")
    signed = signer.log.read_text().splitlines()
    assert len(signed) == 2
    assert Path(signed[0]) != output  # the uninstaller, before it is packed
    assert Path(signed[1]) == output
    assert signer.verified(output)


def test_build_fails_when_signing_fails(small_bundle: Path, tmp_path: Path):
    failing = tmp_path / "sign.sh"
    failing.write_text("#!/bin/sh\nexit 1\n")
    failing.chmod(0o755)
    result = makensis(
        f"-DVERSION={app_info.version()}",
        f"-DSOURCE_DIR={small_bundle}",
        f"-DOUTFILE={tmp_path / 'all2all-setup-test-setup.exe'}",
        f"-DSIGN_COMMAND={failing}",
    )
    assert result.returncode != 0


# --- Run under Wine ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A virtual X display: under it, an unanswered message box keeps Wine waiting."""
    xvfb = require_program("Xvfb", "xvfb")
    read, write = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    process.terminate()
    process.wait(timeout=30)


PER_MACHINE = r"C:\Program Files\all2all-setup"
TEST_FOLDERS = r"C:\a2a-tests"


@dataclass(frozen=True)
class Wine:
    """One Wine prefix (a 64-bit Windows) for the module."""

    binary: str
    prefix: Path
    environment: dict[str, str]

    def call(self, *arguments: str, timeout: float = 120) -> tuple[int, str]:
        """Run a Windows program to its end: exit code and output. Output goes through
        a file, not a pipe, which Wine's background processes could keep open."""
        with tempfile.TemporaryFile() as output:
            process = subprocess.Popen(
                [self.binary, *arguments],
                env=self.environment,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                code = process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)  # this run's own process group
                process.wait(timeout=30)
                raise
            output.seek(0)
            return code, output.read().decode(errors="replace")

    def run(self, program: Path | str, *arguments: str, timeout: float = 120) -> int:
        """A program's exit code. A message box would make it time out."""
        return self.call(str(program), *arguments, timeout=timeout)[0]

    def start(self, program: str) -> subprocess.Popen[bytes]:
        """Start a program and return once Windows has mapped its file into memory."""
        process = subprocess.Popen(
            [self.binary, program],
            env=self.environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while not self.mapped(self.path(program)):
            assert time.monotonic() < deadline, f"{program} did not start"
            time.sleep(0.2)
        return process

    def stop(self, process: subprocess.Popen[bytes], program: str) -> None:
        os.killpg(process.pid, signal.SIGKILL)  # the process group started above
        process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while self.mapped(self.path(program)):
            assert time.monotonic() < deadline, f"{program} is still running"
            time.sleep(0.2)

    @staticmethod
    def mapped(file: Path) -> bool:
        """Whether a process has the file mapped (Wine runs each Windows program as a
        Linux process, its executable mapped from the file as on Windows)."""
        needle = f" {os.path.realpath(file)}\n"
        for maps in Path("/proc").glob("[0-9]*/maps"):
            try:
                if needle in maps.read_text():
                    return True
            except OSError:
                continue  # ended meanwhile
        return False

    def path(self, windows_path: str) -> Path:
        """The Linux path of a C:\\ path in the prefix."""
        assert windows_path[:3].upper() == "C:\\", windows_path
        return self.prefix / "drive_c" / Path(*windows_path[3:].split("\\"))

    def per_user(self) -> str:
        """MultiUser.nsh's per-user folder (FOLDERID_UserProgramFiles)."""
        users = self.prefix / "drive_c" / "users"
        (user,) = [folder.name for folder in users.iterdir() if folder.name != "Public"]
        return rf"C:\users\{user}\AppData\Local\Programs\all2all-setup"

    def registered(self, root: str) -> str | None:
        """InstallLocation of the Add/Remove Programs entry under HKCU or HKLM."""
        code, output = self.call(
            "reg", "query", f"{root}\\{UNINSTALL_KEY}", "/v", "InstallLocation"
        )
        for line in output.splitlines():
            name, _, value = line.strip().partition("    REG_SZ    ")
            if code == 0 and name == "InstallLocation":
                return value
        return None

    def forget_installations(self) -> None:
        for root in ("HKCU", "HKLM"):
            self.call("reg", "delete", f"{root}\\{UNINSTALL_KEY}", "/f")
        for folder in (self.per_user(), PER_MACHINE, TEST_FOLDERS):
            shutil.rmtree(self.path(folder), ignore_errors=True)


@pytest.fixture(scope="module")
def wine_prefix(display: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    binary = require_program("wine", "wine")
    wineboot = require_program("wineboot", "wine")
    wineserver = require_program("wineserver", "wine")
    prefix = tmp_path_factory.mktemp("wine") / "prefix"
    prefix.mkdir()
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("WINE")
    } | {
        "WINEPREFIX": str(prefix),
        "WINEARCH": "win64",
        "WINEDEBUG": "-all",
        # No Mono and Gecko installers, no Linux menu entries for the shortcuts.
        "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
        "DISPLAY": display,
        # No session bus: Wine's device manager would otherwise start one that outlives it.
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",
    }

    def quietly(*command: str, timeout: float) -> None:
        subprocess.run(
            command,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=True,
        )

    # One server for the whole module, started outside the process groups that
    # Wine.call and Wine.stop may kill.
    quietly(wineserver, "-p", timeout=60)
    quietly(wineboot, "--init", timeout=600)
    assert (prefix / "drive_c" / "windows" / "system32" / "notepad.exe").exists()
    yield Wine(binary, prefix, environment)
    quietly(wineserver, "-k", timeout=60)


@pytest.fixture
def wine(wine_prefix: Wine) -> Wine:
    """The prefix with no installation registered and no installation folders."""
    wine_prefix.forget_installations()
    return wine_prefix


@dataclass(frozen=True)
class Installers:
    """The script compiled for 64-bit, as is and in the test-only variants."""

    plain: Path
    not_admin: Path  # UserInfo's answer replaced by "User"
    windows_32bit: Path  # RunningX64 replaced by "no"
    signed: Path


@pytest.fixture(scope="module")
def installers(
    wine_prefix: Wine, signer: Signer, tmp_path_factory: pytest.TempPathFactory
) -> Installers:
    # Wine's Notepad as both programs: a real Windows program, mapped from the
    # installation folder while it runs, as PyInstaller's would be.
    folder = tmp_path_factory.mktemp("wine-bundle")
    source = folder / "all2all-setup"
    (source / "_internal").mkdir(parents=True)
    notepad = wine_prefix.path(r"C:\windows\system32\notepad.exe")
    for name in PROGRAMS:
        shutil.copyfile(notepad, source / name)
    (source / "_internal" / "data.txt").write_text("data\n")
    shutil.copyfile(notepad, source / "_internal" / "helper.exe")  # like a DLL in use
    amd64 = "-XTarget amd64-unicode"
    result = Installers(
        folder / "all2all-setup-plain-setup.exe",
        folder / "all2all-setup-notadmin-setup.exe",
        folder / "all2all-setup-32bit-setup.exe",
        folder / "all2all-setup-signed-setup.exe",
    )
    build(source, result.plain, amd64)
    build(source, result.not_admin, amd64, "-DTEST_ACCOUNT_TYPE=User")
    # x64.nsh left out, so RunningX64 is what the command line says: 1 = 0, false.
    build(source, result.windows_32bit, amd64, "-D___X64__NSH___", "-DRunningX64=1 = 0")
    build(source, result.signed, amd64, f"-DSIGN_COMMAND={signer.command}")
    return result


def installed(wine: Wine, folder: str) -> bool:
    path = wine.path(folder)
    return (
        all((path / name).is_file() for name in (*PROGRAMS, "uninstall.exe"))
        and (path / "_internal" / "data.txt").is_file()
    )


def raw(option: str) -> list[str]:
    """An option that NSIS reads to the end of the command line, unquoted: Wine would
    quote one argument with spaces, so it gets the words."""
    return option.split(" ")


def uninstall(wine: Wine, folder: str, *arguments: str) -> int:
    """Run the folder's uninstaller and wait for it (``_?=``: in place; without it
    the uninstaller starts a copy of itself and returns at once)."""
    return wine.run(wine.path(folder) / "uninstall.exe", "/S", *arguments, *raw(f"_?={folder}"))


def test_silent_installation_is_per_user_and_removable(wine: Wine, installers: Installers):
    assert wine.run(installers.plain, "/S") == 0
    folder = wine.per_user()
    assert installed(wine, folder)
    assert wine.registered("HKCU") == folder
    assert wine.registered("HKLM") is None
    assert uninstall(wine, folder, "/CurrentUser") == 0
    assert not (wine.path(folder) / "_internal").exists()
    assert wine.registered("HKCU") is None


def test_d_option_wins_over_default_and_previous_folder(wine: Wine, installers: Installers):
    assert wine.run(installers.plain, "/S") == 0
    assert wine.registered("HKCU") == wine.per_user()
    # An update with /D= goes to the given folder, not the registered one.
    custom = r"C:\a2a-tests\Mail Setup\all2all"
    assert wine.run(installers.plain, "/S", *raw(f"/D={custom}")) == 0
    assert installed(wine, custom)
    assert wine.registered("HKCU") == custom
    # Per machine too, where MultiUser.nsh sets Program Files.
    machine = r"C:\a2a-tests\machine"
    assert wine.run(installers.plain, "/S", "/AllUsers", rf"/D={machine}") == 0
    assert installed(wine, machine)
    assert wine.registered("HKLM") == machine
    assert not wine.path(PER_MACHINE).exists()


def test_all_users_installs_per_machine_for_an_administrator(wine: Wine, installers: Installers):
    assert wine.run(installers.plain, "/S", "/AllUsers") == 0
    assert installed(wine, PER_MACHINE)
    assert wine.registered("HKLM") == PER_MACHINE
    assert uninstall(wine, PER_MACHINE, "/AllUsers") == 0
    assert not (wine.path(PER_MACHINE) / "_internal").exists()
    assert wine.registered("HKLM") is None


def test_silent_all_users_without_admin_rights_quits_without_a_window(
    wine: Wine, installers: Installers
):
    # A message box would keep the run waiting until the timeout.
    assert wine.run(installers.not_admin, "/S", "/allusers", timeout=60) == EXIT_NO_ADMIN_RIGHTS
    assert wine.registered("HKCU") is None
    assert wine.registered("HKLM") is None
    assert not wine.path(PER_MACHINE).exists()
    assert not wine.path(wine.per_user()).exists()
    # Without /AllUsers the same user installs for themselves.
    assert wine.run(installers.not_admin, "/S") == 0
    assert installed(wine, wine.per_user())


def test_uninstaller_removes_its_own_installation_only(wine: Wine, installers: Installers):
    """After a move with /D=, the old folder's uninstaller must not remove the new one
    (MultiUser.nsh points every uninstaller at the registered folder)."""
    old, new = r"C:\a2a-tests\old", r"C:\a2a-tests\new"
    assert wine.run(installers.plain, "/S", f"/D={old}") == 0
    assert wine.run(installers.plain, "/S", f"/D={new}") == 0
    assert wine.registered("HKCU") == new
    assert uninstall(wine, old) == 0
    assert not (wine.path(old) / "_internal").exists()
    assert installed(wine, new)
    assert wine.registered("HKCU") == new  # the entry describes the other installation
    # A trailing backslash and another case still name the same folder.
    assert wine.run(wine.path(new) / "uninstall.exe", "/S", r"_?=C:\A2A-TESTS\NEW" + "\\") == 0
    assert not (wine.path(new) / "_internal").exists()
    assert wine.registered("HKCU") is None


@pytest.mark.parametrize("program", PROGRAMS)
def test_running_program_stops_update_and_removal(wine: Wine, installers: Installers, program: str):
    folder = r"C:\a2a-tests\running"
    assert wine.run(installers.plain, "/S", f"/D={folder}") == 0
    marker = wine.path(folder) / "_internal" / "from-the-old-version"
    marker.write_text("old\n")
    running = wine.start(f"{folder}\\{program}")
    try:
        assert wine.run(installers.plain, "/S", f"/D={folder}") == EXIT_PROGRAM_RUNNING
        assert marker.exists()  # _internal untouched: nothing was replaced
        assert uninstall(wine, folder) == EXIT_PROGRAM_RUNNING
        assert installed(wine, folder)
        assert wine.registered("HKCU") == folder
    finally:
        wine.stop(running, f"{folder}\\{program}")
    assert wine.run(installers.plain, "/S", f"/D={folder}") == 0
    assert not marker.exists()
    assert uninstall(wine, folder) == 0
    assert not (wine.path(folder) / program).exists()


def test_a_file_in_use_fails_the_update_instead_of_being_skipped(
    wine: Wine, installers: Installers
):
    """Locked by something else than the two programs (a library in use, an antivirus
    scan): NSIS would skip the file and report success; the update must fail visibly."""
    folder = r"C:\a2a-tests\locked"
    assert wine.run(installers.plain, "/S", f"/D={folder}") == 0
    helper = rf"{folder}\_internal\helper.exe"
    running = wine.start(helper)
    try:
        assert wine.run(installers.plain, "/S", f"/D={folder}") == EXIT_STOPPED
    finally:
        wine.stop(running, helper)
    assert wine.run(installers.plain, "/S", f"/D={folder}") == 0
    assert installed(wine, folder)


def test_32bit_windows_is_refused(wine: Wine, installers: Installers):
    assert wine.run(installers.windows_32bit, "/S", timeout=60) == EXIT_NEEDS_64BIT
    assert not wine.path(wine.per_user()).exists()
    # Not silent, the refusal is a message box that waits for the user.
    with pytest.raises(subprocess.TimeoutExpired):
        wine.run(installers.windows_32bit, timeout=10)
    assert wine.registered("HKCU") is None


def test_signed_installer_writes_a_signed_uninstaller(
    wine: Wine, installers: Installers, signer: Signer
):
    assert signer.verified(installers.signed)
    folder = r"C:\a2a-tests\signed"
    assert wine.run(installers.signed, "/S", f"/D={folder}") == 0
    assert signer.verified(wine.path(folder) / "uninstall.exe")
    assert not signer.verified(wine.path(folder) / "all2all-setup.exe")  # not signed here
    assert uninstall(wine, folder) == 0
    assert not (wine.path(folder) / "_internal").exists()
