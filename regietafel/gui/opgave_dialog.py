"""File > Enter opgave…: type the opgave of the province (or the national number) when there is
no file to import. Checked and stored exactly as an imported opgave (``store.imports``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from regietafel.domain.periods import HalfYear
from regietafel.gui.export_actions import category_label
from regietafel.gui.jobs import Progress, run_job
from regietafel.gui.screen_fit import fit_on_show
from regietafel.store.errors import StoreError
from regietafel.store.imports import ImportResult, enter_opgave

CATEGORIES = ("opvang", "huisvesting", "amv_coa", "amv_nidos", "oekraine")
NATIONAL_BY_DEFAULT = ("huisvesting", "amv_nidos")  # divided over all gemeenten of the country
MAX_PLACES = 10_000_000


class OpgaveDialog(QDialog):
    def __init__(self, store, province: str, periods: list[str], periode: str, categorie: str = "opvang",
                 parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.store = store
        self.province = province
        self.result_ = None
        self.setWindowTitle(self.tr("Enter opgave"))
        intro = QLabel(self.tr(
            "Type the opgave when there is no file to import. It counts as the known total of the "
            "worksheet; an opgave entered earlier for the same period is replaced."), self)
        intro.setWordWrap(True)
        self.category_combo = QComboBox(self)
        for code in CATEGORIES:
            self.category_combo.addItem(category_label(code), code)
        self.province_radio = QRadioButton(self.tr("The province {name}").format(name=province), self)
        self.national_radio = QRadioButton(self.tr("The Netherlands (the national number)"), self)
        self.level = QButtonGroup(self)
        self.level.addButton(self.province_radio)
        self.level.addButton(self.national_radio)
        self.period_combo = QComboBox(self)
        self.period_combo.addItems(periods)
        self.period_combo.setCurrentIndex(max(self.period_combo.findText(periode), 0))
        self.amount = QSpinBox(self)
        self.amount.setRange(0, MAX_PLACES)
        self.amount.setGroupSeparatorShown(True)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d-M-yyyy")
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(self.tr("e.g. letter on the capacity need of 17 April 2023"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b71c1c;")
        self._lay_out(intro)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 64)
        self.category_combo.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.amount.valueChanged.connect(lambda _v: self._check())
        self.level.buttonToggled.connect(lambda *_args: self._check())
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(categorie), 0))
        self._category_changed()
        self._period_changed()

    def _lay_out(self, intro: QLabel) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Opgave:"), self.category_combo)
        form.addRow(self.tr("Applies to:"), self.province_radio)
        form.addRow("", self.national_radio)
        form.addRow(self.tr("&Period:"), self.period_combo)
        form.addRow(self.tr("&Number:"), self.amount)
        form.addRow(self.tr("Reference &date:"), self.date_edit)
        form.addRow(self.tr("&Source:"), self.source_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def categorie(self) -> str:
        return self.category_combo.currentData()

    def national(self) -> bool:
        return self.national_radio.isChecked()

    def _category_changed(self) -> None:
        (self.national_radio if self.categorie() in NATIONAL_BY_DEFAULT else self.province_radio).setChecked(True)
        self._check()

    def _period_changed(self) -> None:
        try:
            end = HalfYear.parse(self.period_combo.currentText()).end
        except ValueError:
            return
        self.date_edit.setDate(QDate(end.year, end.month, end.day))

    def _check(self) -> None:
        """The note says what the number will do; OK only with a number to store."""
        if self.national() and self.categorie() == "huisvesting":
            note = self.tr("Every municipality's taakstelling follows from the national number by the "
                           "Huisvestingswet (art. 29): its share of the inhabitants, rounded up.")
        elif self.national():
            note = self.tr("The national number is divided over all municipalities of the Netherlands; "
                           "the worksheet shows the share of this province.")
        else:
            note = self.tr("The number is divided over the municipalities of {name} in the worksheet.").format(
                name=self.province)
        self.note.setText(note)
        self.message.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.amount.value() > 0)

    def accept(self) -> None:
        """Store the opgave in the background (after a backup, as an import); a refusal is shown
        here and the dialog stays open; it closes once the opgave is stored."""
        date = self.date_edit.date()
        values = (self.store, self.categorie(), self.period_combo.currentText(), self.amount.value(),
                  dt.date(date.year(), date.month(), date.day()), None if self.national() else self.province,
                  self.source_edit.text().strip())
        title = self.tr("Storing the opgave…")

        def work(progress: Progress) -> ImportResult:
            progress.step(title)
            return enter_opgave(*values, before_write=progress.final)

        def refused(error: BaseException) -> bool:
            if isinstance(error, OSError | StoreError):  # ImportRefused too: what was typed is wrong
                self.message.setText(str(error))
                return True
            return False

        self.job = run_job(self, work, title=title, on_done=self._stored, on_failed=refused)

    def _stored(self, result: ImportResult) -> None:
        self.result_ = result
        super().accept()
