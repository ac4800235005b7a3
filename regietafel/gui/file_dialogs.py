"""Choosing files: every open and save dialog starts in one remembered folder (the last one
used, kept in the preferences), speaks the user's language, and shows its columns whole.

On Windows the system's own dialog appears (in the language of Windows); elsewhere Qt's dialog,
translated by Qt's catalogue (``qtbase_nl``). The main window hands over its preferences with
:func:`remember_in`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QStyle, QTreeView, QWidget

_settings = None  # the AppSettings of the running window


def remember_in(settings) -> None:
    """Remember the last folder in these preferences (``settings.file_folder``)."""
    global _settings
    _settings = settings


def start_folder() -> Path:
    """The remembered folder while it exists, otherwise the user's home folder."""
    folder = Path(_settings.file_folder) if _settings is not None and _settings.file_folder else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def _remember(path: Path) -> None:
    if _settings is not None:
        _settings.file_folder = str(path if path.is_dir() else path.parent)


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """An existing file chosen by the user, or None."""
    dialog = _dialog(parent, title, filters, QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def save_file(parent: QWidget | None, title: str, suggested_name: str, filters: str, suffix: str) -> Path | None:
    """A file name to write to (with ``suffix`` added when the user typed none), or None."""
    dialog = _dialog(parent, title, filters, QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(str(start_folder() / suggested_name))
    path = _run(dialog)
    if path is not None and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    return path


def choose_folder(parent: QWidget | None, title: str, current: str = "") -> Path | None:
    dialog = _dialog(parent, title, "", QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if current and Path(current).is_dir():
        dialog.setDirectory(current)
    return _run(dialog)


def _dialog(parent: QWidget | None, title: str, filters: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start_folder()), filters)
    dialog.setAcceptMode(mode)
    return dialog


def _run(dialog: QFileDialog) -> Path | None:
    QTimer.singleShot(0, lambda: show_whole_columns(dialog))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    _remember(path)
    return path


def show_whole_columns(dialog: QFileDialog) -> None:
    """Qt's own dialog sizes its columns for English titles; "Datum gewijzigd" needs more."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header: QHeaderView = view.header()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) if header.isSortIndicatorShown() else 0
    for section in range(1, header.count()):
        text = str(view.model().headerData(section, header.orientation()) or "")
        needed = header.fontMetrics().horizontalAdvance(text) + 3 * margin + arrow
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)
