"""One tab per opgave (opvang, huisvesting, amv, Oekraïne): the gemeenten of the province."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from regietafel.gui.gemeente_table import GemeenteTable
from regietafel.store.areas import GemeenteRow


class OpgaveTab(QWidget):
    def __init__(self, categorie: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.categorie = categorie
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.table = GemeenteTable(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)

    def show_gemeenten(self, rows: list[GemeenteRow], regio_header: str, caption: str) -> None:
        self.caption.setText(caption)
        self.table.model.set_rows(rows, regio_header)
        self.table.fit_columns()
