"""Guard: the command line's own sentences follow its language (``cli/labels.say``).

The services say their refusals through ``domain.wording.say`` (``test_refusals_said.py``);
the command line writes its own sentences too: refusals of its options, success lines, the
text given to ``emit``, what it prints. Written as a literal or an f-string (``raise
StorageError(f"{target} already exists…")``, ``emit(args, data, f"Backed up {x}.")``) such a
sentence reaches a French user in English. This scan of ``desktop_crm/cli/*.py`` fails for:

- an error raised with a sentence (``…Error(...)`` first argument or ``message=``);
- a ``FieldProblem``'s message (its third argument: the command prints it);
- the text given to ``emit(args, data, text)``, a lambda's result included;
- a sentence given to ``print``.

A "sentence" is a string written in the source that has letters ("\\r 42 %" is not one),
including a variable the same function assigned such a string, either side of ``or``/``if``
and the parts of a ``join``. Said through ``say(english, french)`` it passes.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.unit.source_guards import assigned_names, gone_exceptions, start_of

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "desktop_crm" / "cli"
ANALYTICS = (
    "the analysis commands (ABC, quadrants, sales import) report in French whatever the "
    "language: their classes are French names (Poules aux œufs d'or…) in the domain too"
)
# Calls that carry a user's sentence: name -> index of the sentence among the arguments.
CARRIERS = {"emit": 2, "print": 0, "FieldProblem": 2}
# Errors whose first argument is not a sentence (the list of field problems; the kind of
# record, whose sentence the domain says).
NOT_A_SENTENCE = {"ValidationError", "ConflictError"}
# Deliberately left in one language: (file, start of the text) -> why.
ALLOWED: dict[tuple[str, str], str] = {
    ("desktop_crm/cli/analytics.py", "text"): ANALYTICS,
    ("desktop_crm/cli/analytics.py", "f'Import de ventes #{args.batch} annulé "): ANALYTICS,
    ("desktop_crm/cli/analytics.py", "text or 'Aucun import de ventes.'"): ANALYTICS,
}


def _has_letters(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_letters(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def sentence(node: ast.expr | None, names: frozenset[str] = frozenset()) -> bool:
    """True when ``node`` is a sentence written in the source rather than said."""
    if node is None:
        return False
    if isinstance(node, ast.Constant | ast.JoinedStr):
        return _has_letters(node)
    if isinstance(node, ast.Name):
        return node.id in names
    if isinstance(node, ast.List | ast.Tuple):
        return any(sentence(e, names) for e in node.elts)
    if isinstance(node, ast.ListComp | ast.GeneratorExp):
        return sentence(node.elt, names)
    if isinstance(node, ast.Lambda):
        return sentence(node.body, names)
    if isinstance(node, ast.IfExp):
        return sentence(node.body, names) or sentence(node.orelse, names)
    if isinstance(node, ast.BoolOp):
        return any(sentence(value, names) for value in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return sentence(node.left, names) or sentence(node.right, names)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "join":  # the parts, not the separator
            parts = [e for a in node.args for e in getattr(a, "elts", [a])]
            parts = [getattr(p, "elt", p) for p in parts]  # a comprehension's element
            return any(sentence(part, names) for part in parts)
        if node.func.attr in ("strip", "rstrip", "lstrip", "lower", "upper", "capitalize"):
            return sentence(node.func.value, names)
        if node.func.attr == "format":
            return isinstance(node.func.value, ast.Constant | ast.JoinedStr) and _has_letters(
                node.func.value
            )
    return False


def _assigned(scope: ast.AST) -> frozenset[str]:
    """Names ``scope`` gives a sentence (``text = f"…"``, then ``message = text + hint``,
    ``text += f"…"``, ``lines.append(f"…")``)."""
    return assigned_names(scope, sentence, appends=True)


def name_of(call: ast.Call) -> str:
    return getattr(call.func, "id", getattr(call.func, "attr", None)) or ""


def _returns_sentence(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A text builder (``def text() -> str``) that returns a sentence written in the source."""
    names = _assigned(function)
    return any(
        sentence(node.value, names)
        for node in ast.walk(function)
        if isinstance(node, ast.Return) and node.value is not None
    )


def scan(relative: str, tree: ast.Module) -> list[str]:
    """The calls of ``tree`` that carry a sentence written in one language."""
    scope_of: dict[int, frozenset[str]] = {}
    scopes: list[ast.AST] = [tree]
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    scopes += functions
    for scope in scopes:  # the innermost function wins: walked after its enclosing ones
        names = _assigned(scope) if scope is not tree else frozenset()
        # A function of this scope given by name to emit (``emit(args, data, text)``).
        builders = {
            f.name
            for f in getattr(scope, "body", [])
            if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and _returns_sentence(f)
        }
        for node in ast.walk(scope):
            if isinstance(node, ast.Call):
                scope_of[id(node)] = names | (builders if name_of(node) == "emit" else set())
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = name_of(node)
        texts: list[ast.expr] = []
        if name in CARRIERS:
            index = CARRIERS[name]
            if len(node.args) > index and not isinstance(node.args[index], ast.Starred):
                texts.append(node.args[index])
        elif name.endswith("Error") and name not in NOT_A_SENTENCE:
            texts += node.args[:1]
            texts += [k.value for k in node.keywords if k.arg == "message"]
        for text in texts:
            if sentence(text, scope_of[id(node)]) and (relative, start_of(text)) not in ALLOWED:
                found.append(f"{relative}:{node.lineno}: {name}({start_of(text)}…)")
    return found


def _trees() -> dict[str, ast.Module]:
    return {
        path.relative_to(ROOT).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(CLI.glob("*.py"))
    }


def unsaid() -> list[str]:
    found = []
    for relative, tree in _trees().items():
        found += scan(relative, tree)
    return found


PROBE = """
def backup(target, args, db, path, count):
    raise StorageError(f"{target} already exists; choose another name or add --force.")

def success(args, db, path):
    emit(args, {}, f"Backed up {db.name} to {path}.")

def lazy(args, views):
    emit(args, [], lambda: "\\n".join(v.name for v in views) or "No series.")

def variable(args, count):
    text = f"{count} contact(s) match."
    emit(args, {}, text)

def printed(path, exc):
    print(f"Wrote {path}", file=sys.stderr)
    print(f"desktop-crm: {exc} ({path})".rstrip(" ()"), file=sys.stderr)

def option(text):
    raise argparse.ArgumentTypeError(f"'{text}' is not a date")

def problem():
    raise ValidationError([FieldProblem("to", "end_before_start", "--to is before --from")])

def keyword():
    raise DomainError(message="Give both --from and --to.", code="invalid")

def builder(args, rows):
    def text():
        lines = [f"{r.name}: {r.count}" for r in rows]
        lines.append("Nothing else.")
        return "\\n".join(lines)

    emit(args, {}, text)

def appended(args, count):
    text = say(f"{count} sent.", f"{count} envoyés.")
    text += f" Left out: {count}."
    emit(args, {}, text)

def said(args, target, done, total, count, rows):
    def text():
        lines = [f"{r.name}: {r.count}" for r in rows]
        lines.append(say("Nothing else.", "Rien d'autre."))
        return "\\n".join(lines) or say("None.", "Aucun.")

    emit(args, {}, text)
    raise StorageError(say(f"{target} exists.", f"{target} existe."))
    emit(args, {}, say(f"Backed up {target}.", f"{target} sauvegardée."))
    emit(args, [], lambda: "\\n".join(lines) or say("No series.", "Aucune série."))
    text = say("{n} match.", "{n} correspondent.").format(n=count)
    emit(args, {}, text)
    print(f"\\r{100 * done // total:3d} %", end="", file=sys.stderr)
    print(json.dumps({}))
    raise ValidationError([FieldProblem("to", "end", say("--to first", "--to d'abord"))])
"""


def test_the_guard_catches_every_shape_of_english_sentence() -> None:
    found = {line.split(":")[1] for line in scan("probe.py", ast.parse(PROBE))}
    assert found == {"3", "6", "9", "13", "16", "17", "20", "23", "26", "34", "39"}


def test_every_sentence_of_the_command_line_is_said_in_its_language() -> None:
    found = unsaid()
    assert not found, "say these through cli.labels.say(english, french):\n" + "\n".join(found)


def test_the_allowed_exceptions_still_exist() -> None:
    gone = gone_exceptions(ALLOWED, _trees())
    assert not gone, "without a reason or gone from the code, drop from ALLOWED: " + str(gone)


def test_an_exception_gone_from_the_code_or_without_reason_is_reported() -> None:
    trees = {"m.py": ast.parse('print("kept here")')}
    kept = start_of(ast.parse('"kept here"', mode="eval").body)
    assert gone_exceptions({("m.py", kept): "why"}, trees) == []
    assert gone_exceptions({("m.py", kept): ""}, trees) == [f"m.py: {kept!r}"]
    assert gone_exceptions({("m.py", "'gone'"): "why"}, trees) == ["m.py: \"'gone'\""]
