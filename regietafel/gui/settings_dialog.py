"""Edit > Settings: language, default province, supervision thresholds, backups, documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from regietafel.domain.supervision import SupervisionPolicy
from regietafel.gui.file_dialogs import choose_folder, open_file
from regietafel.gui.opgave_tabs import repeat_spin
from regietafel.gui.screen_fit import fit_on_show
from regietafel.gui.settings import AppSettings
from regietafel.store import areas, supervision
from regietafel.store.database import Store
from regietafel.store.settings import (
    MAX_LOGO_BYTES,
    DocumentSettings,
    document_settings,
    save_document_settings,
)
from regietafel.store.worksheet import set_thresholds


class SettingsDialog(QDialog):
    def __init__(self, store: Store, settings: AppSettings, provincie_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Settings"))
        self.store = store
        self.settings = settings
        self.provincie_id = provincie_id
        with store.read() as session:
            provinces = areas.provinces(session)
            rule = supervision.policy(session, provincie_id) if provincie_id else None
            documents = document_settings(session)
        self.logo: bytes | None = documents.logo

        general = self._general_group(provinces, settings)
        supervision_box = self._supervision_group(rule)
        backup = self._backup_group(store, settings)
        document = self._document_group(documents)
        self._set_logo(self.logo)

        self.message = QLabel(self)
        self.message.setStyleSheet("color:#b71c1c;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Two columns: a laptop screen at 125 % is wide but has little height.
        layout = QGridLayout(self)
        layout.addWidget(general, 0, 0)
        layout.addWidget(supervision_box, 1, 0)
        layout.addWidget(backup, 0, 1)
        layout.addWidget(document, 1, 1)
        layout.addWidget(self.message, 2, 0, 1, 2)
        layout.addWidget(buttons, 3, 0, 1, 2)

    def _general_group(self, provinces: list, settings: AppSettings) -> QGroupBox:
        """Language and default province (this computer)."""
        general = QGroupBox(self.tr("General"), self)
        form = QFormLayout(general)
        self.language = QComboBox(general)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form.addRow(self.tr("&Language:"), self.language)
        self.province = QComboBox(general)
        for row in provinces:
            self.province.addItem(row.naam, row.naam)
        self.province.setCurrentIndex(max(self.province.findData(settings.province), 0))
        form.addRow(self.tr("Default &province:"), self.province)
        return general

    def _supervision_group(self, rule: SupervisionPolicy | None) -> QGroupBox:
        """The province's supervision thresholds (stored in the database)."""
        supervision_box = QGroupBox(self.tr("Supervision of housing (this province)"), self)
        form = QFormLayout(supervision_box)
        self.orange = QSpinBox(supervision_box)
        self.red = QSpinBox(supervision_box)
        for spin, value in ((self.orange, rule.oranje if rule else 0), (self.red, rule.rood if rule else 0)):
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(value)
            spin.setEnabled(rule is not None)
        self.repeat = repeat_spin(supervision_box, rule.herhaald if rule else 0)
        self.repeat.setEnabled(rule is not None)
        form.addRow(self.tr("&Orange below:"), self.orange)
        form.addRow(self.tr("&Red below:"), self.red)
        form.addRow(self.tr("Red after, &in a row:"), self.repeat)
        return supervision_box

    def _backup_group(self, store: Store, settings: AppSettings) -> QGroupBox:
        """Where backups go and how many are kept (this computer)."""
        backup = QGroupBox(self.tr("Backups"), self)
        form = QFormLayout(backup)
        self.backup_folder = QLineEdit(settings.backup_folder, backup)
        if store.path is not None:
            self.backup_folder.setPlaceholderText(self.tr("Beside the database: {folder}").format(
                folder=store.path.parent / "backups"))
        browse = QPushButton(self.tr("&Browse…"), backup)
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(self.tr("&Folder:"), backup)
        folder_label.setBuddy(self.backup_folder)
        form.addRow(folder_label, row)
        self.keep = QSpinBox(backup)
        self.keep.setRange(1, 500)
        self.keep.setValue(settings.backup_keep)
        form.addRow(self.tr("&Keep newest:"), self.keep)
        return backup

    def _document_group(self, documents: DocumentSettings) -> QGroupBox:
        """Footer, logo and paper orientation of the documents (stored in the database)."""
        document = QGroupBox(self.tr("Documents"), self)
        form = QFormLayout(document)
        self.footer = QLineEdit(documents.footer, document)
        self.footer.setPlaceholderText(self.tr("e.g. Provincie Zuid-Holland, secretariaat PRT"))
        form.addRow(self.tr("Footer &text:"), self.footer)
        self.logo_preview = QLabel(document)
        self.logo_preview.setMinimumHeight(48)
        choose_logo = QPushButton(self.tr("Choose &logo…"), document)
        choose_logo.clicked.connect(self._choose_logo)
        remove_logo = QPushButton(self.tr("Remove logo"), document)
        remove_logo.clicked.connect(lambda: self._set_logo(None))
        row = QHBoxLayout()
        row.addWidget(self.logo_preview, 1)
        row.addWidget(choose_logo)
        row.addWidget(remove_logo)
        form.addRow(self.tr("Logo:"), row)
        self.orientation = QComboBox(document)
        self.orientation.addItem(self.tr("Portrait"), "staand")
        self.orientation.addItem(self.tr("Landscape"), "liggend")
        self.orientation.setCurrentIndex(max(self.orientation.findData(documents.orientation), 0))
        form.addRow(self.tr("Paper &orientation:"), self.orientation)
        return document

    def _choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder is not None:
            self.backup_folder.setText(str(folder))

    def _choose_logo(self) -> None:
        path = open_file(self, self.tr("Logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path is not None:
            self.load_logo(path)

    def load_logo(self, path: Path) -> bool:
        data = path.read_bytes()
        if len(data) > MAX_LOGO_BYTES:
            self.message.setText(self.tr("{file}: the logo is larger than 2 MB.").format(file=path.name))
            return False
        if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")) or QPixmap().loadFromData(data) is False:
            self.message.setText(self.tr("{file}: not a PNG or JPEG image.").format(file=path.name))
            return False
        self.message.clear()
        self._set_logo(data)
        return True

    def _set_logo(self, data: bytes | None) -> None:
        self.logo = data
        if data:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.logo_preview.setPixmap(pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("(no logo)"))

    def accept(self) -> None:
        if self.red.value() > self.orange.value():
            self.message.setText(self.tr("Red must not be above orange."))
            return
        folder = self.backup_folder.text().strip()
        if folder and not Path(folder).is_dir():
            self.message.setText(self.tr("The backup folder {folder} does not exist.").format(folder=folder))
            return
        if not self.store.read_only:  # a read-only role keeps only this computer's settings
            with self.store.transaction() as session:
                if self.provincie_id:
                    set_thresholds(session, self.provincie_id, self.orange.value(), self.red.value(),
                                   self.repeat.value())
                save_document_settings(session, DocumentSettings(self.footer.text(), self.logo,
                                                                 self.orientation.currentData()))
        self.settings.province = self.province.currentData()
        self.settings.backup_folder = folder
        self.settings.backup_keep = self.keep.value()
        self.settings.apply_backup_settings()
        self.settings.language = self.language.currentData()
        super().accept()
