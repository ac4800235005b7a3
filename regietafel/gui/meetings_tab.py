"""The "Meetings" tab: meetings of the chosen province with agenda, decisions (which can adopt
a concept distribution version) and action points; the meeting pack and factsheets as PDF.

Layout only: every change is one call to ``store.meetings`` in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regietafel.domain.formatting import format_date
from regietafel.gui.flow_layout import FlowLayout
from regietafel.gui.jobs import Job, Progress, run_job
from regietafel.gui.screen_fit import fit_on_show
from regietafel.store import meetings
from regietafel.store.database import Store

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_LIST_WIDTH = 360  # pixels the list of meetings may claim before its texts are cut


class ActionPointDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Action point"))
        self.description = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.has_deadline = QCheckBox(self.tr("Deadline:"), self)
        self.deadline = QDateEdit(QDate.currentDate().addDays(28), self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("d-M-yyyy")
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        form = QFormLayout(self)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.has_deadline, self.deadline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, dt.date | None]:
        return (self.description.text(), self.owner.text(),
                self.deadline.date().toPython() if self.has_deadline.isChecked() else None)


class MeetingsTab(QWidget):
    changed = Signal()  # a meeting or a decision changed: the worksheets (and the default stand-per date) follow

    def __init__(self, store: Callable[[], Store], parent: QWidget | None = None,
                 stand_per: Callable[[], dt.date | None] | None = None):
        super().__init__(parent)
        self._store = store
        self._stand_per = stand_per or (lambda: None)  # None: the documents stand per the meeting's date
        self.provincie_id: int | None = None
        self.periode: str | None = None
        self.province_name = ""

        self.meeting_list = QListWidget(self)
        self.meeting_list.setAccessibleName(self.tr("Meetings"))
        self.meeting_list.currentItemChanged.connect(lambda *_: self._show_meeting())
        self.new_button = QPushButton(self.tr("&New meeting"), self)
        self.new_button.clicked.connect(lambda: self.new_meeting())
        self.delete_button = QPushButton(self.tr("Delete meeting"), self)
        self.delete_button.clicked.connect(self._delete_meeting)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Meetings of the province"), self))
        left_layout.addWidget(self.meeting_list, 1)
        row = QWidget(left)
        buttons = FlowLayout(row)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addWidget(row)

        self.details = self._build_details()
        # On a small screen the details scroll rather than push the window off the screen.
        scroller = QScrollArea(self)
        scroller.setWidget(self.details)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroller)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)

        self.pack_button = QPushButton(self.tr("Meeting &pack (PDF)…"), self)
        self.pack_button.clicked.connect(self.preview_pack)
        self.factsheets_button = QPushButton(self.tr("&Factsheets (PDF)…"), self)
        self.factsheets_button.clicked.connect(self.preview_factsheets)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.pack_button)
        bottom.addWidget(self.factsheets_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_enabled()

    def _build_details(self) -> QWidget:
        box = QWidget(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d-M-yyyy")
        self.place_edit = QLineEdit(self)
        self.attendees_edit = QPlainTextEdit(self)
        self.attendees_edit.setMaximumHeight(60)
        self.save_details_button = QPushButton(self.tr("Save &details"), self)
        self.save_details_button.clicked.connect(self.save_details)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("P&lace:"), self.place_edit)
        form.addRow(self.tr("&Attendees:"), self.attendees_edit)
        form.addRow("", self.save_details_button)

        self.agenda_list = QListWidget(self)
        self.agenda_list.setAccessibleName(self.tr("Agenda"))
        agenda_buttons = self._buttons([
            (self.tr("Add…"), self._add_agenda_item), (self.tr("Edit…"), self._edit_agenda_item),
            (self.tr("Remove"), self._remove_agenda_item), (self.tr("Up"), lambda: self._move_agenda_item(-1)),
            (self.tr("Down"), lambda: self._move_agenda_item(1)),
        ])
        agenda_box = self._group(self.tr("Agenda"), self.agenda_list, agenda_buttons)

        self.decision_list = QListWidget(self)
        self.decision_list.setAccessibleName(self.tr("Decisions"))
        self.decision_list.setWordWrap(True)
        self.adopt_button = QPushButton(self.tr("Adopt version…"), self)
        self.adopt_button.clicked.connect(self._adopt_version)
        decision_buttons = self._buttons([(self.tr("Add…"), self._add_decision), (self.tr("Remove"), self._remove_decision)])
        decision_buttons.insertWidget(1, self.adopt_button)
        decision_box = self._group(self.tr("Decisions"), self.decision_list, decision_buttons)

        action_box = self._action_points_box()

        right = QSplitter(Qt.Orientation.Vertical, box)
        top = QWidget(box)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        form_widget = QWidget(top)
        form_widget.setLayout(form)
        top_layout.addWidget(form_widget, 2)
        top_layout.addWidget(agenda_box, 3)
        right.addWidget(top)
        right.addWidget(decision_box)
        right.addWidget(action_box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(right)
        return box

    def _action_points_box(self) -> QGroupBox:
        """The meeting's action points, with those still open from earlier meetings."""
        self.action_table = QTableWidget(0, 4, self)
        self.action_table.setAccessibleName(self.tr("Action points"))
        self.action_table.setHorizontalHeaderLabels([self.tr("Action point"), self.tr("Owner"), self.tr("Deadline"),
                                                     self.tr("Status")])
        self.action_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.action_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.action_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.action_table.verticalHeader().hide()
        action_buttons = self._buttons([(self.tr("Add…"), self._add_action_point),
                                        (self.tr("Done / open"), self._toggle_action_point),
                                        (self.tr("Remove"), self._remove_action_point)])
        return self._group(self.tr("Action points (open points of earlier meetings are marked ↻)"),
                           self.action_table, action_buttons)

    def _buttons(self, specs) -> FlowLayout:
        """A row of buttons that wraps when the pane is narrow."""
        row = FlowLayout(QWidget(self))
        for title, slot in specs:
            button = QPushButton(title, self)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
        return row

    def _group(self, title: str, widget: QWidget, buttons: FlowLayout) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(widget, 1)
        layout.addWidget(buttons.parentWidget())
        return box

    # --- scope and loading --------------------------------------------------------------
    def set_scope(self, provincie_id: int, periode: str, province_name: str = "") -> None:
        self.provincie_id, self.periode, self.province_name = provincie_id, periode, province_name
        self.reload()

    def current_meeting_id(self) -> int | None:
        item = self.meeting_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def reload(self, select: int | None = None) -> None:
        select = select if select is not None else self.current_meeting_id()
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        if self.provincie_id is not None:
            with self._store().read() as session:
                found = meetings.meetings(session, self.provincie_id)
            for meeting in reversed(found):  # newest first
                label = format_date(meeting.datum) + (f" · {meeting.plaats}" if meeting.plaats else "")
                item = QListWidgetItem(label)
                item.setData(ID_ROLE, meeting.id)
                self.meeting_list.addItem(item)
                if meeting.id == select:
                    self.meeting_list.setCurrentItem(item)
            if self.meeting_list.currentItem() is None and self.meeting_list.count():
                self.meeting_list.setCurrentRow(0)
        self.meeting_list.blockSignals(False)
        # Wide enough for its dates and places (the splitter gives the rest to the details).
        needed = self.meeting_list.sizeHintForColumn(0) + 2 * self.meeting_list.frameWidth() + \
            self.meeting_list.verticalScrollBar().sizeHint().width()
        self.meeting_list.setMinimumWidth(min(max(needed, 160), MAX_LIST_WIDTH))
        self._show_meeting()

    def _show_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        self.agenda_list.clear()
        self.decision_list.clear()
        self.action_table.setRowCount(0)
        if meeting_id is None:
            self.place_edit.clear()
            self.attendees_edit.clear()
            self._update_enabled()
            return
        with self._store().read() as session:
            meeting = meetings.get_meeting(session, meeting_id)
            agenda = meetings.agenda(session, meeting_id)
            decisions = meetings.decisions(session, meeting_id)
            own = meetings.action_points(session, meeting_id)
            carried = meetings.carried_action_points(session, meeting)
            meeting_dates = {m.id: m.datum for m in meetings.meetings(session, meeting.provincie_id)}
        self.date_edit.setDate(QDate(meeting.datum.year, meeting.datum.month, meeting.datum.day))
        self.place_edit.setText(meeting.plaats)
        self.attendees_edit.setPlainText(meeting.aanwezigen)
        for item in agenda:
            entry = QListWidgetItem(f"{item.volgorde}. {item.titel}")
            entry.setData(ID_ROLE, item.id)
            entry.setToolTip(item.toelichting)
            self.agenda_list.addItem(entry)
        for decision in decisions:
            marker = " ✔" if decision.verdeling_id else ""
            entry = QListWidgetItem(f"{decision.volgorde}. {decision.tekst}{marker}")
            entry.setData(ID_ROLE, decision.id)
            self.decision_list.addItem(entry)
        for point, is_carried in [(p, True) for p in carried] + [(p, False) for p in own]:
            row = self.action_table.rowCount()
            self.action_table.insertRow(row)
            prefix = self.tr("↻ {date}: ").format(date=format_date(meeting_dates[point.vergadering_id])) if is_carried else ""
            values = [prefix + point.omschrijving, point.eigenaar, format_date(point.deadline) if point.deadline else "",
                      self._status_title(point.status)]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, point.id)
                self.action_table.setItem(row, column, cell)
        self._update_enabled()

    def _status_title(self, status: str) -> str:
        return self.tr("open") if status == "open" else self.tr("done")

    def _update_enabled(self) -> None:
        has_scope = self.provincie_id is not None and bool(self.periode)
        has_meeting = self.current_meeting_id() is not None
        writable = not self._store().read_only  # a read-only role: documents yes, changes no
        self.new_button.setEnabled(has_scope and writable)
        self.delete_button.setEnabled(has_meeting and writable)
        self.details.setEnabled(has_meeting)
        self.pack_button.setEnabled(has_scope)
        self.factsheets_button.setEnabled(has_scope)

    # --- changes ------------------------------------------------------------------------
    def _run(self, change) -> object | None:
        """One change in one transaction; a refusal is shown, nothing is written."""
        try:
            with self._store().transaction() as session:
                return change(session)
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Not possible"), str(error))
            return None

    def new_meeting(self, datum: dt.date | None = None) -> int | None:
        if self.provincie_id is None:
            return None
        datum = datum or dt.date.today()
        meeting = self._run(lambda s: meetings.create_meeting(s, self.provincie_id, datum))
        if meeting is None:
            return None
        self.reload(select=meeting.id)
        self.changed.emit()
        return meeting.id

    def _delete_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete meeting"),
                                      self.tr("Delete this meeting with its agenda, decisions and action points?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda s: meetings.delete_meeting(s, meeting_id))
            self.reload()
            self.changed.emit()

    def save_details(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        datum = self.date_edit.date().toPython()
        self._run(lambda s: meetings.update_meeting(
            s, meeting_id, datum=datum, plaats=self.place_edit.text().strip(),
            aanwezigen=self.attendees_edit.toPlainText().strip()))
        self.reload(select=meeting_id)
        self.changed.emit()

    def _selected_id(self, widget: QListWidget) -> int | None:
        item = widget.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok and value.strip() else None

    def _add_agenda_item(self) -> None:
        meeting_id = self.current_meeting_id()
        title = self._ask_text(self.tr("Agenda item"), self.tr("Title:"))
        if meeting_id is not None and title:
            row = self.agenda_list.currentRow()
            self._run(lambda s: meetings.add_agenda_item(s, meeting_id, title, position=row + 1 if row >= 0 else None))
            self._show_meeting()

    def _edit_agenda_item(self) -> None:
        item_id = self._selected_id(self.agenda_list)
        if item_id is None:
            return
        current = self.agenda_list.currentItem().text().split(". ", 1)[-1]
        title = self._ask_text(self.tr("Agenda item"), self.tr("Title:"), current)
        if title:
            tip = self.agenda_list.currentItem().toolTip()
            self._run(lambda s: meetings.update_agenda_item(s, item_id, title, tip))
            self._show_meeting()

    def _remove_agenda_item(self) -> None:
        item_id = self._selected_id(self.agenda_list)
        if item_id is not None:
            self._run(lambda s: meetings.remove_agenda_item(s, item_id))
            self._show_meeting()

    def _move_agenda_item(self, step: int) -> None:
        item_id = self._selected_id(self.agenda_list)
        if item_id is None:
            return
        row = self.agenda_list.currentRow()
        self._run(lambda s: meetings.move_agenda_item(s, item_id, step))
        self._show_meeting()
        self.agenda_list.setCurrentRow(max(0, min(row + step, self.agenda_list.count() - 1)))

    def _add_decision(self) -> None:
        meeting_id = self.current_meeting_id()
        text = self._ask_text(self.tr("Decision"), self.tr("Decision:"))
        if meeting_id is not None and text:
            self._run(lambda s: meetings.add_decision(s, meeting_id, text))
            self._show_meeting()

    def _remove_decision(self) -> None:
        decision_id = self._selected_id(self.decision_list)
        if decision_id is not None:
            self._run(lambda s: meetings.remove_decision(s, decision_id))
            self._show_meeting()

    def adoptable(self) -> list[tuple[int, str]]:
        """Concept versions of this province and period: (id, label)."""
        if self.provincie_id is None or not self.periode:
            return []
        with self._store().read() as session:
            return meetings.adoptable_version_choices(session, self.provincie_id, self.periode)

    def _choose_version(self, choices: list[tuple[int, str]]) -> int | None:
        labels = [label for _id, label in choices]
        label, ok = QInputDialog.getItem(self, self.tr("Adopt version"),
                                         self.tr("Concept version to adopt in this meeting:"), labels, 0, False)
        return choices[labels.index(label)][0] if ok and label in labels else None

    def _adopt_version(self) -> None:
        choices = self.adoptable()
        if not choices:
            QMessageBox.information(self, self.tr("Adopt version"),
                                    self.tr("There is no concept version of this province and period to adopt."))
            return
        verdeling_id = self._choose_version(choices)
        if verdeling_id is not None and self._confirm_adoption(dict(choices)[verdeling_id]):
            self.adopt_version(verdeling_id)

    def _confirm_adoption(self, label: str) -> bool:
        """Adopting is a formal decision: ask, and say it cannot be undone."""
        answer = QMessageBox.question(
            self, self.tr("Adopt version"),
            self.tr("Adopt {version} in the meeting of {date}? The decision is added to this meeting's list of "
                    "decisions. Adopting cannot be undone.").format(
                version=label, date=format_date(self.date_edit.date().toPython())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def adopt_version(self, verdeling_id: int) -> bool:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return False
        done = self._run(lambda s: meetings.add_decision(s, meeting_id, "", verdeling_id))
        self._show_meeting()
        if done is not None:
            self.changed.emit()
        return done is not None

    def _ask_action_point(self) -> tuple[str, str, dt.date | None] | None:
        dialog = ActionPointDialog(self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _add_action_point(self) -> None:
        meeting_id = self.current_meeting_id()
        values = self._ask_action_point() if meeting_id is not None else None
        if values:
            self._run(lambda s: meetings.add_action_point(s, meeting_id, *values))
            self._show_meeting()

    def _selected_action_id(self) -> int | None:
        row = self.action_table.currentRow()
        item = self.action_table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def _toggle_action_point(self) -> None:
        point_id = self._selected_action_id()
        if point_id is None:
            return
        self._run(lambda s: meetings.toggle_action_point(s, point_id))
        self._show_meeting()

    def _remove_action_point(self) -> None:
        point_id = self._selected_action_id()
        if point_id is not None:
            self._run(lambda s: meetings.remove_action_point(s, point_id))
            self._show_meeting()

    # --- documents ----------------------------------------------------------------------
    def _preview(self, make: Callable[[], bytes], name: str, title: str, busy: str) -> Job:
        """Render in the background (``make`` takes what it needs from this tab first), then show
        the preview; ``self.last_preview`` is the dialog once it is open."""

        def work(progress: Progress) -> bytes:
            progress.step(busy)
            return make()

        def show(data: bytes) -> None:
            from regietafel.gui.pdf_preview import PdfPreviewDialog

            dialog = PdfPreviewDialog(data, name, title, self)
            self.last_preview = dialog
            dialog.open()

        return run_job(self, work, title=busy, on_done=show, failure_title=self.tr("Not possible"))

    def preview_pack(self) -> Job:
        meeting_date = ""
        if (item := self.meeting_list.currentItem()) is not None:
            meeting_date = " " + item.text().split(" · ")[0]
        name = self.tr("Meeting documents PRT {province}{date}.pdf").format(province=self.province_name, date=meeting_date)
        from regietafel.exports import meeting_pack_bytes

        store, provincie_id, periode, meeting = self._store(), self.provincie_id, self.periode, self.current_meeting_id()
        stand_per = self.stand_per_for_documents()
        return self._preview(lambda: meeting_pack_bytes(store, provincie_id, periode, meeting, stand_per=stand_per),
                             name, self.tr("Meeting pack"), self.tr("Drawing the meeting pack…"))

    def preview_factsheets(self) -> Job:
        name = self.tr("Factsheets {province} {period}.pdf").format(province=self.province_name, period=self.periode)
        from regietafel.exports import factsheets_bytes

        store, provincie_id, periode = self._store(), self.provincie_id, self.periode
        stand_per = self.stand_per_for_documents()
        return self._preview(lambda: factsheets_bytes(store, provincie_id, periode, stand_per=stand_per), name,
                             self.tr("Factsheets"), self.tr("Drawing the factsheets…"))

    def stand_per_for_documents(self) -> dt.date | None:
        """The date the user chose in the window, else the selected meeting's date."""
        chosen = self._stand_per()
        if chosen is not None or self.current_meeting_id() is None:
            return chosen
        with self._store().read() as session:
            return meetings.default_stand_per(session, self.provincie_id, self.current_meeting_id())
