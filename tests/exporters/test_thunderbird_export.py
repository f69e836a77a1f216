"""Writing the account into real profile files, as Thunderbird's own dialog would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exporters.conftest import EXISTING_PREFS, make_root
from wizard.core.exporters.base import (
    ActionCode,
    ChangeKind,
    Environment,
    ExportError,
    ExportErrorCode,
    ExportOptions,
    NoteCode,
    Status,
    Target,
    default_target,
)
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.model import (
    AccountDraft,
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Protocol,
    Security,
    ServerEndpoint,
)
from wizard.core.provider import Provider
from wizard.core.safe_files import list_backups

HOST = "maximusconfessor.all2all.org"
RELAY = ServerEndpoint("uit.telenet.be", 25, Security.NONE, Authentication.NONE)


def target_of(exporter: ThunderbirdExporter) -> Target:
    target = default_target(exporter.detect())
    assert target is not None
    return target


def export(
    exporter: ThunderbirdExporter,
    draft: AccountDraft,
    provider: Provider,
    options: ExportOptions = ExportOptions(),  # noqa: B008
) -> PrefsFile:
    target = target_of(exporter)
    report = exporter.apply(exporter.plan(target, draft, provider, options))
    assert report.status is Status.DONE, report
    return PrefsFile.parse((target.path / "prefs.js").read_bytes())


def accounts_for(prefs: PrefsFile, login: str) -> list[str]:
    keys = str(prefs.get("mail.accountmanager.accounts")).split(",")
    return [
        key
        for key in keys
        if prefs.get(f"mail.server.{prefs.get(f'mail.account.{key}.server')}.userName") == login
    ]


def test_fresh_profile_gets_what_thunderbird_writes(
    exporter: ThunderbirdExporter, fresh_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    prefs = export(exporter, draft, provider)
    expected = {
        "mail.accountmanager.accounts": "account1,account2",
        "mail.accountmanager.defaultaccount": "account1",
        "mail.accountmanager.localfoldersserver": "server2",
        "mail.account.lastKey": 2,
        "mail.account.account1.identities": "id1",
        "mail.account.account1.server": "server1",
        "mail.account.account2.server": "server2",
        "mail.server.server1.type": "imap",
        "mail.server.server1.hostname": HOST,
        "mail.server.server1.port": 993,
        "mail.server.server1.socketType": 3,
        "mail.server.server1.authMethod": 3,
        "mail.server.server1.userName": "user0001",
        "mail.server.server1.name": "user0001@all2all.org",
        "mail.server.server1.login_at_startup": True,
        "mail.server.server2.type": "none",
        "mail.server.server2.hostname": "Local Folders",
        "mail.server.server2.userName": "nobody",
        "mail.smtpservers": "smtp1",
        "mail.smtp.defaultserver": "smtp1",
        "mail.smtpserver.smtp1.type": "smtp",
        "mail.smtpserver.smtp1.hostname": HOST,
        "mail.smtpserver.smtp1.port": 465,
        "mail.smtpserver.smtp1.try_ssl": 3,
        "mail.smtpserver.smtp1.authMethod": 3,
        "mail.smtpserver.smtp1.username": "user0001",
        "mail.identity.id1.fullName": "Marie Dubois-Één",
        "mail.identity.id1.useremail": "user0001@all2all.org",
        "mail.identity.id1.smtpServer": "smtp1",
        "mail.identity.id1.valid": True,
        "mail.identity.id1.fcc_folder": f"imap://user0001@{HOST}/Sent",
        "mail.identity.id1.draft_folder": f"imap://user0001@{HOST}/Drafts",
        "mail.identity.id1.stationery_folder": f"imap://user0001@{HOST}/Templates",
    }
    assert {key: prefs.get(key) for key in expected} == expected
    text = (fresh_profile / "prefs.js").read_text()
    assert text.startswith("// Mozilla User Preferences\n")
    assert list_backups(fresh_profile / "prefs.js") == []


def test_busy_profile_keeps_every_other_byte(
    exporter: ThunderbirdExporter, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    target = target_of(exporter)
    plan = exporter.plan(target, draft, provider)
    changed = {a.key for a in plan.actions if a.code is ActionCode.CHANGE_KEY}
    assert changed == {
        "mail.accountmanager.accounts",
        "mail.account.lastKey",
        "mail.smtpservers",
    }
    report = exporter.apply(plan)
    assert report.code == "account_added"
    out = (busy_profile / "prefs.js").read_bytes()
    original = EXISTING_PREFS.encode()
    kept = original.replace(b'"mail.account.lastKey", 3);', b'"mail.account.lastKey", 4);').replace(
        b'"account1,account3,account2"', b'"account1,account3,account4,account2"'
    )
    kept = kept.replace(b'"smtp1,smtp2");', b'"smtp1,smtp2,smtp3");')
    assert out.startswith(kept)  # every old byte, in place; new keys only appended
    prefs = PrefsFile.parse(out)
    assert prefs.get("mail.account.account4.server") == "server4"
    assert prefs.get("mail.account.account4.identities") == "id3"
    assert prefs.get("mail.identity.id3.smtpServer") == "smtp3"
    assert prefs.get("mail.smtpservers") == "smtp1,smtp2,smtp3"
    assert prefs.get("mail.smtp.defaultserver") == "smtp1"  # not taken over
    assert prefs.get("mail.accountmanager.defaultaccount") == "account1"
    assert prefs.get("mail.identity.id3.reply_on_top") == 0  # like the default identity
    (backup,) = report.backups
    assert backup.read_bytes() == original
    assert NoteCode.LOCAL_FOLDERS_CREATED not in report.notes


def test_running_twice_gives_one_account_and_updates_in_place(
    exporter: ThunderbirdExporter, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    export(exporter, draft, provider)
    target = target_of(exporter)
    again = exporter.plan(target, draft, provider)
    assert again.change is ChangeKind.UNCHANGED
    assert again.writes == ()
    assert exporter.apply(again).code == "account_unchanged"
    renamed = draft.with_changes(display_name="Marie D.")
    plan = exporter.plan(target, renamed, provider)
    assert plan.change is ChangeKind.UPDATE_ACCOUNT
    assert [(a.key, a.new) for a in plan.actions if a.key] == [
        ("mail.identity.id3.fullName", "Marie D.")
    ]
    exporter.apply(plan)
    prefs = PrefsFile.parse((busy_profile / "prefs.js").read_bytes())
    assert accounts_for(prefs, "user0001") == ["account4"]
    assert prefs.get("mail.smtpservers") == "smtp1,smtp2,smtp3"


def test_pop3_keeps_mail_for_the_chosen_days(
    exporter: ThunderbirdExporter, fresh_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    pop = draft.with_changes(protocol=Protocol.POP3, keep_on_server_days=30)
    prefs = export(exporter, pop, provider, ExportOptions(empty_trash_on_exit=True))
    base = "mail.server.server1."
    assert prefs.get(base + "type") == "pop3"
    assert prefs.get(base + "port") == 995
    assert prefs.get(base + "leave_on_server") is True
    assert prefs.get(base + "num_days_to_leave_on_server") == 30
    assert prefs.get(base + "delete_by_age_from_server") is True
    assert prefs.get(base + "empty_trash_on_exit") is True
    assert prefs.get("mail.identity.id1.fcc_folder") == f"mailbox://user0001@{HOST}/Sent"
    prefs = export(exporter, pop.with_changes(keep_on_server=False), provider)
    assert prefs.get(base + "leave_on_server") is False
    assert prefs.get(base + "delete_by_age_from_server") is False
    assert accounts_for(prefs, "user0001") == ["account1"]


def test_isp_relay_is_shared_when_already_there(
    exporter: ThunderbirdExporter, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    relay = draft.with_changes(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, RELAY))
    target = target_of(exporter)
    plan = exporter.plan(target, relay, provider)
    assert plan.outgoing_ref == "smtp2"
    assert NoteCode.OUTGOING_REUSED in plan.notes
    exporter.apply(plan)
    prefs = PrefsFile.parse((busy_profile / "prefs.js").read_bytes())
    assert prefs.get("mail.smtpservers") == "smtp1,smtp2"
    assert prefs.get("mail.identity.id3.smtpServer") == "smtp2"


def test_isp_relay_created_without_login(
    exporter: ThunderbirdExporter, fresh_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    other = ServerEndpoint("relay.skynet.be", 25, Security.NONE, Authentication.NONE)
    relay = draft.with_changes(outgoing=OutgoingChoice(OutgoingKind.ISP_RELAY, other))
    prefs = export(exporter, relay, provider)
    base = "mail.smtpserver.smtp1."
    assert (prefs.get(base + "hostname"), prefs.get(base + "port")) == ("relay.skynet.be", 25)
    assert (prefs.get(base + "try_ssl"), prefs.get(base + "authMethod")) == (0, 1)
    assert base + "username" not in prefs


def test_reuse_a_chosen_outgoing_server(
    exporter: ThunderbirdExporter, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    target = target_of(exporter)
    candidates = exporter.outgoing_candidates(target)
    assert [(c.ref, c.host, c.is_default) for c in candidates] == [
        ("smtp1", "smtp.gmail.com", True),
        ("smtp2", "uit.telenet.be", False),
    ]
    prefs = export(exporter, draft, provider, ExportOptions(reuse_outgoing="smtp1"))
    assert prefs.get("mail.identity.id3.smtpServer") == "smtp1"
    assert prefs.get("mail.smtpservers") == "smtp1,smtp2"
    with pytest.raises(ExportError) as caught:
        exporter.plan(target, draft, provider, ExportOptions(reuse_outgoing="smtp9"))
    assert caught.value.code is ExportErrorCode.OUTGOING_NOT_FOUND


def test_own_outgoing_server_with_old_settings_is_corrected_not_duplicated(
    exporter: ThunderbirdExporter, home: Path, draft: AccountDraft, provider: Provider
) -> None:
    old = (
        'user_pref("mail.smtpservers", "smtp1");\n'
        f'user_pref("mail.smtpserver.smtp1.hostname", "{HOST.upper()}");\n'
        'user_pref("mail.smtpserver.smtp1.port", 587);\n'
        'user_pref("mail.smtpserver.smtp1.try_ssl", 2);\n'
        'user_pref("mail.smtpserver.smtp1.username", "user0001");\n'
    )
    make_root(home / ".thunderbird", old)
    target = target_of(exporter)
    plan = exporter.plan(target, draft, provider)
    assert plan.outgoing_ref == "smtp1"
    assert NoteCode.OUTGOING_UPDATED in plan.notes
    exporter.apply(plan)
    prefs = PrefsFile.parse((target.path / "prefs.js").read_bytes())
    assert (
        prefs.get("mail.smtpserver.smtp1.port"),
        prefs.get("mail.smtpserver.smtp1.try_ssl"),
    ) == (
        465,
        3,
    )
    assert prefs.get("mail.smtpservers") == "smtp1"


def test_name_clash_appends_protocol_then_counter(
    exporter: ThunderbirdExporter, fresh_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    export(exporter, draft, provider)
    pop = draft.with_changes(protocol=Protocol.POP3)
    target = target_of(exporter)
    plan = exporter.plan(target, pop, provider)
    assert NoteCode.NAME_CLASH_RENAMED in plan.notes
    assert NoteCode.OTHER_PROTOCOL_ACCOUNT_EXISTS in plan.notes
    exporter.apply(plan)
    export(exporter, pop.with_changes(username="user0005"), provider)
    prefs = PrefsFile.parse((fresh_profile / "prefs.js").read_bytes())
    names = [prefs.get(f"mail.server.server{n}.name") for n in (1, 3, 4)]
    assert names == [
        "user0001@all2all.org",
        "user0001@all2all.org (POP3)",
        "user0001@all2all.org (POP3)_2",
    ]
    assert prefs.get("mail.accountmanager.accounts") == "account1,account3,account4,account2"


def test_account_renamed_in_thunderbird_is_still_found(
    exporter: ThunderbirdExporter, home: Path, draft: AccountDraft, provider: Provider
) -> None:
    """Thunderbird keeps ``hostname`` and records an edit in ``realhostname``."""
    old = (
        'user_pref("mail.accountmanager.accounts", "account7");\n'
        'user_pref("mail.account.account7.server", "server7");\n'
        'user_pref("mail.account.account7.identities", "id7");\n'
        'user_pref("mail.server.server7.type", "imap");\n'
        'user_pref("mail.server.server7.hostname", "mail.all2all.org");\n'
        f'user_pref("mail.server.server7.realhostname", "{HOST}");\n'
        'user_pref("mail.server.server7.userName", "user0001");\n'
        'user_pref("mail.server.server7.port", 143);\n'
    )
    make_root(home / ".thunderbird", old)
    prefs = export(exporter, draft, provider)
    assert accounts_for(prefs, "user0001") == ["account7"]
    assert prefs.get("mail.server.server7.port") == 993
    assert prefs.get("mail.identity.id7.useremail") == "user0001@all2all.org"


def test_windows_profile_gets_crlf(home: Path, draft: AccountDraft, provider: Provider) -> None:
    appdata = home / "AppData" / "Roaming"
    used = make_root(appdata / "Thunderbird", None)
    exporter = ThunderbirdExporter(Environment(home, appdata, "win32"), in_use=lambda _: False)
    export(exporter, draft, provider)
    data = (used / "prefs.js").read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")


def test_password_is_never_written(
    exporter: ThunderbirdExporter, busy_profile: Path, draft: AccountDraft, provider: Provider
) -> None:
    export(exporter, draft, provider)
    export(exporter, draft.with_changes(protocol=Protocol.POP3), provider)
    for path in busy_profile.parent.parent.rglob("*"):
        if path.is_file():
            assert draft.password.encode() not in path.read_bytes(), path


def test_keys_referenced_without_prefs_are_not_reused(
    exporter: ThunderbirdExporter, home: Path, draft: AccountDraft, provider: Provider
) -> None:
    old = (
        'user_pref("mail.accountmanager.accounts", "account1,account5");\n'
        'user_pref("mail.account.account1.server", "server1");\n'
        'user_pref("mail.account.account1.identities", "id1,id2");\n'
        'user_pref("mail.server.server1.type", "imap");\n'
        'user_pref("mail.smtpservers", "smtp1");\n'
    )
    make_root(home / ".thunderbird", old)
    plan = exporter.plan(target_of(exporter), draft, provider)
    assert plan.account_ref == "account2"  # lastKey missing: lowest free above 0, as Thunderbird
    assert plan.outgoing_ref == "smtp2"
    added = {a.key.split(".")[2] for a in plan.actions if a.key.startswith("mail.identity.")}
    assert added == {"id3"}
    servers = {a.key.split(".")[2] for a in plan.actions if a.key.startswith("mail.server.")}
    assert servers == {"server2", "server3"}  # the account and the new Local Folders


def test_registry_and_environment() -> None:
    from wizard.core.exporters import exporter_names, make_exporter

    assert exporter_names()[0] == "thunderbird"
    env = Environment.from_os({"HOME": "/h", "APPDATA": "/h/AppData/Roaming"})
    assert (env.home, env.appdata) == (Path("/h"), Path("/h/AppData/Roaming"))
    assert isinstance(make_exporter("thunderbird", env), ThunderbirdExporter)
    with pytest.raises(KeyError):
        make_exporter("outlook95", env)
