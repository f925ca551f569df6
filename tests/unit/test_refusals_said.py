"""Guard: every refusal a user can meet is said through ``domain.wording.say``.

The French window shows a domain error's ``message`` as it is, so a sentence written as a
literal or an f-string (``raise NotFoundError(f"Group #{gid} does not exist.")``) reaches a
French user in English. This scan of the package (outside ``ui/``, which says its sentences
with ``tr``, and ``cli/``, whose own sentences follow the command line's language) fails for
such a raise; ``test_wording_catalogue.py`` then checks that each ``say`` has its French.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_crm"
BASE = "DomainError"
# Errors whose first argument is not a sentence: ConflictError takes the kind of record and
# says its sentence itself (domain/errors.py, one template per kind); ValidationError takes
# the list of field problems.
NOT_A_SENTENCE = {"ConflictError", "ValidationError"}
# Helpers that put a caller's words inside a refusal: (function, index of the words).
HELPERS = {"refuse_hidden_amounts": 1, "_used_by": 1}
# Refusals deliberately left unsaid: (file, start of the message) -> why. Empty today; a new
# entry needs a reason a reviewer accepts (a message no user can meet).
ALLOWED: dict[tuple[str, str], str] = {}


def _trees() -> dict[str, ast.Module]:
    trees = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("desktop_crm/ui/", "desktop_crm/cli/")):
            continue
        trees[relative] = ast.parse(path.read_text(encoding="utf-8"))
    return trees


def _error_classes(trees: dict[str, ast.Module]) -> set[str]:
    """DomainError and every class deriving from it, however deep."""
    found = {BASE}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found:
                    bases = {getattr(b, "id", getattr(b, "attr", None)) for b in node.bases}
                    if bases & found:
                        found.add(node.name)
                        grew = True
    return found


def _literal(node: ast.expr) -> bool:
    """A sentence written in the source: "...", f"...", "..." + x, "...".format(), "%s" % x."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal(node.left) or _literal(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and isinstance(
            node.func.value, ast.Constant | ast.JoinedStr
        )
    return False


def _start(node: ast.expr) -> str:
    return ast.unparse(node)[:40]


def _unsaid() -> list[str]:
    trees = _trees()
    errors = _error_classes(trees) - NOT_A_SENTENCE
    found = []
    for relative, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            index = 0 if name in errors else HELPERS.get(name or "")
            if index is None or len(node.args) <= index:
                continue
            message = node.args[index]
            if _literal(message) and (relative, _start(message)) not in ALLOWED:
                found.append(f"{relative}:{node.lineno}: {name}({_start(message)}…)")
    return found


def test_the_scan_knows_the_domain_errors() -> None:
    classes = _error_classes(_trees())
    assert {"NotFoundError", "StorageError", "QueryError", "GroupCycleError"} <= classes
    assert {"PermissionDenied", "FileWriteError", "InUseError", "ReportInputError"} <= classes


def test_the_scan_finds_a_literal_refusal() -> None:
    tree = ast.parse(
        'raise NotFoundError(f"Group #{gid} does not exist.")\n'
        'raise DomainError("Nothing to do." + hint)\n'
        'raise DomainError(say(GROUP, "Nothing to do."))\n'
        'raise DomainError(say(GROUP, "Group #{id}.").format(id=gid))\n'
    )
    calls = [n.exc for n in tree.body if isinstance(n, ast.Raise)]
    assert [_literal(c.args[0]) for c in calls if isinstance(c, ast.Call)] == [
        True,
        True,
        False,
        False,
    ]


def test_every_refusal_is_said_in_the_users_language() -> None:
    unsaid = _unsaid()
    assert not unsaid, "say these through domain.wording.say(CONTEXT, ...):\n" + "\n".join(unsaid)


def test_the_allowed_exceptions_still_exist() -> None:
    trees = _trees()
    for (relative, start), why in ALLOWED.items():
        assert why, (relative, start)
        texts = {_start(n) for n in ast.walk(trees[relative]) if isinstance(n, ast.expr)}
        assert start in texts, f"{relative}: {start!r} is gone, drop it from ALLOWED"
