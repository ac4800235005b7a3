"""File > Export: every document of the chosen province and period in one menu (meeting pack,
factsheets, workbook, uitvraag); each save ends with a message that says where the file went,
with a button that opens its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from regietafel.fileio import ProtectedFileError
from regietafel.gui.file_dialogs import save_file
from regietafel.gui.i18n import translate

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


def _write(window, write, path: Path) -> Path | None:
    """Run ``write(path)``; a file system error in a dialog, success in the confirmation."""
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
    confirm_saved(window, path)
    return path


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


def export_meeting_pack(window, path: Path | None = None) -> Path | None:
    province, period = window.province_combo.currentText(), window.current_period()
    path = path or _file_name(window, translate("ExportActions", "Meeting documents PRT {province} {period}.pdf").format(
        province=province, period=period), pdf=True)
    if path is None:
        return None
    from regietafel.exports import write_meeting_pack

    meeting = _meeting_id(window)
    return _write(window, lambda target: write_meeting_pack(window.store, window.current_province_id(), period, target,
                                                            meeting), path)


def export_factsheets(window, path: Path | None = None) -> Path | None:
    province, period = window.province_combo.currentText(), window.current_period()
    path = path or _file_name(window, translate("ExportActions", "Factsheets {province} {period}.pdf").format(
        province=province, period=period), pdf=True)
    if path is None:
        return None
    from regietafel.exports import write_factsheets

    return _write(window, lambda target: write_factsheets(window.store, window.current_province_id(), period, target),
                  path)


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
