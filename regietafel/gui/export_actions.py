"""File > Export: every document of the chosen province and period in one menu (meeting pack,
factsheets, workbook, uitvraag); each save ends with a message that says where the file went,
with a button that opens its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from regietafel.fileio import ProtectedFileError, check_target
from regietafel.gui.file_dialogs import save_file
from regietafel.gui.i18n import translate
from regietafel.gui.jobs import Job, Progress, file_unless_cancelled, run_job

UITVRAAG_CATEGORIES = ("huisvesting", "opvang", "amv_coa", "amv_nidos", "oekraine")


def category_label(categorie: str) -> str:
    return {
        "opvang": translate("ExportActions", "Reception"), "huisvesting": translate("ExportActions", "Housing"), "amv_coa": translate("ExportActions", "COA amv places"),
        "amv_nidos": translate("ExportActions", "Nidos places"), "oekraine": translate("ExportActions", "Ukraine"),
    }[categorie]


def add_export_menu(window, file_menu: QMenu) -> QMenu:
    menu = file_menu.addMenu(translate("ExportActions", "&Export"))
    actions = (
        (translate("ExportActions", "&Meeting pack (PDF)…"), "", lambda: export_meeting_pack(window)),
        (translate("ExportActions", "&Factsheets (PDF)…"), "", lambda: export_factsheets(window)),
        (translate("ExportActions", "&Workbook for the municipalities (Excel)…"), "Ctrl+E", lambda: export_workbook(window)),
        (translate("ExportActions", "&Request for realisation figures (Excel)…"), "", lambda: export_uitvraag(window)),
    )
    for text, shortcut, slot in actions:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
    window.export_menu = menu
    return menu


def _file_name(window, suggestion: str, pdf: bool = False) -> Path | None:
    if pdf:
        return save_file(window, translate("ExportActions", "Save as"), suggestion,
                         translate("ExportActions", "PDF documents (*.pdf)"), ".pdf")
    return save_file(window, translate("ExportActions", "Save as"), suggestion,
                     translate("ExportActions", "Excel workbooks (*.xlsx)"), ".xlsx")


def _write(window, title: str, write, path: Path) -> Job | None:
    """Run ``write(temporary_path)`` in the background; the file appears at ``path`` only when it
    is complete and the user did not cancel. Errors in a dialog (a refusal such as "no opgaven"
    as a warning), success in the confirmation."""

    def work(progress: Progress) -> Path:
        progress.step(title)
        with file_unless_cancelled(progress, path) as temporary:
            write(temporary)
        return path

    def failed(error: BaseException) -> bool:
        if isinstance(error, ProtectedFileError):  # the database itself or one of its files: its own sentence
            QMessageBox.critical(window, translate("ExportActions", "Export failed"), error.strerror)
            return True
        if isinstance(error, OSError):
            QMessageBox.critical(window, translate("ExportActions", "Export failed"), translate(
                "ExportActions", "{path} could not be written: {reason}").format(path=path, reason=error.strerror or error))
            return True
        return False

    try:
        check_target(path)  # the open database or one of its files: refused at once, before any work
    except ProtectedFileError as error:
        failed(error)
        return None
    return run_job(window, work, title=title, on_done=lambda written: confirm_saved(window, written),
                   on_failed=failed, failure_title=translate("ExportActions", "Export failed"))


def confirm_saved(parent: QWidget, path: Path) -> QMessageBox:
    """Where the file went, and a button that opens its folder (in the system's file manager)."""
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(translate("ExportActions", "Saved: {path}").format(path=path), 8000)
    box = QMessageBox(QMessageBox.Icon.Information, translate("ExportActions", "Saved"), translate(
        "ExportActions", "{name} is saved in the folder {folder}.").format(name=path.name, folder=path.parent), parent=parent)
    open_button = box.addButton(translate("ExportActions", "&Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    open_button.clicked.connect(lambda: open_folder(path.parent))
    box.open()
    parent.saved_message = box  # kept while it is open (and for tests)
    return box


def open_folder(folder: Path) -> bool:
    """The folder in the system's file manager: a local path, nothing goes online."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _meeting_id(window) -> int | None:
    """The meeting selected in the Meetings tab when it shows this province, else the newest."""
    meetings = window.meetings_tab
    return meetings.current_meeting_id() if meetings.provincie_id == window.current_province_id() else None


def _documents_stand_per(window):
    """As the Meetings tab's previews: the date chosen in the window, else the selected meeting's
    (None: the store's default, the newest meeting's date)."""
    if window.meetings_tab.provincie_id == window.current_province_id():
        return window.meetings_tab.stand_per_for_documents()
    return window.stand_per_control.chosen()


def export_meeting_pack(window, path: Path | None = None) -> Job | None:
    province, period = window.province_combo.currentText(), window.current_period()
    path = path or _file_name(window, translate("ExportActions", "Meeting documents PRT {province} {period}.pdf").format(
        province=province, period=period), pdf=True)
    if path is None:
        return None
    from regietafel.exports import write_meeting_pack

    store, provincie_id, meeting = window.store, window.current_province_id(), _meeting_id(window)  # on the GUI thread
    stand_per = _documents_stand_per(window)
    return _write(window, translate("ExportActions", "Writing the meeting pack…"),
                  lambda target: write_meeting_pack(store, provincie_id, period, target, meeting, stand_per=stand_per),
                  path)


def export_factsheets(window, path: Path | None = None) -> Job | None:
    province, period = window.province_combo.currentText(), window.current_period()
    path = path or _file_name(window, translate("ExportActions", "Factsheets {province} {period}.pdf").format(
        province=province, period=period), pdf=True)
    if path is None:
        return None
    from regietafel.exports import write_factsheets

    store, provincie_id, stand_per = window.store, window.current_province_id(), _documents_stand_per(window)
    return _write(window, translate("ExportActions", "Writing the factsheets…"),
                  lambda target: write_factsheets(store, provincie_id, period, target, stand_per=stand_per), path)


def export_workbook(window, path: Path | None = None) -> Job | None:
    province, period = window.province_combo.currentText(), window.current_period()
    path = path or _file_name(window, f"Regietafel {province} {period}.xlsx")
    if path is None:
        return None
    from regietafel.exports import write_workbook  # openpyxl: loaded when used

    store, provincie_id, stand_per = window.store, window.current_province_id(), window.stand_per()  # GUI thread
    return _write(window, translate("ExportActions", "Writing the workbook…"),
                  lambda target: write_workbook(store, provincie_id, period, target, stand_per=stand_per), path)


def export_uitvraag(window, categorie: str | None = None, path: Path | None = None) -> Job | None:
    if categorie is None:
        labels = [category_label(c) for c in UITVRAAG_CATEGORIES]
        choice, ok = QInputDialog.getItem(window, translate("ExportActions", "Request for realisation figures"), translate("ExportActions", "Opgave:"), labels, 0, False)
        if not ok:
            return None
        categorie = UITVRAAG_CATEGORIES[labels.index(choice)]
    province, period = window.province_combo.currentText(), window.current_period()
    path = path or _file_name(window, translate("ExportActions", "Request {opgave} {province} {period}.xlsx").format(
        opgave=category_label(categorie), province=province, period=period))
    if path is None:
        return None
    from regietafel.exports import write_uitvraag

    store, provincie_id = window.store, window.current_province_id()
    return _write(window, translate("ExportActions", "Writing the request for realisation figures…"),
                  lambda target: write_uitvraag(store, provincie_id, period, categorie, target), path)
