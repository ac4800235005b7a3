"""Opvang: the national table of the 12 provinces, like table 1 of the seed letter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from regietafel.gui.filter_table import FilterTable
from regietafel.gui.formatting import format_int
from regietafel.gui.rows_model import RowsModel
from regietafel.store.database import Store
from regietafel.store.national import NationalTable, national_table

COLUMNS = ("current", "extra", "previous", "opgave", "increase")


class NationalTableView(QWidget):
    def __init__(self, categorie: str, store: Callable[[], Store], parent: QWidget | None = None):
        super().__init__(parent)
        self.categorie = categorie
        self._store = store
        self.data: NationalTable | None = None
        self.model = RowsModel(self)
        self.table = FilterTable(self.model, self._total_text, stretch_column=0, parent=self, frozen=1)
        self.table.filter_edit.setPlaceholderText(self.tr("Filter by province…"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def headers(self) -> list[str]:
        return [self.tr("Province"), self.tr("Current regular places"), self.tr("Extra places (weighted)"),
                self.tr("Previous distribution"), self.tr("Provincial opgave"), self.tr("Required increase")]

    def set_period(self, periode: str) -> None:
        with self._store().read() as session:
            self.data = national_table(session, self.categorie, periode)
        rows = [[r.provincie, *(getattr(r, c) for c in COLUMNS)] for r in self.data.rows]
        self.model.set_rows(self.headers(), rows)
        self.table.fit_columns()
        self.note.setText(self._note())

    def _total_text(self, column: int, rows: list[int]) -> str:
        if column == 0:
            return self.tr("Total")
        values = [self.model.rows()[r][column] for r in rows]
        numbers = [v for v in values if isinstance(v, int)]
        return format_int(sum(numbers)) if numbers else ""

    def _note(self) -> str:
        data = self.data
        parts = []
        if data.national is not None:
            parts.append(self.tr("National opgave {national}; sum of the provinces {sum}.").format(
                national=format_int(data.national), sum=format_int(data.column_sum("opgave"))))
            if data.column_sum("opgave") != data.national:
                parts.append(self.tr("The provinces do not add up to the national number."))
        if data.national_previous is not None and data.column_sum("previous") != data.national_previous:
            parts.append(self.tr(
                "The previous distribution sums to {sum}, the national number was {national}: the published rows "
                "differ from the published total by {difference} (kept as published)."
            ).format(sum=format_int(data.column_sum("previous")), national=format_int(data.national_previous),
                     difference=format_int(abs(data.column_sum("previous") - data.national_previous))))
        if data.source:
            parts.append(self.tr("Source: {source}").format(source=data.source))
        return " ".join(parts)
