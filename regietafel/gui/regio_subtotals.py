"""Regio subtotals under a worksheet: the first step of a two-level distribution, or the
per-regio targets, with the sum of the gemeenten in each regio beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from regietafel.gui.rows_model import RowsModel
from regietafel.store.werkblad import Worksheet


class RegioSubtotals(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model_ = RowsModel(self)
        self.setModel(self.model_)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(self.tr("Region subtotals"))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_sheet(self, sheet: Worksheet | None) -> None:
        """Visible only when the version divides via regio's (or regio targets are given)."""
        if sheet is None or not sheet.settings.indeling:
            self.hide()
            return
        group = sheet.computed.group_result
        per_regio: dict[str, list] = {}
        for row in sheet.rows:
            totals = per_regio.setdefault(row.regio, [0, 0, 0])
            totals[0] += row.assigned
            totals[1] += row.realised or 0
            totals[2] += 1
        step_totals = {}
        for step in sheet.computed.steps:
            first = next(iter(step.allocations), None)
            regio = next((r.regio for r in sheet.rows if r.code == first), "")
            step_totals[regio] = step.total
        rows = []
        for regio, (assigned, realised, count) in sorted(per_regio.items()):
            rows.append([regio, count, step_totals.get(regio, assigned), assigned, realised, assigned - realised])
        headers = [self.tr("Region"), self.tr("Municipalities"),
                   self.tr("Share of the region") if group is not None else self.tr("Target of the region"),
                   self.tr("Sum of municipalities"), self.tr("Realised"), self.tr("Still to realise")]
        self.model_.set_rows(headers, rows)
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(len(rows))) + 4
        self.setMaximumHeight(min(height, 220))
        self.show()
