"""Preview a generated PDF inside the application, then save or print it.

The PDF is shown with QPdfView (Qt PDF); printing renders every page with QPdfDocument onto the
printer, so what is printed is exactly what was previewed and saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regietafel.fileio import ProtectedFileError, atomic_write
from regietafel.gui.file_dialogs import save_file
from regietafel.gui.screen_fit import fit_on_show, resize_to_screen


class PdfPreviewDialog(QDialog):
    def __init__(self, data: bytes, suggested_name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(title)
        self.data = data
        self.suggested_name = suggested_name
        self.saved_path: Path | None = None
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(self.print_dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        resize_to_screen(self, 820, 900)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save(self, path: Path | None = None) -> Path | None:
        if path is None:
            path = save_file(self, self.tr("Save PDF"), self.suggested_name, self.tr("PDF documents (*.pdf)"), ".pdf")
            if path is None:
                return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            with atomic_write(path) as handle:
                handle.write(self.data)
        except ProtectedFileError as error:  # the database itself or one of its files
            QMessageBox.critical(self, self.tr("Cannot save"), error.strerror)
            return None
        except OSError as error:
            QMessageBox.critical(self, self.tr("Cannot save"), self.tr("{path} cannot be written: {reason}").format(
                path=path, reason=error.strerror or error))
            return None
        self.saved_path = path
        from regietafel.gui.export_actions import confirm_saved

        confirm_saved(self, path)
        return path

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render each page (in the printer's range) at printer resolution, fitted to the paper."""
        first, last = 1, self.page_count()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or last, last)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.critical(self, self.tr("Cannot print"), self.tr("The printer could not be started."))
            return
        try:
            dpi = printer.resolution()
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(number - 1)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(number - 1, size)
                area = painter.viewport()
                scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(QPointF(0, 0), scaled.toSizeF()), image)
        finally:
            painter.end()
