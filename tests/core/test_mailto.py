"""Drafts to the administrator open with the text as written, in any mail program."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from wizard.core.mailto import mailto_url


def test_subject_and_body_round_trip_with_accents_and_line_breaks():
    url = mailto_url("beheer@example.be", "Vakantiebericht — été", "Goedendag,\n\nÇa va?\n& 100%")
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "beheer@example.be"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Vakantiebericht — été"]
    assert query["body"] == ["Goedendag,\r\n\r\nÇa va?\r\n& 100%"]
    assert "+" not in url
    assert " " not in url


def test_empty_recipient_still_opens_a_draft():
    assert mailto_url("", "s", "b").startswith("mailto:?subject=s")
