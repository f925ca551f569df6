"""Shared pieces of the guard tests that read the sources (test_refusals_said.py,
test_cli_sentences_said.py): how a sentence is named, and the check that each allowed
exception is still in the code (an exception left behind would hide a new sentence)."""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping


def start_of(node: ast.expr) -> str:
    """The first 40 characters of an expression as written: how ALLOWED names a sentence."""
    return ast.unparse(node)[:40]


def gone_exceptions(
    allowed: Mapping[tuple[str, str], str], trees: Mapping[str, ast.Module]
) -> list[str]:
    """The ALLOWED entries (module, start of the sentence) without a reason or no longer
    found in their module."""
    gone = []
    for (relative, start), why in allowed.items():
        texts = {start_of(n) for n in ast.walk(trees[relative]) if isinstance(n, ast.expr)}
        if not why or start not in texts:
            gone.append(f"{relative}: {start!r}")
    return gone


def assigned_names(
    scope: ast.AST,
    is_text: Callable[[ast.expr, frozenset[str]], bool],
    *,
    appends: bool = False,
) -> frozenset[str]:
    """The names ``scope`` gives a text ``is_text`` recognises (``text = f"…"``, then
    ``message = text + hint``; with ``appends`` also ``text += f"…"`` and
    ``lines.append(f"…")``), followed until nothing more is found."""
    names: set[str] = set()
    kinds = (ast.Assign, ast.AnnAssign, ast.AugAssign) if appends else (ast.Assign, ast.AnnAssign)
    grew = True
    while grew:
        grew = False
        for node in ast.walk(scope):
            if (
                appends
                and isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("append", "extend", "insert")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id not in names
                and any(is_text(a, frozenset(names)) for a in node.args)
            ):
                names.add(node.func.value.id)
                grew = True
            if isinstance(node, kinds) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if (
                        isinstance(target, ast.Name)
                        and target.id not in names
                        and is_text(node.value, frozenset(names))
                    ):
                        names.add(target.id)
                        grew = True
    return frozenset(names)
