"""The program as IT staff and packagers start it: entry points, self-test, screenshots, logs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.support import in_ci

ROOT = Path(__file__).resolve().parent.parent


def run(*arguments: str, log_dir: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, ALL2ALL_SETUP_LOG_DIR=str(log_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "wizard", *arguments],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_self_test_passes_in_each_language(tmp_path, language):
    result = run("--self-test", "--lang", language, log_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"self-test: OK (language {language}" in result.stdout


def test_self_test_fails_when_a_translation_is_missing(tmp_path):
    """Run from a copy of the program whose French catalogue is gone."""
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "wizard", copy / "wizard")
    (copy / "wizard" / "i18n" / "wizard_fr.qm").unlink()
    environment = dict(
        os.environ, ALL2ALL_SETUP_LOG_DIR=str(tmp_path / "logs"), QT_QPA_PLATFORM="offscreen"
    )
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--self-test", "--lang", "nl"],
        capture_output=True,
        text=True,
        cwd=copy,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 1
    assert "wizard_fr.qm does not load" in result.stderr


def test_screenshots_of_every_page(tmp_path):
    result = run("--screenshots", str(tmp_path / "shots"), "--lang", "nl", log_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    files = sorted((tmp_path / "shots").glob("*.png"))
    names = [path.name for path in files]
    for page in ("welcome", "protocol", "account", "outgoing", "summary"):
        assert f"{page}-nl.png" in " ".join(names)
    for path in files:
        image = QImage(str(path))
        assert image.width() >= 700
        assert image.height() >= 500


def test_version(tmp_path):
    result = run("--version", log_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("all2all-setup ")


def test_bad_usage_exits_2(tmp_path):
    result = run("--lang", "it", log_dir=tmp_path)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_broken_provider_file_is_named_and_exits_2(tmp_path):
    broken = tmp_path / "provider.toml"
    broken.write_text("schema_version = 1\n[incoming]\nhost = 'x y'\n", encoding="utf-8")
    result = run("--provider", str(broken), "--self-test", log_dir=tmp_path)
    assert result.returncode == 2
    assert str(broken) in result.stderr
    assert "Traceback" not in result.stderr


def test_one_log_file_per_run_and_verbose_goes_to_stderr(tmp_path):
    run("--self-test", log_dir=tmp_path)
    result = run("--self-test", "--verbose", log_dir=tmp_path)
    logs = sorted(tmp_path.glob("all2all-setup-*.log"))
    assert len(logs) == 2
    assert "all2all-setup 0." in logs[-1].read_text(encoding="utf-8")
    assert "language: en" in result.stderr


def test_no_keyring_or_zxcvbn_before_the_first_paint(tmp_path):
    result = run("--exit-after-first-paint", log_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout
    assert "preloaded=-" in result.stdout


def test_the_installed_entry_points_exist():
    scripts = Path(sys.executable).parent
    if not (scripts / "all2all-setup").exists():
        if in_ci():
            pytest.fail("the entry points are not installed: python3 dev.py test installs them")
        pytest.skip("not installed into this environment (python3 dev.py test installs it)")
    assert (scripts / "all2all-setup-gui").exists()
    result = subprocess.run(
        [str(scripts / "all2all-setup"), "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0


# -- the command-line tools speak the user's language (--lang before the command) --------


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "The file with all2all's server settings cannot be used: "),
        ("nl", "Het bestand met de serverinstellingen van all2all kan niet gebruikt worden: "),
        ("fr", "Le fichier des paramètres des serveurs d’all2all ne peut pas être utilisé\u00a0: "),
        ("de", "Die Datei mit den Servereinstellungen von all2all kann nicht verwendet werden: "),
    ],
    ids=["en", "nl", "fr", "de"],
)
def test_broken_provider_file_for_a_command_is_explained(tmp_path, language, words):
    broken = tmp_path / "provider.toml"
    broken.write_text("schema_version = \n", encoding="utf-8")
    arguments = ("--provider", str(broken), "password-strength")
    result = run("--lang", language, *arguments, log_dir=tmp_path, stdin="secret\n")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"all2all-setup: {words}{broken}: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", "all2all-setup probe: --password-stdin: Geen wachtwoord op de standaardinvoer.\n"),
        (
            "fr",
            "all2all-setup probe: --password-stdin: Aucun mot de passe sur l’entrée standard.\n",
        ),
        ("de", "all2all-setup probe: --password-stdin: Kein Passwort auf der Standardeingabe.\n"),
    ],
    ids=["nl", "fr", "de"],
)
def test_probe_without_a_password_says_so_in_the_users_language(tmp_path, language, words):
    """Refused before any connection: no mail server is needed."""
    arguments = ("--lang", language, "probe", "--username", "user0001", "--password-stdin")
    result = run(*arguments, log_dir=tmp_path, stdin="\n")
    assert result.returncode == 2
    assert (result.stdout, result.stderr) == ("", words)


def test_probe_explains_a_bad_address_with_the_wizards_words(tmp_path):
    arguments = ("--lang", "fr", "probe", "--username", "u1", "--password-stdin", "--email", "x")
    result = run(*arguments, log_dir=tmp_path, stdin="secret\n")
    assert result.returncode == 2
    assert result.stderr.startswith(
        "all2all-setup probe: --email: Ce n’est pas une adresse e-mail complète."
    )
    assert "bad_email" not in result.stderr


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (("--outgoing", "bad host"), "--outgoing: Dit is geen geldige servernaam."),
        (("--keep-days", "4000"), "--keep-days: het getal moet tussen 0 en 3650 liggen."),
        (("--username", "user0001@all2all.org"), "--username: Uw gebruikersnaam is niet uw"),
        (("--name", "Marie\tPeeters"), "--name: Hierin staan onzichtbare tekens"),
    ],
    ids=["outgoing", "keep-days", "username", "name"],
)
def test_export_usage_problems_in_dutch(tmp_path, extra, words):
    account = ["--username", "user0001", "--email", "user0001@all2all.org", "--name", "Marie"]
    arguments = ("--lang", "nl", "export", "--client", "autoconfig", "--output", str(tmp_path))
    result = run(*arguments, *account, *extra, log_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"all2all-setup export: {words}")
    assert list(tmp_path.glob("*.xml")) == []


# -- global options before or after the command; the old --unattended form ---------------


def test_lang_and_verbose_work_after_the_command_too(tmp_path):
    """The README says the sheet is made in --lang: `export ... --lang nl` must work."""
    account = ["--username", "user0001", "--email", "user0001@all2all.org", "--name", "Marie"]
    arguments = ("export", "--client", "autoconfig", "--output", str(tmp_path), "--keep-days")
    after = run(*arguments, "4000", *account, "--lang", "nl", "--verbose", log_dir=tmp_path)
    before = run("--lang", "nl", "--verbose", *arguments, "4000", *account, log_dir=tmp_path)
    assert after.returncode == before.returncode == 2
    assert after.stderr.splitlines()[-1] == before.stderr.splitlines()[-1]
    assert "--keep-days: het getal moet tussen 0 en 3650 liggen." in after.stderr
    assert " INFO " in after.stderr  # --verbose: the log on stderr too


def test_a_command_after_a_global_option_keeps_it_when_not_repeated(tmp_path):
    result = run(
        "--lang",
        "fr",
        "probe",
        "--username",
        "user0001",
        "--password-stdin",
        log_dir=tmp_path,
        stdin="\n",
    )
    assert "Aucun mot de passe" in result.stderr


def test_the_old_unattended_form_keeps_working_and_says_where_it_moved(tmp_path):
    account = ["--username", "user0001", "--email", "marie@all2all.org", "--name", "Marie"]
    legacy = run("--unattended", *account, "--client", "outlook98", log_dir=tmp_path)
    new = run("setup", *account, "--client", "outlook98", log_dir=tmp_path)
    assert legacy.returncode == new.returncode == 2
    assert "--unattended is now the command `all2all-setup setup ...`" in legacy.stderr
    assert legacy.stderr.splitlines()[-1] == new.stderr.splitlines()[-1]
    assert "--unattended" not in new.stderr


def test_help_says_what_outgoing_really_accepts(tmp_path):
    for command in ("export", "setup", "probe"):
        result = run(command, "--help", log_dir=tmp_path)
        assert result.returncode == 0
        text = " ".join(result.stdout.split())
        assert "all2all|RELAY_ID|HOST[:PORT]" in text
        assert "telenet" in text  # the relay ids of the provider data are listed


@pytest.mark.parametrize(
    "command",
    [
        ["setup", "--username", "user0001", "--email", "marie@all2all.org"],
        ["export", "--client", "autoconfig", "--username", "user0001", "--email", "m@all2all.org"],
    ],
    ids=["setup", "export"],
)
def test_every_account_written_needs_a_name_as_in_the_window(tmp_path, command):
    result = run(*command, log_dir=tmp_path)
    assert result.returncode == 2
    assert "--name is required." in result.stderr


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["de-BE", "fr-BE"], "de"),  # Eupen: German first
        (["de_DE"], "de"),
        (["nl-BE", "de-BE"], "nl"),
        (["fr-BE"], "fr"),
        (["es-ES", "de-CH"], "de"),  # the first language the assistant speaks
        (["es-ES"], "en"),
    ],
)
def test_the_systems_language_is_chosen(ui_languages, expected):
    from wizard.translations import language_from_ui_languages

    assert language_from_ui_languages(ui_languages).value == expected
