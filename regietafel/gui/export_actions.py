"""File > Export: the Excel workbook of the province and the uitvraag for gemeenten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from regietafel.fileio import ProtectedFileError
from regietafel.gui.i18n import translate

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


def _write(window, write, path: Path) -> Path | None:
    """Run ``write(path)``; report a file system error in a dialog, success in the status bar."""
    try:
        write(path)
    except ProtectedFileError as error:  # the database itself or one of its files: its own sentence
        QMessageBox.critical(window, translate("ExportActions", "Export failed"), error.strerror)
        return None
    except OSError as error:
        QMessageBox.critical(window, translate("ExportActions", "Export failed"), translate(
            "ExportActions", "{path} could not be written: {reason}").format(path=path, reason=error.strerror or error))
        return None
    except ValueError as error:  # e.g. no opgaven for this province and period
        QMessageBox.warning(window, translate("ExportActions", "Export failed"), str(error))
        return None
    window.statusBar().showMessage(translate("ExportActions", "Saved: {path}").format(path=path), 8000)
    return path


def export_workbook(window, path: Path | None = None) -> Path | None:
    province, period = window.province_combo.currentText(), window.current_period()
    path = path or _file_name(window, f"Regietafel {province} {period}.xlsx")
    if path is None:
        return None
    from regietafel.exports import write_workbook  # openpyxl: loaded when used

    return _write(window, lambda target: write_workbook(window.store, window.current_province_id(), period, target,
                                                        stand_per=window.stand_per()), path)


def export_uitvraag(window, categorie: str | None = None, path: Path | None = None) -> Path | None:
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

    return _write(window, lambda target: write_uitvraag(window.store, window.current_province_id(), period, categorie,
                                                         target), path)
