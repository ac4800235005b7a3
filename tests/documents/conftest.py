"""Fixtures for the document tests: the Zuid-Holland 2023-II workbook of the demo database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from regietafel.exports import write_workbook
from regietafel.store import areas, vergaderingen
from regietafel.store.database import open_store
from regietafel.store.overzicht import Overview, province_overview


@dataclass
class Written:
    path: Path
    workbook: Workbook
    overview: Overview  # the application's numbers, for comparison
    provincie_id: int


def write_and_read(store, province: str = "Zuid-Holland", periode: str = "2023-II", path: Path | None = None) -> Written:
    with store.read() as session:
        provincie_id = areas.find_province(session, province).id
        # The workbook stands per the newest meeting's date by default, so does the comparison.
        overview = province_overview(session, provincie_id, periode,
                                     stand_per=vergaderingen.default_stand_per(session, provincie_id))
    path = path or store.path.with_name(f"{province}-{periode}.xlsx")
    write_workbook(store, provincie_id, periode, path)
    return Written(path, load_workbook(path), overview, provincie_id)


@pytest.fixture(scope="module")
def zh_workbook(demo_template, tmp_path_factory) -> Written:
    """Written once per test module (the tests only read it)."""
    import sqlite3

    folder = tmp_path_factory.mktemp("xlsx")
    copy = folder / "demo.sqlite"
    src, dst = sqlite3.connect(demo_template), sqlite3.connect(copy)
    src.backup(dst)
    dst.close()
    src.close()
    store = open_store(copy)
    try:
        yield write_and_read(store, path=folder / "zuid-holland.xlsx")
    finally:
        store.close()
