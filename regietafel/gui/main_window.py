"""The main window: province and period selectors, one tab per opgave, menus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui import shared_database
from regietafel.gui.about_dialog import show_about
from regietafel.gui.export_actions import add_export_menu
from regietafel.gui.import_dialog import add_file_actions
from regietafel.gui.locations_tab import LocationsTab
from regietafel.gui.meetings_tab import MeetingsTab
from regietafel.gui.monitor_tab import MonitorTab
from regietafel.gui.opgave_tabs import AmvTab, HuisvestingTab, OekraineTab, OpgaveTab, OpvangTab
from regietafel.gui.overview_tab import OverviewTab
from regietafel.gui.settings import AppSettings
from regietafel.gui.settings_dialog import SettingsDialog
from regietafel.gui.stand_per import StandPerControl
from regietafel.paths import default_database_path
from regietafel.store import areas
from regietafel.store.database import Store
from regietafel.store.vergaderingen import default_stand_per

TAB_CLASSES = {"opvang": OpvangTab, "huisvesting": HuisvestingTab, "amv": AmvTab, "oekraine": OekraineTab,
               "overzicht": OverviewTab, "locaties": LocationsTab, "monitor": MonitorTab}
REGIO_SOORTEN = ("veiligheidsregio", "arbeidsmarktregio", "corop")


class MainWindow(QMainWindow):
    language_changed = Signal(str)  # the application rebuilds the window in the new language
    def __init__(self, store: Store, settings: AppSettings, parent: QWidget | None = None, load: bool = True):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Regietafel"))

        self.province_combo = QComboBox(self)
        self.province_combo.setAccessibleName(self.tr("Province"))
        self.period_combo = QComboBox(self)
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.stand_per_control = StandPerControl(self)
        self.stand_per_control.changed.connect(self.refresh)
        self._build_toolbar()

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.category_tabs: dict[str, OpgaveTab] = {}
        for (name, tab_class), title in zip(TAB_CLASSES.items(), self._tab_titles(), strict=True):
            tab = tab_class(lambda: self.store, self.undo_stack, lambda: self.settings.regio_soort, self.tabs,
                            stand_per=self.stand_per)
            for panel in tab.panels.values():
                panel.changed.connect(self._mark_others_stale)
            self.category_tabs[name] = tab
            self.tabs.addTab(tab, title)
        self.meetings_tab = MeetingsTab(lambda: self.store, self.tabs, stand_per=self.stand_per_control.chosen)
        self.meetings_tab.changed.connect(self._mark_others_stale)
        self.tabs.addTab(self.meetings_tab, self.tr("Meetings"))
        self.category_tabs["overzicht"].gemeente_selected.connect(self.select_gemeente)
        self.category_tabs["locaties"].changed.connect(self._mark_others_stale)
        self.category_tabs["opvang"].national_map.province_clicked.connect(self.select_province)
        self.access_note = QLabel(self)  # why editing is off (a read-only role on a shared database)
        self.access_note.setWordWrap(True)
        self.access_note.setStyleSheet("background:#fff8e1; padding:4px; border:1px solid #ffcc80;")
        self.access_note.hide()
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(2)
        central_layout.addWidget(self.access_note)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._stale: set[str] = set(TAB_CLASSES)  # tabs load when shown, not all at once
        self.tabs.currentChanged.connect(lambda _index: self._load_current_tab())

        self._build_menus()
        self.database_label = QLabel(self)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Source: CBS"), self))

        geometry = settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        self.province_combo.currentIndexChanged.connect(self._province_changed)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        if load:  # else the caller shows the window first and loads on the next turn of the event loop
            self.load_store()

    # --- construction -------------------------------------------------------------------
    def _tab_titles(self) -> list[str]:
        return [self.tr("Reception"), self.tr("Housing"), self.tr("Unaccompanied minors"), self.tr("Ukraine"),
                self.tr("Overview"), self.tr("Locations"), self.tr("Monitor")]

    def _regio_title(self, soort: str) -> str:
        return {
            "veiligheidsregio": self.tr("Safety region"),
            "arbeidsmarktregio": self.tr("Labour market region"),
            "corop": self.tr("COROP region"),
        }[soort]

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Selection"), self)
        toolbar.setObjectName("selection_toolbar")
        toolbar.setMovable(False)
        province_label = QLabel(self.tr("&Province:"), self)
        province_label.setBuddy(self.province_combo)
        period_label = QLabel(self.tr("P&eriod:"), self)
        period_label.setBuddy(self.period_combo)
        self.province_combo.setMinimumContentsLength(16)
        toolbar.addWidget(province_label)
        toolbar.addWidget(self.province_combo)
        toolbar.addSeparator()
        toolbar.addWidget(period_label)
        toolbar.addWidget(self.period_combo)
        toolbar.addSeparator()
        toolbar.addWidget(self.stand_per_control)
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_database)
        file_menu.addAction(open_action)
        shared_database.add_menu_action(self, file_menu, open_action)
        add_file_actions(self, file_menu)  # Import…, Restore backup…
        add_export_menu(self, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(undo_action)
        edit_menu.addAction(redo_action)
        edit_menu.addSeparator()
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcuts([QKeySequence.StandardKey.Preferences, QKeySequence("Ctrl+,")])
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.edit_settings)
        edit_menu.addAction(settings_action)
        edit_menu.addSeparator()
        find_action = QAction(self.tr("&Find municipality"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_filter)
        edit_menu.addAction(find_action)

        view_menu = bar.addMenu(self.tr("&View"))
        regio_menu = view_menu.addMenu(self.tr("&Region column"))
        self.regio_group = QActionGroup(self)
        for soort in REGIO_SOORTEN:
            action = QAction(self._regio_title(soort), self, checkable=True)
            action.setData(soort)
            action.setChecked(soort == self.settings.regio_soort)
            self.regio_group.addAction(action)
            regio_menu.addAction(action)
        self.regio_group.triggered.connect(self._regio_changed)
        view_menu.addSeparator()
        for number in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(number), self)
            action.setShortcut(QKeySequence(f"Alt+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.tabs.setCurrentIndex(n))
            view_menu.addAction(action)
        full_screen = QAction(self.tr("&Full screen"), self, checkable=True)
        full_screen.setShortcut(QKeySequence.StandardKey.FullScreen)
        full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        view_menu.addAction(full_screen)

        help_menu = bar.addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Regietafel"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(lambda: show_about(self))
        help_menu.addAction(about_action)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.triggered.connect(QApplication.aboutQt)
        help_menu.addAction(about_qt)

    # --- data ---------------------------------------------------------------------------
    def load_store(self) -> None:
        """Fill the selectors from the store and show the remembered province and period."""
        with self.store.read() as session:
            provinces = areas.provinces(session)
            periods = areas.periods(session)
            default_period = areas.default_period(session)
        self.database_label.setText(shared_database.describe(self.store))
        shared_database.apply_access(self)
        shared_database.watch(self)
        for combo in (self.province_combo, self.period_combo):
            combo.blockSignals(True)
            combo.clear()
        for row in provinces:
            self.province_combo.addItem(row.naam, row.id)
        self.period_combo.addItems(periods)
        province_index = self.province_combo.findText(self.settings.province)
        self.province_combo.setCurrentIndex(max(province_index, 0))
        period_index = self.period_combo.findText(self.settings.period)
        if period_index < 0:
            period_index = self.period_combo.findText(default_period or "")
        self.period_combo.setCurrentIndex(period_index if period_index >= 0 else len(periods) - 1)
        for combo in (self.province_combo, self.period_combo):
            combo.blockSignals(False)
        self.refresh()

    def current_province_id(self) -> int | None:
        return self.province_combo.currentData()

    def current_period(self) -> str:
        return self.period_combo.currentText()

    def stand_per(self) -> dt.date:
        """The date every figure in the tabs stands per (the control's choice, else the meeting's date)."""
        return self.stand_per_control.date()

    def refresh(self) -> None:
        """Province, period, stand-per date or store changed: every tab is stale, the visible one reloads now."""
        self._update_meeting_date()
        self._stale = set(self.category_tabs)
        self._load_current_tab()

    def _update_meeting_date(self) -> None:
        provincie_id = self.current_province_id()
        if provincie_id is not None:
            with self.store.read() as session:
                self.stand_per_control.set_meeting_date(default_stand_per(session, provincie_id))

    def _load_current_tab(self) -> None:
        provincie_id = self.current_province_id()
        if provincie_id is None or not self.current_period():
            return
        if self.tabs.currentWidget() is self.meetings_tab:
            self.meetings_tab.set_scope(provincie_id, self.current_period(), self.province_combo.currentText())
            return
        name = next(n for n, tab in self.category_tabs.items() if tab is self.tabs.currentWidget())
        if name in self._stale:
            self._stale.discard(name)
            self.category_tabs[name].set_scope(provincie_id, self.current_period())

    def _mark_others_stale(self) -> None:
        current = self.tabs.currentWidget()
        self._update_meeting_date()  # a meeting (and so the default stand-per date) may have changed
        self._stale |= {name for name, tab in self.category_tabs.items() if tab is not current}

    def select_gemeente(self, code: str) -> None:
        """A gemeente chosen on the map: select its row in the opvang worksheet (and the overview)."""
        opvang = self.category_tabs["opvang"]
        if "opvang" in self._stale and self.current_province_id() is not None:
            self._stale.discard("opvang")
            opvang.set_scope(self.current_province_id(), self.current_period())
        opvang.select_gemeente(code)
        self.category_tabs["overzicht"].select_code(code)

    def select_province(self, naam: str) -> None:
        index = self.province_combo.findText(naam)
        if index >= 0:
            self.province_combo.setCurrentIndex(index)

    # --- slots --------------------------------------------------------------------------
    def _province_changed(self, _index: int) -> None:
        self.settings.province = self.province_combo.currentText()
        self.refresh()

    def _period_changed(self, _index: int) -> None:
        self.settings.period = self.current_period()
        self.refresh()

    def _regio_changed(self, action: QAction) -> None:
        self.settings.regio_soort = action.data()
        self.refresh()

    def _focus_filter(self) -> None:
        tab = self.tabs.currentWidget()
        panel = next((p for p in tab.panels.values() if p.isVisible()), None) if isinstance(tab, OpgaveTab) else None
        if panel is not None:
            panel.table.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            panel.table.filter_edit.selectAll()

    def _choose_database(self) -> None:
        folder = self.store.path.parent if self.store.path is not None else default_database_path().parent
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(folder),
            self.tr("Regietafel databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(Path(path))

    def open_database(self, path) -> bool:
        """Open a file (Path) or a shared database (URL) in place of the current one."""
        if isinstance(path, Path) and path.resolve() == self.store.path:
            return True
        from regietafel.gui.backup_dialog import open_or_offer_restore

        new_store = open_or_offer_restore(path, self)
        if new_store is None:
            return False
        self.store.close()
        self.store = new_store
        self.undo_stack.clear()
        self.load_store()
        return True

    def edit_settings(self) -> None:
        language = self.settings.language
        dialog = SettingsDialog(self.store, self.settings, self.current_province_id(), self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if self.settings.language != language:
            self.language_changed.emit(self.settings.language)
        else:
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        shared_database.stop_watching(self)
        self.settings.geometry = self.saveGeometry()
        super().closeEvent(event)
