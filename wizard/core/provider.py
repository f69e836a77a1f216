"""Provider facts (servers, ports, quota, relays, webmail) loaded from ``provider.toml``.

Keeping these as data means a host name change or an extra ISP relay is a one-line edit
or a preset override, and the tests can point the whole program at a local mail server.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from wizard.core.file_access import TooLargeError, read_bounded
from wizard.core.limits import MAX_PROVIDER_FILE
from wizard.core.model import Authentication, Protocol, Security, ServerEndpoint

MIB = 1024 * 1024

_Choice = TypeVar("_Choice", Security, Authentication)


class ProviderDataError(ValueError):
    """The provider file is missing, not TOML, or lacks or mistypes a key.

    ``key`` is the dotted path of the offending entry, so the message can name it.
    """

    def __init__(self, path: Path | None, key: str, problem: str) -> None:
        self.path = path
        self.key = key
        self.problem = problem
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{key}: {problem}" if key else f"{where}{problem}")


@dataclass(frozen=True)
class Relay:
    """An outgoing server run by an internet provider."""

    id: str
    isp: str
    endpoint: ServerEndpoint
    own_network_only: bool
    source: str
    checked: str

    @property
    def offered(self) -> bool:
        """Whether the wizard offers it: only relays that need no extra login."""
        return self.endpoint.authentication is Authentication.NONE


@dataclass(frozen=True)
class Administrator:
    """Who hands out logins and sets up vacation messages and forwarding."""

    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class WebmailMenus:
    """The webmail's own menu names, in the language it shows (the guide's words)."""

    preferences: str
    mail: str
    main: str


@dataclass(frozen=True)
class Provider:
    """Everything the wizard knows about the mail service."""

    name: str
    incoming_host: str
    imap: ServerEndpoint
    pop3: ServerEndpoint
    quota_bytes: int
    quota_warning_percent: int
    smtp: ServerEndpoint
    max_message_bytes: int
    webmail_url: str
    webmail_server_choice: str
    webmail_menus: WebmailMenus  # as the webmail starts (English)
    webmail_menus_nl: WebmailMenus  # once it is switched to Dutch
    webmail_dutch: str  # the name of the choice that switches it to Dutch
    recommended_program: str  # the mail program the guide recommends
    recommended_program_url: str  # where to download it
    keep_on_server_days: int
    administrator: Administrator
    relays: tuple[Relay, ...]

    def incoming(self, protocol: Protocol) -> ServerEndpoint:
        """The incoming server for the chosen protocol."""
        return self.imap if protocol is Protocol.IMAP else self.pop3

    def offered_relays(self) -> tuple[Relay, ...]:
        """Relays the user can pick in the wizard."""
        return tuple(relay for relay in self.relays if relay.offered)

    def relay(self, relay_id: str) -> Relay | None:
        """The relay with this id, if the provider data knows it."""
        return next((relay for relay in self.relays if relay.id == relay_id), None)

    def with_administrator(self, administrator: Administrator) -> Provider:
        """A copy with another administrator contact (from a preset)."""
        return dataclasses.replace(self, administrator=administrator)


def default_provider_file() -> Path:
    """The ``provider.toml`` shipped with the program."""
    from wizard.paths import resources_dir

    return resources_dir() / "provider.toml"


def load_provider(path: Path | None = None) -> Provider:
    """Read and check a provider file; raise :class:`ProviderDataError` on any fault."""
    path = path or default_provider_file()
    try:
        raw = read_bounded(path, MAX_PROVIDER_FILE, follow_links=True)
    except TooLargeError as error:
        size = f"more than {error.limit // 1024} KB"
        problem = f"is far larger than a provider file can be ({size})"
        raise ProviderDataError(path, "", problem) from error
    except OSError as error:
        raise ProviderDataError(path, "", f"cannot be read ({error.strerror})") from error
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ProviderDataError(path, "", "is not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise ProviderDataError(path, "", f"is not valid TOML ({error})") from error
    return parse_provider(data, path)


def parse_provider(data: Mapping[str, Any], path: Path | None = None) -> Provider:
    """Turn parsed TOML into a :class:`Provider`, checking every key and type."""
    reader = _ProviderReader(data, path)
    version = reader.integer("schema_version", minimum=1, maximum=1)
    del version
    incoming_host = reader.host("incoming.host")
    smtp_host = reader.host("outgoing.host")
    smtp = ServerEndpoint(
        smtp_host,
        reader.port("outgoing.port"),
        reader.choice("outgoing.security", Security),
        reader.choice("outgoing.authentication", Authentication),
    )
    relays = tuple(_relay(reader, index) for index in range(reader.length("relays")))
    ids = [relay.id for relay in relays]
    duplicates = sorted({relay_id for relay_id in ids if ids.count(relay_id) > 1})
    if duplicates:
        raise ProviderDataError(path, "relays", f"duplicate id {duplicates[0]!r}")
    return Provider(
        name=reader.text("provider.name"),
        incoming_host=incoming_host,
        imap=ServerEndpoint(
            incoming_host,
            reader.port("incoming.imap.port"),
            reader.choice("incoming.imap.security", Security),
            Authentication.PASSWORD,
        ),
        pop3=ServerEndpoint(
            incoming_host,
            reader.port("incoming.pop3.port"),
            reader.choice("incoming.pop3.security", Security),
            Authentication.PASSWORD,
        ),
        quota_bytes=reader.integer("incoming.quota_mib", minimum=1, maximum=10**7) * MIB,
        quota_warning_percent=reader.integer("incoming.quota_warning_percent", 1, 100),
        smtp=smtp,
        max_message_bytes=reader.integer("outgoing.max_message_mib", 1, 10**6) * MIB,
        webmail_url=reader.url("webmail.url"),
        webmail_server_choice=reader.text("webmail.server_choice"),
        webmail_menus=_menus(reader, "webmail.menus"),
        webmail_menus_nl=_menus(reader, "webmail.menus_nl"),
        webmail_dutch=reader.text("webmail.menus.dutch"),
        recommended_program=reader.text("recommended_program.name"),
        recommended_program_url=reader.url("recommended_program.download_url"),
        keep_on_server_days=reader.integer("pop3.keep_on_server_days", 1, 3650),
        administrator=Administrator(
            name=reader.text("administrator.name", allow_empty=True),
            email=reader.text("administrator.email", allow_empty=True),
        ),
        relays=relays,
    )


def _menus(reader: _ProviderReader, key: str) -> WebmailMenus:
    return WebmailMenus(
        preferences=reader.text(f"{key}.preferences"),
        mail=reader.text(f"{key}.mail"),
        main=reader.text(f"{key}.main"),
    )


def _relay(reader: _ProviderReader, index: int) -> Relay:
    prefix = f"relays.{index}"
    return Relay(
        id=reader.text(f"{prefix}.id"),
        isp=reader.text(f"{prefix}.isp"),
        endpoint=ServerEndpoint(
            reader.host(f"{prefix}.host"),
            reader.port(f"{prefix}.port"),
            reader.choice(f"{prefix}.security", Security),
            reader.choice(f"{prefix}.authentication", Authentication),
        ),
        own_network_only=reader.boolean(f"{prefix}.own_network_only"),
        source=reader.text(f"{prefix}.source"),
        checked=reader.text(f"{prefix}.checked"),
    )


class _ProviderReader:
    """Looks up dotted keys in nested TOML tables and checks their types."""

    def __init__(self, data: Mapping[str, Any], path: Path | None) -> None:
        self._data = data
        self._path = path

    def _fail(self, key: str, problem: str) -> ProviderDataError:
        return ProviderDataError(self._path, key, problem)

    def value(self, key: str) -> object:
        node: object = self._data
        for part in key.split("."):
            if isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            elif isinstance(node, Mapping) and part in node:
                node = node[part]
            else:
                raise self._fail(key, "is missing")
        return node

    def text(self, key: str, allow_empty: bool = False) -> str:
        value = self.value(key)
        if not isinstance(value, str):
            raise self._fail(key, "must be text")
        if not allow_empty and not value.strip():
            raise self._fail(key, "must not be empty")
        return value

    def integer(self, key: str, minimum: int, maximum: int) -> int:
        value = self.value(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(key, "must be a whole number")
        if not minimum <= value <= maximum:
            raise self._fail(key, f"must be between {minimum} and {maximum}")
        return value

    def boolean(self, key: str) -> bool:
        value = self.value(key)
        if not isinstance(value, bool):
            raise self._fail(key, "must be true or false")
        return value

    def port(self, key: str) -> int:
        return self.integer(key, 1, 65535)

    def host(self, key: str) -> str:
        from wizard.core.validation import is_valid_host

        value = self.text(key)
        if not is_valid_host(value):
            raise self._fail(key, f"{value!r} is not a valid host name")
        return value

    def url(self, key: str) -> str:
        value = self.text(key)
        if not value.startswith("https://"):
            raise self._fail(key, "must be an https:// address")
        return value

    def choice(self, key: str, kind: type[_Choice]) -> _Choice:
        value = self.text(key)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise self._fail(key, f"must be one of: {allowed}") from None

    def length(self, key: str) -> int:
        value = self.value(key)
        if not isinstance(value, list):
            raise self._fail(key, "must be a list of tables")
        return len(value)
