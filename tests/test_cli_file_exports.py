"""export --client apple-mail|autoconfig: one file per account, replaced on re-export."""

from __future__ import annotations

import json
import os
import plistlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ACCOUNT = [
    "--username",
    "user0001",
    "--email",
    "marie.peeters@all2all.org",
    "--name",
    'Marie "Mie" Peeters, Ŝtéphanie 📬',
]


def export(
    tmp_path: Path, *args: str, before: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """``all2all-setup [before] export [args] [account]`` (``before``: global options)."""
    environment = dict(os.environ, ALL2ALL_SETUP_LOG_DIR=str(tmp_path / "logs"))
    return subprocess.run(
        [sys.executable, "-m", "wizard", *before, "export", *args, *ACCOUNT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


def test_apple_mail_profile_written_and_replaced_not_duplicated(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    first = export(tmp_path, "--client", "apple-mail", "--output", str(out))
    assert first.returncode == 0, first.stderr
    files = list(out.iterdir())
    assert [path.name for path in files] == ["all2all-user0001.mobileconfig"]
    content = files[0].read_bytes()
    profile = plistlib.loads(content)
    mail = profile["PayloadContent"][0]
    assert mail["PayloadType"] == "com.apple.mail.managed"
    assert mail["IncomingMailServerUsername"] == "user0001"
    assert mail["EmailAccountName"] == 'Marie "Mie" Peeters, Ŝtéphanie 📬'
    again = export(tmp_path, "--client", "apple-mail", "--output", str(out))
    assert again.returncode == 0, again.stderr
    assert [path.name for path in out.iterdir()] == ["all2all-user0001.mobileconfig"]
    assert files[0].read_bytes() == content  # same account, same identifiers, same file


def test_autoconfig_file_for_the_domain(tmp_path: Path) -> None:
    result = export(tmp_path, "--client", "autoconfig", "--output", str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    written = Path(json.loads(result.stdout)["file"])
    assert written.name == "all2all.org.xml"
    root = ET.fromstring(written.read_bytes())
    assert root.tag == "clientConfig"
    assert root.findtext("emailProvider/incomingServer/username") == "user0001"


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    result = export(tmp_path, "--client", "autoconfig", "--output", str(tmp_path), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("all2all.org.xml")
    assert not (tmp_path / "all2all.org.xml").exists()


@pytest.mark.parametrize("client", ["apple-mail", "autoconfig", "sheet"])
@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "is not a folder."), ("nl", "is geen map."), ("fr", "n’est pas un dossier.")],
    ids=["en", "nl", "fr"],
)
def test_output_must_be_a_folder(tmp_path: Path, client: str, language: str, words: str) -> None:
    missing = tmp_path / "missing"
    result = export(
        tmp_path, "--client", client, "--output", str(missing), before=("--lang", language)
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"all2all-setup export: --output: {missing} {words}\n"


def test_settings_sheet_in_the_chosen_language(tmp_path: Path) -> None:
    from tests.support import require_program

    require_program("pdftotext", "poppler-utils")
    result = export(
        tmp_path, "--client", "sheet", "--output", str(tmp_path), before=("--lang", "fr")
    )
    assert result.returncode == 0, result.stderr
    path = tmp_path / "all2all-user0001-settings.pdf"
    assert result.stdout.strip() == str(path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "maximusconfessor.all2all.org" in text
    assert "Serveur" in text  # French labels
    assert "user0001" in text
    dry = export(tmp_path / "dry", "--client", "sheet", "--output", str(tmp_path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == str(path)


def test_outlook_prf_for_it_staff(tmp_path: Path) -> None:
    result = export(tmp_path, "--client", "outlook-prf", "--output", str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    path = Path(json.loads(result.stdout)["file"])
    data = path.read_bytes()
    assert data[:2] == b"\xff\xfe"  # UTF-16 LE with BOM: Windows reads it as Unicode
    text = data[2:].decode("utf-16-le")
    assert "[Account1]" in text
    assert "IMAPUserName=user0001" in text or "IMAPUserName = user0001" in text
