"""Apple Mail: the profile lands in Downloads, is opened for approval, never twice."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from tests.core.export_samples import PASSWORD, draft, drafts
from wizard.core.exporters import make_exporter
from wizard.core.exporters.apple_mail import AppleMailExporter
from wizard.core.exporters.base import (
    Environment,
    ExportError,
    ExportErrorCode,
    NoteCode,
    ReportCode,
    Status,
)
from wizard.core.formats.mobileconfig import mobileconfig_bytes
from wizard.core.provider import Provider, load_provider


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


class Opened:
    """Stands in for macOS's ``open``: records the files handed to it."""

    def __init__(self, works: bool = True) -> None:
        self.files: list[Path] = []
        self.works = works

    def __call__(self, path: Path) -> bool:
        self.files.append(path)
        return self.works


def mac(tmp_path: Path, opener: Opened | None = None) -> AppleMailExporter:
    """A Mac in a temporary folder: a home and /System/Applications/Mail.app."""
    mail = tmp_path / "System" / "Applications" / "Mail.app"
    mail.mkdir(parents=True)
    env = Environment(home=tmp_path / "home", platform="darwin")
    (tmp_path / "home").mkdir()
    return AppleMailExporter(env, mail_apps=(mail,), opener=opener or Opened())


def test_found_only_on_a_mac_with_mail(tmp_path: Path) -> None:
    exporter = mac(tmp_path)
    [installation] = exporter.detect()
    [target] = installation.targets
    assert target.path == tmp_path / "home" / "Downloads"
    assert target.is_default
    linux = AppleMailExporter(Environment(home=tmp_path / "home", platform="linux"))
    assert linux.detect() == ()
    no_mail = AppleMailExporter(
        Environment(home=tmp_path, platform="darwin"), mail_apps=(tmp_path / "none.app",)
    )
    assert no_mail.detect() == ()
    assert isinstance(make_exporter("apple-mail", Environment(tmp_path)), AppleMailExporter)


@pytest.mark.parametrize("name", sorted(drafts(load_provider())))
def test_saves_the_profile_opens_it_and_asks_for_approval(
    tmp_path: Path, provider: Provider, name: str
) -> None:
    opened = Opened()
    exporter = mac(tmp_path, opened)
    account = drafts(provider)[name]
    [installation] = exporter.detect()
    plan = exporter.plan(installation.targets[0], account, provider)
    assert not (tmp_path / "home" / "Downloads").exists()  # planning writes nothing
    report = exporter.apply(plan)
    path = tmp_path / "home" / "Downloads" / "all2all-user0001.mobileconfig"
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, ReportCode.FILE_SAVED)
    assert not report.failed
    assert report.notes == (NoteCode.APPROVE_PROFILE,)
    assert opened.files == [path]
    assert path.read_bytes() == mobileconfig_bytes(account, provider)
    assert plistlib.loads(path.read_bytes())["PayloadType"] == "Configuration"
    assert PASSWORD.encode() not in path.read_bytes()


def test_second_export_replaces_the_file(tmp_path: Path, provider: Provider) -> None:
    exporter = mac(tmp_path)
    target = exporter.detect()[0].targets[0]
    exporter.apply(exporter.plan(target, draft(display_name="Old Name"), provider))
    plan = exporter.plan(target, draft(display_name='Jan "Kat", Élise 🐈'), provider)
    assert NoteCode.REPLACES_EARLIER_FILE in plan.notes
    exporter.apply(plan)
    files = sorted(p.name for p in target.path.iterdir())
    assert files == ["all2all-user0001.mobileconfig"]  # no backup, no temp, no second
    payload = plistlib.loads((target.path / files[0]).read_bytes())["PayloadContent"][0]
    assert payload["EmailAccountName"] == 'Jan "Kat", Élise 🐈'


def test_unopenable_file_is_left_for_the_user(tmp_path: Path, provider: Provider) -> None:
    exporter = mac(tmp_path, Opened(works=False))
    target = exporter.detect()[0].targets[0]
    report = exporter.apply(exporter.plan(target, draft(), provider))
    assert report.status is Status.NEEDS_USER_ACTION
    assert report.notes == (NoteCode.OPEN_FILE_YOURSELF, NoteCode.APPROVE_PROFILE)
    assert report.details["file"].endswith("all2all-user0001.mobileconfig")


def test_unwritable_downloads_is_a_failure_not_a_crash(tmp_path: Path, provider: Provider) -> None:
    opened = Opened()
    exporter = mac(tmp_path, opened)
    target = exporter.detect()[0].targets[0]
    plan = exporter.plan(target, draft(), provider)
    target.path.write_text("a file where the folder should be")  # fails even for root
    report = exporter.apply(plan)
    assert report.failed
    assert (report.status, report.code) == (Status.FAILED, ExportErrorCode.WRITE_FAILED)
    assert report.target == target.path
    assert opened.files == []
    with pytest.raises(ExportError) as planning:
        exporter.plan(target, draft(), provider)
    assert planning.value.code is ExportErrorCode.PROFILE_UNREADABLE
