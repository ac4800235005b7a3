"""The "stand per" control of the main window: the date every figure is as of.

By default the date of the province's meeting whose documents are made (the newest meeting);
the user may pick another date. Figures dated after it are left out everywhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from regietafel.gui.formatting import format_date

MEETING, CHOSEN = "meeting", "chosen"


class StandPerControl(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._meeting_date = dt.date.today()
        self.mode_combo = QComboBox(self)
        self.mode_combo.setAccessibleName(self.tr("Figures as of"))
        self.mode_combo.addItem("", MEETING)
        self.mode_combo.addItem(self.tr("chosen date"), CHOSEN)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d-M-yyyy")
        self.date_edit.setAccessibleName(self.tr("Date the figures are as of"))
        self.date_edit.hide()
        caption = QLabel(self.tr("&As of:"), self)
        caption.setBuddy(self.mode_combo)
        self.setToolTip(self.tr("Realisation, locations, status and forecasts are shown as of this date; figures "
                                "dated after it are left out. By default the date of the meeting whose documents "
                                "are made."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(caption)
        layout.addWidget(self.mode_combo)
        layout.addWidget(self.date_edit)
        self._show_meeting_date()
        self.mode_combo.activated.connect(self._mode_changed)
        self.date_edit.editingFinished.connect(self.changed)

    def set_meeting_date(self, day: dt.date) -> None:
        """The default: the meeting's date (or today when the province has no meeting)."""
        self._meeting_date = day
        self._show_meeting_date()

    def _show_meeting_date(self) -> None:
        self.mode_combo.setItemText(0, self.tr("meeting date ({date})").format(date=format_date(self._meeting_date)))

    def _mode_changed(self, _index: int) -> None:
        chosen = self.mode_combo.currentData() == CHOSEN
        if chosen:
            day = self._meeting_date
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.setVisible(chosen)
        self.changed.emit()

    def set_chosen(self, day: dt.date | None) -> None:
        """Pick a date (None: back to the meeting's date)."""
        self.mode_combo.setCurrentIndex(1 if day else 0)
        if day:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.setVisible(day is not None)
        self.changed.emit()

    def chosen(self) -> dt.date | None:
        """The date the user picked, or None for the meeting's date."""
        return self.date_edit.date().toPython() if self.mode_combo.currentData() == CHOSEN else None

    def date(self) -> dt.date:
        return self.chosen() or self._meeting_date
