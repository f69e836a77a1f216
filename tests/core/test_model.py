"""The draft is immutable, and its password never shows up in its text form."""

from __future__ import annotations

import dataclasses

import pytest

from wizard.core.model import (
    AccountDraft,
    Authentication,
    OutgoingChoice,
    OutgoingKind,
    Security,
    ServerEndpoint,
)

RELAY = ServerEndpoint("uit.telenet.be", 25, Security.NONE, Authentication.NONE)


def test_password_is_not_in_repr_or_str():
    draft = AccountDraft(username="user0001", password="Geheim-Wachtwoord-42")
    assert "Geheim-Wachtwoord-42" not in repr(draft)
    assert "Geheim-Wachtwoord-42" not in str(draft)
    assert "user0001" in repr(draft)


def test_draft_is_frozen_and_changes_make_copies():
    draft = AccountDraft()
    with pytest.raises(dataclasses.FrozenInstanceError):
        draft.username = "x"  # type: ignore[misc]
    changed = draft.with_changes(username="user0002")
    assert (draft.username, changed.username) == ("", "user0002")


def test_a_changed_password_is_a_different_draft():
    # The connection test resets when anything changes, the password included.
    assert AccountDraft(password="a") != AccountDraft(password="b")


def test_outgoing_choice_invariants():
    assert OutgoingChoice().kind is OutgoingKind.ALL2ALL
    assert OutgoingChoice(OutgoingKind.ISP_RELAY, RELAY).relay == RELAY
    with pytest.raises(ValueError, match="needs a relay"):
        OutgoingChoice(OutgoingKind.ISP_RELAY)
    with pytest.raises(ValueError, match="no relay"):
        OutgoingChoice(OutgoingKind.ALL2ALL, RELAY)
