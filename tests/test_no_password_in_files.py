"""A run with a known password leaves it in no file the program wrote.

Each test runs the real program in a separate process with HOME, the XDG folders, TMPDIR
and the log folder inside a temporary folder, then reads every file written there (logs
included, binary files too) looking for the password as UTF-8 text, UTF-16 and base64.
Standard output and error are checked as well.

Covered: the GUI path (typing the password on the account page, the strength meter, the
mail draft to the administrator, the export page writing into a real Thunderbird profile
and the keyring at commit), the ``password-strength`` and ``probe`` commands and
``--self-test``. (The GUI run leaves out the connection test, which the probe command
covers against the suite's Dovecot.)
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from tests.mailserver.dovecot import MailServer

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Zonnebloem-Geheim-8472"

GUI_RUN = r"""
import sys

from wizard.logging_setup import SECRETS, start_run_log

start_run_log()
password = sys.stdin.readline().rstrip("\n")

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wizard.app import route_qt_messages_to_log
from wizard.gui.window import build_window
from wizard.core.keyring_store import KeyringEntry, KeyringStore
from wizard.core.model import Language
from wizard.core.provider import load_provider
from wizard.gui.background import start_background_loading
from wizard.core.flow import PageId
from wizard.gui.pages.account import AccountPage
from wizard.gui.setup_wizard import BUILT_IN_PAGES, Collaborators
from wizard.translations import Translators

route_qt_messages_to_log()
app = QApplication([])
translators = Translators(app)
translators.switch(Language(sys.argv[1]))
provider = load_provider()
pages = tuple(page for page in BUILT_IN_PAGES if page is not PageId.CONNECTION_TEST)
window = build_window(provider, translators, collaborators=Collaborators(pages=pages))
window.show()
pool = QThreadPool()
loading = start_background_loading(pool)


def wait(condition):
    for _ in range(3000):
        if condition():
            return
        QTest.qWait(10)
    raise SystemExit("timed out")


while window.currentId() != PageId.ACCOUNT:
    window.next()
    QCoreApplication.processEvents()
page = window.currentPage()
assert isinstance(page, AccountPage)
page.name_edit.setText("Marie Peeters")
page.email_edit.setText("marie.peeters@all2all.org")
page.username_edit.setText("user0001")
page.password_edit.setFocus()
QTest.keyClicks(page.password_edit, password)
page.show_password.click()  # shown as plain text for a moment, as users do
wait(lambda: page.strength() is not None and not page.meter.pending())
print("score", page.strength().score)
print("mailto", page.administrator_mailto())
window.grab().save(sys.argv[2] + "/account.png")
window.next()
while window.currentId() != PageId.EXPORT:
    window.next()
    QCoreApplication.processEvents()
window.grab().save(sys.argv[2] + "/export.png")
window.next()  # "Set up": writes into the Thunderbird profile, then stores the password
wait(lambda: window.currentId() == PageId.DONE)
wait(lambda: window.export_session.keyring_status is not None)
print("keyring", window.export_session.keyring_status)
print("exported", [report.status for report in window.export_session.reports()])
window.grab().save(sys.argv[2] + "/summary.png")
pool.waitForDone()
window.pool.waitForDone()
window.close()
print("done")
"""


def thunderbird_profile(home: Path) -> Path:
    """A Thunderbird profile the way Thunderbird leaves one, with an existing account."""
    return make_root(home / ".thunderbird", EXISTING_PREFS)


def forms(password: str) -> dict[str, bytes]:
    """The password as UTF-8, UTF-16 and base64 (at each of the three alignments)."""
    raw = password.encode("utf-8")
    found = {"utf-8": raw, "utf-16-le": password.encode("utf-16-le")}
    for pad in (b"", b"a", b"ab"):
        encoded = base64.b64encode(pad + raw)
        core = encoded[4 if pad else 0 : -4]  # the characters made of password bytes only
        found[f"base64+{len(pad)}"] = core
        found[f"base64url+{len(pad)}"] = core.replace(b"+", b"-").replace(b"/", b"_")
    return found


def isolated_environment(root: Path) -> dict[str, str]:
    """The user's folders inside ``root``, and no session bus (so no real keyring)."""
    folders = {
        "HOME": root / "home",
        "XDG_CONFIG_HOME": root / "home" / ".config",
        "XDG_DATA_HOME": root / "home" / ".local" / "share",
        "XDG_STATE_HOME": root / "home" / ".local" / "state",
        "XDG_CACHE_HOME": root / "home" / ".cache",
        "XDG_RUNTIME_DIR": root / "run",
        "TMPDIR": root / "tmp",
        "ALL2ALL_SETUP_LOG_DIR": root / "logs",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    (root / "run").chmod(0o700)
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND"}
    }
    environment.update({key: str(path) for key, path in folders.items()})
    environment.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return environment


def run(root: Path, arguments: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=root / "home",
        env=isolated_environment(root),
        timeout=120,
        check=False,
    )


def assert_nowhere(root: Path, password: str, *outputs: str) -> list[Path]:
    """No file under ``root`` and no output holds ``password`` in any form; returns the files."""
    files = [path for path in root.rglob("*") if path.is_file()]
    hits = []
    for path in files:
        data = path.read_bytes()
        hits += [
            f"{path.relative_to(root)} ({name})"
            for name, form in forms(password).items()
            if form in data
        ]
    assert hits == []
    for output in outputs:
        assert password not in output
    return files


def log_files(files: list[Path]) -> list[Path]:
    return [path for path in files if path.suffix == ".log"]


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_gui_run(tmp_path: Path, language: str) -> None:
    shots = tmp_path / "home" / "shots"
    isolated_environment(tmp_path)
    shots.mkdir()
    profile = thunderbird_profile(tmp_path / "home")
    result = run(tmp_path, ["-c", GUI_RUN, language, str(shots)], stdin=PASSWORD + "\n")

    assert result.returncode == 0, result.stderr
    assert "done" in result.stdout
    assert "mailto:" in result.stdout
    assert "user0001" in result.stdout
    assert "keyring unavailable" in result.stdout  # no Secret Service, and no fallback file
    files = assert_nowhere(tmp_path, PASSWORD, result.stdout, result.stderr)
    logs = log_files(files)
    assert logs
    assert "keyring store" in logs[0].read_text(encoding="utf-8")
    assert {path.name for path in files} >= {"account.png", "export.png", "summary.png"}
    assert "exported [<Status.DONE: 'done'>]" in result.stdout
    prefs = (profile / "prefs.js").read_text(encoding="utf-8")
    assert '"user0001"' in prefs  # the account really was written, without its password
    assert list(profile.glob("prefs.js.all2all-backup-*"))


def test_password_strength_command(tmp_path: Path) -> None:
    result = run(tmp_path, ["-m", "wizard", "password-strength", "--json"], PASSWORD + "\n")

    assert result.returncode == 0, result.stderr
    assert '"score"' in result.stdout
    assert log_files(assert_nowhere(tmp_path, PASSWORD, result.stdout, result.stderr))


def test_self_test(tmp_path: Path) -> None:
    result = run(tmp_path, ["-m", "wizard", "--self-test"])

    assert result.returncode == 0, result.stdout + result.stderr
    assert log_files(assert_nowhere(tmp_path, PASSWORD, result.stdout, result.stderr))


@pytest.mark.system
def test_probe_command(tmp_path: Path, mail_server: MailServer) -> None:
    user = mail_server.ascii_user
    password = mail_server.users[user]
    arguments = ["-m", "wizard", "--provider", str(mail_server.provider_file), "probe"]
    arguments += ["--username", user, "--password-stdin", "--json"]
    arguments += ["--ca-file", str(mail_server.ca_file)]
    result = run(tmp_path, arguments, password + "\n")

    assert result.returncode == 0, result.stderr
    assert log_files(assert_nowhere(tmp_path, password, result.stdout, result.stderr))
