"""The doctor on real Thunderbird profile files in a temporary home.

Every problem is found on the account that has it, by host name whatever the login or
the name's case; --fix changes only the prefs of those accounts (the others, byte for
byte, in their order); a second run finds nothing. What Thunderbird itself makes of
the repaired profile is in ``test_doctor_real.py``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.exporters.conftest import make_root
from tests.exporters.doctor_profiles import EXPECTED, OTHER_PREFIXES, problem_prefs
from wizard.core.doctor import FindingCode, Outcome, examine, repair
from wizard.core.doctor.rules import duplicates
from wizard.core.exporters.base import Environment, ExportErrorCode
from wizard.core.exporters.thunderbird.exporter import ThunderbirdExporter
from wizard.core.exporters.thunderbird.prefs_js import PrefsFile
from wizard.core.provider import Provider, load_provider
from wizard.core.safe_files import list_backups

HOST = "maximusconfessor.all2all.org"


@pytest.fixture(scope="module")
def provider() -> Provider:
    return load_provider()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def profile(home: Path) -> Path:
    return make_root(home / ".thunderbird", problem_prefs(HOST))


def env(home: Path) -> Environment:
    return Environment(home, platform="linux")


def findings_by_key(report) -> dict[str, set[FindingCode]]:
    return {check.account.key: {f.code for f in check.findings} for check in report.accounts}


def changed_prefs(before: bytes, after: bytes) -> set[str]:
    old, new = PrefsFile.parse(before), PrefsFile.parse(after)
    names = set(old.names()) | set(new.names())
    return {name for name in names if old.get(name) != new.get(name)}


def is_others(line: str) -> bool:
    """A line that is no all2all account's: comments, other accounts, the user's own."""
    prefix = 'user_pref("'
    return not line.startswith(prefix) or line.startswith(OTHER_PREFIXES, len(prefix))


def test_every_problem_is_found_on_its_account(home: Path, profile: Path, provider) -> None:
    report = examine(env(home), provider)

    found = findings_by_key(report)
    assert found == {key: codes for key, (_, _, codes) in EXPECTED.items()}
    for check in report.accounts:
        login, protocol, _ = EXPECTED[check.account.key]
        assert (check.account.login, check.account.protocol) == (login, protocol)
        assert check.account.profile == profile
    assert report.outcome is Outcome.PROBLEMS_LEFT
    assert all(not f.fixed for check in report.accounts for f in check.findings)
    everything = sum(len(codes) for _, _, codes in EXPECTED.values())
    assert (report.repairable, report.repaired, report.by_hand) == (everything, 0, 0)


def test_fix_repairs_everything_and_touches_nothing_else(
    home: Path, profile: Path, provider
) -> None:
    before = (profile / "prefs.js").read_bytes()
    report = repair(env(home), provider)

    assert report.outcome is Outcome.CLEAN, report
    assert all(f.fixed for check in report.accounts for f in check.findings)
    after = (profile / "prefs.js").read_bytes()
    changed = changed_prefs(before, after)
    assert changed
    assert not [name for name in changed if name.startswith(OTHER_PREFIXES)]
    # Every line that is not an all2all account's is still there, in its order.
    kept = [line for line in before.decode().splitlines() if is_others(line)]
    assert [line for line in after.decode().splitlines() if line in kept] == kept
    assert report.backups == tuple(list_backups(profile / "prefs.js"))
    assert report.backups[0].read_bytes() == before

    again = examine(env(home), provider)
    assert again.outcome is Outcome.CLEAN
    assert all(check.findings == () for check in again.accounts)


def test_repaired_values_are_the_guides(home: Path, profile: Path, provider) -> None:
    repair(env(home), provider)
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())

    assert (prefs.get("mail.server.server2.port"), prefs.get("mail.server.server2.socketType")) == (
        993,
        3,
    )
    assert prefs.get("mail.server.server2.authMethod") == 3
    assert prefs.get("mail.server.server3.port") == 995
    assert prefs.get("mail.server.server3.leave_on_server") is True
    assert prefs.get("mail.server.server3.num_days_to_leave_on_server") == 14
    assert prefs.get("mail.server.server4.port") == 993
    # smtp2 was shared by user0001 and user0005: user0001 got a server of its own, the
    # shared one became user0005's, and neither kept port 25 without a login.
    id2, id6 = prefs.get("mail.identity.id2.smtpServer"), prefs.get("mail.identity.id6.smtpServer")
    assert id2 != id6
    pairs = [("id2", "user0001"), ("id3", "user0002"), ("id6", "user0005"), ("id7", "user0006")]
    for identity, login in pairs:
        key = prefs.get(f"mail.identity.{identity}.smtpServer")
        assert key in str(prefs.get("mail.smtpservers")).split(",")
        base = f"mail.smtpserver.{key}."
        assert prefs.get(base + "hostname") in {HOST, HOST.upper()}
        assert (prefs.get(base + "port"), prefs.get(base + "try_ssl")) == (465, 3)
        assert (prefs.get(base + "authMethod"), prefs.get(base + "username")) == (3, login)
    # user0002's missing server: the one that already had user0002's login, made right.
    assert prefs.get("mail.identity.id3.smtpServer") == "smtp7"
    assert prefs.get("mail.smtpserver.smtp4.authMethod") == 3


def test_dry_run_writes_nothing(home: Path, profile: Path, provider) -> None:
    before = (profile / "prefs.js").read_bytes()
    report = examine(env(home), provider)

    assert (profile / "prefs.js").read_bytes() == before
    assert list_backups(profile / "prefs.js") == []
    assert all(f.fixable for check in report.accounts for f in check.findings)


def test_login_differs_and_duplicates_are_reported_not_fixed(home: Path, provider) -> None:
    """The other login may be another person's mailbox; which duplicate goes is theirs."""
    text = problem_prefs(HOST).replace(
        'user_pref("mail.server.server6.userName", "user0005");',
        'user_pref("mail.server.server6.userName", "User0001");',
    )
    profile = make_root(home / ".thunderbird", text)
    report = repair(env(home), provider, expected_login="user0001")

    found = findings_by_key(report)
    assert FindingCode.DUPLICATE_ACCOUNT in found["account2"]
    assert FindingCode.DUPLICATE_ACCOUNT in found["account6"]  # same login, other case
    assert FindingCode.LOGIN_DIFFERS not in found["account2"] | found["account6"]
    assert FindingCode.LOGIN_DIFFERS in found["account3"]
    left = {f.code for check in report.accounts for f in check.problems_left}
    assert left == {FindingCode.DUPLICATE_ACCOUNT, FindingCode.LOGIN_DIFFERS}
    assert report.outcome is Outcome.PROBLEMS_LEFT
    assert (report.repairable, report.by_hand) == (0, 6)  # two duplicates, four logins
    assert report.repaired == sum(len(c.findings) for c in report.accounts) - 6
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    assert prefs.get("mail.server.server3.userName") == "user0002"  # never renamed


def test_a_clean_profile_and_an_isp_relay_are_left_alone(home: Path, provider) -> None:
    text = problem_prefs(HOST)
    profile = make_root(home / ".thunderbird", text)
    exporter = ThunderbirdExporter(env(home), in_use=lambda _: False)
    repair(env(home), provider)
    prefs = PrefsFile.parse((profile / "prefs.js").read_bytes())
    prefs.set("mail.identity.id7.smtpServer", "smtp8")  # user0006 sends through Telenet
    (profile / "prefs.js").write_bytes(prefs.to_bytes())
    before = (profile / "prefs.js").read_bytes()

    report = repair(env(home), provider, exporters={"thunderbird": exporter})
    assert report.outcome is Outcome.CLEAN
    assert (profile / "prefs.js").read_bytes() == before


def test_refused_while_thunderbird_runs(home: Path, profile: Path, provider) -> None:
    before = (profile / "prefs.js").read_bytes()
    running = ThunderbirdExporter(env(home), in_use=lambda _: True)
    report = repair(env(home), provider, exporters={"thunderbird": running})

    assert report.outcome is Outcome.PROGRAM_NOT_CHANGED
    assert [(f.client, f.code) for f in report.failures] == [
        ("thunderbird", ExportErrorCode.CLIENT_RUNNING)
    ]
    assert report.accounts  # the findings are still shown
    assert (profile / "prefs.js").read_bytes() == before


def test_a_damaged_prefs_file_is_reported_and_left(home: Path, provider) -> None:
    profile = make_root(home / ".thunderbird", 'user_pref("mail.server.server1.type", "imap"\n')
    report = repair(env(home), provider)

    assert [f.code for f in report.failures] == [ExportErrorCode.PREFS_CORRUPT]
    assert (profile / "prefs.js").read_text() == 'user_pref("mail.server.server1.type", "imap"\n'


def test_one_profile_only(home: Path, profile: Path, provider, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "prefs.js").write_text(problem_prefs(HOST), encoding="utf-8")
    report = examine(env(home), provider, folder=elsewhere, clients=("thunderbird",))

    assert {check.account.profile for check in report.accounts} == {elsewhere}


def test_every_profile_is_looked_at(home: Path, profile: Path, provider) -> None:
    legacy = profile.parent / "legacy.default"
    (legacy / "prefs.js").write_text(problem_prefs(HOST), encoding="utf-8")
    report = examine(env(home), provider)

    assert {check.account.profile for check in report.accounts} == {profile, legacy}


def test_duplicates_are_per_profile() -> None:
    from wizard.core.doctor.findings import ConfiguredServer, FoundAccount, LoginMethod

    server = ConfiguredServer(HOST, 993, None, LoginMethod.PASSWORD, "user0001")
    one = FoundAccount(
        "thunderbird", Path("/a"), "account1", "imap", "user0001", "", server, None, ""
    )
    other = dataclasses.replace(one, profile=Path("/b"))
    assert duplicates([one, other]) == set()
    assert duplicates([one, dataclasses.replace(one, key="account2")]) == {"account1", "account2"}
