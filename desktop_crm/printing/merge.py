"""The {{field}} merge language: plain value substitution that cannot run code.

Syntax: ``{{ field }}`` or ``{{ field | filter }}`` with the filters ``upper``, ``lower``,
``title`` and ``capitalize``. Field names are looked up, case- and accent-insensitively, in a
dictionary of plain strings; nothing else is evaluated. Unknown fields render empty and are
reported so the editor can warn before printing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from desktop_crm.domain.text import fold

_TAG = re.compile(r"\{\{\s*([^{}|]*?)\s*(?:\|\s*([A-Za-z]+)\s*)?\}\}")
_FILTERS: dict[str, Callable[[str], str]] = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "capitalize": lambda text: text[:1].upper() + text[1:],
}
# Characters that must never reach a mail header (header injection) or a PDF string.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\x85]")
_LINE_BREAKS = re.compile(r"[\r\n\x00\x0b\x0c\x85\u2028\u2029]+")


@dataclass(frozen=True)
class MergeResult:
    """The merged text and the field names the template used but the values lacked."""

    text: str
    unknown: tuple[str, ...] = ()


@lru_cache(maxsize=4096)  # field names repeat in every letter of a run
def _key(name: str) -> str:
    return fold(name).replace(" ", "_").replace("-", "_")


def fields_in(template: str) -> tuple[str, ...]:
    """The field names a template uses, in order of first use."""
    seen: dict[str, None] = {}
    for match in _TAG.finditer(template):
        seen.setdefault(match.group(1), None)
    return tuple(seen)


def merge(
    template: str,
    values: Mapping[str, str],
    *,
    escape: Callable[[str], str] | None = None,
) -> MergeResult:
    """Replace each ``{{field}}`` by its value; ``escape`` is applied to the values only."""
    table = {_key(name): value for name, value in values.items()}
    unknown: dict[str, None] = {}

    def substitute(match: re.Match[str]) -> str:
        name, filter_name = match.group(1), match.group(2)
        value = table.get(_key(name))
        if value is None:
            unknown.setdefault(name, None)
            return ""
        text = _CONTROL.sub("", str(value))
        if filter_name:
            function = _FILTERS.get(filter_name.lower())
            if function is None:
                unknown.setdefault(f"{name}|{filter_name}", None)
            else:
                text = function(text)
        return escape(text) if escape else text

    return MergeResult(_TAG.sub(substitute, template), tuple(unknown))


def header_safe(text: str) -> str:
    """A value bound for a mail header: line breaks and control characters become spaces."""
    return " ".join(_CONTROL.sub(" ", _LINE_BREAKS.sub(" ", text)).split())


def html_escape(text: str) -> str:
    """Escape a value for HTML bodies; line breaks become ``<br>``."""
    return html.escape(text).replace("\n", "<br>")


def para_escape(text: str) -> str:
    """Escape a value for reportlab paragraph markup; line breaks become ``<br/>``."""
    return html.escape(text, quote=False).replace("\n", "<br/>")
