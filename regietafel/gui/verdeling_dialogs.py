"""Dialogs around a distribution version: adopt, exchange, bounds, compare, change log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui.formatting import format_date, format_int, format_signed
from regietafel.gui.screen_fit import fit_on_show, resize_to_screen

MAX_PLACES = 10_000_000
DIFFERS = "#fff3c4"  # rows of a comparison that differ (also bold: it reads without colour)


class AdoptDialog(QDialog):
    """Adopt a concept in a meeting of the province: the decision lands on that meeting's
    besluitenlijst, with that meeting's date. Says plainly that it cannot be undone."""

    def __init__(self, version: str, meetings: list[tuple[int, dt.date, str]], parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Adopt version"))
        self._dates = {meeting_id: datum for meeting_id, datum, _label in meetings}
        explanation = QLabel(self.tr(
            "{version} is adopted in the meeting you choose, with the date of that meeting, and the decision is "
            "added to that meeting's list of decisions.").format(version=version), self)
        explanation.setWordWrap(True)
        warning = QLabel(self.tr("<b>Adopting cannot be undone.</b> An adopted version is read-only; later "
                                 "changes need a new concept."), self)
        warning.setWordWrap(True)
        self.meeting_combo = QComboBox(self)
        for meeting_id, _datum, label in meetings:
            self.meeting_combo.addItem(label, meeting_id)
        self.date_label = QLabel(self)
        self.meeting_combo.currentIndexChanged.connect(self._show_date)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Added to the decision (optional)"))
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("In the &meeting of:"), self.meeting_combo)
        form.addRow(self.tr("Adopted on:"), self.date_label)
        form.addRow(self.tr("&Note:"), self.reason_edit)
        form.addRow(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.adopt_button = buttons.addButton(self.tr("&Adopt"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_date()

    def _show_date(self) -> None:
        datum = self._dates.get(self.meeting_id())
        self.date_label.setText(format_date(datum) if datum else "")

    def meeting_id(self) -> int | None:
        return self.meeting_combo.currentData()

    def date(self) -> dt.date | None:
        return self._dates.get(self.meeting_id())


class ExchangeDialog(QDialog):
    """Record an uitwisseling: from, to, amount, reason, date. The dialog checks its own fields
    before it closes: two different municipalities, and no more places than the giving one has
    (``numbers``: its current number per code)."""

    def __init__(self, gemeenten: list[tuple[str, str]], parent: QWidget | None = None, selected: str | None = None,
                 numbers: dict[str, int] | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.numbers = numbers or {}
        self.setWindowTitle(self.tr("Exchange between municipalities"))
        self.from_combo = QComboBox(self)
        self.to_combo = QComboBox(self)
        for code, naam in gemeenten:
            self.from_combo.addItem(f"{naam} ({code})", code)
            self.to_combo.addItem(f"{naam} ({code})", code)
        if selected:
            self.from_combo.setCurrentIndex(max(self.from_combo.findData(selected), 0))
        self.amount = QSpinBox(self)
        self.amount.setRange(1, MAX_PLACES)
        self.reason_edit = QLineEdit(self)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setDisplayFormat("d-M-yyyy")
        form = QFormLayout(self)
        form.addRow(self.tr("From:"), self.from_combo)
        form.addRow(self.tr("To:"), self.to_combo)
        form.addRow(self.tr("Number:"), self.amount)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        form.addRow(self.tr("Date:"), self.date_edit)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b71c1c;")
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for combo in (self.from_combo, self.to_combo):
            combo.currentIndexChanged.connect(lambda _i: self.check())
        self.amount.valueChanged.connect(lambda _v: self.check())
        if selected and self.to_combo.currentData() == selected and self.to_combo.count() > 1:
            self.to_combo.setCurrentIndex(1 if self.to_combo.currentIndex() == 0 else 0)
        self.check()

    def check(self) -> str:
        """What is wrong with the fields (shown, and OK disabled), or "" when they can be stored."""
        van, naar = self.from_combo.currentData(), self.to_combo.currentData()
        problem = ""
        if van == naar:
            problem = self.tr("Choose two different municipalities.")
        elif van in self.numbers and self.amount.value() > self.numbers[van]:
            problem = self.tr("{name} has {n} places in this version; it cannot give {amount}.").format(
                name=self.from_combo.currentText(), n=format_int(self.numbers[van]), amount=format_int(self.amount.value()))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        return problem

    def accept(self) -> None:
        if not self.check():
            super().accept()

    def value(self) -> tuple[str, str, int, str, str]:
        return (self.from_combo.currentData(), self.to_combo.currentData(), self.amount.value(),
                self.reason_edit.text().strip(), self.date_edit.date().toPython().isoformat())


class BoundsDialog(QDialog):
    """Minimum, maximum and credit (places already realised) for one gemeente; empty = none."""

    def __init__(self, naam: str, minimum: int | None, maximum: int | None, credit: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Bounds for {name}").format(name=naam))
        self.fields = {}
        form = QFormLayout(self)
        for key, label, value in (("minimum", self.tr("Minimum:"), minimum), ("maximum", self.tr("Maximum:"), maximum),
                                  ("verrekening", self.tr("Credit (already realised):"), credit)):
            edit = QLineEdit("" if value is None else str(value), self)
            edit.setPlaceholderText(self.tr("none"))
            self.fields[key] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def texts(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.fields.items()}


class TableDialog(QDialog):
    """A read-only table: version comparison and the change log. With a ``difference_column``
    the differences read "+24" / "−24", the rows that differ are marked (bold, shaded, not only
    by colour) and a switch shows only those."""

    def __init__(self, title: str, headers: list[str], rows: list[list[object]], parent: QWidget | None = None,
                 difference_column: int | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(title)
        self.difference_column = difference_column
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.differing: list[int] = []
        for r, row in enumerate(rows):
            differs = difference_column is not None and row[difference_column] != 0
            if differs:
                self.differing.append(r)
            for c, value in enumerate(row):
                self.table.setItem(r, c, self._item(value, c == difference_column, differs))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        if difference_column is not None:
            self.summary = QLabel(self.tr("%n municipality(ies) differ.", "", len(self.differing)), self)
            self.only_differences = QCheckBox(self.tr("&Only the municipalities that differ"), self)
            self.only_differences.toggled.connect(self._filter)
            layout.addWidget(self.summary)
            layout.addWidget(self.only_differences)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_to_screen(self, 760, 520)

    @staticmethod
    def _item(value: object, signed: bool, differs: bool) -> QTableWidgetItem:
        if isinstance(value, int):
            item = QTableWidgetItem(format_signed(value) if signed else format_int(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            item = QTableWidgetItem(str(value))
        if differs:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setBackground(QBrush(QColor(DIFFERS)))
        return item

    def _filter(self, only: bool) -> None:
        for row in range(self.table.rowCount()):
            self.table.setRowHidden(row, only and row not in self.differing)


class WeightedKeyDialog(QDialog):
    """A weighted mix of indicators, e.g. 90% population + 10% area; weights in whole tenths of
    a percent, exact (stored as fractions), and they must add up to 100%."""

    def __init__(self, indicators: list[str], current: dict[str, str], parent: QWidget | None = None):
        from fractions import Fraction

        from PySide6.QtWidgets import QDoubleSpinBox, QLabel

        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Weighted key"))
        form = QFormLayout(self)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for name in ["inwoners", *indicators]:
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            spin.setValue(float(Fraction(current.get(name, "0")) * 100))
            spin.valueChanged.connect(self._check)
            self.spins[name] = spin
            form.addRow(self.tr("Population") if name == "inwoners" else name, spin)
        self.sum_label = QLabel(self)
        form.addRow(self.sum_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._check()

    def tenths(self) -> dict[str, int]:
        return {name: round(spin.value() * 10) for name, spin in self.spins.items()}

    def _check(self) -> None:
        total = sum(self.tenths().values())
        self.sum_label.setText(self.tr("Sum of the weights: {sum} % (must be 100 %)").format(
            sum=f"{total / 10:.1f}".replace(".", ",")))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(total == 1000)

    def weights(self) -> dict[str, str]:
        """Indicator -> exact weight as a fraction string ("9/10"); zero weights left out."""
        from fractions import Fraction

        return {name: str(Fraction(tenth, 1000)) for name, tenth in self.tenths().items() if tenth}


class OwnGroupingDialog(QDialog):
    """Put the province's gemeenten in groups of the secretariat's own choosing (e.g. the
    sub-regions a PRT works with). Type a group name per gemeente."""

    def __init__(self, gemeenten: list[tuple[str, str]], current: dict[str, str], parent: QWidget | None = None):
        from PySide6.QtWidgets import QLabel

        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Own grouping"))
        self.codes = [code for code, _naam in gemeenten]
        self.table = QTableWidget(len(gemeenten), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Municipality"), self.tr("Group")])
        self.table.verticalHeader().setVisible(False)
        for row, (code, naam) in enumerate(gemeenten):
            item = QTableWidgetItem(f"{naam} ({code})")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(current.get(code, "")))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every municipality needs a group. Groups with the same name form one group."), self))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_to_screen(self, 520, 640)

    def groups(self) -> dict[str, str]:
        return {code: (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip()
                for row, code in enumerate(self.codes)}


class DurableCreditDialog(QDialog):
    """Before "Credit durable places": what it will do, and per municipality the durable places
    that will count (replacing every earlier credit of this version)."""

    def __init__(self, on: str, places: list[tuple[str, int, int | None]], parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Credit durable places"))
        total = sum(number for _naam, number, _earlier in places)
        intro = QLabel(self.tr(
            "Existing locations with more than 100 places that last more than 5 years count as places the "
            "municipality already has (Spreidingswet), as they are in use on {date}. Each municipality's number "
            "is divided again with these places credited; the surplus policy decides what happens when a "
            "municipality already has more than its share. Earlier credits of this version are replaced; the "
            "change can be undone.").format(date=on), self)
        intro.setWordWrap(True)
        summary = QLabel(self.tr("%n municipality(ies) with durable places: {total} places in all.", "",
                                 len(places)).format(total=format_int(total)), self)
        headers = [self.tr("Municipality"), self.tr("Durable places"), self.tr("Credited now")]
        self.table = QTableWidget(len(places), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (naam, number, earlier) in enumerate(places):
            for c, value in enumerate((naam, number, earlier)):
                item = QTableWidgetItem("" if value is None else format_int(value) if isinstance(value, int) else value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setColumnHidden(2, all(earlier is None for _n, _p, earlier in places))  # nothing credited yet
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("&Credit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(places))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 560, 560)
