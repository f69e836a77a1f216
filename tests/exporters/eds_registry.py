"""Evolution's real source registry on a private bus, and Evolution's own library asking it.

:class:`Registry` starts ``/usr/libexec/evolution-source-registry`` (evolution-data-server)
with HOME and the XDG folders in a test's temporary home, on a private D-Bus session bus,
and reads over D-Bus (``org.gnome.evolution.dataserver.Sources5``, ObjectManager at
``/org/gnome/evolution/dataserver/SourceManager``) which sources it loaded: each object's
``UID`` and ``Data`` (the key file text the registry holds).

``python -m tests.exporters.eds_registry UID...`` is a client like Evolution: it loads
``libedataserver-1.2`` with ctypes, connects an ``ESourceRegistry`` to the bus in
``DBUS_SESSION_BUS_ADDRESS``, and prints as JSON what EDS's own parser made of each
source: ESource properties, the properties of each extension (``Mail Account``,
``Authentication``...), the CamelSettings Evolution's mail backends get
(``e_source_camel_get_settings``), the Secret Service label EDS computes
(``e_source_dup_secret_label``) and, with ``--password``, the password EDS finds
(``e_source_lookup_password_sync``). It runs in its own process because libsecret and
GLib keep per-process state about the bus.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from contextlib import closing
from pathlib import Path
from types import TracebackType
from typing import Any

REGISTRY = "/usr/libexec/evolution-source-registry"
BUS_NAME = "org.gnome.evolution.dataserver.Sources5"
MANAGER_PATH = "/org/gnome/evolution/dataserver/SourceManager"
SOURCE_INTERFACE = "org.gnome.evolution.dataserver.Source"
START_TIMEOUT = 30.0


def registry_environment(home: Path, address: str) -> dict[str, str]:
    """A login session reduced to one user's folders and one bus."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "DBUS_SESSION_BUS_ADDRESS": address,
        "GSETTINGS_BACKEND": "memory",  # no dconf service on the private bus
        "LANG": "C.UTF-8",
    }


def _connection(address: str) -> Any:
    return importlib.import_module("jeepney.io.blocking").open_dbus_connection(address)


def loaded_sources(address: str) -> dict[str, str]:
    """UID -> Data of every source the registry on ``address`` holds (empty: none yet)."""
    jeepney = importlib.import_module("jeepney")
    manager = jeepney.DBusAddress(
        MANAGER_PATH, bus_name=BUS_NAME, interface="org.freedesktop.DBus.ObjectManager"
    )
    with closing(_connection(address)) as connection:
        reply = connection.send_and_get_reply(
            jeepney.new_method_call(manager, "GetManagedObjects"), timeout=10
        )
    if reply.header.message_type.name == "error":
        return {}
    found = {}
    for interfaces in reply.body[0].values():
        properties = interfaces.get(SOURCE_INTERFACE)
        if properties:
            found[properties["UID"][1]] = properties["Data"][1]
    return found


class Registry:
    """A running evolution-source-registry for ``home`` on the bus at ``address``."""

    def __init__(self, home: Path, address: str) -> None:
        self.home = home
        self.address = address
        self.log = home / "registry.log"
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [REGISTRY],
                env=registry_environment(home, address),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        self.wait_until(lambda sources: "system-proxy" in sources, "did not start")

    def sources(self) -> dict[str, str]:
        """UID -> Data as the registry holds them now."""
        return loaded_sources(self.address)

    def wait_until(
        self, condition: Callable[[dict[str, str]], bool], what: str, timeout: float = 30
    ) -> dict[str, str]:
        """Poll the registry until ``condition`` holds for its sources."""
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise AssertionError(f"the registry exited ({self.process.returncode}): {what}")
            sources = self.sources()
            if condition(sources):
                return sources
            if time.monotonic() > deadline:
                raise AssertionError(f"the registry {what}; log: {self.log.read_text()!r}")
            time.sleep(0.1)

    def probe(self, *uids: str, password: bool = False) -> dict[str, Any]:
        """What libedataserver, as a client of this registry, makes of each source."""
        arguments = [sys.executable, "-m", "tests.exporters.eds_registry", *uids]
        if password:
            arguments.append("--password")
        result = subprocess.run(
            arguments,
            env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address, "LANG": "C.UTF-8"},
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            timeout=60,
            check=False,
        )
        if result.returncode != 0:
            raise AssertionError(f"probe failed: {result.stderr.decode(errors='replace')}")
        probed: dict[str, Any] = json.loads(result.stdout)
        return probed

    def stop(self) -> None:
        """Stop the registry and wait until its bus name is free again."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def __enter__(self) -> Registry:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


# --- the client side: libedataserver through ctypes (run as a module, in its own process)

_EXTENSION_PROPERTIES: Mapping[str, tuple[str, ...]] = {
    "Mail Account": ("backend-name", "identity-uid", "needs-initial-setup", "builtin"),
    "Mail Identity": ("address", "name", "organization", "reply-to", "aliases"),
    "Mail Submission": ("transport-uid", "sent-folder", "use-sent-folder"),
    "Mail Composition": ("drafts-folder", "templates-folder", "sign-imip"),
    "Mail Transport": ("backend-name",),
    "Authentication": ("host", "port", "user", "method", "remember-password", "proxy-uid"),
    "Security": ("method",),
    "Offline": ("stay-synchronized",),
    "Refresh": ("enabled", "interval-minutes"),
}
_CAMEL_PROPERTIES: Mapping[str, tuple[str, ...]] = {
    "Imapx Backend": (
        "host",
        "port",
        "user",
        "auth-mechanism",
        "security-method",
        "use-idle",
    ),
    "Pop Backend": (
        "host",
        "port",
        "user",
        "auth-mechanism",
        "security-method",
        "keep-on-server",
        "delete-after-days",
        "delete-expunged",
    ),
    "Smtp Backend": ("host", "port", "user", "auth-mechanism", "security-method"),
}
_G_TYPE_BOOLEAN, _G_TYPE_INT, _G_TYPE_UINT, _G_TYPE_ENUM, _G_TYPE_STRING = 20, 24, 28, 48, 64


class _GError(ctypes.Structure):
    _fields_ = [("domain", ctypes.c_uint32), ("code", ctypes.c_int), ("message", ctypes.c_char_p)]


class _Libraries:
    """GLib, GObject and libedataserver with the signatures this probe calls."""

    def __init__(self) -> None:
        pointer, text, error = ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(_GError)
        self.glib = ctypes.CDLL(ctypes.util.find_library("glib-2.0") or "libglib-2.0.so.0")
        self.gobject = ctypes.CDLL(ctypes.util.find_library("gobject-2.0") or "libgobject-2.0.so.0")
        library = ctypes.util.find_library("edataserver-1.2")
        if library is None:
            raise SystemExit("libedataserver-1.2 not found (Debian: evolution-data-server)")
        self.eds = ctypes.CDLL(library)
        signatures: dict[Any, list[tuple[str, Any, list[Any]]]] = {
            self.glib: [("g_free", None, [pointer])],
            self.gobject: [
                ("g_object_class_find_property", pointer, [pointer, text]),
                ("g_value_init", pointer, [pointer, ctypes.c_size_t]),
                ("g_value_unset", None, [pointer]),
                ("g_object_get_property", None, [pointer, text, pointer]),
                ("g_type_fundamental", ctypes.c_size_t, [ctypes.c_size_t]),
                ("g_value_get_boolean", ctypes.c_int, [pointer]),
                ("g_value_get_int", ctypes.c_int, [pointer]),
                ("g_value_get_uint", ctypes.c_uint, [pointer]),
                ("g_value_get_string", text, [pointer]),
                ("g_value_get_enum", ctypes.c_int, [pointer]),
                ("g_type_class_ref", pointer, [ctypes.c_size_t]),
                ("g_enum_get_value", pointer, [pointer, ctypes.c_int]),
                ("g_object_unref", None, [pointer]),
            ],
            self.eds: [
                ("e_source_registry_new_sync", pointer, [pointer, ctypes.POINTER(error)]),
                ("e_source_registry_ref_source", pointer, [pointer, text]),
                ("e_source_has_extension", ctypes.c_int, [pointer, text]),
                ("e_source_get_extension", pointer, [pointer, text]),
                ("e_source_camel_register_types", None, []),
                ("e_source_camel_get_settings", pointer, [pointer]),
                ("e_source_dup_secret_label", pointer, [pointer]),
                (
                    "e_source_lookup_password_sync",
                    ctypes.c_int,
                    [pointer, pointer, ctypes.POINTER(pointer), ctypes.POINTER(error)],
                ),
            ],
        }
        for library_object, functions in signatures.items():
            for name, result, arguments in functions:
                function = getattr(library_object, name)
                function.restype, function.argtypes = result, arguments

    def take_string(self, address: int | None) -> str | None:
        """A newly allocated C string as Python text, freed."""
        if not address:
            return None
        value = ctypes.cast(address, ctypes.c_char_p).value
        self.glib.g_free(address)
        return None if value is None else value.decode("utf-8")

    def property(self, instance: int, name: str) -> Any:
        """One GObject property, as a Python value (enums as their nick)."""
        gobject = self.gobject
        klass = ctypes.cast(instance, ctypes.POINTER(ctypes.c_void_p))[0]
        spec = gobject.g_object_class_find_property(klass, name.encode())
        if not spec:
            raise KeyError(name)
        value_type = ctypes.cast(spec, ctypes.POINTER(ctypes.c_size_t))[3]  # GParamSpec.value_type
        value = ctypes.create_string_buffer(24)  # sizeof (GValue)
        gobject.g_value_init(value, value_type)
        gobject.g_object_get_property(instance, name.encode(), value)
        try:
            fundamental = gobject.g_type_fundamental(value_type)
            if fundamental == _G_TYPE_BOOLEAN:
                return bool(gobject.g_value_get_boolean(value))
            if fundamental == _G_TYPE_INT:
                return gobject.g_value_get_int(value)
            if fundamental == _G_TYPE_UINT:
                return gobject.g_value_get_uint(value)
            if fundamental == _G_TYPE_STRING:
                raw = gobject.g_value_get_string(value)
                return None if raw is None else raw.decode("utf-8")
            if fundamental == _G_TYPE_ENUM:
                number = gobject.g_value_get_enum(value)
                entry = gobject.g_enum_get_value(gobject.g_type_class_ref(value_type), number)
                nick = ctypes.cast(entry, ctypes.POINTER(ctypes.c_char_p))[2]  # value_nick
                return None if nick is None else nick.decode()
            raise TypeError(f"{name}: unsupported fundamental type {fundamental}")
        finally:
            gobject.g_value_unset(value)


def _describe(libraries: _Libraries, source: int, password: bool) -> dict[str, Any]:
    eds = libraries.eds
    described: dict[str, Any] = {
        name: libraries.property(source, name)
        for name in ("uid", "display-name", "parent", "enabled")
    }
    extensions: dict[str, dict[str, Any]] = {}
    for extension, names in _EXTENSION_PROPERTIES.items():
        if eds.e_source_has_extension(source, extension.encode()):
            instance = eds.e_source_get_extension(source, extension.encode())
            extensions[extension] = {name: libraries.property(instance, name) for name in names}
    described["extensions"] = extensions
    for kind in ("Mail Account", "Mail Transport"):
        backend = extensions.get(kind, {}).get("backend-name")
        if backend:  # e_source_camel_configure_service: the settings Camel connects with
            camel = f"{backend[:1].upper()}{backend[1:]} Backend"
            settings = eds.e_source_camel_get_settings(
                eds.e_source_get_extension(source, camel.encode())
            )
            described["camel"] = {
                name: libraries.property(settings, name) for name in _CAMEL_PROPERTIES[camel]
            }
    described["secret_label"] = libraries.take_string(eds.e_source_dup_secret_label(source))
    if password:
        found = ctypes.c_void_p()
        error = ctypes.POINTER(_GError)()
        if not eds.e_source_lookup_password_sync(
            source, None, ctypes.byref(found), ctypes.byref(error)
        ):
            raise SystemExit(f"lookup failed: {error.contents.message!r}")
        described["password"] = libraries.take_string(found.value)
    return described


def main(arguments: list[str]) -> int:
    """Print what EDS makes of the sources named on the command line, as JSON."""
    password = "--password" in arguments
    uids = [argument for argument in arguments if argument != "--password"]
    libraries = _Libraries()
    libraries.eds.e_source_camel_register_types()  # what Evolution does at start
    error = ctypes.POINTER(_GError)()
    registry = libraries.eds.e_source_registry_new_sync(None, ctypes.byref(error))
    if not registry:
        raise SystemExit(f"no registry: {error.contents.message!r}")
    result: dict[str, Any] = {}
    for uid in uids:
        source = libraries.eds.e_source_registry_ref_source(registry, uid.encode())
        result[uid] = _describe(libraries, source, password) if source else None
        if source:
            libraries.gobject.g_object_unref(source)
    libraries.gobject.g_object_unref(registry)
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
