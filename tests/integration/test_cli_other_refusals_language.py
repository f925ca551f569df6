"""The other refusals (queries, backup, printing, reports, team, conflicts, sales processes)
in the command line's language, from the source.

They are said through ``domain.wording.say``; the French command line reads their French in
the committed catalogue (``cli/catalogue.py``). The real command in a child process for the
locale, then in process the services' sentences with the catalogue's French installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.cli.catalogue import FRENCH, CatalogueTranslator
from desktop_crm.domain import wording
from desktop_crm.domain.errors import ConflictError, DomainError, NotFoundError
from desktop_crm.domain.opportunities import OpportunityInput
from desktop_crm.services.contacts.records import create_contact, get_contact, update_contact
from desktop_crm.services.opportunities.processes import (
    delete_process,
    delete_stage,
    list_processes,
)
from desktop_crm.services.opportunities.records import create_opportunity
from desktop_crm.storage.uow import Database
from tests.integration.test_cli_import_language import _run


def _said(db_file: Path, backup: Path) -> dict[str, tuple[list[str], str, str]]:
    """name -> (arguments, French stderr, English stderr)."""
    db = ["--db", str(db_file)]
    return {
        "query": (
            ["groups", "count", "--where", 'city = "Lyon" and citx = "Paris"', *db],
            "desktop-crm : Champ inconnu « citx » en position 19 : vouliez-vous dire « city » ?",
            "desktop-crm: Unknown field 'citx' at 19: did you mean 'city'?",
        ),
        "backup onto itself": (
            ["backup", "--to", str(db_file), "--force", *db],
            "desktop-crm : Choisissez un fichier de sauvegarde autre que la base elle-même.",
            "desktop-crm: Choose a backup file other than the database itself.",
        ),
        "missing backup": (
            ["restore", str(backup), *db],
            f"desktop-crm : Le fichier de sauvegarde {backup} n'existe pas.",
            f"desktop-crm: The backup file {backup} does not exist.",
        ),
        "label sheet": (
            ["labels", "--sheet", "nope", "-o", str(db_file.parent / "x.pdf"), *db],
            "desktop-crm : Planche d'étiquettes inconnue « nope ». Lancez « desktop-crm "
            "sheets » pour la liste.",
            "desktop-crm: Unknown label sheet 'nope'. Run 'desktop-crm sheets' for the list.",
        ),
        "report": (
            ["report", "nope", *db],
            "desktop-crm : Il n'y a pas de rapport nommé « nope ». Rapports : contacts, "
            "contact-detail, activity, activities-due, opportunities, pipeline, campaigns, "
            "referrals.",
            "desktop-crm: There is no report named 'nope'. Reports: contacts, contact-detail, "
            "activity, activities-due, opportunities, pipeline, campaigns, referrals.",
        ),
        "user": (
            ["reassign", "--from", "nobody", "--to", "nobody", *db],
            "desktop-crm : Il n'y a pas d'utilisateur « nobody ». « desktop-crm users list » "
            "affiche l'équipe.",
            "desktop-crm: There is no user 'nobody'. 'desktop-crm users list' shows the team.",
        ),
    }


@pytest.mark.parametrize("language", ["fr", "en"])
def test_refusals_of_the_command_line_in_its_language(
    sqlite_db: Database, tmp_path: Path, language: str
) -> None:
    db_file = Path(sqlite_db.url.removeprefix("sqlite:///"))
    assert db_file.is_file()
    before = db_file.read_bytes()
    for name, (argv, french, english) in _said(db_file, tmp_path / "absente.sqlite").items():
        done = _run(tmp_path, language, *argv)
        assert done.returncode != 0, (name, done.stdout)
        assert done.stderr.strip() == (french if language == "fr" else english), name
    assert db_file.read_bytes() == before  # nothing changed by any refusal


@pytest.fixture
def french() -> Iterator[None]:
    wording.set_translator(CatalogueTranslator(FRENCH, lambda: "fr"))
    try:
        yield
    finally:
        wording.set_translator(None)


def _conflict(db: Database) -> tuple[int, ConflictError]:
    contact = db.run(create_contact, {"first_name": "Jean", "last_name": "Dupont"}).value
    db.run(update_contact, contact.id, contact.version, {"city": "Lyon"})  # a colleague
    with pytest.raises(ConflictError) as refused:
        db.run(update_contact, contact.id, contact.version, {"city": "Nantes"})
    with db.uow(write=False) as uow:
        assert get_contact(uow, contact.id).city == "Lyon"  # theirs kept
    return contact.id, refused.value


def test_a_conflicting_edit_of_a_contact_in_french(sqlite_db: Database, french: None) -> None:
    number, refused = _conflict(sqlite_db)
    assert refused.message == (
        f"Le contact « Jean Dupont » (n° {number}) a été modifié par quelqu'un d'autre depuis "
        "que vous l'avez ouvert. Comparez les deux versions avant d'enregistrer à nouveau."
    )
    assert (refused.code, refused.params["entity"]) == ("conflict", "Contact")
    assert str(ConflictError("Company", 4, "Acme")) == (
        "La société « Acme » (n° 4) a été modifiée par quelqu'un d'autre depuis que vous "
        "l'avez ouverte. Comparez les deux versions avant d'enregistrer à nouveau."
    )


def test_a_conflicting_edit_of_a_contact_in_english(sqlite_db: Database) -> None:
    number, refused = _conflict(sqlite_db)
    assert refused.message == (
        f"Contact 'Jean Dupont' (#{number}) was changed by someone else since you opened it. "
        "Review both versions before saving again."
    )


def _process_in_use(db: Database) -> tuple[int, int, str]:
    contact = db.run(create_contact, {"last_name": "Curie"}).value
    with db.uow(write=False) as uow:
        process = list_processes(uow)[0]
    stage = process.stages[0]
    db.run(
        create_opportunity,
        OpportunityInput(
            name="Licences", contact_id=contact.id, process_id=process.id, stage_id=stage.id
        ),
    )
    return process.id, stage.id, stage.name


def test_sales_process_refusals_in_french(sqlite_db: Database, french: None) -> None:
    process_id, stage_id, stage_name = _process_in_use(sqlite_db)
    with pytest.raises(DomainError) as refused:
        sqlite_db.run(delete_stage, stage_id)
    assert refused.value.message == (
        f"L'étape « {stage_name} » est utilisée par 1 opportunité : déplacez-la vers une "
        "autre étape avant de supprimer celle-ci."
    )
    assert refused.value.code == "stage_in_use"
    with pytest.raises(NotFoundError) as missing:
        sqlite_db.run(delete_stage, 9999)
    assert missing.value.message == "L'étape de vente n° 9999 n'existe pas (ou plus)."
    with pytest.raises(DomainError) as process_refused:
        sqlite_db.run(delete_process, process_id)
    assert process_refused.value.message.endswith(
        "est utilisé par 1 opportunité : déplacez-la d'abord vers un autre processus."
    )


def test_sales_process_refusals_in_english(sqlite_db: Database) -> None:
    process_id, stage_id, stage_name = _process_in_use(sqlite_db)
    with pytest.raises(DomainError) as refused:
        sqlite_db.run(delete_stage, stage_id)
    assert refused.value.message == (
        f"The stage '{stage_name}' is used by 1 opportunity: move them to another stage "
        "before deleting it."
    )
    with pytest.raises(DomainError) as process_refused:
        sqlite_db.run(delete_process, process_id)
    assert process_refused.value.message.endswith(
        "is used by 1 opportunity: move them to another process first."
    )
