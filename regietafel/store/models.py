"""SQLAlchemy 2.0 models: the whole store schema.

Domain nouns are Dutch (as the users and the law speak), machinery English.
Numbers of places and persons are whole numbers (``int``); exact fractions (quota, key
values, indicator scores) are stored as text ("p/q" or decimal) so nothing is lost to floats.
The schema is created and changed only through Alembic migrations (``store/migrations``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from regietafel.domain.opgaven import CATEGORIEEN

NIVEAUS = ("nationaal", "provincie", "regio", "gemeente")
REGIO_SOORTEN = ("veiligheidsregio", "arbeidsmarktregio", "corop", "eigen")


class Base(DeclarativeBase):
    pass


class Provincie(Base):
    __tablename__ = "provincie"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(4), unique=True)  # CBS PVxx
    naam: Mapped[str] = mapped_column(String(64), unique=True)  # CBS spelling (Fryslân)

    gemeenten: Mapped[list[Gemeente]] = relationship(back_populates="provincie")


class Gemeente(Base):
    __tablename__ = "gemeente"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)  # CBS GMxxxx
    naam: Mapped[str] = mapped_column(String(96))  # CBS spelling ('s-Gravenhage)
    provincie_id: Mapped[int] = mapped_column(ForeignKey("provincie.id"), index=True)
    # Herindeling: a gemeente exists from/until a date; history stays, the successor is linked.
    geldig_vanaf: Mapped[dt.date | None] = mapped_column(Date)
    geldig_tot: Mapped[dt.date | None] = mapped_column(Date)
    opvolger_id: Mapped[int | None] = mapped_column(ForeignKey("gemeente.id"))

    provincie: Mapped[Provincie] = relationship(back_populates="gemeenten")
    regios: Mapped[list[Regio]] = relationship(secondary="gemeente_regio", back_populates="gemeenten")


class Regio(Base):
    """A grouping of gemeenten: veiligheidsregio, arbeidsmarktregio, COROP or user-defined."""

    __tablename__ = "regio"
    __table_args__ = (
        UniqueConstraint("soort", "code"),
        CheckConstraint(f"soort IN {REGIO_SOORTEN!r}", name="regio_soort"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    soort: Mapped[str] = mapped_column(String(24))
    code: Mapped[str] = mapped_column(String(24))
    naam: Mapped[str] = mapped_column(String(96))
    # Set for user-defined groupings, which belong to one province.
    provincie_id: Mapped[int | None] = mapped_column(ForeignKey("provincie.id"))

    gemeenten: Mapped[list[Gemeente]] = relationship(secondary="gemeente_regio", back_populates="regios")


class GemeenteRegio(Base):
    __tablename__ = "gemeente_regio"

    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id", ondelete="CASCADE"), primary_key=True)
    regio_id: Mapped[int] = mapped_column(ForeignKey("regio.id", ondelete="CASCADE"), primary_key=True, index=True)


class Inwoners(Base):
    """Population of a gemeente on a peildatum (CBS), one row per gemeente and date."""

    __tablename__ = "inwoners"
    __table_args__ = (CheckConstraint("aantal >= 0", name="inwoners_niet_negatief"),)

    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id", ondelete="CASCADE"), primary_key=True)
    peildatum: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    aantal: Mapped[int] = mapped_column(Integer)
    bron: Mapped[str] = mapped_column(String(200), default="")


class Indicator(Base):
    """A per-gemeente indicator for keys (SES-WOA score, oppervlakte...), exact decimal text."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("naam", "gemeente_id", "peildatum"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    naam: Mapped[str] = mapped_column(String(64), index=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id", ondelete="CASCADE"))
    peildatum: Mapped[dt.date | None] = mapped_column(Date)
    waarde: Mapped[str] = mapped_column(String(48))
    bron: Mapped[str] = mapped_column(String(200), default="")


class Periode(Base):
    """A working period, usually a half-year (2023-II), with its peildatum for the opgaven."""

    __tablename__ = "periode"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # "2023-II"
    begin: Mapped[dt.date] = mapped_column(Date)
    eind: Mapped[dt.date] = mapped_column(Date)


class Opgave(Base):
    """A task: a number of places/persons for a category, period and level.

    ``vorig_aantal`` holds an earlier decided number for the same peildatum (seed table 1:
    the November 2022 distribution), so the extra part is ``aantal - vorig_aantal``.
    """

    __tablename__ = "opgave"
    __table_args__ = (
        CheckConstraint("aantal >= 0", name="opgave_niet_negatief"),
        CheckConstraint(f"categorie IN {CATEGORIEEN!r}", name="opgave_categorie"),
        CheckConstraint(f"niveau IN {NIVEAUS!r}", name="opgave_niveau"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    categorie: Mapped[str] = mapped_column(String(24))
    niveau: Mapped[str] = mapped_column(String(16))
    periode_id: Mapped[int] = mapped_column(ForeignKey("periode.id"), index=True)
    provincie_id: Mapped[int | None] = mapped_column(ForeignKey("provincie.id"))
    regio_id: Mapped[int | None] = mapped_column(ForeignKey("regio.id"))
    gemeente_id: Mapped[int | None] = mapped_column(ForeignKey("gemeente.id"))
    peildatum: Mapped[dt.date | None] = mapped_column(Date)
    aantal: Mapped[int] = mapped_column(Integer)
    vorig_aantal: Mapped[int | None] = mapped_column(Integer)
    bron: Mapped[str] = mapped_column(String(300), default="")
    toelichting: Mapped[str] = mapped_column(Text, default="")


class Realisatie(Base):
    """What has been realised on a peildatum: places in use or persons housed."""

    __tablename__ = "realisatie"
    __table_args__ = (
        CheckConstraint("aantal >= 0", name="realisatie_niet_negatief"),
        CheckConstraint(f"categorie IN {CATEGORIEEN!r}", name="realisatie_categorie"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    categorie: Mapped[str] = mapped_column(String(24))
    periode_id: Mapped[int | None] = mapped_column(ForeignKey("periode.id"), index=True)
    provincie_id: Mapped[int | None] = mapped_column(ForeignKey("provincie.id"))
    gemeente_id: Mapped[int | None] = mapped_column(ForeignKey("gemeente.id"), index=True)
    peildatum: Mapped[dt.date] = mapped_column(Date)
    aantal: Mapped[int] = mapped_column(Integer)
    bron: Mapped[str] = mapped_column(String(300), default="")


class Beginstand(Base):
    """An imported opening balance of the huisvesting carry-over: the achterstand (+) or
    voorsprong (-) a gemeente carries into a half-year (e.g. the Rijk's published figure).
    The carry-over chain starts here instead of at zero."""

    __tablename__ = "beginstand"
    __table_args__ = (UniqueConstraint("periode_id", "gemeente_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    periode_id: Mapped[int] = mapped_column(ForeignKey("periode.id"), index=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id"))
    aantal: Mapped[int] = mapped_column(Integer)  # signed: achterstand +, voorsprong -
    bron: Mapped[str] = mapped_column(String(300), default="")
    toelichting: Mapped[str] = mapped_column(Text, default="")


class Vergadering(Base):
    __tablename__ = "vergadering"

    id: Mapped[int] = mapped_column(primary_key=True)
    provincie_id: Mapped[int] = mapped_column(ForeignKey("provincie.id"), index=True)
    datum: Mapped[dt.date] = mapped_column(Date)
    plaats: Mapped[str] = mapped_column(String(200), default="")
    aanwezigen: Mapped[str] = mapped_column(Text, default="")


class Agendapunt(Base):
    __tablename__ = "agendapunt"

    id: Mapped[int] = mapped_column(primary_key=True)
    vergadering_id: Mapped[int] = mapped_column(ForeignKey("vergadering.id", ondelete="CASCADE"), index=True)
    volgorde: Mapped[int] = mapped_column(Integer)
    titel: Mapped[str] = mapped_column(String(300))
    toelichting: Mapped[str] = mapped_column(Text, default="")


class Besluit(Base):
    __tablename__ = "besluit"

    id: Mapped[int] = mapped_column(primary_key=True)
    vergadering_id: Mapped[int] = mapped_column(ForeignKey("vergadering.id", ondelete="CASCADE"), index=True)
    volgorde: Mapped[int] = mapped_column(Integer)
    tekst: Mapped[str] = mapped_column(Text)
    verdeling_id: Mapped[int | None] = mapped_column(ForeignKey("verdeling.id"))


class Actiepunt(Base):
    __tablename__ = "actiepunt"
    __table_args__ = (CheckConstraint("status IN ('open', 'afgerond')", name="actiepunt_status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vergadering_id: Mapped[int] = mapped_column(ForeignKey("vergadering.id", ondelete="CASCADE"), index=True)
    omschrijving: Mapped[str] = mapped_column(Text)
    eigenaar: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")


class Verdeling(Base):
    """One version of a distribution of a total over gemeenten (or regio's, provinces).

    A version is ``concept`` until adopted (``vastgesteld``, with date and meeting); an adopted
    version is read-only history, and a new concept can start from it (``basis_id``).
    """

    __tablename__ = "verdeling"
    __table_args__ = (
        CheckConstraint("status IN ('concept', 'vastgesteld')", name="verdeling_status"),
        CheckConstraint("totaal >= 0", name="verdeling_totaal"),
        UniqueConstraint("categorie", "periode_id", "provincie_id", "versie"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    categorie: Mapped[str] = mapped_column(String(24))
    periode_id: Mapped[int] = mapped_column(ForeignKey("periode.id"), index=True)
    provincie_id: Mapped[int | None] = mapped_column(ForeignKey("provincie.id"))  # None: national
    opgave_id: Mapped[int | None] = mapped_column(ForeignKey("opgave.id"))
    versie: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="concept")
    totaal: Mapped[int] = mapped_column(Integer)
    methode: Mapped[str] = mapped_column(String(24))
    # Key specification as JSON: {"soort": "inwoners", "peildatum": "2024-01-01", ...}
    sleutel: Mapped[str] = mapped_column(Text)
    peildatum: Mapped[dt.date | None] = mapped_column(Date)
    overschot_beleid: Mapped[str] = mapped_column(String(16), default="keep")
    # Two-level distribution: the regio soort (or a user grouping) used first, if any.
    indeling: Mapped[str | None] = mapped_column(String(24))
    basis_id: Mapped[int | None] = mapped_column(ForeignKey("verdeling.id"))
    vastgesteld_op: Mapped[dt.date | None] = mapped_column(Date)
    vergadering_id: Mapped[int | None] = mapped_column(ForeignKey("vergadering.id"))
    aangemaakt_op: Mapped[dt.datetime] = mapped_column(DateTime)
    toelichting: Mapped[str] = mapped_column(Text, default="")
    # Optimistic concurrency: raised by every change of the version (its settings, its rows, its
    # adoption); a writer who loaded an older number gets a conflict instead of overwriting.
    wijzigingsnummer: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": wijzigingsnummer, "version_id_generator": False}

    regels: Mapped[list[Toewijzing]] = relationship(
        back_populates="verdeling", cascade="all, delete-orphan", order_by="Toewijzing.gemeente_id"
    )
    beperkingen: Mapped[list[Beperking]] = relationship(cascade="all, delete-orphan")
    uitwisselingen: Mapped[list[Uitwisseling]] = relationship(cascade="all, delete-orphan")


class Toewijzing(Base):
    """The result of a distribution for one gemeente, with its verantwoording."""

    __tablename__ = "toewijzing"
    __table_args__ = (CheckConstraint("aantal >= 0", name="toewijzing_niet_negatief"),)

    verdeling_id: Mapped[int] = mapped_column(ForeignKey("verdeling.id", ondelete="CASCADE"), primary_key=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id"), primary_key=True)
    aantal: Mapped[int] = mapped_column(Integer)
    sleutelwaarde: Mapped[str] = mapped_column(String(64), default="")  # exact, "p/q"
    quotum: Mapped[str] = mapped_column(String(64), default="")  # exact, "p/q"
    verantwoording: Mapped[str] = mapped_column(Text, default="")

    verdeling: Mapped[Verdeling] = relationship(back_populates="regels")


class Beperking(Base):
    """A constraint on one gemeente in a distribution: lock, minimum, maximum or credit."""

    __tablename__ = "beperking"
    __table_args__ = (
        CheckConstraint("soort IN ('vast', 'minimum', 'maximum', 'verrekening')", name="beperking_soort"),
        CheckConstraint("waarde >= 0", name="beperking_niet_negatief"),
    )

    verdeling_id: Mapped[int] = mapped_column(ForeignKey("verdeling.id", ondelete="CASCADE"), primary_key=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id"), primary_key=True)
    soort: Mapped[str] = mapped_column(String(16), primary_key=True)
    waarde: Mapped[int] = mapped_column(Integer)


class Uitwisseling(Base):
    """An agreed exchange of places between two gemeenten; never changes the total."""

    __tablename__ = "uitwisseling"
    __table_args__ = (
        CheckConstraint("aantal > 0", name="uitwisseling_positief"),
        CheckConstraint("van_gemeente_id <> naar_gemeente_id", name="uitwisseling_twee_gemeenten"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    verdeling_id: Mapped[int] = mapped_column(ForeignKey("verdeling.id", ondelete="CASCADE"), index=True)
    van_gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id"))
    naar_gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id"))
    aantal: Mapped[int] = mapped_column(Integer)
    reden: Mapped[str] = mapped_column(Text, default="")
    datum: Mapped[dt.date | None] = mapped_column(Date)


class Wijziging(Base):
    """Change log: every change a user makes, with time and an optional reason."""

    __tablename__ = "wijziging"

    id: Mapped[int] = mapped_column(primary_key=True)
    tijdstip: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    verdeling_id: Mapped[int | None] = mapped_column(ForeignKey("verdeling.id", ondelete="SET NULL"))
    actie: Mapped[str] = mapped_column(String(48))
    omschrijving: Mapped[str] = mapped_column(Text)
    reden: Mapped[str] = mapped_column(Text, default="")
    # Who: the database role on a shared database, the operating-system user on a laptop.
    gebruiker: Mapped[str] = mapped_column(String(128), default="", server_default="")


class Locatie(Base):
    """A reception or housing location; realised capacity is derived from these."""

    __tablename__ = "locatie"
    __table_args__ = (
        CheckConstraint("capaciteit >= 0", name="locatie_capaciteit"),
        CheckConstraint("bezetting >= 0", name="locatie_bezetting"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeente.id"), index=True)
    naam: Mapped[str] = mapped_column(String(200))
    soort: Mapped[str] = mapped_column(String(32))  # regulier azc, noodopvang, ...
    capaciteit: Mapped[int] = mapped_column(Integer)
    bezetting: Mapped[int] = mapped_column(Integer, default=0)
    begindatum: Mapped[dt.date | None] = mapped_column(Date)
    einddatum: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24), default="operationeel")
    doelgroep_restrictie: Mapped[str] = mapped_column(Text, default="")
    opmerking: Mapped[str] = mapped_column(Text, default="")


class Instelling(Base):
    """A setting stored with the data (per province where ``provincie_id`` is set)."""

    __tablename__ = "instelling"
    __table_args__ = (UniqueConstraint("provincie_id", "sleutel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provincie_id: Mapped[int | None] = mapped_column(ForeignKey("provincie.id"))
    sleutel: Mapped[str] = mapped_column(String(64))
    waarde: Mapped[str] = mapped_column(Text)
