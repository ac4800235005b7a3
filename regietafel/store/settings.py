"""Settings kept in the database, so every document made from it looks the same on every
machine: footer text, the province's logo and the paper orientation of documents."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from regietafel.store.models import Instelling

ORIENTATIONS = ("staand", "liggend")
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class DocumentSettings:
    footer: str = ""
    logo: bytes | None = None  # PNG or JPEG as supplied by the province
    orientation: str = "staand"


def _get(session: Session, key: str) -> str | None:
    return session.scalar(select(Instelling.waarde).where(Instelling.provincie_id.is_(None), Instelling.sleutel == key))


def _set(session: Session, key: str, value: str | None) -> None:
    row = session.scalar(select(Instelling).where(Instelling.provincie_id.is_(None), Instelling.sleutel == key))
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Instelling(provincie_id=None, sleutel=key, waarde=value))
    else:
        row.waarde = value


def document_settings(session: Session) -> DocumentSettings:
    logo = _get(session, "document_logo")
    orientation = _get(session, "document_orientatie") or "staand"
    return DocumentSettings(_get(session, "document_voettekst") or "",
                            base64.b64decode(logo) if logo else None,
                            orientation if orientation in ORIENTATIONS else "staand")


def save_document_settings(session: Session, settings: DocumentSettings) -> None:
    if settings.orientation not in ORIENTATIONS:
        raise ValueError(settings.orientation)
    if settings.logo is not None:
        if len(settings.logo) > MAX_LOGO_BYTES:
            raise ValueError("logo > 2 MB")
        if not (settings.logo.startswith(b"\x89PNG") or settings.logo.startswith(b"\xff\xd8")):
            raise ValueError("logo: PNG or JPEG")
    _set(session, "document_voettekst", settings.footer.strip() or None)
    _set(session, "document_logo", base64.b64encode(settings.logo).decode() if settings.logo else None)
    _set(session, "document_orientatie", settings.orientation)
