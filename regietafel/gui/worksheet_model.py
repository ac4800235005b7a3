"""Table model of a worksheet: one row per gemeente, columns chosen per category.

The assigned column is editable; an edit is not applied here but reported through
``edit_requested`` so the panel can validate it and turn it into an undoable lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QModelRoleDataSpan, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from regietafel.gui.cell_marks import CHANGED, change_icon, lock_icon
from regietafel.gui.filter_table import SORT_ROLE
from regietafel.gui.formatting import (
    MINUS,
    format_fraction,
    format_int,
    format_signed,
    header_lines,
)
from regietafel.gui.worksheet_controller import shows_computed
from regietafel.store.worksheet import WorksheetRow

STATUS_COLOURS = {"groen": "#c8e6c9", "oranje": "#ffe0b2", "rood": "#ffcdd2"}
DIFFERS_COLOUR = "#ffd180"  # an official figure that differs from the computation

# The roles as the plain numbers Qt hands to data(): a painted cell asks for seven of them.
DISPLAY, EDIT, DECORATION, TOOLTIP, FONT, ALIGNMENT, BACKGROUND = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.BackgroundRole))
SORT = int(SORT_ROLE)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CELL_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_UNKNOWN = object()  # a cell's role not asked for since its row changed


@cache
def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


@cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@dataclass(frozen=True)
class Column:
    key: str
    numeric: bool = True
    summed: bool = True


COMMON = [
    Column("code", numeric=False, summed=False),
    Column("naam", numeric=False, summed=False),
    Column("regio", numeric=False, summed=False),
    Column("key"),
    Column("quota"),
    Column("plain_quota"),  # shown while an agreement moves numbers away from the key
    Column("assigned"),
    Column("deviation"),
    Column("computed"),  # the computation beside an official figure (the check)
    Column("amv"),  # of which amv places (part of the opgave, not added)
    Column("previous"),
    Column("minimum", summed=False),
    Column("maximum", summed=False),
    Column("credit"),
    Column("exchanged"),
]
EXTRA = {
    "opvang": [Column("realised"), Column("gap")],
    "huisvesting": [Column("carried"), Column("target"), Column("realised"), Column("gap"),
                    Column("status", numeric=False, summed=False)],
    "amv_coa": [Column("realised"), Column("gap")],
    "amv_nidos": [Column("realised"), Column("gap")],
    "oekraine": [Column("realised"), Column("occupancy"), Column("gap")],
}


class WorksheetModel(QAbstractTableModel):
    edit_requested = Signal(str, str)  # gemeente code, text typed

    def __init__(self, categorie: str, parent: QObject | None = None):
        super().__init__(parent)
        self.categorie = categorie
        self.columns = COMMON + EXTRA[categorie]
        self._rows: list[WorksheetRow] = []
        self._previous: dict[str, int] = {}
        self._occupancy: dict[str, int] = {}
        # Per row, what each (column, role) showed: a repaint asks again for every visible cell.
        self._cells: list[dict[tuple[int, int], object]] = []
        self._flags = [CELL_FLAGS] * len(self.columns)
        self.read_only = False
        self.forecast = False  # the status is a forecast (the half-year has not ended)
        self.show_computed = False  # official figures (or a re-division): the computation beside them

    # --- one name per quantity, as in the documents; what "realised" counts differs per opgave
    # and is said in the header's tooltip ---------------------------------------------------
    def header(self, key: str) -> str:
        assigned = self.tr("Housing task") if self.categorie == "huisvesting" else self.tr("Task")
        amv = self.tr("Of which Nidos (amv)") if self.categorie == "huisvesting" else self.tr("Of which COA amv")
        return {
            "code": self.tr("CBS code"), "naam": self.tr("Municipality"), "regio": self.tr("Region"),
            "key": self.tr("Key"), "quota": self.tr("Quota"), "assigned": assigned,
            "plain_quota": self.tr("Quota by key"), "deviation": self.tr("Difference from key"),
            "previous": self.tr("Previous"), "minimum": self.tr("Min."), "maximum": self.tr("Max."),
            "exchanged": self.tr("Exchanged"), "credit": self.tr("Credited"), "realised": self.tr("Realised"),
            "gap": self.tr("Still to realise"), "carried": self.tr("Carried over"),
            "target": self.tr("Corrected housing task"), "status": self.tr("Status"), "occupancy": self.tr("Occupancy"),
            "computed": self.tr("Computed (check)"), "amv": amv,
        }[key]

    def header_tip(self, key: str) -> str | None:
        if key == "realised":
            return {
                "opvang": self.tr("Realised: the last reported number of reception places in use."),
                "huisvesting": self.tr("Realised: the number of permit holders housed in the half-year."),
                "amv_coa": self.tr("Realised: the last reported number of COA places for minors in use."),
                "amv_nidos": self.tr("Realised: the number of minors housed through Nidos in the half-year."),
                "oekraine": self.tr("Realised: the capacity of the open GOO locations at the end of the period."),
            }[self.categorie]
        if key == "carried":
            return self.tr("Carried over: shortfall (+) or surplus (−) from the previous half-year.")
        if key == "plain_quota":
            return self.tr("The quota by the key alone, before any agreement: a fixed municipality keeps its own here.")
        if key == "deviation":
            return self.tr("The number minus the quota by the key: what all agreements together (fixed numbers, "
                           "bounds, credit, exchanges) and the rounding moved.")
        return None

    def set_rows(self, rows: list[WorksheetRow], previous: dict[str, int], read_only: bool,
                 occupancy: dict[str, int] | None = None, forecast: bool = False) -> None:
        """Show ``rows``. The same gemeenten in the same order (an edit, an undo) only refresh the
        rows that changed (dataChanged): no reset, so the view keeps its editor, selection,
        scroll position, sort and column widths; every row changes when the status becomes a
        forecast or official figures bring the computation beside the numbers. Anything else
        (other gemeenten, a version that may or may not be changed) resets the model."""
        occupancy = occupancy or {}
        show_computed = shows_computed(rows)
        if [r.code for r in rows] != [r.code for r in self._rows] or read_only != self.read_only:
            self.beginResetModel()
            self._rows, self._previous, self._occupancy, self.read_only = rows, previous, occupancy, read_only
            self.forecast, self.show_computed = forecast, show_computed
            self._cells = [{} for _row in rows]
            editable = CELL_FLAGS if read_only else CELL_FLAGS | Qt.ItemFlag.ItemIsEditable
            self._flags = [editable if column.key == "assigned" else CELL_FLAGS for column in self.columns]
            self.endResetModel()
            return
        if (forecast, show_computed) != (self.forecast, self.show_computed):
            changed = list(range(len(rows)))
        else:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True))
                       if old != new or self._previous.get(new.code) != previous.get(new.code)
                       or self._occupancy.get(new.code) != occupancy.get(new.code)]
        # The gemeente itself (code and name, what the table is sorted on by default) stays as
        # it was: outside the change, so the sort proxy keeps its order without re-sorting.
        renamed = any(self._rows[i].naam != rows[i].naam for i in changed)
        first_column = 0 if renamed else self.column_of("naam") + 1
        self._rows, self._previous, self._occupancy = rows, previous, occupancy
        self.forecast, self.show_computed = forecast, show_computed
        for row in changed:
            self._cells[row] = {}
        if changed:
            self.dataChanged.emit(self.index(changed[0], first_column), self.index(changed[-1], len(self.columns) - 1))

    def rows(self) -> list[WorksheetRow]:
        return list(self._rows)

    def row_of(self, code: str) -> int:
        return next(i for i, row in enumerate(self._rows) if row.code == code)

    def column_of(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # The sort proxy asks for the index of every cell it paints, once per role; Qt's own
        # would call rowCount and columnCount (here in Python) each time.
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(self.columns)):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def value(self, row: WorksheetRow, key: str):
        """The number or text of ``key`` (a WorksheetRow field, or previous / occupancy; the
        computation only where it stands beside official figures or a re-division)."""
        if key == "previous":
            return self._previous.get(row.code)
        if key == "occupancy":
            return self._occupancy.get(row.code)
        if key == "computed":
            return row.computed if self.show_computed else None
        return getattr(row, key)

    def display(self, key: str, value) -> str:
        if value is None:
            return ""
        if key in ("quota", "plain_quota"):
            return format_fraction(value, 2)
        if key == "deviation":  # a difference: with its sign, none where it rounds to nothing
            text = format_fraction(abs(value), 2)
            if text == format_fraction(0, 2):
                return text
            return ("+" if value > 0 else MINUS) + text
        if key == "key":
            return format_int(value.numerator) if value.denominator == 1 else format_fraction(value, 4)
        if key == "exchanged":
            return "" if value == 0 else format_signed(value)
        if key == "status":
            return {"groen": self.tr("green"), "oranje": self.tr("orange"), "rood": self.tr("red")}.get(value, value)
        if isinstance(value, int) and value < 0:  # a real minus: "−24", explained in the tooltip
            return MINUS + format_int(-value)
        return format_int(value) if isinstance(value, int) else str(value)

    def tooltip(self, row: WorksheetRow, key: str) -> str | None:
        """What a cell means, in a sentence."""
        if key in ("assigned", "quota", "naam", "computed"):
            if row.lock is not None:
                text = self.tr("{name}: fixed at {n}. Double-click to change it; Delete releases it.").format(
                    name=row.naam, n=format_int(row.lock))
            else:
                text = self.tr("{name}: {n}, computed by the key ({account}). Type a number to fix it.").format(
                    name=row.naam, n=format_int(row.assigned), account=row.account)
            if row.differs:
                text = self.tr("Official figure {official} differs from the computation {computed}.").format(
                    official=format_int(row.official), computed=format_int(row.computed)) + "\n" + text
            return text
        if key == "previous" and self._previous.get(row.code) is not None:
            before = self._previous[row.code]
            return self.tr("Before the last change: {before}; now {now} ({difference}).").format(
                before=format_int(before), now=format_int(row.assigned), difference=format_signed(row.assigned - before))
        if key == "gap" and row.gap is not None:
            if row.gap < 0:
                return self.tr("{n} = surplus: {m} more realised than the task.").format(
                    n=self.display("gap", row.gap), m=format_int(-row.gap))
            return self.tr("{n} still to realise.").format(n=format_int(row.gap))
        if key == "carried" and row.carried:
            if row.carried < 0:
                return self.tr("{n} = surplus from the previous half-year: it lowers this half-year's task.").format(
                    n=self.display("carried", row.carried))
            return self.tr("{n} = shortfall from the previous half-year: it raises this half-year's task.").format(
                n=format_int(row.carried))
        return None
    def status_text(self, row: WorksheetRow) -> str:
        """The status as shown: "orange (forecast)", "red (repeatedly behind)"."""
        notes = [self.tr("repeatedly behind")] if row.repeat else []
        if self.forecast and row.status:
            notes.append(self.tr("forecast"))
        text = self.display("status", row.status)
        return f"{text} ({', '.join(notes)})" if notes and text else text

    def data(self, index: QModelIndex, role: int = DISPLAY):
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int):
        """What cell (row, column) shows in ``role``: worked out once per row and role until the
        row changes (a repaint asks again for every visible cell)."""
        if row < 0:  # not a cell
            return None
        cells = self._cells[row]
        value = cells.get((column, role), _UNKNOWN)
        if value is _UNKNOWN:
            value = cells[column, role] = self._cell(self._rows[row], self.columns[column], role)
        return value

    def fill_cell(self, row: int, column: int, roles: QModelRoleDataSpan) -> None:
        """Answer every role a painted cell asks for (the sort proxy's multiData) at once: what
        cell() answers, without a call into Python per role."""
        cells = self._cells[row]
        for role_data in roles:
            role = role_data.role()
            value = cells.get((column, role), _UNKNOWN)
            if value is _UNKNOWN:
                value = cells[column, role] = self._cell(self._rows[row], self.columns[column], role)
            role_data.setData(value)

    def _cell(self, row: WorksheetRow, column: Column, role: int):
        if role in (DISPLAY, EDIT):
            return self.status_text(row) if column.key == "status" else self.display(column.key, self.value(row, column.key))
        if role == SORT:  # Qt compares plain numbers and text only (floats: ordering only)
            value = self.value(row, column.key)
            return -1 if value is None else float(value) if isinstance(value, Fraction) else value
        if role == ALIGNMENT:
            return RIGHT_ALIGNED if column.numeric else None
        if role == TOOLTIP:
            return self.tooltip(row, column.key)
        if column.key == "assigned":
            return self._assigned_mark(row, role)
        if role == BACKGROUND and column.key == "status" and row.status:
            return _brush(STATUS_COLOURS[row.status])
        if role == BACKGROUND and column.key == "computed" and row.differs:
            return _brush(DIFFERS_COLOUR)  # official figure differs from the computation
        return None

    def _assigned_mark(self, row: WorksheetRow, role: int):
        """The number's marks: bold with a padlock when fixed, an arrow and a colour when the last
        change moved it, a colour where the official figure differs from the computation."""
        before = self._previous.get(row.code, row.assigned)
        if role == FONT:
            return _bold() if row.lock is not None else None
        if role == DECORATION:
            if row.lock is not None:  # a shape, not only a colour: it reads in grey too
                return lock_icon()
            return change_icon(row.assigned > before) if before != row.assigned else None
        if role == BACKGROUND:
            if before != row.assigned:
                return _brush(CHANGED.name())  # changed by the last edit
            return _brush(DIFFERS_COLOUR) if row.differs else None
        return None

    def width_basis(self, key: str) -> tuple[int, bool]:
        """What a column's width depends on: the most digits of its numbers, and (the number
        column) whether any has a mark beside it. While it stays the same the column fits."""
        longest = max((len(str(value)) for row in self._rows if (value := self.value(row, key)) is not None), default=0)
        marked = key == "assigned" and any(
            row.lock is not None or self._previous.get(row.code, row.assigned) != row.assigned for row in self._rows)
        return longest, marked

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return self._flags[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self.edit_requested.emit(self._rows[index.row()].code, str(value))
        return False  # the panel applies it through an undoable command, then reloads

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return header_lines(self.header(self.columns[section].key))
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.header_tip(self.columns[section].key)
        return super().headerData(section, orientation, role)

    def total(self, key: str, rows: list[WorksheetRow]) -> int | None:
        values = [self.value(row, key) for row in rows]
        numbers = [v for v in values if isinstance(v, int)]
        return sum(numbers) if numbers else None
