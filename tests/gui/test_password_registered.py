"""Fault 9 in the window: the password typed on the account page is registered with the
log filter as soon as the page hands it over, before the connection test or the commit
could log anything. Proven on a real log record, through the real run log's filter."""

from __future__ import annotations

import logging
import secrets

from tests.gui.conftest import fill_account, walk_to
from wizard.core.flow import PageId
from wizard.core.log_secrets import SECRETS


def test_the_typed_password_is_masked_in_any_log_record(make_window):
    typed = f"Typed-in-the-window-{secrets.token_hex(6)}"
    window = make_window()
    walk_to(window, PageId.ACCOUNT)
    fill_account(window.currentPage(), password_edit=typed)
    window.next()
    assert window.draft.password == typed
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "oops: %s", (typed,), None)
    assert SECRETS.filter(record)
    assert record.getMessage() == "oops: ***"
