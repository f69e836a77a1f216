"""The layers of the code hold: every import of the program, read from the source.

    core      pure Python: no Qt, nothing of the layers above it
    texts     code → sentence, QtCore only (shared by the window and the command line)
    pdf       documents drawn with QtGui, no widgets
    commands  the command line: never the window's package
    gui       the window

Imports inside functions count (they are arrows too); those under ``if TYPE_CHECKING:``
do not (they never run). No two modules may import each other, directly or in a circle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wizard"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def _type_checking_lines(tree: ast.Module) -> set[int]:
    """Line numbers inside ``if TYPE_CHECKING:`` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports_of(name: str) -> Iterator[str]:
    """Every module ``name`` imports when it runs (absolute names, as written)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    skipped = _type_checking_lines(tree)
    for node in ast.walk(tree):
        if getattr(node, "lineno", 0) in skipped:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{name}: relative import"
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def own_modules(name: str) -> set[str]:
    """The program's modules that ``name`` imports."""
    found = set()
    for target in imports_of(name):
        while target and target not in MODULES:
            target = target.rpartition(".")[0]
        if target and target != name:
            found.add(target)
    return found


def in_layer(name: str, layer: str) -> bool:
    return name == layer or name.startswith(layer + ".")


def test_the_module_list_is_complete():
    assert {"wizard.cli", "wizard.core.setup", "wizard.texts", "wizard.gui.window"} <= set(MODULES)


@pytest.mark.parametrize(
    "name", sorted(n for n in MODULES if in_layer(n, "wizard.commands") or n == "wizard.cli")
)
def test_the_command_line_never_imports_the_window(name):
    assert not [m for m in own_modules(name) if in_layer(m, "wizard.gui")]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if in_layer(n, "wizard.core")))
def test_the_core_imports_nothing_above_it(name):
    above = ("wizard.gui", "wizard.texts", "wizard.pdf", "wizard.commands", "wizard.cli")
    assert not [m for m in own_modules(name) if any(in_layer(m, layer) for layer in above)]
    assert not [m for m in imports_of(name) if m.split(".")[0] == "PySide6"]


@pytest.mark.parametrize(
    "name", sorted(n for n in MODULES if in_layer(n, "wizard.texts") or in_layer(n, "wizard.pdf"))
)
def test_texts_and_documents_use_no_widgets(name):
    assert not [m for m in own_modules(name) if in_layer(m, "wizard.gui")]
    widgets = [m for m in imports_of(name) if m.startswith("PySide6.QtWidgets")]
    assert not widgets
    if in_layer(name, "wizard.texts"):
        assert not [m for m in imports_of(name) if m.startswith("PySide6.QtGui")]


def test_no_import_circles():
    graph = {name: own_modules(name) for name in MODULES}
    circles = _strongly_connected(graph)
    assert circles == []


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: every group of modules that import each other in a circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for following in graph.get(node, ()):
            if following not in index:
                visit(following)
                low[node] = min(low[node], low[following])
            elif following in on_stack:
                low[node] = min(low[node], index[following])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_circle_finder_finds_a_circle():
    """The test above can fail: a circle of three is found, a chain is not."""
    assert _strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [
        ["a", "b", "c"]
    ]
    assert _strongly_connected({"a": {"b"}, "b": {"c"}}) == []
