"""Finding Thunderbird profiles on every platform, and noticing a running Thunderbird."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.exporters.conftest import make_root
from tests.exporters.lock_holder import LockHolder
from wizard.core.exporters.base import Environment, ExportError, ExportErrorCode, default_target
from wizard.core.exporters.thunderbird.profiles import find_installations, profile_in_use


def _default(env: Environment) -> Path | None:
    target = default_target(find_installations(env))
    return None if target is None else target.path


@pytest.mark.parametrize(
    ("platform", "root_parts", "variant"),
    [
        ("linux", (".thunderbird",), "native"),
        ("linux", (".var", "app", "org.mozilla.Thunderbird", ".thunderbird"), "flatpak"),
        ("linux", ("snap", "thunderbird", "common", ".thunderbird"), "snap"),
        ("darwin", ("Library", "Thunderbird"), "native"),
        ("win32", ("AppData", "Roaming", "Thunderbird"), "native"),
    ],
)
def test_layouts(home: Path, platform: str, root_parts: tuple[str, ...], variant: str) -> None:
    used = make_root(home.joinpath(*root_parts), None)
    appdata = home / "AppData" / "Roaming" if platform == "win32" else None
    env = Environment(home, appdata, platform)
    (installation,) = find_installations(env)
    assert installation.variant == variant
    assert {t.name for t in installation.targets} == {"default", "default-default"}
    assert _default(env) == used  # the [Install] default, not the legacy Default=1


def test_nothing_installed(home: Path) -> None:
    assert find_installations(Environment(home, platform="linux")) == []


def test_legacy_default_when_no_install_section(home: Path) -> None:
    ini = "[Profile0]\nName=main\nIsRelative=1\nPath=Profiles/legacy.default\nDefault=1\n"
    root = home / ".thunderbird"
    make_root(root, None, ini)
    assert _default(Environment(home, platform="linux")) == root / "Profiles" / "legacy.default"


def test_installs_ini_and_absolute_path(home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere" / "work.profile"
    elsewhere.mkdir(parents=True)
    ini = f"[Profile0]\nName=work\nIsRelative=0\nPath={elsewhere}\n\n[General]\nVersion=2\n"
    root = home / ".thunderbird"
    make_root(root, None, ini)
    (root / "installs.ini").write_text(f"[FDC34C9F024745EB]\nDefault={elsewhere}\nLocked=1\n")
    env = Environment(home, platform="linux")
    (installation,) = find_installations(env)
    assert [(t.name, t.path, t.is_default) for t in installation.targets] == [
        ("work", elsewhere, True)
    ]


def test_two_installs_pick_the_profile_used_last(home: Path) -> None:
    root = home / ".thunderbird"
    ini = (
        "[Profile0]\nName=a\nIsRelative=1\nPath=a\n[Profile1]\nName=b\nIsRelative=1\nPath=b\n"
        "[InstallAAAA]\nDefault=a\n[InstallBBBB]\nDefault=b\n"
    )
    root.mkdir()
    (root / "profiles.ini").write_text(ini)
    for name, age in (("a", 1000), ("b", 10)):
        (root / name).mkdir()
        prefs = root / name / "prefs.js"
        prefs.write_text("")
        os.utime(prefs, (time.time() - age, time.time() - age))
        os.utime(root / name, (time.time() - age, time.time() - age))
    assert _default(Environment(home, platform="linux")) == root / "b"


def test_garbage_profiles_ini_is_a_typed_error(home: Path) -> None:
    root = home / ".thunderbird"
    root.mkdir()
    (root / "profiles.ini").write_bytes(b"\x00\xff this is not an ini [[[")
    with pytest.raises(ExportError) as caught:
        find_installations(Environment(home, platform="linux"))
    assert caught.value.code is ExportErrorCode.PROFILES_INI_CORRUPT


def test_running_thunderbird_is_noticed_by_fcntl_lock_and_symlink(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    holder = LockHolder(profile)
    try:
        assert profile_in_use(profile)
        (profile / "lock").unlink()  # the fcntl lock alone is enough
        assert profile_in_use(profile)
    finally:
        holder.release()
    assert not profile_in_use(profile)  # the kernel dropped the lock with the process


def test_lock_symlink_alone(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (profile / "lock").symlink_to(f"127.0.0.1:+{sleeper.pid}")
        assert profile_in_use(profile)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert not profile_in_use(profile)  # stale: the pid is gone
    (profile / "lock").unlink()
    (profile / "lock").symlink_to("192.0.2.7:+1234")  # another machine (NFS home)
    assert profile_in_use(profile)
