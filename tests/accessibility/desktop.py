"""A desktop a screen reader can read: Xvfb, a session bus and the AT-SPI bus.

Qt exposes nothing to AT-SPI under the offscreen platform, so the wizard runs on a
virtual X display (Xvfb). A private D-Bus session bus carries ``org.a11y.Bus``, which
at-spi-bus-launcher (at-spi2-core) answers with the address of the accessibility bus it
starts; the registry (at-spi2-registryd) lists the applications on that bus and hands
out the events. Every part lives in temporary folders and is stopped by its process id.

There is no window manager: ``xdotool windowfocus`` gives the wizard's window the
keyboard focus as a window manager does when a window appears. Everything after that is
real key presses (:meth:`AtSpi.press`).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

from tests.accessibility.atspi import REGISTRY, AtSpi, Node, a11y_bus_address
from tests.support import require_program

ROOT = Path(__file__).resolve().parent.parent.parent
START_TIMEOUT = 30.0


@dataclass(frozen=True)
class Programs:
    xvfb: str
    dbus_daemon: str
    bus_launcher: str
    registry: str
    xdotool: str


def find_programs() -> Programs:
    """The system programs; locally a missing one skips, in CI it fails (tests/support)."""
    return Programs(
        xvfb=require_program("Xvfb", "xvfb"),
        dbus_daemon=require_program("dbus-daemon", "dbus"),
        bus_launcher=require_program("at-spi-bus-launcher", "at-spi2-core"),
        registry=require_program("at-spi2-registryd", "at-spi2-core"),
        xdotool=require_program("xdotool", "xdotool"),
    )


@dataclass
class Desktop:
    """The running display and buses, and the environment a program needs to use them."""

    programs: Programs
    environment: dict[str, str]
    atspi: AtSpi

    @property
    def display(self) -> str:
        return self.environment["DISPLAY"]

    def focus_window_of(self, pid: int) -> None:
        """Give the keyboard to the visible window of process ``pid``, as a window
        manager does when the window appears."""
        found = self._xdotool("search", "--sync", "--onlyvisible", "--pid", str(pid))
        window = found.split()[0]
        self._xdotool("windowfocus", "--sync", window)

    def _xdotool(self, *arguments: str) -> str:
        result = subprocess.run(
            [self.programs.xdotool, *arguments],
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT,
            check=True,
        )
        return result.stdout


def _wait(condition: Callable[[], bool], what: str, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _name_has_owner(session_bus: str, name: str) -> bool:
    try:
        connection = open_dbus_connection(session_bus)
    except OSError:
        return False
    try:
        bus = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")
        reply = connection.send_and_get_reply(
            new_method_call(bus, "NameHasOwner", "s", (name,)), timeout=5
        )
        return bool(reply.body[0])
    finally:
        connection.close()


@contextlib.contextmanager
def running_desktop(folder: Path) -> Iterator[Desktop]:
    """Xvfb on a free display, a session bus, the AT-SPI bus; all stopped afterwards."""
    programs = find_programs()
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    home = folder / "home"
    home.mkdir()
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),  # the AT-SPI bus's socket goes here
        "LANG": "C.UTF-8",
    }
    processes: list[subprocess.Popen[bytes]] = []
    try:
        read, write = os.pipe()
        xvfb = [programs.xvfb, "-displayfd", str(write), "-nolisten", "tcp"]
        processes.append(
            subprocess.Popen(
                [*xvfb, "-screen", "0", "1280x1024x24"],
                pass_fds=(write,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=environment,
            )
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            environment["DISPLAY"] = f":{pipe.readline().strip()}"
        bus = subprocess.Popen(
            [programs.dbus_daemon, "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=environment,
        )
        processes.append(bus)
        assert bus.stdout is not None
        environment["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        processes.append(
            subprocess.Popen(
                [programs.bus_launcher, "--launch-immediately", "--a11y=1"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=environment,
            )
        )
        session = environment["DBUS_SESSION_BUS_ADDRESS"]
        _wait(lambda: _name_has_owner(session, "org.a11y.Bus"), "the AT-SPI bus launcher")
        a11y_bus = a11y_bus_address(session)
        # Started here rather than by D-Bus activation, so that it is this test's child.
        processes.append(
            subprocess.Popen(
                [programs.registry],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=environment,
            )
        )
        _wait(lambda: _name_has_owner(a11y_bus, REGISTRY), "the AT-SPI registry")
        atspi = AtSpi(a11y_bus)
        try:
            yield Desktop(programs, environment, atspi)
        finally:
            atspi.close()
    finally:
        for process in reversed(processes):
            _stop(process)


@dataclass
class Wizard:
    """The real wizard in its own process, and its accessible application."""

    process: subprocess.Popen[bytes]
    application: Node
    log: Path

    def window(self, atspi: AtSpi) -> Node:
        """The wizard's window (the application's only top-level child)."""
        return atspi.children(self.application)[0]

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextlib.contextmanager
def running_wizard(
    desktop: Desktop,
    folder: Path,
    arguments: list[str],
    extra_environment: dict[str, str] | None = None,
    python_path: list[Path] | None = None,
) -> Iterator[Wizard]:
    """``python -m wizard ARGUMENTS`` on the desktop, with its keyboard focus; stopped
    (by its process id) when the block ends, unless it ended by itself."""
    home = folder / "home"
    home.mkdir(exist_ok=True)
    logs = folder / "logs"
    logs.mkdir(exist_ok=True)
    environment = {
        **desktop.environment,
        "HOME": str(home),
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "1",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        # No keyring daemon on this bus: the wizard reports the keyring as missing.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "ALL2ALL_SETUP_LOG_DIR": str(logs),
        "PYTHONPATH": os.pathsep.join(str(path) for path in [*(python_path or []), ROOT]),
        **(extra_environment or {}),
    }
    output = folder / "wizard-output.txt"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "wizard", *arguments],
            cwd=ROOT,
            env=environment,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        atspi = desktop.atspi
        found: list[Node] = []

        def listed() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"the wizard ended early:\n{output.read_text()}")
            application = atspi.application_of(process.pid)
            if application is not None and atspi.children(application):
                found.append(application)
                return True
            return False

        _wait(listed, "the wizard on the AT-SPI bus")
        desktop.focus_window_of(process.pid)
        yield Wizard(process, found[0], output)
    finally:
        _stop(process)
