"""Looking at the versions of a distribution from the worksheet: the full account of the version
shown, two versions compared, the change log, and the dialog that adopts a version in a meeting
(the adoption itself is the panel's, because it ends the undo history)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from regietafel.gui.account_dialog import AccountDialog
from regietafel.gui.formatting import format_date
from regietafel.gui.verdeling_dialogs import AdoptDialog, TableDialog
from regietafel.store import verdelingen, vergaderingen
from regietafel.store.database import Store


class VersionViews(QObject):
    def __init__(self, store: Callable[[], Store], panel):
        super().__init__(panel)
        self.store = store
        self.panel = panel

    def adopt(self) -> None:
        """Ask in which meeting the version is adopted (confirmed, cannot be undone)."""
        panel = self.panel
        if panel.sheet is None or panel.sheet.read_only:
            return
        with self.store().read() as session:
            meetings = [(m.id, m.datum, format_date(m.datum) + (f", {m.plaats}" if m.plaats else ""))
                        for m in reversed(vergaderingen.meetings(session, panel.provincie_id))]
            version = vergaderingen.version_label(panel.sheet.verdeling, panel.periode)
        if not meetings:
            panel.show_message(self.tr("A version is adopted in a meeting: first record the meeting "
                                       "(Meetings tab), then adopt the version in it."))
            return
        dialog = AdoptDialog(version[:1].upper() + version[1:], meetings, panel)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            panel.adopt_version(dialog.meeting_id(), dialog.reason_edit.text().strip())

    def show_full_account(self) -> None:
        if self.panel.sheet is None:
            return
        AccountDialog(self.panel.sheet.computed, self.panel).exec()

    def compare(self) -> None:
        sheet = self.panel.sheet
        if sheet is None or len(sheet.versions) < 2:
            self.panel.show_message(self.tr("There is only one version to look at."))
            return
        other = next(v for v in reversed(sheet.versions) if v.id != sheet.verdeling.id)
        TableDialog(self.tr("Compare versions"), *self.comparison(other.id), parent=self.panel,
                    difference_column=4).exec()

    def comparison(self, other_id: int) -> tuple[list[str], list[list[object]]]:
        sheet, texts = self.panel.sheet, self.panel.texts
        current = sheet.verdeling
        with self.store().read() as session:
            ours = verdelingen.allocations(session, current.id)
            theirs = verdelingen.allocations(session, other_id)
            other = next(v for v in sheet.versions if v.id == other_id)
        headers = [self.tr("CBS code"), self.tr("Municipality"), texts.version_label(other),
                   texts.version_label(current), self.tr("Difference")]
        rows = [[r.code, r.naam, theirs.get(r.code, 0), ours.get(r.code, 0), ours.get(r.code, 0) - theirs.get(r.code, 0)]
                for r in sorted(self.panel.model.rows(), key=lambda r: r.naam)]
        return headers, rows

    def show_log(self) -> None:
        sheet = self.panel.sheet
        if sheet is None:
            return
        with self.store().read() as session:
            entries = []
            for version in sheet.versions:
                for entry in verdelingen.change_log(session, version.id):
                    entries.append([entry.tijdstip.strftime("%d-%m-%Y %H:%M:%S"), version.versie, entry.gebruiker,
                                    entry.omschrijving, entry.reden])
        TableDialog(self.tr("Change log"), [self.tr("Time"), self.tr("Version"), self.tr("By"), self.tr("Change"),
                                            self.tr("Reason")], entries, self.panel).exec()
