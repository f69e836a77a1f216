"""A reader for the small part of YAML that Apple's device-management schema files use.

Apple publishes the profile schema (apple/device-management, ``mdm/profiles/*.yaml``) in
plain block-style YAML: nested mappings, ``- `` sequences (also at the indentation of
their key), plain and single-quoted scalars that may continue on more-indented lines,
and ``|-`` literal blocks. That is all this reader understands; anything else (flow
collections, anchors, tags, double quotes, comments) raises ``ValueError`` instead of
being misread, so the project needs no YAML dependency to check a profile.
"""

from __future__ import annotations

import re
from pathlib import Path

_INT = re.compile(r"^-?[0-9]+$")
_UNSUPPORTED = ("{", "[", "&", "*", "!", '"', "#", "%", "@", "`", ">")

Line = tuple[int, str]  # (indentation, text without it); (-1, "") for a blank line


def load(path: Path) -> object:
    """The document in ``path`` as dicts, lists, strings, ints and booleans."""
    lines: list[Line] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if "\t" in raw[: len(raw) - len(raw.lstrip())]:
            raise ValueError("tabs in indentation are not YAML")
        stripped = raw.strip()
        lines.append((-1, "") if not stripped else (len(raw) - len(raw.lstrip(" ")), stripped))
    reader = _Reader(lines)
    value = reader.block(reader.next_indent(0))
    if reader.skip_blank() < len(lines):
        raise ValueError(f"unexpected text at line {reader.pos + 1}")
    return value


class _Reader:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.pos = 0

    def skip_blank(self) -> int:
        while self.pos < len(self.lines) and self.lines[self.pos][0] < 0:
            self.pos += 1
        return self.pos

    def next_indent(self, at: int) -> int:
        self.pos = at
        self.skip_blank()
        return self.lines[self.pos][0] if self.pos < len(self.lines) else -1

    def block(self, indent: int) -> object:
        if self.lines[self.pos][1].startswith("- ") or self.lines[self.pos][1] == "-":
            return self.sequence(indent)
        return self.mapping(indent)

    def sequence(self, indent: int) -> list[object]:
        items: list[object] = []
        while self.skip_blank() < len(self.lines):
            level, text = self.lines[self.pos]
            if level != indent or not (text.startswith("- ") or text == "-"):
                break
            rest = text[2:].strip()
            if not rest:
                items.append(self.block(self.next_indent(self.pos + 1)))
            elif re.match(r"^[A-Za-z0-9_]+:( |$)", rest):
                # "- key: value": a mapping whose first key sits two columns further in.
                self.lines[self.pos] = (indent + 2, rest)
                items.append(self.mapping(indent + 2))
            else:
                items.append(self.scalar(rest, indent))
        return items

    def mapping(self, indent: int) -> dict[str, object]:
        result: dict[str, object] = {}
        while self.skip_blank() < len(self.lines):
            level, text = self.lines[self.pos]
            if level != indent or text.startswith("- "):
                if level > indent:
                    raise ValueError(f"bad indentation at line {self.pos + 1}")
                break
            match = re.match(r"^([A-Za-z0-9_]+):( (.*))?$", text)
            if match is None:
                raise ValueError(f"not a 'key: value' line at line {self.pos + 1}: {text!r}")
            key, rest = match.group(1), (match.group(3) or "").strip()
            if key in result:
                raise ValueError(f"duplicate key {key!r} at line {self.pos + 1}")
            if rest in ("|-", "|"):
                result[key] = self.literal(indent, keep_last_newline=rest == "|")
            elif rest:
                result[key] = self.scalar(rest, indent)
            else:
                child = self.next_indent(self.pos + 1)
                text_after = self.lines[self.pos][1] if self.pos < len(self.lines) else ""
                if child > indent or (child == indent and text_after.startswith("- ")):
                    result[key] = self.block(child)
                else:
                    result[key] = None
        return result

    def literal(self, indent: int, keep_last_newline: bool) -> str:
        self.pos += 1
        body: list[Line] = []
        while self.pos < len(self.lines):
            level, text = self.lines[self.pos]
            if level >= 0 and level <= indent:
                break
            body.append((level, text))
            self.pos += 1
        while body and body[-1][0] < 0:
            body.pop()
        margin = min(level for level, _ in body if level >= 0)
        text = "\n".join("" if level < 0 else " " * (level - margin) + t for level, t in body)
        return text + "\n" if keep_last_newline else text

    def scalar(self, first: str, indent: int) -> object:
        """A plain or single-quoted scalar, folding more-indented continuation lines."""
        parts = [first]
        self.pos += 1
        while self.pos < len(self.lines) and self.lines[self.pos][0] > indent:
            parts.append(self.lines[self.pos][1])
            self.pos += 1
        text = " ".join(parts)
        if text.startswith("'"):
            if len(text) < 2 or not text.endswith("'"):
                raise ValueError(f"unterminated quote before line {self.pos + 1}")
            inner = text[1:-1]
            if re.search(r"(?<!')'(?!')", inner.replace("''", "")):
                raise ValueError(f"stray quote before line {self.pos + 1}")
            return inner.replace("''", "'")
        if text.startswith(_UNSUPPORTED) or " #" in text or ": " in text:
            raise ValueError(f"unsupported YAML before line {self.pos + 1}: {text!r}")
        if text in ("true", "false"):
            return text == "true"
        if _INT.match(text):
            return int(text)
        return text
