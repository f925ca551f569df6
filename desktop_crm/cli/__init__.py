"""The ``desktop-crm`` command: no argument opens the window; subcommands script the rest.

Every module of this package (except ``common``) that defines ``register(subparsers)`` adds
its subcommands; features plug in without touching this file.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from desktop_crm import __version__
from desktop_crm.cli import catalogue
from desktop_crm.cli.common import add_common_options, prepare_output, silence_broken_pipe
from desktop_crm.cli.labels import cli_language, field_label, say
from desktop_crm.cli.numbers import harden
from desktop_crm.cli.parser_words import CommandsAction, install_parser_language
from desktop_crm.domain import wording
from desktop_crm.domain.errors import DomainError, ValidationError


def build_parser() -> argparse.ArgumentParser:
    """The parser, in the command line's language (argparse's words and the commands' help)."""
    install_parser_language(cli_language())
    parser = argparse.ArgumentParser(
        prog="desktop-crm",
        description=say(
            "Desktop CRM: contacts, prospecting and follow-ups for small sales teams. "
            "Without a command, opens the application window.",
            "Desktop CRM : contacts, prospection et relances pour les petites équipes "
            "commerciales. Sans commande, ouvre la fenêtre de l'application.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"desktop-crm {__version__}",
        help=say("show program's version number and exit", "afficher la version et quitter"),
    )
    add_common_options(parser, json_output=False)
    parser.register("action", "parsers", CommandsAction)
    subparsers = parser.add_subparsers(dest="command", metavar=say("COMMAND", "COMMANDE"))
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_") or module_info.name == "common":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    harden(parser)
    return parser


def _launch_gui(args: argparse.Namespace) -> int:
    from desktop_crm import app

    return app.main(getattr(args, "db", None))


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when no subcommand is given (opening the window must not pay for
    importing every subcommand module)."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    add_common_options(parser, json_output=False)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:  # an odd value (--db ""): the whole parser says it
        return None
    return None if rest else args


def _broken_pipe(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what caused it: a file error naming /dev/stdout) is a closed pipe."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, BrokenPipeError) or (
            isinstance(exc, OSError) and exc.errno == errno.EPIPE
        ):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _refusal(exc: DomainError) -> str:
    """The refusal's sentence; in French a field problem names the field by its label, with
    French punctuation ("E-mail : …"), where the English keeps "email: …"."""
    if isinstance(exc, ValidationError) and exc.problems and cli_language() == "fr":
        return "; ".join(f"{field_label(p.field)} : {p.message}" for p in exc.problems)
    return exc.message


SEARCH_OPTIONS = frozenset({"--lookup", "--where"})


def _undecodable(argv: Sequence[str]) -> str | None:
    """The sentence for an argument holding bytes that are not text in the system's encoding
    (Python hands them over as lone surrogates, which no file, database or screen accepts)."""
    # The text of --lookup/--where is only compared, never opened: ``groups create --where``,
    # which stores it, checks it itself (``cli.groups``).
    searched = False
    for arg in argv:
        after_search, searched = searched, arg in SEARCH_OPTIONS
        if after_search or arg.split("=", 1)[0] in SEARCH_OPTIONS:
            continue
        if has_surrogates(arg):
            return undecodable_sentence(arg)
    return None


def has_surrogates(text: str | None) -> bool:
    """Whether ``text`` holds lone surrogates (bytes of an argument that were not text)."""
    return any("\ud800" <= ch <= "\udfff" for ch in text or "")


def undecodable_sentence(arg: str) -> str:
    """The sentence for an argument whose bytes are not text in the system's encoding."""
    shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return say(
        f"The argument '{shown}' holds bytes that are not text in this system's "
        "encoding (UTF-8): type it again, or give the file a name of ordinary letters.",
        f"L'argument « {shown} » contient des octets qui ne sont pas du texte dans "
        "l'encodage du système (UTF-8) : retapez-le, ou donnez au fichier un nom en "
        "lettres ordinaires.",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; a reader that stops early (``| head -1``) ends it quietly, status 0.

    The services' refusals and the storage's errors follow the command line's language while
    the command runs; the translation in use before (a window's, a test's) is put back after.
    """
    previous = wording.current()
    catalogue.install()
    try:
        return _main(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        try:
            sys.stdout.flush()
        except OSError as flush_error:
            if not _broken_pipe(flush_error):
                raise
            silence_broken_pipe()
            return 0
        raise exc from None
    except BaseException as exc:
        if not _broken_pipe(exc):
            raise
        silence_broken_pipe()
        return 0
    finally:
        wording.set_translator(previous)


def _main(argv: Sequence[str] | None = None) -> int:
    prepare_output()
    argv = list(sys.argv[1:] if argv is None else argv)
    undecodable = _undecodable(argv)
    if undecodable is not None:
        print(say("desktop-crm: ", "desktop-crm : ") + undecodable, file=sys.stderr)
        if _gui_arguments(argv) is None:
            return 2
        # Opening the window (``--db`` from a file manager or a shortcut): the window says it
        # too, in a box, where somebody reads it; nothing is opened.
    gui_args = _gui_arguments(argv)
    if gui_args is not None:
        args = gui_args
    else:
        args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    debug = bool(getattr(args, "debug", False))
    try:
        if handler is None:
            return _launch_gui(args)
        status = int(handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return status
    except BrokenPipeError:
        # The reader stopped early (`desktop-crm tasks | head -1`): like any Unix tool, end
        # quietly with success.
        silence_broken_pipe()
        return 0
    except DomainError as exc:
        if _broken_pipe(exc):  # "-o /dev/stdout" read by `head`: the file error wraps it
            silence_broken_pipe()
            return 0
        if debug:
            raise
        print(say("desktop-crm: ", "desktop-crm : ") + _refusal(exc), file=sys.stderr)
        return 2 if exc.code in {"invalid", "not_found"} else 1
    except KeyboardInterrupt:
        print(
            say(
                "desktop-crm: interrupted; nothing more was written.",
                "desktop-crm : interrompu ; rien de plus n'a été écrit.",
            ),
            file=sys.stderr,
        )
        return 130
    except OSError as exc:
        if debug:
            raise
        from desktop_crm.cli.os_errors import os_error_sentence

        print(say("desktop-crm: ", "desktop-crm : ") + os_error_sentence(exc), file=sys.stderr)
        return 1
    except MemoryError:
        print(
            say(
                "desktop-crm: the computer ran out of memory: nothing more was written. Close "
                "other programs, or work on a smaller selection or file, and try again.",
                "desktop-crm : l'ordinateur a manqué de mémoire : rien de plus n'a été écrit. "
                "Fermez d'autres programmes, ou travaillez sur une sélection ou un fichier "
                "plus petit, et réessayez.",
            ),
            file=sys.stderr,
        )
        return 1
    except Exception as exc:
        if debug:
            raise
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):  # reached outside a unit of work (opening, checks)
            from desktop_crm.storage.uow import storage_error_from

            message = storage_error_from(exc).message  # in the command line's language
            print(say("desktop-crm: ", "desktop-crm : ") + message, file=sys.stderr)
            return 1
        print(
            say(
                f"desktop-crm: the command stopped on an internal fault "
                f"({type(exc).__name__}: {exc}); nothing more was written. Run it again with "
                "--debug and report the details.",
                f"desktop-crm : la commande s'est arrêtée sur une erreur interne "
                f"({type(exc).__name__} : {exc}) ; rien de plus n'a été écrit. Relancez-la "
                "avec --debug et signalez les détails.",
            ),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
