"""Every code an exporter can return has plain words, in every language we speak."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wizard.core.exporters.base import (
    Action,
    ActionCode,
    ChangeKind,
    ClientReport,
    ExportErrorCode,
    NoteCode,
    ReportCode,
    Status,
)
from wizard.texts import export as messages

LEFTOVER = re.compile(r"\{[a-z_]+\}")


def check(text: str) -> str:
    assert text.strip()
    assert not LEFTOVER.search(text), text  # every placeholder was filled
    return text


def test_every_error_says_what_happened_and_what_to_do(qapp):
    seen = set()
    for code in ExportErrorCode:
        what = check(messages.error_message(code, "thunderbird"))
        todo = check(messages.error_advice(code, "thunderbird"))
        assert what != todo
        seen.add(what)
        report = ClientReport("thunderbird", Path("/p"), Status.FAILED, code.value)
        assert messages.report_text(report) == f"{what} {todo}"
    assert len(seen) == len(ExportErrorCode)  # no two failures read the same


@pytest.mark.parametrize("code", list(ReportCode))
def test_every_result_has_a_message(qapp, code):
    assert "Thunderbird" in check(messages.report_message(code, "thunderbird"))


@pytest.mark.parametrize("note", list(NoteCode))
def test_every_note_has_a_message(qapp, note):
    check(messages.note_message(note, "thunderbird"))


@pytest.mark.parametrize("change", list(ChangeKind))
def test_every_plan_kind_has_a_message(qapp, change):
    text = check(messages.change_message(change, "thunderbird", "a@all2all.org", "default"))
    assert "a@all2all.org" in text
    assert "“default”" in text


def test_every_plan_action_has_a_message(qapp):
    path = Path("/home/u/.thunderbird/x/prefs.js")
    texts = {
        code: check(messages.action_message(Action(code, path, "mail.k", "old", True)))
        for code in ActionCode
    }
    assert str(path) in texts[ActionCode.CREATE_FILE]
    assert str(path) in texts[ActionCode.BACKUP_FILE]
    assert texts[ActionCode.ADD_KEY] == "Add mail.k = true"
    assert texts[ActionCode.CHANGE_KEY] == 'Change mail.k from "old" to true'


def test_every_status_has_a_word(qapp):
    assert len({check(messages.status_label(status)) for status in Status}) == len(Status)
