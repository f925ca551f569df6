"""Numbers typed on the command line: one sentence in the command line's language for a
value that is not a number, too large for the database, or outside what an option allows.

``harden(parser)`` gives every ``type=int`` / ``type=float`` option of the parser tree these
checks: argparse alone says "invalid int value" (Python's word), lets 99999999999999999999
through to SQLite (``OverflowError``) and ``nan`` through to the services.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from desktop_crm.cli.labels import say
from desktop_crm.domain.errors import DomainError

# SQLite's (and PostgreSQL's bigint) largest integer: ids and counts beyond it cannot exist.
LARGEST = 2**63 - 1


def _spaced(n: float) -> str:
    """``100000`` -> "100,000" / "100 000" (the French thousands space); years stay 2026."""
    text = f"{n:,}" if abs(n) >= 10_000 else f"{n:g}"
    return say(text, text.replace(",", "\u202f"))


def whole_number(text: str) -> int:
    """An integer argument; a sentence for anything else or for one too large to store."""
    cleaned = text.strip().replace("\u202f", "").replace("\u00a0", "").replace("_", "")
    try:
        value = int(cleaned)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(
                f"'{text}' is not a whole number: type digits only, for example 12",
                f"« {text} » n'est pas un nombre entier : tapez seulement des chiffres, "
                "par exemple 12",
            )
        ) from None
    if value > LARGEST:
        raise argparse.ArgumentTypeError(
            say(
                f"'{text}' is too large: give a number of at most {_spaced(LARGEST)}",
                f"« {text} » est trop grand : donnez un nombre d'au plus {_spaced(LARGEST)}",
            )
        )
    if value < -LARGEST:
        raise argparse.ArgumentTypeError(
            say(
                f"'{text}' is too small: give a number of at least {_spaced(-LARGEST)}",
                f"« {text} » est trop petit : donnez un nombre d'au moins {_spaced(-LARGEST)}",
            )
        )
    return value


whole_number.__name__ = "int"


def decimal_number(text: str) -> float:
    """A decimal argument ("2.5" or the French "2,5"); ``nan`` and infinities refused."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = math.nan
        finite = False
    else:
        finite = math.isfinite(value)
    if not finite:
        raise argparse.ArgumentTypeError(
            say(
                f"'{text}' is not a number: type for example 2.5",
                f"« {text} » n'est pas un nombre : tapez par exemple 2,5",
            )
        )
    return value


decimal_number.__name__ = "float"


def between(low: float, high: float, *, whole: bool = True) -> Callable[[str], float]:
    """An argparse type: a number from ``low`` to ``high`` (both included)."""

    def check(text: str) -> float:
        value: float = whole_number(text) if whole else decimal_number(text)
        if value < low and high >= LARGEST:
            raise argparse.ArgumentTypeError(
                say(
                    f"'{text}' is too small: give a number of at least {_spaced(low)}",
                    f"« {text} » est trop petit : donnez un nombre d'au moins {_spaced(low)}",
                )
            )
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                say(
                    f"'{text}' is out of range: give a number from {_spaced(low)} to "
                    f"{_spaced(high)}",
                    f"« {text} » est hors limites : donnez un nombre de {_spaced(low)} à "
                    f"{_spaced(high)}",
                )
            )
        return value

    check.__name__ = "int" if whole else "float"
    return check


def id_list(text: str | None, option: str = "--ids") -> tuple[int, ...] | None:
    """``"1,2, 3"`` -> (1, 2, 3); a refusal naming the option for anything else."""
    if not text:
        return None
    try:
        return tuple(whole_number(part) for part in text.split(",") if part.strip())
    except argparse.ArgumentTypeError as exc:
        raise DomainError(
            say(
                f"{option}: {exc}; write numbers separated by commas, like 1,2,3.",
                f"{option} : {exc} ; écrivez des numéros séparés par des virgules, comme 1,2,3.",
            ),
            code="invalid",
        ) from None


def harden(parser: argparse.ArgumentParser) -> None:
    """Give every ``int``/``float`` option of ``parser`` and its subcommands the checks above."""
    for action in parser._actions:
        if action.type is int:
            action.type = whole_number
        elif action.type is float:
            action.type = decimal_number
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                harden(sub)
