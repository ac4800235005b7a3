"""Alembic, run from code: upgrade to head, with a backup of the file first.

Alembic is imported only when a database is not at the current schema yet: opening an
up-to-date database (every start but the first after an update) skips it, which keeps the
start-up fast. ``SCHEMA_HEAD`` names the newest migration; a test checks it against Alembic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SCHEMA_HEAD = "0003"  # update with every new migration (tests/store/test_database.py checks it)
# The tables and columns of the schema at SCHEMA_HEAD, as the models declare them: what a database
# must hold to be read (``sqlite_file.missing_schema``), known without importing the models (the
# export's plain read path imports no SQLAlchemy). The same test checks it against the models.
SCHEMA_COLUMNS: dict[str, tuple[str, ...]] = {
    "provincie": ("id", "code", "naam"),
    "gemeente": ("id", "code", "naam", "provincie_id", "geldig_vanaf", "geldig_tot", "opvolger_id"),
    "regio": ("id", "soort", "code", "naam", "provincie_id"),
    "gemeente_regio": ("gemeente_id", "regio_id"),
    "inwoners": ("gemeente_id", "peildatum", "aantal", "bron"),
    "indicator": ("id", "naam", "gemeente_id", "peildatum", "waarde", "bron"),
    "periode": ("id", "code", "begin", "eind"),
    "opgave": (
        "id", "categorie", "niveau", "periode_id", "provincie_id", "regio_id", "gemeente_id", "peildatum", "aantal",
        "vorig_aantal", "bron", "toelichting"
    ),
    "realisatie": ("id", "categorie", "periode_id", "provincie_id", "gemeente_id", "peildatum", "aantal", "bron"),
    "beginstand": ("id", "periode_id", "gemeente_id", "aantal", "bron", "toelichting"),
    "vergadering": ("id", "provincie_id", "datum", "plaats", "aanwezigen"),
    "agendapunt": ("id", "vergadering_id", "volgorde", "titel", "toelichting"),
    "besluit": ("id", "vergadering_id", "volgorde", "tekst", "verdeling_id"),
    "actiepunt": ("id", "vergadering_id", "omschrijving", "eigenaar", "deadline", "status"),
    "verdeling": (
        "id", "categorie", "periode_id", "provincie_id", "opgave_id", "versie", "status", "totaal", "methode",
        "sleutel", "peildatum", "overschot_beleid", "indeling", "basis_id", "vastgesteld_op", "vergadering_id",
        "aangemaakt_op", "toelichting", "wijzigingsnummer"
    ),
    "toewijzing": ("verdeling_id", "gemeente_id", "aantal", "sleutelwaarde", "quotum", "verantwoording"),
    "beperking": ("verdeling_id", "gemeente_id", "soort", "waarde"),
    "uitwisseling": ("id", "verdeling_id", "van_gemeente_id", "naar_gemeente_id", "aantal", "reden", "datum"),
    "wijziging": ("id", "tijdstip", "verdeling_id", "actie", "omschrijving", "reden", "gebruiker"),
    "locatie": (
        "id", "gemeente_id", "naam", "soort", "capaciteit", "bezetting", "begindatum", "einddatum", "status",
        "doelgroep_restrictie", "opmerking"
    ),
    "instelling": ("id", "provincie_id", "sleutel", "waarde"),
}


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def head_revision() -> str:
    return SCHEMA_HEAD


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations in {MIGRATIONS}")
    return head



def upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
