"""Fault 8: every input has a size bound, with a clear message.

A 20 MB preset of comments was accepted after 11-13 s before the first page; a 50 MB
prefs.js took 10.5 s and 350 MB of memory. Files far larger than any real one of
their kind (wizard/core/limits.py) are now refused before they are read whole, with a
sentence that says so; the file is left as it was. Speed is not asserted (see
benchmarks/); what is asserted is that the refusal happens, and how it reads.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS
from tests.faults.conftest import ACCOUNT, run_program
from wizard.core.exporters.base import Environment, ExportError, ExportErrorCode
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.limits import MAX_PRESET_FILE, MAX_PROVIDER_FILE, MAX_SETTINGS_FILE
from wizard.core.presets.preset import PresetError, PresetErrorCode
from wizard.core.presets.reading import load_preset
from wizard.core.probe.net import tls_context
from wizard.core.provider import ProviderDataError, default_provider_file, load_provider
from wizard.core.safe_files import list_backups


def _padded(path: Path, head: str, size: int) -> Path:
    """``head`` followed by comment lines up to ``size`` bytes."""
    line = "# " + "x" * 97 + "\n"
    path.write_text(head + line * (size // len(line) + 1), encoding="utf-8")
    return path


def test_a_huge_preset_is_refused_with_its_own_code(tmp_path: Path) -> None:
    preset = _padded(tmp_path / "preset.toml", '[defaults]\nprotocol = "imap"\n', 20 << 20)
    with pytest.raises(PresetError) as caught:
        load_preset(preset)
    assert caught.value.code is PresetErrorCode.TOO_LARGE
    assert caught.value.detail == str(MAX_PRESET_FILE)


def test_a_preset_just_under_the_bound_is_read(tmp_path: Path) -> None:
    preset = _padded(tmp_path / "preset.toml", "", MAX_PRESET_FILE - 200)
    assert load_preset(preset).defaults.protocol is None


def test_setup_names_the_huge_preset(home: Path, tmp_path: Path) -> None:
    preset = _padded(tmp_path / "preset.toml", "", 20 << 20)
    result = run_program(
        home, "--lang", "en", "setup", "--preset", str(preset), "--json", "--dry-run", *ACCOUNT
    )
    assert result.returncode == 2, result.stderr
    assert json.loads(result.stdout)["error"]["code"] == "too_large"
    assert "far larger than a preset can be" in result.stderr


def test_the_window_s_self_test_refuses_the_huge_preset(home: Path, tmp_path: Path) -> None:
    preset = _padded(tmp_path / "preset.toml", "", 20 << 20)
    result = run_program(home, "--lang", "nl", "--self-test", "--preset", str(preset))
    assert result.returncode == 2, result.stderr
    assert "veel groter dan een voorinstelling" in result.stderr


def test_a_huge_prefs_js_is_refused_and_left_alone(
    home: Path, busy_profile: Path, env: Environment
) -> None:
    prefs = busy_profile / "prefs.js"
    _padded(prefs, EXISTING_PREFS, 50 << 20)
    before = prefs.read_bytes()
    result = run_program(home, "--lang", "en", "export", "--client", "thunderbird", *ACCOUNT)
    assert result.returncode == 3, result.stderr
    assert "far larger than a real one can be" in result.stderr
    assert prefs.read_bytes() == before
    assert list_backups(prefs) == []
    exporter = ThunderbirdExporter(env, in_use=lambda _path: False)
    with pytest.raises(ExportError) as caught:
        exporter.outgoing_candidates(exporter.detect()[0].targets[1])
    assert caught.value.code is ExportErrorCode.FILE_TOO_LARGE


def test_a_prefs_js_of_real_size_is_still_written(home: Path, busy_profile: Path) -> None:
    prefs = busy_profile / "prefs.js"
    _padded(prefs, EXISTING_PREFS, 3 << 20)  # a very busy real profile
    assert prefs.stat().st_size < MAX_SETTINGS_FILE
    result = run_program(home, "export", "--client", "thunderbird", *ACCOUNT)
    assert result.returncode == 0, result.stderr


def test_a_huge_profile_list_is_refused(home: Path, busy_profile: Path) -> None:
    ini = home / ".thunderbird" / "profiles.ini"
    _padded(ini, ini.read_text(), 5 << 20)
    result = run_program(home, "--lang", "en", "export", "--client", "thunderbird", *ACCOUNT)
    assert result.returncode == 3, result.stderr
    assert "far larger than a real one can be" in result.stderr


def test_a_huge_provider_file_is_refused(home: Path, tmp_path: Path) -> None:
    big = _padded(
        tmp_path / "provider.toml", default_provider_file().read_text(), MAX_PROVIDER_FILE + 1
    )
    with pytest.raises(ProviderDataError, match="far larger"):
        load_provider(big)
    result = run_program(
        home,
        "--provider",
        str(big),
        "export",
        "--client",
        "autoconfig",
        *ACCOUNT,
        "--output",
        str(tmp_path),
    )
    assert result.returncode == 2, result.stderr
    assert "far larger" in result.stderr


def test_a_huge_ca_file_is_refused(tmp_path: Path) -> None:
    ca = _padded(tmp_path / "ca.pem", "", 64 << 20)
    with pytest.raises(OSError, match="larger than"):
        tls_context(ca)


def test_a_password_on_standard_input_that_never_ends_is_refused(home: Path) -> None:
    result = run_program(
        home, "--lang", "en", "setup", "--password-stdin", "--json", *ACCOUNT, stdin="x" * (5 << 20)
    )
    assert result.returncode == 2, result.stderr
    assert "--password-stdin: The password on standard input is far too long." in result.stderr
    assert json.loads(result.stdout)["error"]["code"] == "too_long"
