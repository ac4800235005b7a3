"""Drive the main window through every scene on every screen; grab and check each one."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPixmap, QScreen
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tools.fit_check import clipped, window_problems
from tools.screens import Scene, scenes


class Tour:
    def __init__(self, database: Path, language: str, folder: Path, stand_per: dt.date | None = None):
        from regietafel.gui.app import create_application
        from regietafel.gui.i18n import install_translators
        from regietafel.gui.main_window import MainWindow
        from regietafel.gui.settings import AppSettings
        from regietafel.preferences import Preferences
        from regietafel.store.database import open_store

        self.app = create_application()
        self.language = language
        install_translators(self.app, language)
        folder.mkdir(parents=True, exist_ok=True)
        settings = AppSettings(Preferences.load(folder / "preferences.json"))
        settings.province = "Zuid-Holland"
        settings.language = language
        self.store = open_store(database)
        self.window = MainWindow(self.store, settings)
        self.window.show()
        if stand_per:
            self.window.stand_per_control.set_chosen(stand_per)
        QApplication.processEvents()

    def __enter__(self) -> Tour:
        return self

    def __exit__(self, *_exc) -> None:
        self.window.close()
        self.window.store.close()
        self.window.deleteLater()
        QApplication.processEvents()

    def run(self, sizes: list[str], only: list[str] | None, out: Path | None) -> Iterator[str]:
        for scene in scenes(self.window):
            if only and scene.name not in only:
                continue
            scene.prepare()
            for size in sizes:
                # Looked up at each step: a QScreen wrapper does not always outlive a dialog.
                screens = {screen.name(): screen for screen in QGuiApplication.screens()}
                self._to_screen(screens[size])
                label = f"{size} {self.language} {scene.name}"
                for problem in self._visit(scene, screens[size], out and out / f"{size}-{self.language}-{scene.name}.png"):
                    yield f"{label}: {problem}"
            if scene.finish is not None:
                scene.finish()

    def _to_screen(self, screen: QScreen) -> None:
        window = self.window
        window.move(screen.availableGeometry().topLeft())
        window.windowHandle().setScreen(screen)
        window.fit_to_screen()
        QApplication.processEvents()

    def _visit(self, scene: Scene, screen: QScreen, png: Path | None) -> list[str]:
        available = screen.availableGeometry().size()
        if scene.open is None:
            return self._inspect(self.window, available, png)
        found: list[str] = []

        def inspect_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                found.append("no dialog opened")
                return
            QApplication.processEvents()
            found.extend(self._inspect(dialog, available, png))
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

        QTimer.singleShot(0, inspect_dialog)
        opened = scene.open()
        QApplication.processEvents()
        QApplication.processEvents()
        if found == ["no dialog opened"] and isinstance(opened, QWidget) and opened.isVisible():
            found.clear()  # a window beside the main window (the handbook), not a modal dialog
            found.extend(self._inspect(opened, available, png))
            opened.close()
        leftover = QApplication.activeModalWidget()
        if leftover is not None:  # a dialog the scene's action opened after the first one
            found.append(f"a second dialog stayed open: {leftover.windowTitle()}")
            leftover.close()
        return found

    @staticmethod
    def _inspect(widget: QWidget, available: QSize, png: Path | None) -> list[str]:
        problems = window_problems(widget, available) + clipped(widget)
        if png is not None:
            _grab(widget).save(str(png))
        return problems


def _grab(widget: QWidget, limit: float = 5.0) -> QPixmap:
    """The widget as drawn. A PDF view draws its pages in a thread and a grab of the whole
    dialog repaints it blank: wait (at most ``limit`` seconds) until ink shows on the view's own
    picture, and lay that picture over the dialog's."""
    deadline = time.monotonic() + limit
    pages = []
    for view in widget.findChildren(QPdfView):
        area = view.viewport()
        while True:
            page = area.grab()
            if _darkest(page) < 128 or time.monotonic() > deadline:  # darker than the page and its frame
                break
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        pages.append((area.mapTo(widget, area.rect().topLeft()), page))
    picture = widget.grab()
    painter = QPainter(picture)
    for corner, page in pages:
        painter.drawPixmap(corner, page)
    painter.end()
    return picture


def _darkest(picture: QPixmap) -> int:
    """The darkest grey in a picture (its rows without the padding bytes at their ends)."""
    image = picture.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride, width = bytes(image.constBits()), image.bytesPerLine(), image.width()
    return min((min(data[row * stride:row * stride + width]) for row in range(image.height())), default=255)
