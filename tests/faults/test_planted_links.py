"""Fault 2: links planted under a name the program writes.

Every file the program writes goes through ``safe_files``: a link there is followed
only when the running user made it and it points at the user's own file (a prefs.js
kept in a dotfiles folder). A link made by someone else (in a shared folder, run as
another user or as root), one pointing nowhere or at something that is not a file, is
refused with the reason, and the link's target is never touched. Reading refuses the
same links, and a FIFO or a folder where a file should be, without hanging.
"""

from __future__ import annotations

import json
import os
import pwd
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS
from tests.faults.conftest import ACCOUNT, run_program
from wizard.core.exporters.base import (
    Environment,
    ExportError,
    ExportErrorCode,
    FileWrite,
    Status,
    default_target,
)
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.exporters.thunderbird.profiles import profile_in_use
from wizard.core.file_access import LinkRefusedError
from wizard.core.formats.saving import OtherFile, planned_file, save_other_files
from wizard.core.model import AccountDraft
from wizard.core.provider import Provider
from wizard.core.safe_files import apply_writes, atomic_write, read_optional

PRECIOUS = b"a file that belongs to someone else\n"


def _stranger() -> pwd.struct_passwd:
    """Another user of this computer, to own the planted links."""
    if os.geteuid() != 0:
        pytest.skip("only root can make a link owned by another user")
    return pwd.getpwnam("nobody")


def _plant(link: Path, target: Path, owner: pwd.struct_passwd | None) -> None:
    link.symlink_to(target)
    if owner is not None:
        os.lchown(link, owner.pw_uid, owner.pw_gid)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A folder everybody may write into, like /tmp or a shared network folder."""
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o1777)
    return folder


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    path = tmp_path / "victim" / "important.conf"
    path.parent.mkdir()
    path.write_bytes(PRECIOUS)
    return path


@pytest.mark.parametrize(
    ("client", "name"),
    [
        ("apple-mail", "all2all-user0001.mobileconfig"),
        ("autoconfig", "all2all.org.xml"),
        ("outlook-prf", "all2all-user0001.prf"),
        ("sheet", "all2all-user0001-settings.pdf"),
    ],
)
def test_a_stranger_s_link_in_a_shared_folder_is_refused(
    home: Path, shared: Path, victim: Path, client: str, name: str
) -> None:
    _plant(shared / name, victim, _stranger())
    result = run_program(
        home, "--lang", "en", "export", "--client", client, *ACCOUNT, "--output", str(shared)
    )
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    assert "is a link" in result.stderr
    assert victim.read_bytes() == PRECIOUS
    assert (shared / name).is_symlink()
    assert sorted(p.name for p in shared.iterdir()) == [name]  # no temp file left


def test_a_dangling_prefs_link_is_refused_and_nothing_appears_outside(
    home: Path, fresh_profile: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside" / "prefs.js"
    outside.parent.mkdir()
    (fresh_profile / "prefs.js").symlink_to(outside)
    result = run_program(home, "--lang", "en", "export", "--client", "thunderbird", *ACCOUNT)
    assert result.returncode == 3, result.stderr
    assert "is a link" in result.stderr
    assert not outside.exists()
    assert (fresh_profile / "prefs.js").is_symlink()


def test_a_prefs_link_made_by_another_user_is_refused(
    env: Environment, busy_profile: Path, victim: Path, draft: AccountDraft, provider: Provider
) -> None:
    prefs = busy_profile / "prefs.js"
    victim.write_text(EXISTING_PREFS)
    prefs.unlink()
    _plant(prefs, victim, _stranger())
    exporter = ThunderbirdExporter(env, in_use=lambda _path: False)
    target = default_target(exporter.detect())
    assert target is not None
    with pytest.raises(ExportError) as caught:
        exporter.plan(target, draft, provider)
    assert caught.value.code is ExportErrorCode.LINK_REFUSED
    assert victim.read_text() == EXISTING_PREFS


def test_a_link_swapped_in_after_planning_is_not_written_through(
    tmp_path: Path, victim: Path
) -> None:
    """Planned on a plain file; by the time of writing it became a stranger's link."""
    target = tmp_path / "prefs.js"
    target.write_bytes(b"original")
    target.unlink()
    _plant(target, victim, _stranger())
    with pytest.raises(ExportError) as caught:
        apply_writes([FileWrite(target, b"new", b"original")])
    assert caught.value.code is ExportErrorCode.LINK_REFUSED
    assert victim.read_bytes() == PRECIOUS


def test_the_files_for_a_phone_say_why(
    shared: Path, victim: Path, draft: AccountDraft, provider: Provider
) -> None:
    _plant(planned_file(OtherFile.AUTOCONFIG.value, draft, shared), victim, _stranger())
    report = save_other_files(draft, provider, shared, None)
    assert (report.status, report.code) == (Status.FAILED, "link_refused")
    assert victim.read_bytes() == PRECIOUS


def test_the_user_s_own_link_to_their_own_file_is_still_written_through(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "prefs.js"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "profile" / "prefs.js"
    link.parent.mkdir()
    link.symlink_to(real)
    apply_writes([FileWrite(link, b"new", b"old")])
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_link_of_the_user_to_a_stranger_s_file_is_refused(tmp_path: Path, victim: Path) -> None:
    """Run as root for a user: the user's own link must not reach root's files."""
    stranger = _stranger()
    os.chown(victim, stranger.pw_uid, stranger.pw_gid)
    link = tmp_path / "prefs.js"
    link.symlink_to(victim)
    with pytest.raises(LinkRefusedError):
        atomic_write(link, b"new")
    assert victim.read_bytes() == PRECIOUS


def test_a_fifo_instead_of_prefs_js_is_refused_without_hanging(
    env: Environment, fresh_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    os.mkfifo(fresh_profile / "prefs.js")
    exporter = ThunderbirdExporter(env, in_use=lambda _path: False)
    target = default_target(exporter.detect())
    assert target is not None
    outcome: list[BaseException | None] = []

    def plan() -> None:
        try:
            exporter.plan(target, draft, provider)
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=plan, daemon=True)
    worker.start()
    worker.join(10)
    assert outcome, "planning hangs on a FIFO"
    assert isinstance(outcome[0], ExportError)
    assert outcome[0].code is ExportErrorCode.PROFILE_UNREADABLE


def test_a_fifo_as_the_lock_file_does_not_hang_the_check(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / ".parentlock")
    code = (
        "import sys; from pathlib import Path;"
        "from wizard.core.exporters.thunderbird.profiles import profile_in_use;"
        f"print(profile_in_use(Path({str(tmp_path)!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=20, check=False
    )
    assert result.stdout.strip() == "False", result.stderr
    assert profile_in_use is not None


def test_reading_refuses_a_stranger_s_link(tmp_path: Path, victim: Path) -> None:
    link = tmp_path / "prefs.js"
    _plant(link, victim, _stranger())
    with pytest.raises(ExportError) as caught:
        read_optional(link)
    assert caught.value.code is ExportErrorCode.LINK_REFUSED


def test_json_output_names_the_code(home: Path, fresh_profile: Path, tmp_path: Path) -> None:
    (fresh_profile / "prefs.js").symlink_to(tmp_path / "nowhere")
    result = run_program(home, "export", "--client", "thunderbird", "--json", *ACCOUNT)
    assert result.returncode == 3, result.stderr
    assert json.loads(result.stdout)["code"] == "link_refused"


def test_a_stranger_s_plain_file_in_a_shared_folder_does_not_get_the_new_one(
    shared: Path, draft: AccountDraft, provider: Provider
) -> None:
    """Replaced by root, a file someone else left in a shared folder neither keeps its
    owner (who could then change the new settings) nor gives write access to others."""
    stranger = _stranger()
    planted = planned_file(OtherFile.AUTOCONFIG.value, draft, shared)
    planted.write_bytes(b"<planted/>")
    os.chown(planted, stranger.pw_uid, stranger.pw_gid)
    planted.chmod(0o666)
    report = save_other_files(draft, provider, shared, None)
    assert report.status is Status.DONE, report
    info = planted.stat()
    assert info.st_uid == os.geteuid()
    assert info.st_mode & 0o022 == 0
    assert b"<clientConfig" in planted.read_bytes()
