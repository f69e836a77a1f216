"""docs/reliability.md tells the truth: every test it names exists, every fault test is
named there, and the matrix's size it states is the size of its tables."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "reliability.md"
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")
SECTIONS = {
    "Input": "input",
    "Files and mail programs": "files and mail programs",
    "The network and the servers": "network",
    "The password": "password",
}


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }


def test_every_named_test_exists() -> None:
    named = REFERENCE.findall(DOC.read_text(encoding="utf-8"))
    assert len(named) > 100
    missing = [f"{path}::{name}" for path, name in named if name not in _tests_in(ROOT / path)]
    assert missing == []


def test_every_fault_test_is_named() -> None:
    named = set(REFERENCE.findall(DOC.read_text(encoding="utf-8")))
    unnamed = [
        f"{path.relative_to(ROOT)}::{name}"
        for path in sorted((ROOT / "tests" / "faults").glob("test_*.py"))
        for name in sorted(_tests_in(path))
        if (str(path.relative_to(ROOT)), name) not in named
    ]
    assert unnamed == []


def _cells_by_section(text: str) -> dict[str, int]:
    """One cell per client a row names; a row for Probe or none (—) is one cell."""
    counts: dict[str, int] = {}
    section = ""
    column = -1
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            column = -1
        if not line.startswith("|") or section not in SECTIONS:
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[0] == "#":
            column = cells.index("Clients")
            continue
        if not cells[0].isdigit():
            continue
        clients = [item.strip() for item in cells[column].split(",")]
        counts[section] = counts.get(section, 0) + len(clients)
    return counts


def test_the_stated_size_is_the_size_of_the_tables() -> None:
    text = DOC.read_text(encoding="utf-8")
    counts = _cells_by_section(text)
    rows = re.findall(r"^\| (\d+) \|", text, re.MULTILINE)
    assert [int(row) for row in rows] == list(range(1, len(rows) + 1))
    assert f"**{len(rows)} faults" in text
    assert f"**{sum(counts.values())} tested\ncells**" in text
    for section, words in SECTIONS.items():
        assert f"{counts[section]} in the {words} rows" in text.replace("\n", " ")
