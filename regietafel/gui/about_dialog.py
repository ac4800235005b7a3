"""Help > About: version, what the program is for, and the source attribution."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from regietafel import __version__


def show_about(parent: QWidget) -> None:
    title = QCoreApplication.translate("AboutDialog", "About Regietafel")
    text = QCoreApplication.translate(
        "AboutDialog",
        "<h3>Regietafel {version}</h3>"
        "<p>Distribution and monitoring of reception and housing tasks for the "
        "Provinciale Regietafels.</p>"
        "<p>Reference data: municipalities, regions and population on 1 January 2024. "
        "<b>Source: CBS</b> (Statistics Netherlands, CC BY 4.0); boundaries CBS/PDOK.</p>"
        "<p>Works entirely offline.</p>"
    ).format(version=__version__)
    QMessageBox.about(parent, title, text)
