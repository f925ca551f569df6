"""Every refusal said through ``domain.wording.say`` has its French, and the command line
reads it from the committed catalogue.

A new refusal written with ``say(CONTEXT, "...")`` (any context of ``domain/wording.py``:
IMPORT, MERGE, QUERY, GROUP, BACKUP, TEAM…) fails here until its template is listed in
``resources/translations/dynamic_strings.py`` (so lupdate keeps it) and translated in
``desktop_crm_fr.ts`` with the same fields; a sentence computed at run time
(``say(IMPORT, some_variable)``) fails too, because nobody could check its French.

And a refusal that forgets ``say`` altogether fails the guard below: a domain error raised
(outside ``ui/`` and ``cli/``) with a literal or f-string message.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from desktop_crm.cli.catalogue import FRENCH, CatalogueTranslator, read_catalogue
from desktop_crm.domain import wording

ROOT = Path(__file__).resolve().parents[2]
# Every context the domain says sentences in, by the name the sources use.
CONTEXTS = {
    name: value
    for name, value in vars(wording).items()
    if name.isupper() and isinstance(value, str)
}
# The storage's sentences of ``storage/health.py`` go through a helper (``_say(english)``) and
# one names the kind of a foreign file (``say(STORAGE, looks_like)``): those are checked from
# the list of dynamic_strings.py (``test_every_listed_storage_sentence_is_translated``).
COMPUTED = {"desktop_crm/storage/health.py"}


def _context(node: ast.expr) -> str | None:
    """The context a say() call names: ``IMPORT`` or ``wording.IMPORT``."""
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
    return CONTEXTS.get(name or "")


def _say_call(node: ast.AST) -> tuple[str, ast.expr] | None:
    """(context, template node) when ``node`` is ``say(CONTEXT, template)``."""
    if not isinstance(node, ast.Call) or len(node.args) != 2:
        return None
    if getattr(node.func, "id", getattr(node.func, "attr", None)) != "say":
        return None
    context = _context(node.args[0])
    return None if context is None else (context, node.args[1])


def said_in(relative: str, tree: ast.Module) -> dict[tuple[str, str], str]:
    """(context, template) → where, for every say(CONTEXT, ...) of one module."""
    found: dict[tuple[str, str], str] = {}
    for node in ast.walk(tree):
        call = _say_call(node)
        if call is None:
            continue
        context, text = call
        where = f"{relative}:{node.lineno}"  # type: ignore[attr-defined]
        if relative in COMPUTED and not isinstance(text, ast.Constant):
            continue
        assert isinstance(text, ast.Constant) and isinstance(text.value, str), (
            f"{where}: say({context}, ...) needs the English template as a literal"
        )
        found[(context, text.value)] = where
    return found


def _names(template: str) -> set[str]:
    """The values a template asks of .format: "{end:%d/%m/%Y}" → end, "{0}" → 0."""
    return {re.split(r"[.\[]", name)[0] or "0" for name in _fields(template)}


def unformatted_in(
    relative: str, tree: ast.Module, catalogue: dict[tuple[str, str], str]
) -> list[str]:
    """``say(C, "…{file}…").format(path=p)``: a field of the English or the French that
    the .format call right after the say does not give (a KeyError instead of a refusal)."""
    missing = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        call = _say_call(node.func.value)
        if node.func.attr != "format" or call is None:
            continue
        context, text = call
        if not isinstance(text, ast.Constant) or any(k.arg is None for k in node.keywords):
            continue  # **values: checked where they are built
        given = {k.arg for k in node.keywords} | {str(i) for i in range(len(node.args))}
        english = str(text.value)
        wanted = _names(english) | _names(catalogue.get((context, english), ""))
        if wanted - given:
            missing.append(f"{relative}:{node.lineno}: {sorted(wanted - given)} for {english!r}")
    return missing


def _modules() -> dict[str, ast.Module]:
    return {
        path.relative_to(ROOT).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "desktop_crm").rglob("*.py"))
    }


def _said() -> dict[tuple[str, str], str]:
    """(context, template) → where, for every say(CONTEXT, ...) of the package."""
    found: dict[tuple[str, str], str] = {}
    for relative, tree in _modules().items():
        found.update(said_in(relative, tree))
    return found


def _listed() -> set[tuple[str, str]]:
    """The QT_TRANSLATE_NOOP(context, source) entries of dynamic_strings.py."""
    path = ROOT / "resources" / "translations" / "dynamic_strings.py"
    listed = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, source = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
            listed.add((context, source))
    return listed


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


class _Any:
    """A field's value that any format specification accepts ("{end:%d/%m/%Y}", "{x!r}")."""

    def __format__(self, spec: str) -> str:
        return "x"

    def __repr__(self) -> str:
        return "x"


# Words that French writes as English does (a field's kind, the kind of a record).
SAME_IN_FRENCH = {"date", "Date", "contact", "note", "Cedex", "E-mail", "E-mail 2", "Notes"}
SAID = _said()
CATALOGUE = read_catalogue(FRENCH)


def test_the_refusals_are_found() -> None:
    contexts = {context for context, _ in SAID}
    assert contexts == set(CONTEXTS.values())
    least = {
        wording.IMPORT: 35,
        wording.IMPORT_NOTES: 40,
        wording.MERGE: 13,
        wording.QUERY: 40,
        wording.GROUP: 9,
        wording.BACKUP: 14,
        wording.TEAM: 30,
        wording.RECORD: 15,
        wording.OPPORTUNITY: 13,
        wording.CAMPAIGN: 15,
        wording.PRIVACY: 6,
        wording.REPORT: 16,
        wording.PRINTING: 8,
        wording.CONFLICT: 11,
    }
    for context, number in least.items():
        assert sum(1 for c, _ in SAID if c == context) >= number, context


@pytest.mark.parametrize(("context", "english"), sorted(SAID), ids=lambda v: v[:40])
def test_every_refusal_is_listed_and_translated_with_its_fields(context: str, english: str) -> None:
    where = SAID[(context, english)]
    assert (context, english) in _listed(), f"{where}: add it to dynamic_strings.py"
    french = CATALOGUE.get((context, english))
    assert french, f"{where}: no French in desktop_crm_fr.ts for {english!r}"
    # The French may leave out a technical detail, never need a field nobody gives.
    assert _fields(french) <= _fields(english), (english, french)
    values = {name: _Any() for name in _fields(english) if not name.isdigit()}
    given = [_Any()] * len(_fields(english))  # "Database error: {0}"
    same = context == wording.NUMBERS or english in SAME_IN_FRENCH
    assert french.format(*given, **values) != english.format(*given, **values) or same


def test_every_format_gives_the_fields_of_its_template() -> None:
    missing = []
    for relative, tree in _modules().items():
        missing += unformatted_in(relative, tree, CATALOGUE)
    assert not missing, "\n".join(missing)


PROBE = """
from desktop_crm.domain import wording
from desktop_crm.domain.wording import IMPORT, say


def probe(p, n):
    raise DomainError(wording.say(wording.IMPORT, "A brand new refusal nobody translated."))
    raise DomainError(say(IMPORT, "The file {file} does not exist.").format(path=p))
    raise DomainError(say(IMPORT, "The file {file} does not exist.").format(file=p))
    raise DomainError(say(IMPORT, "Row {0} of {1}.").format(n))
    raise DomainError(say(IMPORT, "Row {0} of {1}.").format(n, n))
    raise DomainError(say(IMPORT, "After {end:%d/%m/%Y}.").format(**values))
"""


def test_the_scans_see_a_qualified_say_and_a_missing_field() -> None:
    """Review 20: ``wording.say(wording.IMPORT, …)`` is a sentence to translate too, and a
    .format that lacks a field of its template fails here, not at raise time."""
    tree = ast.parse(PROBE)
    said = said_in("probe.py", tree)
    assert said[(wording.IMPORT, "A brand new refusal nobody translated.")] == "probe.py:7"
    catalogue = {(wording.IMPORT, "Row {0} of {1}."): "Ligne {0} sur {1}."}
    assert unformatted_in("probe.py", tree, catalogue) == [
        "probe.py:8: ['file'] for 'The file {file} does not exist.'",
        "probe.py:10: ['1'] for 'Row {0} of {1}.'",
    ]


def test_every_listed_storage_sentence_is_translated() -> None:
    storage = [source for context, source in _listed() if context == wording.STORAGE]
    assert len(storage) >= 20
    for english in storage:
        french = CATALOGUE.get((wording.STORAGE, english))
        assert french and _fields(french) <= _fields(english), english


def test_the_french_follows_french_typography() -> None:
    for (context, _english), french in CATALOGUE.items():
        if context == wording.NUMBERS or context not in CONTEXTS.values():
            continue
        assert "#" not in french and "'{" not in french, french  # n° 12, « nom »
        assert not re.search(r"\S[:;?!](\s|$)", french), french  # "ligne 3 : un…"


def test_the_command_line_translator_reads_lazily_follows_the_language_and_caches(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "desktop_crm_fr.ts"
    copy.write_bytes(FRENCH.read_bytes())
    language = ["en"]
    translate = CatalogueTranslator(copy, lambda: language[0])
    english = "Merge #{id} does not exist."
    copy.unlink()  # English needs no catalogue: nothing was read yet
    assert translate(wording.MERGE, english) == english
    copy.write_bytes(FRENCH.read_bytes())
    language[0] = "fr"
    assert translate(wording.MERGE, english) == "La fusion n° {id} n'existe pas."
    copy.unlink()  # read once, then kept
    assert translate(wording.IMPORT, "The file {file} does not exist.") == (
        "Le fichier {file} n'existe pas."
    )
    assert translate("Nowhere", "Not in the catalogue.") == "Not in the catalogue."
    language[0] = "en"
    assert translate(wording.MERGE, english) == english


def test_without_the_catalogue_the_command_line_says_english(tmp_path: Path) -> None:
    missing = CatalogueTranslator(tmp_path / "absent.ts", lambda: "fr")
    assert missing(wording.MERGE, "Merge #{id} does not exist.") == "Merge #{id} does not exist."
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context><name>MergeErrors</name>", encoding="utf-8")
    damaged = CatalogueTranslator(broken, lambda: "fr")
    assert damaged(wording.MERGE, "A record cannot be its own duplicate.") == (
        "A record cannot be its own duplicate."
    )


def test_the_numbers_follow_the_translation() -> None:
    assert wording.count(4_194_304) == "4,194,304"
    wording.set_translator(CatalogueTranslator(FRENCH, lambda: "fr"))
    try:
        assert wording.count(4_194_304) == "4\u202f194\u202f304"
        assert wording.count(999) == "999"
    finally:
        wording.set_translator(None)


def test_threads_asking_at_once_read_the_catalogue_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from desktop_crm.cli import catalogue

    reads: list[Path] = []
    second = threading.Event()
    real = catalogue.read_catalogue

    def counted(path: Path) -> dict[tuple[str, str], str]:
        reads.append(path)
        if len(reads) == 1:
            second.wait(2)  # the other thread may join this read… if nothing stops it
        else:
            second.set()
        return real(path)

    monkeypatch.setattr(catalogue, "read_catalogue", counted)
    translate = CatalogueTranslator(FRENCH, lambda: "fr")
    said: list[str] = []
    start = threading.Barrier(2)

    def ask() -> None:
        start.wait()
        said.append(translate(wording.MERGE, "Merge #{id} does not exist."))

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert said == ["La fusion n° {id} n'existe pas."] * 2
    assert len(reads) == 1
