"""``all2all-setup password-strength`` as IT staff run it: a real process, stdin, JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"


def run(
    stdin: bytes, *arguments: str, home: Path, global_options: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    python = PYTHON if PYTHON.exists() else Path(sys.executable)
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / "state"),
        "ALL2ALL_SETUP_LOG_DIR": str(home / "logs"),
    }
    completed = subprocess.run(
        [str(python), "-m", "wizard", *global_options, "password-strength", *arguments],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=environment,
        timeout=60,
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


def test_json_for_a_dutch_word(tmp_path: Path) -> None:
    result = run(b"zonnebloem\n", "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"score": 1, "reasons": ["dictionary_word", "only_letters"]}


def test_json_for_a_strong_password(tmp_path: Path) -> None:
    result = run("kX9#mP2$vL7q-écureuil\n".encode(), "--json", home=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"score": 4, "reasons": []}


def test_personal_data_options(tmp_path: Path) -> None:
    arguments = ("--username", "jpeeters", "--email", "jan.peeters@all2all.org")
    result = run(b"JanPeeters2024", *arguments, "--name", "Jan Peeters", "--json", home=tmp_path)
    output = json.loads(result.stdout)
    assert output["score"] == 0
    assert "contains_personal_info" in output["reasons"]


def test_only_one_trailing_newline_is_removed(tmp_path: Path) -> None:
    one = json.loads(run(b"kX9#mP2$vL7q \n", "--json", home=tmp_path).stdout)
    assert "leading_or_trailing_spaces" in one["reasons"]
    two = run(b"kX9#mP2$vL7q\n\n", "--json", home=tmp_path)
    assert two.returncode == 2  # the second newline is part of the password: refused
    assert json.loads(two.stdout)["reasons"] == ["control_characters"]
    crlf = json.loads(run(b"kX9#mP2$vL7q\r\n", "--json", home=tmp_path).stdout)
    assert crlf == {"score": 4, "reasons": []}


@pytest.mark.parametrize("stdin", [b"abc\x00def", b"abc\tdef", b"\n", b"", b"\xff\xfe"])
def test_bad_input_exits_2(stdin: bytes, tmp_path: Path) -> None:
    result = run(stdin, "--json", home=tmp_path)
    assert result.returncode == 2
    assert result.stderr


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "No password on standard input."),
        ("nl", "Geen wachtwoord op de standaardinvoer."),
        ("fr", "Aucun mot de passe sur l’entrée standard."),
    ],
    ids=["en", "nl", "fr"],
)
def test_empty_input_is_explained_in_the_users_language(
    tmp_path: Path, language: str, sentence: str
) -> None:
    result = run(b"", home=tmp_path, global_options=("--lang", language))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"all2all-setup password-strength: {sentence}\n"


@pytest.mark.parametrize(
    ("stdin", "language", "words"),
    [
        (b"abc\tdef", "nl", "Het wachtwoord bevat onzichtbare tekens"),
        (b"abc\tdef", "fr", "Le mot de passe contient des caractères invisibles"),
        (b"\xff\xfe", "nl", "Het wachtwoord op de standaardinvoer is geen UTF-8-tekst."),
        (b"\xff\xfe", "fr", "Le mot de passe reçu sur l’entrée standard n’est pas du texte UTF-8."),
    ],
    ids=["tab-nl", "tab-fr", "not-utf8-nl", "not-utf8-fr"],
)
def test_unusable_input_is_explained_in_the_users_language(
    tmp_path: Path, stdin: bytes, language: str, words: str
) -> None:
    result = run(stdin, home=tmp_path, global_options=("--lang", language))
    assert result.returncode == 2
    assert result.stderr.startswith(f"all2all-setup password-strength: {words}")


def test_readable_line(tmp_path: Path) -> None:
    result = run(b"azertyuiop\n", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("Password strength: Weak (step 2 of 5)")
    assert "(keyboard_pattern)" in result.stdout


def test_the_password_never_appears_in_output_or_logs(tmp_path: Path) -> None:
    secret = "Geheim-Zonnebloem-4711"
    result = run(secret.encode(), home=tmp_path, global_options=("--verbose",))
    assert result.returncode == 0, result.stderr
    assert secret not in result.stdout + result.stderr
    assert list((tmp_path / "logs").iterdir()), "expected a run log to search"
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
