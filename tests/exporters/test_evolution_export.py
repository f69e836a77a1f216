"""The Evolution exporter on real files in a temporary home: detect, plan, apply, update.

What Evolution's registry itself makes of these files is proven in
``test_evolution_registry.py``; here: which files, which keys, no duplicates, no
password, backups, refusals and roll-back.
"""

from __future__ import annotations

import errno
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.export_samples import PASSWORD, draft, drafts
from wizard.core.exporters.base import (
    ActionCode,
    ChangeKind,
    Environment,
    ExportError,
    ExportErrorCode,
    ExportOptions,
    NoteCode,
    Plan,
    Status,
    Target,
    default_target,
)
from wizard.core.exporters.evolution.exporter import (
    EvolutionExporter,
    evolution_pids,
)
from wizard.core.exporters.evolution.sources import KeyFile
from wizard.core.model import AccountDraft, Protocol
from wizard.core.provider import Provider, load_provider
from wizard.core.safe_files import BACKUP_MARK, list_backups

HOST = "maximusconfessor.all2all.org"
NAMES = [
    'Jan "de Kat" Peeters',
    "Dubois, Marie-Één",
    "Ségolène d'Ursel; ✓",
    "Émile 😀 Zoë",
    " leading space\\and backslash",
]
WRITTEN = {name: name for name in NAMES} | {NAMES[4]: "\\sleading space\\\\and backslash"}

# An account Evolution 3.46 made itself for the same login (random UIDs, every key it
# writes, and settings the user changed afterwards), next to another account.
ACCOUNT_UID = "4f1b0f6c3a2e9d8b7c6a5f4e3d2c1b0a99887766"
IDENTITY_UID = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"
TRANSPORT_UID = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432"
EVOLUTION_ACCOUNT = f"""[Data Source]
DisplayName=Werk (all2all)
Enabled=false
Parent=

[Offline]
StaySynchronized=true

[Refresh]
Enabled=true
IntervalMinutes=30

[Mail Account]
BackendName=imapx
IdentityUid={IDENTITY_UID}
ArchiveFolder=folder://{ACCOUNT_UID}/Archief
NeedsInitialSetup=false
MarkSeen=inconsistent
MarkSeenTimeout=1500
Builtin=false

[Authentication]
Host=MaximusConfessor.All2All.org
Method=LOGIN
Port=143
ProxyUid=system-proxy
RememberPassword=true
User=user0001
CredentialName=
IsExternal=false

[Security]
Method=starttls-on-standard-port

[Imapx Backend]
FilterInbox=true
UseIdle=true
UseSubscriptions=true
# the user hid shared folders
IgnoreSharedFoldersNamespace=true
"""
EVOLUTION_IDENTITY = f"""[Data Source]
DisplayName=Werk (all2all)
Enabled=true
Parent={ACCOUNT_UID}

[Mail Identity]
Address=oud@example.be
Aliases=
Name=Oude Naam
Organization=Peeters & Zonen
ReplyTo=
SignatureUid=7777777777777777777777777777777777777777

[Mail Submission]
SentFolder=folder://{ACCOUNT_UID}/Verzonden
TransportUid={TRANSPORT_UID}
RepliesToOriginFolder=false
UseSentFolder=true

[Mail Composition]
ReplyStyle=quoted
"""
EVOLUTION_TRANSPORT = f"""[Data Source]
DisplayName=Werk (all2all)
Enabled=true
Parent={ACCOUNT_UID}

[Mail Transport]
BackendName=smtp

[Authentication]
Host=uit.telenet.be
Method=none
Port=25
ProxyUid=system-proxy
RememberPassword=true
User=
CredentialName=
IsExternal=false

[Security]
Method=none
"""
OTHER_ACCOUNT = """[Data Source]
DisplayName=gmail
Enabled=true
Parent=

[Mail Account]
BackendName=imapx
IdentityUid=gmail-identity

[Authentication]
Host=imap.gmail.com
Port=993
User=user0001
Method=XOAUTH2
"""


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def make_exporter(home: Path, **changes: object) -> EvolutionExporter:
    """An exporter for ``home`` where Evolution is installed and not running."""
    arguments: dict[str, object] = {
        "running": lambda: False,
        "which": lambda name: f"/usr/bin/{name}",
    }
    arguments.update(changes)
    return EvolutionExporter(Environment(home, platform="linux"), **arguments)  # type: ignore[arg-type]


def target_of(exporter: EvolutionExporter) -> Target:
    target = default_target(exporter.detect())
    assert target is not None
    return target


def export(home: Path, account: AccountDraft, provider: Provider) -> tuple[Plan, Target]:
    exporter = make_exporter(home)
    target = target_of(exporter)
    plan = exporter.plan(target, account, provider)
    report = exporter.apply(plan)
    assert report.status is Status.DONE, report
    return plan, target


def read(folder: Path, uid: str) -> KeyFile:
    return KeyFile.parse((folder / f"{uid}.source").read_bytes())


def sources_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob("*.source"))


def write_evolution_account(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for uid, text in (
        (ACCOUNT_UID, EVOLUTION_ACCOUNT),
        (IDENTITY_UID, EVOLUTION_IDENTITY),
        (TRANSPORT_UID, EVOLUTION_TRANSPORT),
        ("gmail", OTHER_ACCOUNT),
    ):
        (folder / f"{uid}.source").write_text(text, encoding="utf-8")
    (folder / "broken.source").write_bytes(b"not a key file\n")


# --- detection


def test_nothing_detected_without_evolution(home: Path) -> None:
    exporter = make_exporter(home, which=lambda name: None, flatpak_system=home / "none")
    assert exporter.detect() == []
    (home / ".config" / "evolution" / "sources").mkdir(parents=True)  # only EDS ran (GNOME)
    assert exporter.detect() == []


def test_native_and_flatpak_detected(home: Path) -> None:
    exporter = make_exporter(home, flatpak_system=home / "none")
    (native,) = exporter.detect()
    assert (native.variant, native.targets[0].path) == (
        "native",
        home / ".config" / "evolution" / "sources",
    )
    flatpak_app = home / ".local" / "share" / "flatpak" / "app" / "org.gnome.Evolution"
    flatpak_app.mkdir(parents=True)
    found = {i.variant: i.targets[0].path for i in exporter.detect()}
    assert found["flatpak"] == (
        home / ".var" / "app" / "org.gnome.Evolution" / "config" / "evolution" / "sources"
    )
    no_program = make_exporter(home, which=lambda name: None, flatpak_system=home / "none")
    assert [i.variant for i in no_program.detect()] == ["flatpak"]


def test_not_on_other_systems(home: Path) -> None:
    for platform in ("darwin", "win32"):
        exporter = EvolutionExporter(
            Environment(home, platform=platform), which=lambda name: "/usr/bin/evolution"
        )
        assert exporter.detect() == []


def test_config_home_is_honoured(home: Path, tmp_path: Path) -> None:
    exporter = make_exporter(home, config_home=tmp_path / "xdg")
    assert target_of(exporter).path == tmp_path / "xdg" / "evolution" / "sources"


# --- new accounts


def test_new_imap_account(home: Path, provider: Provider) -> None:
    account = draft(display_name=NAMES[0])
    plan, target = export(home, account, provider)
    folder = target.path
    assert plan.change is ChangeKind.ADD_ACCOUNT
    assert NoteCode.PASSWORD_ASKED_AT_FIRST_START in plan.notes
    assert oct(folder.stat().st_mode & 0o777) == "0o700"  # created as EDS does
    identity_uid = read(folder, plan.account_ref).get("Mail Account", "IdentityUid")
    assert identity_uid is not None
    assert sources_in(folder) == sorted(
        f"{uid}.source" for uid in (plan.account_ref, identity_uid, plan.outgoing_ref)
    )
    store = read(folder, plan.account_ref)
    assert [(g, {k: store.get(g, k) for k in store.keys(g)}) for g in store.groups()] == [
        ("Data Source", {"DisplayName": account.email, "Enabled": "true", "Parent": ""}),
        (
            "Mail Account",
            {
                "BackendName": "imapx",
                "IdentityUid": identity_uid,
                "ArchiveFolder": "",
                "NeedsInitialSetup": "true",
                "MarkSeen": "inconsistent",
                "MarkSeenTimeout": "1500",
                "Builtin": "false",
            },
        ),
        (
            "Authentication",
            {
                "Host": HOST,
                "Method": "PLAIN",
                "Port": "993",
                "ProxyUid": "system-proxy",
                "RememberPassword": "true",
                "User": "user0001",
                "CredentialName": "",
                "IsExternal": "false",
            },
        ),
        ("Security", {"Method": "ssl-on-alternate-port"}),
        ("Offline", {"StaySynchronized": "false"}),
        ("Refresh", {"Enabled": "true", "IntervalMinutes": "10"}),
        ("Imapx Backend", {"UseIdle": "true"}),
    ]
    identity = read(folder, identity_uid)
    assert identity.get("Data Source", "Parent") == plan.account_ref
    assert identity.get("Mail Identity", "Address") == account.email
    assert identity.get("Mail Identity", "Name") == NAMES[0]
    assert identity.get("Mail Submission", "TransportUid") == plan.outgoing_ref
    transport = read(folder, plan.outgoing_ref)
    assert transport.get("Data Source", "Parent") == plan.account_ref
    assert transport.get("Mail Transport", "BackendName") == "smtp"
    assert [transport.get("Authentication", k) for k in ("Host", "Port", "User", "Method")] == [
        HOST,
        "465",
        "user0001",
        "PLAIN",
    ]
    assert transport.get("Security", "Method") == "ssl-on-alternate-port"
    for path in folder.iterdir():
        assert oct(path.stat().st_mode & 0o777) == "0o600"
        assert PASSWORD.encode() not in path.read_bytes()


@pytest.mark.parametrize(
    ("name", "keep", "days"),
    [("pop3", "true", "14"), ("pop3-delete", "false", "0")],
)
def test_pop3_keeps_or_deletes_mail(
    home: Path, provider: Provider, name: str, keep: str, days: str
) -> None:
    plan, target = export(home, drafts(provider)[name], provider)
    store = read(target.path, plan.account_ref)
    assert store.get("Mail Account", "BackendName") == "pop"
    assert store.get("Authentication", "Port") == "995"
    assert {k: store.get("Pop Backend", k) for k in store.keys("Pop Backend")} == {
        "KeepOnServer": keep,
        "DeleteAfterDays": days,
        "DeleteExpunged": keep,
    }
    assert not store.has_group("Imapx Backend")


def test_isp_relay_without_login(home: Path, provider: Provider) -> None:
    plan, target = export(home, drafts(provider)["imap-relay"], provider)
    transport = read(target.path, plan.outgoing_ref)
    relay = provider.relay("telenet")
    assert relay is not None
    assert [transport.get("Authentication", k) for k in ("Host", "Port", "User", "Method")] == [
        relay.endpoint.host,
        str(relay.endpoint.port),
        "",
        "none",
    ]
    assert transport.get("Security", "Method") == "none"
    exporter = make_exporter(home)
    assert [t.uid for t in exporter.secret_targets(plan)] == [plan.account_ref]


def test_typed_relay_with_starttls(home: Path, provider: Provider) -> None:
    plan, target = export(home, drafts(provider)["typed-relay"], provider)
    transport = read(target.path, plan.outgoing_ref)
    assert transport.get("Authentication", "Port") == "587"
    assert transport.get("Security", "Method") == "starttls-on-standard-port"


@pytest.mark.parametrize("name", NAMES)
def test_names_survive_byte_exact(home: Path, provider: Provider, name: str) -> None:
    plan, target = export(home, draft(display_name=name), provider)
    store = read(target.path, plan.account_ref)
    identity = read(target.path, store.get("Mail Account", "IdentityUid") or "")
    assert identity.get("Mail Identity", "Name") == name
    written = (target.path / f"{store.get('Mail Account', 'IdentityUid')}.source").read_bytes()
    assert f"\nName={WRITTEN[name]}\n".encode() in written  # plain UTF-8, GLib's escapes only


def test_no_display_name(home: Path, provider: Provider) -> None:
    plan, target = export(home, drafts(provider)["no-display-name"], provider)
    identity_uid = read(target.path, plan.account_ref).get("Mail Account", "IdentityUid")
    assert read(target.path, identity_uid or "").get("Mail Identity", "Name") == ""


def test_uids_are_stable_and_distinct(home: Path, provider: Provider, tmp_path: Path) -> None:
    first, _ = export(home, draft(), provider)
    other_home = tmp_path / "other"
    other_home.mkdir()
    again, _ = export(other_home, draft(display_name="Someone Else"), provider)
    assert (first.account_ref, first.outgoing_ref) == (again.account_ref, again.outgoing_ref)
    pop, _ = export(other_home, draft(protocol=Protocol.POP3), provider)
    other_login, _ = export(other_home, draft(username="user0002"), provider)
    assert len({first.account_ref, pop.account_ref, other_login.account_ref}) == 3


# --- second runs and existing accounts


def test_second_export_changes_nothing(home: Path, provider: Provider) -> None:
    _, target = export(home, draft(display_name=NAMES[3]), provider)
    before = {p.name: p.read_bytes() for p in target.path.iterdir()}
    exporter = make_exporter(home)
    second = exporter.plan(target, draft(display_name=NAMES[3]), provider)
    assert (second.change, second.writes, second.actions) == (ChangeKind.UNCHANGED, (), ())
    assert exporter.apply(second).code == "account_unchanged"
    assert {p.name: p.read_bytes() for p in target.path.iterdir()} == before


def test_second_export_updates_in_place(home: Path, provider: Provider) -> None:
    first, target = export(home, draft(display_name="Jan Peeters"), provider)
    exporter = make_exporter(home)
    second = exporter.plan(target, draft(display_name=NAMES[1], keep_on_server=False), provider)
    assert second.change is ChangeKind.UPDATE_ACCOUNT
    assert (second.account_ref, second.outgoing_ref) == (first.account_ref, first.outgoing_ref)
    changed = [a for a in second.actions if a.code is ActionCode.CHANGE_KEY]
    assert [(a.key, a.old, a.new) for a in changed] == [
        ("[Mail Identity] Name", "Jan Peeters", NAMES[1])
    ]
    report = exporter.apply(second)
    assert report.code == "account_updated"
    (backup,) = report.backups
    assert BACKUP_MARK in backup.name
    assert len(sources_in(target.path)) == 3  # the backup is not a .source file


def test_evolution_made_account_is_updated_not_duplicated(home: Path, provider: Provider) -> None:
    exporter = make_exporter(home)
    folder = target_of(exporter).path
    write_evolution_account(folder)
    names_before = sources_in(folder)
    plan = exporter.plan(target_of(exporter), draft(display_name=NAMES[2]), provider)
    assert plan.change is ChangeKind.UPDATE_ACCOUNT
    assert (plan.account_ref, plan.outgoing_ref) == (ACCOUNT_UID, TRANSPORT_UID)
    report = exporter.apply(plan)
    assert report.status is Status.DONE
    assert sources_in(folder) == names_before
    assert len(report.backups) == 3
    account = read(folder, ACCOUNT_UID)
    assert account.get("Data Source", "DisplayName") == "Werk (all2all)"  # the user's name
    assert account.get("Data Source", "Enabled") == "true"
    assert [account.get("Authentication", k) for k in ("Host", "Port", "Method")] == [
        HOST,
        "993",
        "PLAIN",
    ]
    assert account.get("Security", "Method") == "ssl-on-alternate-port"
    assert account.get("Mail Account", "ArchiveFolder") == f"folder://{ACCOUNT_UID}/Archief"
    assert account.get("Refresh", "IntervalMinutes") == "30"
    assert account.get("Imapx Backend", "IgnoreSharedFoldersNamespace") == "true"
    assert b"# the user hid shared folders\n" in (folder / f"{ACCOUNT_UID}.source").read_bytes()
    identity = read(folder, IDENTITY_UID)
    assert identity.get("Mail Identity", "Name") == NAMES[2]
    assert identity.get("Mail Identity", "Address") == "jan.peeters@example.be"
    assert identity.get("Mail Identity", "Organization") == "Peeters & Zonen"
    assert identity.get("Mail Submission", "SentFolder") == f"folder://{ACCOUNT_UID}/Verzonden"
    transport = read(folder, TRANSPORT_UID)
    assert [transport.get("Authentication", k) for k in ("Host", "Port", "User", "Method")] == [
        HOST,
        "465",
        "user0001",
        "PLAIN",
    ]
    assert (folder / "gmail.source").read_text() == OTHER_ACCOUNT
    assert (folder / "broken.source").read_bytes() == b"not a key file\n"
    assert exporter.plan(target_of(exporter), draft(display_name=NAMES[2]), provider).change is (
        ChangeKind.UNCHANGED
    )


def test_missing_identity_is_recreated(home: Path, provider: Provider) -> None:
    exporter = make_exporter(home)
    folder = target_of(exporter).path
    write_evolution_account(folder)
    (folder / f"{IDENTITY_UID}.source").unlink()
    plan = exporter.plan(target_of(exporter), draft(), provider)
    exporter.apply(plan)
    identity_uid = read(folder, ACCOUNT_UID).get("Mail Account", "IdentityUid")
    assert identity_uid != IDENTITY_UID
    identity = read(folder, identity_uid or "")
    assert identity.get("Mail Submission", "TransportUid") == plan.outgoing_ref
    assert plan.outgoing_ref != TRANSPORT_UID  # a new identity links to a new transport


def test_other_protocol_is_another_account(home: Path, provider: Provider) -> None:
    imap, target = export(home, draft(), provider)
    exporter = make_exporter(home)
    plan = exporter.plan(target, draft(protocol=Protocol.POP3), provider)
    assert plan.change is ChangeKind.ADD_ACCOUNT
    assert NoteCode.OTHER_PROTOCOL_ACCOUNT_EXISTS in plan.notes
    exporter.apply(plan)
    assert len(sources_in(target.path)) == 6
    assert plan.account_ref != imap.account_ref


# --- refusals and faults


@pytest.fixture
def evolution_process(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A real process of this user named "evolution" (a renamed sleep), as Evolution runs."""
    program = tmp_path / "bin" / "evolution"
    program.parent.mkdir()
    program.symlink_to("/bin/sleep")
    child = subprocess.Popen([str(program), "600"])
    try:
        deadline = time.monotonic() + 10
        while child.pid not in evolution_pids() and time.monotonic() < deadline:
            time.sleep(0.02)
        yield child
    finally:
        child.kill()
        child.wait()


def test_refused_while_evolution_runs(
    home: Path, provider: Provider, evolution_process: subprocess.Popen[bytes]
) -> None:
    assert evolution_process.pid in evolution_pids()
    exporter = make_exporter(home, running=None)
    target = target_of(exporter)
    plan = exporter.plan(target, draft(), provider)
    assert NoteCode.CLIENT_RUNNING in plan.notes
    report = exporter.apply(plan)
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, "client_running")
    assert not target.path.exists()
    evolution_process.kill()
    evolution_process.wait()
    assert evolution_process.pid not in evolution_pids()


def test_helpers_and_other_users_do_not_count(tmp_path: Path) -> None:
    registry = tmp_path / "bin" / "evolution-source-registry"
    registry.parent.mkdir()
    registry.symlink_to("/bin/sleep")
    child = subprocess.Popen([str(registry), "600"])
    try:
        comm = Path("/proc") / str(child.pid) / "comm"
        deadline = time.monotonic() + 10
        while comm.read_text().strip() != "evolution-sourc" and time.monotonic() < deadline:
            time.sleep(0.02)  # until the exec is done: the kernel cuts names at 15 bytes
        assert comm.read_text().strip() == "evolution-sourc"
        assert child.pid not in evolution_pids()
        assert evolution_pids(uid=os.getuid() + 4242) == []
    finally:
        child.kill()
        child.wait()


def test_changed_between_plan_and_apply(home: Path, provider: Provider) -> None:
    _, target = export(home, draft(), provider)
    exporter = make_exporter(home)
    plan = exporter.plan(target, draft(display_name="Nieuw"), provider)
    (path,) = [w.path for w in plan.writes]
    path.write_bytes(path.read_bytes() + b"[Written By Evolution]\nX=1\n")
    report = exporter.apply(plan)
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, "profile_changed")
    assert b"Written By Evolution" in path.read_bytes()


def test_damaged_account_file_is_refused(home: Path, provider: Provider) -> None:
    plan, target = export(home, draft(), provider)
    damaged = target.path / f"{plan.account_ref}.source"
    damaged.write_bytes(b"[Data Source\n")
    with pytest.raises(ExportError) as caught:
        make_exporter(home).plan(target, draft(), provider)
    assert (caught.value.code, caught.value.path) == (ExportErrorCode.PREFS_CORRUPT, damaged)


def test_failed_write_rolls_everything_back(home: Path, provider: Provider) -> None:
    exporter = make_exporter(home)
    folder = target_of(exporter).path
    write_evolution_account(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    calls: list[Path] = []

    def failing_second(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        from wizard.core.safe_files import atomic_write

        atomic_write(path, data)

    exporter = make_exporter(home, writer=failing_second)
    report = exporter.apply(exporter.plan(target_of(exporter), draft(), provider))
    assert (report.status, report.code) == (Status.NEEDS_USER_ACTION, "disk_full")
    after = {p.name: p.read_bytes() for p in folder.iterdir() if BACKUP_MARK not in p.name}
    assert after == before
    assert list_backups(folder / f"{ACCOUNT_UID}.source")  # the copy made before writing


def test_reusing_an_outgoing_server_is_not_offered(home: Path, provider: Provider) -> None:
    exporter = make_exporter(home)
    target = target_of(exporter)
    assert exporter.outgoing_candidates(target) == ()
    with pytest.raises(ExportError) as caught:
        exporter.plan(target, draft(), provider, ExportOptions(reuse_outgoing="smtp1"))
    assert caught.value.code is ExportErrorCode.OUTGOING_NOT_FOUND


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs mounted for this test (needs root, which ignores chmod)."""
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_read_only_file_system(tmpfs: Path, provider: Provider) -> None:
    exporter = make_exporter(tmpfs)
    folder = target_of(exporter).path
    write_evolution_account(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    plan = exporter.plan(target_of(exporter), draft(), provider)
    assert NoteCode.PROFILE_READ_ONLY in plan.notes
    report = exporter.apply(plan)
    assert (report.status, report.code) == (Status.FAILED, "profile_read_only")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_secret_targets_follow_the_files(home: Path, provider: Provider) -> None:
    plan, target = export(home, draft(), provider)
    exporter = make_exporter(home)
    targets = exporter.secret_targets(plan)
    assert [t.uid for t in targets] == [plan.account_ref, plan.outgoing_ref]
    assert targets[0].label == (
        'Evolution Data Source "jan.peeters@example.be" (Mail Account - imapx) '
    )
    assert targets[1].label == (
        'Evolution Data Source "jan.peeters@example.be" (Mail Transport - smtp)  of '
        + plan.account_ref
    )
    unchanged = exporter.plan(target, draft(), provider)  # nothing to write: read from disk
    assert exporter.secret_targets(unchanged) == targets
