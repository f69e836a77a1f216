"""The shipped provider data says what the guide says, and broken files fail clearly."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from wizard.core.model import Authentication, Protocol, Security
from wizard.core.provider import MIB, ProviderDataError, load_provider, parse_provider
from wizard.paths import resources_dir

SHIPPED = resources_dir() / "provider.toml"


def test_shipped_file_holds_every_fact_of_the_guide():
    provider = load_provider()
    assert provider.incoming_host == "maximusconfessor.all2all.org"
    assert (provider.imap.port, provider.imap.security) == (993, Security.SSL)
    assert (provider.pop3.port, provider.pop3.security) == (995, Security.SSL)
    assert provider.incoming(Protocol.POP3) is provider.pop3
    assert provider.smtp.host == "maximusconfessor.all2all.org"
    assert (provider.smtp.port, provider.smtp.security) == (465, Security.SSL)
    assert provider.smtp.authentication is Authentication.PASSWORD
    assert provider.quota_bytes == 25 * MIB
    assert provider.max_message_bytes == 12 * MIB
    assert provider.webmail_url == "https://twig.all2all.org/"
    assert provider.webmail_server_choice == "new server, maximusconfessor"
    # The guide: "«Post» ... onder «Instellingen» (of "Mail" onder "Preferences" in het
    # Engels)"; the language is chosen under "Main" ("Globaal"), e.g. "Dutch".
    assert (provider.webmail_menus.preferences, provider.webmail_menus.mail) == (
        "Preferences",
        "Mail",
    )
    assert (provider.webmail_menus_nl.preferences, provider.webmail_menus_nl.mail) == (
        "Instellingen",
        "Post",
    )
    assert (provider.webmail_menus.main, provider.webmail_menus_nl.main) == ("Main", "Globaal")
    assert provider.webmail_dutch == "Dutch"
    # "Wij raden het gebruik van Mozilla Thunderbird aan"
    assert provider.recommended_program == "Thunderbird"
    assert provider.recommended_program_url.startswith("https://")


def test_relays_named_by_the_guide_are_offered_as_own_network_port_25():
    provider = load_provider()
    offered = {relay.endpoint.host: relay for relay in provider.offered_relays()}
    for host in ("relay.skynet.be", "uit.telenet.be"):
        relay = offered[host]
        assert relay.endpoint.port == 25
        assert relay.endpoint.authentication is Authentication.NONE
        assert relay.own_network_only
        assert relay.source
        assert relay.checked


def test_relay_needing_an_isp_login_is_kept_but_not_offered():
    provider = load_provider()
    proximus = provider.relay("proximus")
    assert proximus is not None
    assert proximus not in provider.offered_relays()


def _shipped_data() -> dict[str, Any]:
    return tomllib.loads(SHIPPED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (lambda d: d["incoming"].pop("host"), "incoming.host", "missing"),
        (lambda d: d["incoming"]["imap"].update(port=99999), "incoming.imap.port", "between"),
        (lambda d: d["incoming"]["imap"].update(port="993"), "incoming.imap.port", "whole number"),
        (lambda d: d["incoming"]["imap"].update(port=True), "incoming.imap.port", "whole number"),
        (lambda d: d["outgoing"].update(security="tls13"), "outgoing.security", "one of"),
        (lambda d: d["outgoing"].update(host="bad host"), "outgoing.host", "host name"),
        (lambda d: d["webmail"].update(url="http://twig"), "webmail.url", "https"),
        (
            lambda d: d["relays"][0].update(own_network_only="yes"),
            "relays.0.own_network_only",
            "true or false",
        ),
        (lambda d: d["relays"].append(dict(d["relays"][0])), "relays", "duplicate"),
        (lambda d: d.update(schema_version=2), "schema_version", "between"),
    ],
)
def test_broken_data_names_the_key(change, key, problem):
    data = _shipped_data()
    change(data)
    with pytest.raises(ProviderDataError) as caught:
        parse_provider(data, Path("custom.toml"))
    assert caught.value.key == key
    assert problem in str(caught.value)
    assert "custom.toml" in str(caught.value)


def test_file_that_is_not_toml(tmp_path):
    broken = tmp_path / "provider.toml"
    broken.write_text("[incoming\nhost = ", encoding="utf-8")
    with pytest.raises(ProviderDataError, match="not valid TOML"):
        load_provider(broken)


def test_file_that_is_not_utf8(tmp_path):
    broken = tmp_path / "provider.toml"
    broken.write_bytes(b"name = '\xff'")
    with pytest.raises(ProviderDataError, match="UTF-8"):
        load_provider(broken)


def test_missing_file(tmp_path):
    with pytest.raises(ProviderDataError, match="cannot be read"):
        load_provider(tmp_path / "nope.toml")
