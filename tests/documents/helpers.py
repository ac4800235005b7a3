"""Building import files in tests: xlsx with openpyxl, csv with any delimiter/encoding."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[2]


def gemeenten_2024() -> list[dict]:
    with (ROOT / "resources" / "gemeenten_2024.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_xlsx(path: Path, rows: list[list], sheet: str = "Blad1", extra_sheets: dict | None = None) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for name, more in (extra_sheets or {}).items():
        other = book.create_sheet(name)
        for row in more:
            other.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def dump(database: Path) -> list[str]:
    """Every table's content as SQL text: equal dumps mean nothing was written."""
    connection = sqlite3.connect(database)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def english_messages(qapp):
    """Messages in English for the duration of a test (the session default is Dutch)."""
    from regietafel.gui.i18n import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "nl")
