"""The four opgave tabs. Each holds one or more worksheet panels (and, for opvang, the
national table); all logic lives in the panels and the store services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui.formatting import format_date, format_int
from regietafel.gui.national_map import NationalMap
from regietafel.gui.national_table import NationalTableView
from regietafel.gui.screen_fit import fit_on_show
from regietafel.gui.whats_this import explain_worksheet
from regietafel.gui.worksheet_panel import WorksheetPanel
from regietafel.store import supervision
from regietafel.store.database import Store
from regietafel.store.distributions import national_total, provincial_total
from regietafel.store.worksheet import set_thresholds


class OpgaveTab(QWidget):
    """Base: a tab with worksheet panels that follow the chosen province and period."""

    def __init__(self, store: Callable[[], Store], undo_group: QUndoGroup, regio_soort: Callable[[], str],
                 parent: QWidget | None = None, stand_per: Callable[[], dt.date] | None = None):
        super().__init__(parent)
        self._store = store
        self._undo_group = undo_group
        self._regio_soort = regio_soort
        self._stand_per = stand_per or dt.date.today
        self.panels: dict[str, WorksheetPanel] = {}
        self.provincie_id: int | None = None
        self.periode: str | None = None

    def _panel(self, categorie: str) -> WorksheetPanel:
        panel = WorksheetPanel(categorie, self._store, self._undo_group, self._regio_soort, self,
                               stand_per=self._stand_per)
        explain_worksheet(panel)
        self.panels[categorie] = panel
        return panel

    def current_panel(self) -> WorksheetPanel | None:
        """The worksheet on screen in this tab (None: another page, such as the national table)."""
        inner = getattr(self, "inner", None)
        if inner is None:
            return next(iter(self.panels.values()), None)
        shown = inner.currentWidget()
        return next((panel for panel in self.panels.values() if panel is shown), None)

    def set_scope(self, provincie_id: int, periode: str) -> None:
        self.provincie_id, self.periode = provincie_id, periode
        for panel in self.panels.values():
            panel.set_scope(provincie_id, periode)

    def reload(self) -> None:
        for panel in self.panels.values():
            panel.reload()


class OpvangTab(OpgaveTab):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inner = QTabWidget(self)
        self.inner.setDocumentMode(True)  # no frame around the pages: their height goes to the table
        panel = self._panel("opvang")
        self.durable_button = QPushButton(self.tr("Credit &durable places"), self)
        self.durable_button.setToolTip(self.tr(
            "Existing locations with more than 100 places that last more than 5 years count as credit "
            "(Spreidingswet); the surplus policy decides what happens with a surplus."))
        self.durable_button.clicked.connect(lambda: panel.credit_durable_places())
        panel.add_tab_action(self.durable_button)
        self.inner.addTab(panel, self.tr("Municipalities of the province"))
        self.national = NationalTableView("opvang", self._store, self)
        self.national_map = NationalMap("opvang", self._store, self, stand_per=self._stand_per)
        national = QSplitter(self)
        national.addWidget(self.national)
        national.addWidget(self.national_map)
        national.setStretchFactor(0, 3)
        national.setStretchFactor(1, 2)
        self.inner.addTab(national, self.tr("National table (12 provinces)"))
        QVBoxLayout(self).addWidget(self.inner)

    def set_scope(self, provincie_id: int, periode: str) -> None:
        super().set_scope(provincie_id, periode)
        self.national.set_period(periode)
        self.national_map.set_period(periode)

    def select_gemeente(self, code: str) -> bool:
        """Select a gemeente's row in the worksheet (the map's click); False if not in it."""
        panel = self.panels["opvang"]
        try:
            row = panel.model.row_of(code)
        except StopIteration:
            return False
        self.inner.setCurrentIndex(0)
        index = panel.table.proxy.mapFromSource(panel.model.index(row, 0))
        if not index.isValid():  # filtered out: clear the filter
            panel.table.filter_edit.clear()
            index = panel.table.proxy.mapFromSource(panel.model.index(row, 0))
        panel.table.view.selectRow(index.row())
        panel.table.view.scrollTo(index)
        return True


class HuisvestingTab(OpgaveTab):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        panel = self._panel("huisvesting")
        self.thresholds_button = QPushButton(self.tr("Supervision &thresholds…"), self)
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        panel.add_tab_action(self.thresholds_button)
        QVBoxLayout(self).addWidget(panel)

    def edit_thresholds(self) -> None:
        with self._store().read() as session:
            current = supervision.policy(session, self.provincie_id)
        dialog = QDialog(self)
        fit_on_show(dialog)
        dialog.setWindowTitle(self.tr("Supervision thresholds"))
        form = QFormLayout(dialog)
        intro = QLabel(self.tr("The province's own rule (not law), printed with every status. Share housed of the "
                               "corrected taakstelling; before the end of the half-year the status is a forecast."),
                       dialog)
        intro.setWordWrap(True)
        form.addRow(intro)
        orange = QSpinBox(dialog)
        red = QSpinBox(dialog)
        for spin, value in ((orange, current.oranje), (red, current.rood)):
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(value)
        repeat = repeat_spin(dialog, current.herhaald)
        form.addRow(self.tr("Orange below:"), orange)
        form.addRow(self.tr("Red below:"), red)
        form.addRow(self.tr("Red after, in a row:"), repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_thresholds(orange.value(), red.value(), repeat.value())

    def save_thresholds(self, orange: int, red: int, repeat: int | None = None) -> None:
        try:
            with self._store().transaction() as session:
                set_thresholds(session, self.provincie_id, orange, red, repeat)
        except ValueError:
            self.panels["huisvesting"].show_message(self.tr("Red must not be above orange."))
            return
        self.reload()


def repeat_spin(parent: QWidget, value: int) -> QSpinBox:
    """The "repeatedly behind" criterion: red after this many half-years in a row behind; 0 is off."""
    spin = QSpinBox(parent)
    spin.setRange(0, 12)
    spin.setSpecialValueText(QCoreApplication.translate("HuisvestingTab", "off"))
    spin.setSuffix(QCoreApplication.translate("HuisvestingTab", " half-years behind"))
    spin.setValue(value)
    return spin


class AmvTab(OpgaveTab):
    """COA amv places (part of opvang) and Nidos places (count for huisvesting), side by side."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.relation = QLabel(self)
        self.relation.setWordWrap(True)
        self.inner = QTabWidget(self)
        self.inner.setDocumentMode(True)  # no frame around the pages: their height goes to the table
        self.inner.addTab(self._panel("amv_coa"), self.tr("COA amv places"))
        self.inner.addTab(self._panel("amv_nidos"), self.tr("Nidos places"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.relation)
        layout.addWidget(self.inner, 1)

    def set_scope(self, provincie_id: int, periode: str) -> None:
        super().set_scope(provincie_id, periode)
        with self._store().read() as session:
            coa, opvang = (
                getattr(opgave, "aantal", None) for opgave in (
                    provincial_total(session, "amv_coa", periode, provincie_id),
                    provincial_total(session, "opvang", periode, provincie_id),
                )
            )
            nidos = national_total(session, "amv_nidos", periode)
        parts = []
        if coa is not None and opvang is not None:
            parts.append(self.tr("COA amv: {amv} of the {opvang} reception places of this province are for "
                                 "unaccompanied minors; they are part of the opvang opgave and do not raise it.").format(
                amv=format_int(coa), opvang=format_int(opvang)))
        if nidos is not None:
            parts.append(self.tr(
                "Nidos: {n} places in municipalities nationally on {date} (places on a date, like reception places); "
                "they count towards the housing taakstelling and do not raise it: the Housing tab shows them per "
                "municipality as \"of which Nidos\".").format(
                n=format_int(nidos.aantal), date=format_date(nidos.peildatum) if nidos.peildatum else "?"))
        self.relation.setText(" ".join(parts))


class OekraineTab(OpgaveTab):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        QVBoxLayout(self).addWidget(self._panel("oekraine"))
