"""Throwaway certificates made with the openssl command line (no Python crypto package).

One CA the tests trust signs the good server certificate, a certificate for another
name and an expired one; a second CA the tests never trust signs a fourth. Every fault
the probe must recognise is then a real certificate, checked by real OpenSSL.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]


@dataclass(frozen=True)
class KeyPair:
    """A certificate and its private key, both PEM files."""

    cert: Path
    key: Path


@dataclass(frozen=True)
class Certificates:
    """Every certificate the test servers use."""

    ca_file: Path  # the CA the tests trust (``--ca-file``)
    server: KeyPair  # localhost and 127.0.0.1, signed by the trusted CA
    wrong_name: KeyPair  # a valid certificate, but for another host name
    expired: KeyPair  # localhost, trusted CA, validity ended yesterday
    untrusted: KeyPair  # localhost, signed by a CA nobody trusts
    # localhost, trusted CA, valid only from 2031: what a server's certificate looks
    # like to a computer whose clock is set years back (an expired one, to a clock set
    # years ahead).
    not_yet_valid: KeyPair


def _run(openssl: str, *arguments: str) -> None:
    subprocess.run([openssl, *arguments], check=True, capture_output=True)


def _make_ca(openssl: str, directory: Path, name: str) -> KeyPair:
    pair = KeyPair(directory / f"{name}.crt", directory / f"{name}.key")
    _run(
        openssl,
        "req",
        "-x509",
        *_KEY,
        "-keyout",
        str(pair.key),
        "-out",
        str(pair.cert),
        "-subj",
        f"/CN=all2all test {name}",
        "-days",
        "30",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    )
    return pair


def _make_leaf(
    openssl: str, directory: Path, name: str, ca: KeyPair, alt_names: str, days: int
) -> KeyPair:
    pair = KeyPair(directory / f"{name}.crt", directory / f"{name}.key")
    request = directory / f"{name}.csr"
    extensions = directory / f"{name}.ext"
    extensions.write_text(
        "basicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid\n"
        f"subjectAltName={alt_names}\n",
        encoding="ascii",
    )
    _run(
        openssl,
        "req",
        "-new",
        *_KEY,
        "-keyout",
        str(pair.key),
        "-out",
        str(request),
        "-subj",
        f"/CN={name}",
    )
    # OpenSSL 3.0 has no -not_after; a negative -days puts the end of validity in the past.
    _run(
        openssl,
        "x509",
        "-req",
        "-in",
        str(request),
        "-CA",
        str(ca.cert),
        "-CAkey",
        str(ca.key),
        "-CAcreateserial",
        "-days",
        str(days),
        "-extfile",
        str(extensions),
        "-out",
        str(pair.cert),
    )
    return pair


_CA_CONFIG = """[ca]
default_ca = test
[test]
database = {directory}/index.txt
new_certs_dir = {directory}
serial = {directory}/serial
default_md = sha256
policy = anything
unique_subject = no
[anything]
commonName = supplied
"""


def _make_dated_leaf(
    openssl: str, directory: Path, name: str, ca: KeyPair, alt_names: str, start: str, end: str
) -> KeyPair:
    """A leaf valid from ``start`` to ``end`` (``YYYYMMDDHHMMSSZ``): ``openssl ca`` can
    set both dates, where OpenSSL 3.0's ``x509 -req`` only counts days from now."""
    pair = _make_leaf(openssl, directory, name, ca, alt_names, 30)  # key, request, extensions
    config = directory / f"{name}-ca.cnf"
    config.write_text(_CA_CONFIG.format(directory=directory), encoding="ascii")
    (directory / "index.txt").touch()
    (directory / "serial").write_text("1000\n", encoding="ascii")
    _run(
        openssl,
        "ca",
        "-batch",
        "-notext",
        "-config",
        str(config),
        "-cert",
        str(ca.cert),
        "-keyfile",
        str(ca.key),
        "-in",
        str(directory / f"{name}.csr"),
        "-startdate",
        start,
        "-enddate",
        end,
        "-extfile",
        str(directory / f"{name}.ext"),
        "-out",
        str(pair.cert),
    )
    return pair


def make_certificates(openssl: str, directory: Path, host: str) -> Certificates:
    """Create all certificates in ``directory`` for a server reached as ``host``."""
    directory.mkdir(parents=True, exist_ok=True)
    trusted = _make_ca(openssl, directory, "trusted-ca")
    stranger = _make_ca(openssl, directory, "untrusted-ca")
    good_names = f"DNS:{host},IP:127.0.0.1"
    return Certificates(
        ca_file=trusted.cert,
        server=_make_leaf(openssl, directory, "server", trusted, good_names, 30),
        wrong_name=_make_leaf(
            openssl, directory, "wrong-name", trusted, "DNS:wrong-name.example", 30
        ),
        expired=_make_leaf(openssl, directory, "expired", trusted, good_names, -1),
        untrusted=_make_leaf(openssl, directory, "untrusted", stranger, good_names, 30),
        not_yet_valid=_make_dated_leaf(
            openssl,
            directory,
            "not-yet-valid",
            trusted,
            good_names,
            "20310101000000Z",
            "20320101000000Z",
        ),
    )
