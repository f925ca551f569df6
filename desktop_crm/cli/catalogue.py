"""The domain's sentences in the command line's language, from the window's French catalogue.

The services and the file readers say their refusals through ``domain.wording.say(context,
english)``; the window plugs Qt's translation in there (``ui/i18n.install``). The command
line may not use Qt, so it reads the same French from the committed catalogue
(``resources/translations/desktop_crm_fr.ts``, plain XML) with defusedxml: one catalogue,
one French for the window and the command line. The file is read the first time a sentence
is asked for in French, once per process; without it (a bundle that lacks it, a damaged
file) the sentences stay in English. Threads asking at once share that one read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse

from desktop_crm.cli.labels import cli_language
from desktop_crm.domain import wording
from desktop_crm.locations import translations_folder

log = logging.getLogger(__name__)

CATALOGUE = translations_folder()
FRENCH = CATALOGUE / "desktop_crm_fr.ts"

Table = dict[tuple[str, str], str]


def read_catalogue(path: Path) -> Table:
    """(context, English source) → French, for every finished, non-plural message."""
    table: Table = {}
    root = parse(str(path)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            text = translation.text  # not stripped: a thousands separator is a space
            if text:
                table[(name, source)] = text
    return table


class CatalogueTranslator:
    """``translate(context, english)`` for ``domain.wording``: French from ``path`` while
    ``language()`` says "fr", the English as given otherwise. Asked every time, so a
    process whose language changes (tests) follows it."""

    def __init__(self, path: Path = FRENCH, language: Callable[[], str] = cli_language) -> None:
        self._path = path
        self._language = language
        self._table: Table | None = None
        self._reading = threading.Lock()  # two threads asking at once: one read

    def __call__(self, context: str, english: str) -> str:
        if self._language() != "fr":
            return english
        return self.table().get((context, english), english)

    def table(self) -> Table:
        """The catalogue, read on first use (an empty table when it cannot be read)."""
        table = self._table
        if table is not None:
            return table
        with self._reading:
            if self._table is None:
                try:
                    self._table = read_catalogue(self._path)
                except (OSError, SyntaxError, DefusedXmlException) as exc:
                    # SyntaxError: ElementTree's ParseError. English is still a clear sentence.
                    log.info("no French catalogue at %s (%s): English sentences", self._path, exc)
                    self._table = {}
            return self._table


_translator = CatalogueTranslator()


def install() -> None:
    """The domain's sentences follow the command line's language (``cli.main`` installs it
    for the command it runs and puts the previous translation back after)."""
    wording.set_translator(_translator)
