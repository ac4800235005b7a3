"""The national map: the 12 provinces coloured by the opvang opgave's progress (next to the
national table)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from regietafel.domain.map_geometry import load_layer
from regietafel.domain.map_scale import MEASURES, classify, measure_label
from regietafel.gui.formatting import format_date
from regietafel.gui.map_widget import MapWidget
from regietafel.store import monitor
from regietafel.store.database import Store


class NationalMap(QWidget):
    province_clicked = Signal(str)  # CBS province name (Fryslân)

    def __init__(self, categorie: str, store: Callable[[], Store], parent: QWidget | None = None,
                 stand_per: Callable[[], dt.date] | None = None):
        super().__init__(parent)
        self.categorie = categorie
        self._store = store
        self._stand_per = stand_per or dt.date.today
        self.periode: str | None = None
        self.values: dict[str, object] = {}
        self.map = MapWidget(self)
        self.map.set_features(load_layer("provincies"))
        self.map.area_clicked.connect(self._clicked)
        self.measure_combo = QComboBox(self)
        self.measure_combo.setAccessibleName(self.tr("Measure on the map"))
        for measure in MEASURES:
            self.measure_combo.addItem(measure_label(measure), measure)
        self.measure_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Measure:"), self)
        caption.setBuddy(self.measure_combo)
        row.addWidget(caption)
        row.addWidget(self.measure_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.map, 1)

    def set_period(self, periode: str) -> None:
        self.periode = periode
        self.refresh()

    def refresh(self) -> None:
        if not self.periode:
            return
        measure = self.measure_combo.currentData()
        with self._store().read() as session:
            self.values = monitor.province_values(session, self.periode, self.categorie, measure, self._stand_per())
        classification = classify(self.values, measure)
        self.map.set_classification(classification, {}, self.tr("Provinces, as of {date}").format(
            date=format_date(self._stand_per())))

    def _clicked(self, code: str) -> None:
        feature = next(f for f in self.map.features if f.code == code)
        self.province_clicked.emit(feature.naam)
