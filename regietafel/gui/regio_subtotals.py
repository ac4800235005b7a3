"""Regio subtotals under a worksheet: the first step of a two-level distribution, or the
per-regio targets, with the sum of the gemeenten in each regio beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from regietafel.gui.rows_model import RowsModel
from regietafel.store.worksheet import Worksheet

MIN_ROWS = 2  # more than one and a half, as a pane a user can read


class RegioSubtotals(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model_ = RowsModel(self, wrap_titles=False)  # few columns: titles on one line, rows lower
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
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
        computed = sheet.computed
        group = computed.group_result
        by_code = {row.code: row for row in sheet.rows}
        rows = []
        for name, step in zip(computed.step_names, computed.steps, strict=True):
            members = [by_code[code] for code in step.allocations if code in by_code]
            assigned = sum(row.assigned for row in members)
            realised = sum(row.realised or 0 for row in members)
            rows.append([name, len(members), step.total, assigned, realised, assigned - realised])
        headers = [self.tr("Region"), self.tr("Municipalities"),
                   self.tr("Share of the region") if group is not None else self.tr("Target of the region"),
                   self.tr("Sum of municipalities"), self.tr("Realised"), self.tr("Still to realise")]
        self.model_.set_rows(headers, rows)
        self.show()
        # All regio's where they fit; never fewer than two rows (or all there are) in view.
        frame = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            frame += self.horizontalScrollBar().sizeHint().height()
        row = self.verticalHeader().defaultSectionSize()
        self.setMinimumHeight(frame + row * min(len(rows), MIN_ROWS))
        self.setMaximumHeight(frame + row * max(len(rows), 1))
