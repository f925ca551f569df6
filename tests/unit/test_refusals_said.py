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

from tests.unit.source_guards import assigned_names, gone_exceptions, start_of

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_crm"
BASE = "DomainError"
# Errors whose first argument is not a sentence: ConflictError takes the kind of record and
# says its sentence itself (domain/errors.py, one template per kind); ValidationError takes
# the list of field problems.
NOT_A_SENTENCE = {"ConflictError", "ValidationError"}
# Helpers that put a caller's words inside a refusal: (function, index of the words).
# ``refuse`` builds every limit refusal of ``interchange/``; the query parser's ``_fail``
# takes the "expected …" phrase of its sentence.
HELPERS = {"refuse_hidden_amounts": 1, "_used_by": 1, "refuse": 0, "_fail": 0}
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


def _literal(node: ast.expr, names: frozenset[str] = frozenset()) -> bool:
    """A sentence written in the source: "...", f"...", "..." + x, "...".format(), "%s" % x,
    either branch of ``a if c else b``, a part of ``", ".join([...])``, or a variable of
    ``names`` (assigned such a sentence in the same function)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Name):
        return node.id in names
    if isinstance(node, ast.IfExp):
        return _literal(node.body, names) or _literal(node.orelse, names)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal(node.left, names) or _literal(node.right, names)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "join":  # the parts, not the separator
            parts = [e for a in node.args for e in getattr(a, "elts", [a])]
            return any(_literal(part, names) for part in parts)
        return node.func.attr == "format" and isinstance(
            node.func.value, ast.Constant | ast.JoinedStr
        )
    return False


def _aliases(tree: ast.Module) -> dict[str, str]:
    """``from … import NotFoundError as Missing``: Missing -> NotFoundError."""
    return {
        alias.asname: alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.asname
    }


def _assigned_sentences(scope: ast.AST) -> frozenset[str]:
    """The names ``scope`` assigns a sentence written in the source (``text = f"…"``;
    ``message = text + hint``)."""
    return assigned_names(scope, _literal)


def scan(relative: str, tree: ast.Module, errors: set[str]) -> list[str]:
    """The raises of ``tree`` whose message is a sentence written in English in the source."""
    aliases = _aliases(tree)
    scopes: list[ast.AST] = [tree]
    scopes += [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    # Each call is judged in its innermost function (module level for the rest).
    scope_of: dict[int, frozenset[str]] = {}
    for scope in scopes:
        names = _assigned_sentences(scope) if scope is not tree else frozenset()
        for node in ast.walk(scope):
            if isinstance(node, ast.Call):
                scope_of[id(node)] = names
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", None)) or ""
        name = aliases.get(name, name)
        messages = []
        if name in errors:
            messages += node.args[:1]
            messages += [k.value for k in node.keywords if k.arg == "message"]
        elif name in HELPERS and len(node.args) > HELPERS[name]:
            messages.append(node.args[HELPERS[name]])
        for message in messages:
            if (
                _literal(message, scope_of[id(node)])
                and (relative, start_of(message)) not in ALLOWED
            ):
                found.append(f"{relative}:{node.lineno}: {name}({start_of(message)}…)")
    return found


def _unsaid() -> list[str]:
    trees = _trees()
    errors = _error_classes(trees) - NOT_A_SENTENCE
    found = []
    for relative, tree in trees.items():
        found += scan(relative, tree, errors)
    return found


PROBE = """
from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.errors import NotFoundError as Missing
from desktop_crm.interchange.limits import refuse

def refuse_helper(n):
    raise refuse(f"The file was not imported: it has more than {n:,} rows.", limit="max_rows")

def conditional(used):
    raise DomainError("Used by one opportunity." if used == 1 else "Used by several.")

def keyword(gid):
    raise NotFoundError(message=f"Group #{gid} does not exist.")

def variable(gid):
    text = f"Group #{gid} does not exist."
    raise NotFoundError(text)

def aliased(gid):
    raise Missing(f"Group #{gid} does not exist.")

def joined(names):
    raise DomainError(" ".join(["Unknown names:", names]))

def said(gid, used):
    text = say(GROUP, "Group #{id} does not exist.").format(id=gid)
    other = say(GROUP, "one") if used == 1 else say(GROUP, "several")
    raise NotFoundError(text, code=", ".join(["a", "b"]))
    raise DomainError(message=say(GROUP, "Nothing to do."))
    raise refuse(say(IMPORT, "Too big: {n}.").format(n=count(used)), limit="max_rows")
    raise Missing(other)
"""


def test_the_scan_catches_every_shape_of_english_refusal() -> None:
    """Review 20's five escapes (and a join) are reported; the same raises said are not."""
    errors = {"DomainError", "NotFoundError"}
    found = {line.split(":")[1] for line in scan("probe.py", ast.parse(PROBE), errors)}
    assert found == {"7", "10", "13", "17", "20", "23"}


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
    gone = gone_exceptions(ALLOWED, _trees())
    assert not gone, "without a reason or gone from the code, drop from ALLOWED: " + str(gone)
