"""``mailto:`` links (RFC 6068) for drafts to the administrator; never with a password."""

from __future__ import annotations

from urllib.parse import quote


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto URL that every mail program opens as a prefilled draft.

    Spaces become ``%20`` (not ``+``) and line breaks ``%0D%0A`` as RFC 6068 asks, so
    mail programs on every platform show the text as written.
    """
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(to, safe='@')}?{query}"
