"""File > Export: the Excel workbook of the province and the uitvraag for gemeenten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from regietafel.fileio import ProtectedFileError, check_target
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
    workbook = QAction(translate("ExportActions", "&Workbook for the municipalities (Excel)…"), window)
    workbook.setShortcut("Ctrl+E")
    workbook.triggered.connect(lambda: export_workbook(window))
    menu.addAction(workbook)
    uitvraag = QAction(translate("ExportActions", "&Request for realisation figures (Excel)…"), window)
    uitvraag.triggered.connect(lambda: export_uitvraag(window))
    menu.addAction(uitvraag)
    return menu


def _file_name(window, suggestion: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(window, translate("ExportActions", "Save as"), str(Path.home() / suggestion),
                                                translate("ExportActions", "Excel workbooks (*.xlsx)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")


def _write(window, title: str, write, path: Path) -> Job | None:
    """Run ``write(temporary_path)`` in the background; the file appears at ``path`` only when it
    is complete and the user did not cancel. Errors in a dialog (a refusal such as "no opgaven"
    as a warning), success in the status bar."""

    def work(progress: Progress) -> Path:
        progress.step(title)
        with file_unless_cancelled(progress, path) as temporary:
            write(temporary)
        return path

    def saved(written: Path) -> None:
        window.statusBar().showMessage(translate("ExportActions", "Saved: {path}").format(path=written), 8000)

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
    return run_job(window, work, title=title, on_done=saved, on_failed=failed,
                   failure_title=translate("ExportActions", "Export failed"))


def export_workbook(window, path: Path | None = None) -> Job | None:
    province, period = window.province_combo.currentText(), window.current_period()
    path = path or _file_name(window, f"Regietafel {province} {period}.xlsx")
    if path is None:
        return None
    from regietafel.exports import write_workbook  # openpyxl: loaded when used

    store, provincie_id = window.store, window.current_province_id()  # read on the GUI thread
    return _write(window, translate("ExportActions", "Writing the workbook…"),
                  lambda target: write_workbook(store, provincie_id, period, target), path)


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
