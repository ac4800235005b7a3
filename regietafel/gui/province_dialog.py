"""The first start asks once for which province the user works; the window opens on it from
then on (Settings changes it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui.screen_fit import fit_on_show
from regietafel.store import areas


class ProvinceDialog(QDialog):
    def __init__(self, provinces: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Welcome to Regietafel"))
        intro = QLabel(self.tr(
            "For which province do you prepare the regietafel? The program opens on it from now on; "
            "you can change it in Edit > Settings and look at every province at any time."), self)
        intro.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.addItems(provinces)
        form = QFormLayout()
        caption = QLabel(self.tr("&Province:"), self)
        caption.setBuddy(self.combo)
        form.addRow(caption, self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)

    def province(self) -> str:
        return self.combo.currentText()


def ask_province_once(settings, store, parent: QWidget | None = None) -> str:
    """The user's province: from the preferences, or asked now (and remembered). Closing the
    question without an answer keeps the first province for now and asks again next time."""
    if settings.province:
        return settings.province
    with store.read() as session:
        names = [row.naam for row in areas.provinces(session)]
    dialog = ProvinceDialog(names, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        settings.province = dialog.province()
    return settings.province
