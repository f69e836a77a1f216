"""The Outlook exporter: targets from the registry, the PRF in a folder of ours, the
experimental import through a real stand-in program, and the guide on every failure.

The stand-in for OUTLOOK.EXE is a real program started by the real launcher: it checks
its ``/importprf`` arguments, reads the PRF it was given and, like Outlook, creates the
profile named there in the (file-backed) registry the exporter reads back.
"""

from __future__ import annotations

import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.core.export_samples import PASSWORD, draft
from tests.exporters.test_outlook_detect import (
    HKCU,
    OUTLOOK_16,
    FileRegistry,
    MemoryRegistry,
    microsoft_365,
    new_outlook_keys,
)
from wizard.core.exporters.base import (
    ActionCode,
    ChangeKind,
    Environment,
    ExportErrorCode,
    NoteCode,
    ReportCode,
    Status,
)
from wizard.core.exporters.outlook.detect import APP_PATHS, Hive
from wizard.core.exporters.outlook.exporter import (
    CLIENT,
    DETAIL_GUIDE,
    DETAIL_IMPORT,
    DETAIL_PRF,
    DETAIL_PRF_PROBLEM,
    OutlookExporter,
    OutlookReport,
    image_running,
)
from wizard.core.formats.outlook_prf import prf_bytes
from wizard.core.provider import Provider, load_provider
from wizard.core.safe_files import list_backups

PROFILE = "all2all (user0001)"


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "exports" / "outlook"


def exporter(registry, folder: Path, **kwargs) -> OutlookExporter:
    kwargs.setdefault("running", lambda _image: False)
    return OutlookExporter(
        Environment(folder.parent, platform="win32"),
        registry=registry,
        export_folder=folder,
        **kwargs,
    )


def classic_target(outlook: OutlookExporter):
    targets = [t for i in outlook.detect() for t in i.targets if t.variant == "classic"]
    assert len(targets) == 1
    return targets[0]


def stand_in_outlook(tmp_path: Path, registry_file: Path, exit_code: int = 0) -> Path:
    """A program that imports a PRF the way Outlook does: it creates the named profile.

    It lives where Click-to-Run keeps Outlook (``...\\root\\Office16``), so detection
    takes it for Microsoft 365's Outlook.
    """
    program = tmp_path / "root" / "Office16" / "OUTLOOK.EXE"
    program.parent.mkdir(parents=True)
    body = f"""
        import json, pathlib, sys
        calls = pathlib.Path({str(tmp_path / "calls.txt")!r})
        calls.write_text(calls.read_text() + " ".join(sys.argv[1:]) + "\\n" if calls.exists()
                         else " ".join(sys.argv[1:]) + "\\n")
        switch, prf = sys.argv[1], pathlib.Path(sys.argv[2])
        assert switch == "/importprf"
        data = prf.read_bytes()
        assert data[:2] == b"\\xff\\xfe"
        lines = data[2:].decode("utf-16-le").split("\\r\\n")
        name = next(line.split("=", 1)[1] for line in lines if line.startswith("ProfileName="))
        registry = pathlib.Path({str(registry_file)!r})
        entries = json.loads(registry.read_text(encoding="utf-8"))
        entries.append({{"hive": "{HKCU.value}",
                         "path": {OUTLOOK_16!r} + "\\\\Profiles\\\\" + name, "values": {{}}}})
        registry.write_text(json.dumps(entries), encoding="utf-8")
        sys.exit({exit_code})
    """
    program.write_text(f"#!{sys.executable}\n" + textwrap.dedent(body), encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def file_registry(tmp_path: Path, exe: Path | None = None) -> FileRegistry:
    registry = FileRegistry(tmp_path / "registry.json")
    keys = microsoft_365()
    if exe is not None:
        keys[(Hive.LOCAL_MACHINE, APP_PATHS)] = {"": str(exe)}
    for (hive, path), values in keys.items():
        registry.set(hive, path, values)
    registry.save()
    return registry


def calls(tmp_path: Path) -> list[str]:
    path = tmp_path / "calls.txt"
    return path.read_text().splitlines() if path.exists() else []


# -- detection --------------------------------------------------------------------------


def test_classic_and_new_outlook_each_a_target(folder):
    outlook = exporter(MemoryRegistry({**microsoft_365(), **new_outlook_keys()}), folder)
    installations = outlook.detect()
    assert [i.variant for i in installations] == ["classic", "new"]
    classic, new = (i.targets[0] for i in installations)
    assert (classic.client, classic.path, classic.is_default) == (CLIENT, folder, True)
    assert classic.name == "Outlook 2016-2024 / Microsoft 365"
    assert (new.variant, new.is_default) == ("new", False)


def test_the_new_outlook_switch_makes_the_new_one_default(folder):
    keys = {**microsoft_365(), **new_outlook_keys()}
    keys[(HKCU, OUTLOOK_16 + r"\Preferences")] = {"UseNewOutlook": 1}
    targets = [i.targets[0] for i in exporter(MemoryRegistry(keys), folder).detect()]
    assert [(t.variant, t.is_default) for t in targets] == [("classic", False), ("new", True)]


def test_nothing_installed_nothing_found(folder):
    assert exporter(MemoryRegistry(), folder).detect() == []


def test_built_from_the_environment_alone_off_windows(tmp_path):
    """``make_exporter(name, env)`` builds it with the env only: off Windows it finds nothing."""
    outlook = OutlookExporter(Environment(tmp_path, platform="linux"), export_folder=tmp_path)
    assert outlook.detect() == []


# -- plan and apply without import (the default) -----------------------------------------


def test_prf_written_then_the_guide(folder, provider):
    outlook = exporter(MemoryRegistry(microsoft_365()), folder)
    target = classic_target(outlook)
    plan = outlook.plan(target, draft(), provider)
    path = folder / "all2all-user0001.prf"
    assert plan.change is ChangeKind.ADD_ACCOUNT
    assert plan.account_ref == PROFILE
    assert [(a.code, a.path) for a in plan.actions] == [(ActionCode.CREATE_FILE, path)]
    assert not path.exists()  # planning writes nothing
    report = outlook.apply(plan)
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, OutlookReport.GUIDED_SETUP)
    assert report.details[DETAIL_GUIDE] == "classic"
    assert report.details[DETAIL_PRF] == str(path)
    assert NoteCode.PASSWORD_ASKED_AT_FIRST_START in report.notes
    assert path.read_bytes() == prf_bytes(draft(), provider)
    assert PASSWORD.encode("utf-16-le") not in path.read_bytes()


def test_second_export_writes_nothing_new(folder, provider):
    outlook = exporter(MemoryRegistry(microsoft_365()), folder)
    target = classic_target(outlook)
    outlook.apply(outlook.plan(target, draft(), provider))
    again = outlook.plan(target, draft(), provider)
    assert (again.writes, again.actions) == ((), ())
    report = outlook.apply(again)
    assert report.details[DETAIL_PRF] == str(folder / "all2all-user0001.prf")
    assert list_backups(folder / "all2all-user0001.prf") == []
    assert sorted(p.name for p in folder.iterdir()) == ["all2all-user0001.prf"]


def test_changed_account_replaces_the_file_with_a_backup(folder, provider):
    outlook = exporter(MemoryRegistry(microsoft_365()), folder)
    target = classic_target(outlook)
    outlook.apply(outlook.plan(target, draft(), provider))
    plan = outlook.plan(target, draft(display_name="Jan P."), provider)
    assert [a.code for a in plan.actions] == [ActionCode.BACKUP_FILE]
    report = outlook.apply(plan)
    assert len(report.backups) == 1
    assert report.backups[0].read_bytes() == prf_bytes(draft(), provider)
    assert (folder / "all2all-user0001.prf").read_bytes() == prf_bytes(
        draft(display_name="Jan P."), provider
    )


def test_an_account_the_prf_cannot_carry_goes_to_the_guide(folder, provider):
    outlook = exporter(MemoryRegistry(microsoft_365()), folder)
    plan = outlook.plan(classic_target(outlook), draft(display_name="Jan\nPeeters"), provider)
    assert plan.writes == ()
    report = outlook.apply(plan)
    assert report.code == OutlookReport.GUIDED_SETUP
    assert report.details[DETAIL_PRF_PROBLEM] == "control_character"
    assert not folder.exists()


def test_new_outlook_has_only_the_guide(folder, provider):
    outlook = exporter(MemoryRegistry(new_outlook_keys()), folder)
    (target,) = outlook.detect()[0].targets
    plan = outlook.plan(target, draft(), provider)
    assert (plan.writes, plan.actions) == ((), ())
    report = outlook.apply(plan)
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, OutlookReport.GUIDED_SETUP)
    assert report.details[DETAIL_GUIDE] == "new"
    assert not folder.exists()


def test_unwritable_folder_falls_back_to_the_guide(tmp_path, provider):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    outlook = exporter(MemoryRegistry(microsoft_365()), blocker / "outlook")
    report = outlook.apply(outlook.plan(classic_target(outlook), draft(), provider))
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, OutlookReport.GUIDED_SETUP)
    assert "prf_error" in report.details


# -- the experimental import --------------------------------------------------------------


def test_import_creates_the_profile_and_a_second_run_adds_nothing(tmp_path, folder, provider):
    registry_file = tmp_path / "registry.json"
    program = stand_in_outlook(tmp_path, registry_file)
    registry = file_registry(tmp_path, program)
    outlook = exporter(registry, folder, import_prf=True, settle_seconds=20)
    target = classic_target(outlook)
    report = outlook.apply(outlook.plan(target, draft(), provider))
    assert (report.status, report.code) == (Status.DONE, ReportCode.ACCOUNT_ADDED)
    assert report.details[DETAIL_IMPORT] == "finished"
    assert calls(tmp_path) == [f"/importprf {folder / 'all2all-user0001.prf'}"]
    assert PROFILE in registry.subkeys(HKCU, OUTLOOK_16 + r"\Profiles")
    # Second run: the profile exists, nothing is imported again.
    again = exporter(registry, folder, import_prf=True, settle_seconds=20)
    plan = again.plan(classic_target(again), draft(), provider)
    assert (plan.change, plan.writes) == (ChangeKind.UNCHANGED, ())
    report = again.apply(plan)
    assert (report.status, report.code) == (Status.DONE, ReportCode.ACCOUNT_UNCHANGED)
    assert len(calls(tmp_path)) == 1


def test_import_failure_falls_back_to_the_guide(tmp_path, folder, provider):
    program = stand_in_outlook(tmp_path, tmp_path / "registry.json", exit_code=3)
    outlook = exporter(file_registry(tmp_path, program), folder, import_prf=True, settle_seconds=20)
    report = outlook.apply(outlook.plan(classic_target(outlook), draft(), provider))
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, OutlookReport.GUIDED_SETUP)
    assert report.details[DETAIL_IMPORT] == "failed"
    assert (folder / "all2all-user0001.prf").exists()  # kept for IT staff


def test_import_without_the_program_falls_back_to_the_guide(tmp_path, folder, provider):
    missing = tmp_path / "gone" / "OUTLOOK.EXE"
    outlook = exporter(file_registry(tmp_path, missing), folder, import_prf=True)
    report = outlook.apply(outlook.plan(classic_target(outlook), draft(), provider))
    assert report.code == OutlookReport.GUIDED_SETUP
    assert report.details[DETAIL_IMPORT] == "program_not_found"


def test_import_refused_while_outlook_runs(tmp_path, folder, provider):
    program = stand_in_outlook(tmp_path, tmp_path / "registry.json")
    seen: list[str] = []

    def running(image: str) -> bool:
        seen.append(image)
        return True

    outlook = exporter(file_registry(tmp_path, program), folder, import_prf=True, running=running)
    plan = outlook.plan(classic_target(outlook), draft(), provider)
    assert NoteCode.CLIENT_RUNNING in plan.notes
    report = outlook.apply(plan)
    assert (report.status, report.code) == (
        Status.NEEDS_USER_ACTION,
        ExportErrorCode.CLIENT_RUNNING,
    )
    assert set(seen) == {"OUTLOOK.EXE"}
    assert calls(tmp_path) == []
    assert not (folder / "all2all-user0001.prf").exists()


def test_running_outlook_does_not_matter_without_import(folder, provider):
    outlook = exporter(MemoryRegistry(microsoft_365()), folder, running=lambda _image: True)
    plan = outlook.plan(classic_target(outlook), draft(), provider)
    assert NoteCode.CLIENT_RUNNING not in plan.notes
    assert outlook.apply(plan).code == OutlookReport.GUIDED_SETUP


# -- tasklist ----------------------------------------------------------------------------


def tasklist(output: str):
    """Windows' tasklist answer (CSV rows, or its translated "no tasks" line)."""

    def run(args, **_kwargs):
        assert args[:3] == ["tasklist", "/FI", "IMAGENAME eq OUTLOOK.EXE"]
        assert args[3:] == ["/FO", "CSV", "/NH"]
        return subprocess.CompletedProcess(args, 0, output.encode("cp850"), b"")

    return run


def test_tasklist_rows_mean_running():
    row = '"OUTLOOK.EXE","10432","Console","1","245.120 K"\r\n'
    assert image_running("OUTLOOK.EXE", tasklist(row)) is True
    assert image_running("OUTLOOK.EXE", tasklist(row.lower())) is True


@pytest.mark.parametrize(
    "output",
    [
        "INFO: No tasks are running which match the specified criteria.\r\n",
        "INFO: er worden geen taken uitgevoerd die voldoen aan de opgegeven criteria.\r\n",
        "Informations : aucune tâche en service ne correspond aux critères spécifiés.\r\n",
        "",
        '"OUTLOOKX.EXE","10","Console","1","1 K"\r\n',
    ],
)
def test_tasklist_without_a_matching_row_means_not_running(output):
    assert image_running("OUTLOOK.EXE", tasklist(output)) is False


def test_tasklist_missing_means_not_running():
    def run(args, **_kwargs):
        raise FileNotFoundError(args[0])

    assert image_running("OUTLOOK.EXE", run) is False
