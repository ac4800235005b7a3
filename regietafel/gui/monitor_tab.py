"""Monitor: where the province stands and where it is heading, in four charts.

Opgave vs realised per gemeente (bar), housing realisation over time (line), the housing
achterstand trend per half-year, and the capacity forecast from the locations against the
opvang opgave and its deadline, with the gemeenten that will not make it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from regietafel.gui import charts
from regietafel.gui.formatting import format_date, format_int
from regietafel.store import areas, monitor
from regietafel.store.database import Store
from regietafel.store.overview import CATEGORIES, Overview, province_overview

TREND_PERIODS = 6  # half-years in the achterstand trend (carry-over starts at the first of them)
MONTH_PERIODS = 2  # half-years of monthly realisation


class MonitorTab(QWidget):

    def __init__(self, store: Callable[[], Store], undo_group: QUndoGroup | None = None,
                 regio_soort: Callable[[], str] | None = None, parent: QWidget | None = None,
                 stand_per: Callable[[], dt.date] | None = None):
        super().__init__(parent)
        self.panels: dict = {}  # no worksheet panels (the main window asks every tab for them)
        self._store = store
        self._stand_per = stand_per or dt.date.today
        self.provincie_id: int | None = None
        self.periode: str | None = None
        self.overview: Overview | None = None
        self.forecast = None
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Opgave in the bar chart"))
        self.category_combo.activated.connect(lambda _i: self._draw_bars())
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.grid = QGridLayout()
        self.views: dict[str, QWidget] = {}
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Opgave:"), self)
        caption.setBuddy(self.category_combo)
        top.addWidget(caption)
        top.addWidget(self.category_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addLayout(self.grid, 1)

    def set_scope(self, provincie_id: int, periode: str) -> None:
        self.provincie_id, self.periode = provincie_id, periode
        self.reload()

    def reload(self, overview: Overview | None = None) -> None:
        if self.provincie_id is None or not self.periode:
            return
        stand_per = self._stand_per()
        with self._store().transaction() as session:
            self.overview = overview or province_overview(session, self.provincie_id, self.periode,
                                                          stand_per=stand_per)
            targets = {r.code: r.cells["opvang"].opgave for r in self.overview.rows if "opvang" in r.cells}
            self.forecast = monitor.province_forecast(session, self.provincie_id, self.periode, "opvang", targets,
                                                      stand_per) if "opvang" in self.overview.worksheets else None
            # The charts look back TREND_PERIODS half-years from the chosen one; each
            # taakstelling is computed once for both.
            periods = monitor.recent_periods(session, self.periode, TREND_PERIODS)
            known = monitor.taakstelling_totals(session, self.provincie_id, periods)
            self.months = monitor.realisation_over_time(session, self.provincie_id, "huisvesting",
                                                        periods[-MONTH_PERIODS:], known, stand_per)
            self.trend = monitor.achterstand_trend(session, self.provincie_id, periods, known, stand_per)
            self.names = areas.gemeente_names(session, self.provincie_id)
        current = self.category_combo.currentData()
        self.category_combo.clear()
        for categorie in CATEGORIES:
            if categorie in self.overview.worksheets:
                self.category_combo.addItem(self._title(categorie), categorie)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(current), 0))
        self._place("realisation", charts.realisation_chart(
            self.months, self._as_of(self.tr("Housing: persons housed per half-year (cumulative)")), self), 0, 1)
        self._place("trend", charts.trend_chart(
            self.trend, self._as_of(self.tr("Housing: achterstand per half-year")), self), 1, 1)
        if self.forecast is not None:
            self._place("forecast", charts.forecast_chart(
                self.forecast, self._as_of(self.tr("Reception: capacity from locations against the opgave"), "opvang"),
                self), 1, 0)
        self._draw_bars()
        self.verdict.setText(self.verdict_text())

    def _as_of(self, title: str, categorie: str = "huisvesting") -> str:
        """Every chart says which date its figures are as of, and whether they hold estimates."""
        text = self.tr("{title} (as of {date})").format(title=title, date=format_date(self.overview.stand_per))
        sheet = self.overview.worksheets.get(categorie)
        if sheet is not None and sheet.estimates:
            text += " · " + self.tr("contains estimates or demo figures")
        return text

    def _title(self, categorie: str) -> str:
        return {"opvang": self.tr("Reception"), "huisvesting": self.tr("Housing"), "amv_coa": self.tr("COA amv"),
                "amv_nidos": self.tr("Nidos"), "oekraine": self.tr("Ukraine")}[categorie]

    def _place(self, name: str, view: QWidget, row: int, column: int) -> None:
        old = self.views.pop(name, None)
        if old is not None:
            self.grid.removeWidget(old)
            old.deleteLater()
        self.views[name] = view
        self.grid.addWidget(view, row, column)

    def bar_rows(self, categorie: str) -> list[tuple[str, int, int | None]]:
        return [(row.naam, row.cells[categorie].opgave, row.cells[categorie].realised)
                for row in self.overview.rows if categorie in row.cells]

    def _draw_bars(self) -> None:
        categorie = self.category_combo.currentData()
        if self.overview is None or categorie is None:
            return
        view = charts.bars_chart(self.bar_rows(categorie), self._as_of(self.tr(
            "{opgave}: opgave and realised per municipality").format(opgave=self.category_combo.currentText()),
            categorie))
        self.bar_view = view
        self._place("bars", charts.scrolling(view, self), 0, 0)

    def verdict_text(self) -> str:
        result = self.forecast
        if result is None:
            return ""
        short = result.short
        names = ", ".join(f"{self.names.get(r.code, r.code)} ({format_int(r.gap)})" for r in short[:8])
        if result.makes_it:
            head = self.tr("Reception: with the planned locations the province reaches {capacity} places on {date}, "
                           "enough for the opgave of {target}.")
        else:
            head = self.tr("Reception: with the planned locations the province reaches {capacity} places on {date}; "
                           "the opgave is {target}, so {gap} places are still missing.")
        text = head.format(capacity=format_int(result.at_deadline), date=format_date(result.deadline),
                           target=format_int(result.target), gap=format_int(result.gap))
        if short:
            text += " " + self.tr("Municipalities short on that date: {names}{more}.").format(
                names=names, more=self.tr(" and {n} more").format(n=len(short) - 8) if len(short) > 8 else "")
        return text
