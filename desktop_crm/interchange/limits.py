"""The size limits every import reader enforces, in one place, and their refusal messages.

A genuine contact file stays far below each limit; a file beyond one is refused as soon as the
reader meets the limit (never after reading the whole file), with a message naming the limit
and the line or card where it was met. Readers take a ``ReadLimits`` argument so tests can use
small limits; ``LIMITS`` holds the ones the application uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.errors import DomainError

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class ReadLimits:
    """Sizes beyond which an import file is refused (characters after decoding)."""

    # Whole file on disk (bytes): checked before anything is read.
    max_file_bytes: int = 512 * MIB
    # One cell of a CSV or XLSX row (a long "Comments" cell is legal, a book is not).
    max_field_chars: int = 1 * MIB
    # One physical CSV line, one CSV record (quoted newlines included) and one unfolded
    # vCard property line.
    max_line_chars: int = 4 * MIB
    # Cells in one row (Outlook's export has 92 columns, ACT!'s about 300).
    max_fields: int = 2_000
    # Data rows in one sheet, or cards in one vCard file.
    max_rows: int = 2_000_000
    # Property lines in one vCard (a real card has a few dozen).
    max_card_properties: int = 1_000
    # Characters in one vCard, photo included.
    max_card_chars: int = 8 * MIB


LIMITS = ReadLimits()


def refuse(sentence: str, *, limit: str, **where: int) -> DomainError:
    """The refusal for an exceeded limit: ``limit`` names it (a ``ReadLimits`` field) and
    ``where`` holds the line or card number, for callers that show them apart."""
    return DomainError(sentence, code="too_large", limit=limit, **where)
