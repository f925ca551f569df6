"""Reduce rich text (the editor's HTML) to safe paragraphs of reportlab inline markup.

Only bold, italic, underline, line breaks, list bullets and paragraph alignment survive;
everything else (scripts, images, links, styles) is dropped, and all text is escaped. Qt's
``toHtml()`` output (spans with ``font-weight``/``font-style``/``text-decoration`` styles) and
plain hand-written HTML are both understood.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_SKIP = {"head", "style", "script", "title"}
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"}
_SIMPLE = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u"}
_WEIGHT = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_ITALIC = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_UNDERLINE = re.compile(r"text-decoration\s*:[^;]*underline", re.IGNORECASE)
_ALIGN = re.compile(r"text-align\s*:\s*(left|right|center|justify)", re.IGNORECASE)


@dataclass(frozen=True)
class RichParagraph:
    """One paragraph: reportlab markup (escaped text plus b/i/u/br) and its alignment."""

    markup: str
    align: str = "left"

    @property
    def plain(self) -> str:
        return html.unescape(re.sub(r"<br/>", "\n", re.sub(r"<(?!br/)[^>]+>", "", self.markup)))


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[RichParagraph] = []
        self._parts: list[str] = []
        self._align = "left"
        self._stack: list[tuple[str, list[str]]] = []  # tag -> markup tags it opened
        self._skip = 0
        self._list_depth = 0

    def _flush(self) -> None:
        markup = "".join(self._parts).strip()
        # Close anything still open so each paragraph is well-formed on its own.
        for _tag, opened in reversed(self._stack):
            markup += "".join(f"</{name}>" for name in reversed(opened))
        self.paragraphs.append(RichParagraph(markup, self._align))
        self._parts = ["".join(f"<{n}>" for _t, opened in self._stack for n in opened)]
        self._align = "left"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
            return
        attributes = {name: value or "" for name, value in attrs}
        style = attributes.get("style", "")
        if tag in _BLOCKS:
            if "".join(self._parts).strip():
                self._flush()
            align = attributes.get("align") or ""
            match = _ALIGN.search(style)
            self._align = (match.group(1) if match else align or "left").lower()
            if tag == "li":
                self._parts.append("\u2022 ")
            return
        if tag == "br":
            self._parts.append("<br/>")
            return
        opened: list[str] = []
        if tag in _SIMPLE:
            opened.append(_SIMPLE[tag])
        if _WEIGHT.search(style):
            opened.append("b")
        if _ITALIC.search(style):
            opened.append("i")
        if _UNDERLINE.search(style):
            opened.append("u")
        self._stack.append((tag, opened))
        self._parts.append("".join(f"<{name}>" for name in opened))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(self._skip - 1, 0)
            return
        if tag in _BLOCKS:
            self._flush()
            return
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                _tag, opened = self._stack.pop(index)
                self._parts.append("".join(f"</{name}>" for name in reversed(opened)))
                break

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._parts.append(html.escape(re.sub(r"\s+", " ", data), quote=False))

    def close(self) -> None:
        super().close()
        if "".join(self._parts).strip():
            self._flush()


def paragraphs_from_html(source: str) -> list[RichParagraph]:
    """Safe paragraphs from editor HTML; empty paragraphs are kept as blank lines."""
    reducer = _Reducer()
    reducer.feed(source)
    reducer.close()
    return reducer.paragraphs


def paragraphs_from_text(source: str) -> list[RichParagraph]:
    """Plain text: blank lines separate paragraphs, single line breaks are kept."""
    blocks = re.split(r"\n\s*\n", source.replace("\r\n", "\n").strip())
    return [
        RichParagraph(html.escape(block, quote=False).replace("\n", "<br/>"))
        for block in blocks
        if block.strip()
    ]


def simplify_html(source: str) -> str:
    """Editor HTML reduced to ``<p>`` paragraphs with b/i/u/br only (stored in templates)."""
    out = []
    for para in paragraphs_from_html(source):
        align = f' align="{para.align}"' if para.align != "left" else ""
        out.append(f"<p{align}>{para.markup or '<br/>'}</p>")
    return "".join(out)
