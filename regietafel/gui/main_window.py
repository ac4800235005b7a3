"""The main window: province and period selectors, one tab per opgave, menus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui import file_dialogs, shared_database
from regietafel.gui.export_actions import add_export_menu
from regietafel.gui.file_dialogs import open_file
from regietafel.gui.help_browser import HOME, TOPICS, add_help_menu, open_handbook
from regietafel.gui.import_dialog import add_file_actions
from regietafel.gui.locations_tab import LocationsTab
from regietafel.gui.meetings_tab import MeetingsTab
from regietafel.gui.monitor_tab import MonitorTab
from regietafel.gui.opgave_dialog import OpgaveDialog
from regietafel.gui.opgave_tabs import AmvTab, HuisvestingTab, OekraineTab, OpgaveTab, OpvangTab
from regietafel.gui.overview_tab import OverviewTab
from regietafel.gui.screen_fit import place_on_screen
from regietafel.gui.settings import AppSettings
from regietafel.gui.settings_dialog import SettingsDialog
from regietafel.gui.stand_per import StandPerControl
from regietafel.gui.start_page import StartPage, connect_start_page
from regietafel.gui.worksheet_panel import WorksheetPanel
from regietafel.store import areas
from regietafel.store.database import Store
from regietafel.store.meetings import default_stand_per

TAB_CLASSES = {"opvang": OpvangTab, "huisvesting": HuisvestingTab, "amv": AmvTab, "oekraine": OekraineTab,
               "overzicht": OverviewTab, "locaties": LocationsTab, "monitor": MonitorTab}
REGIO_SOORTEN = ("veiligheidsregio", "arbeidsmarktregio", "corop")


class MainWindow(QMainWindow):
    language_changed = Signal(str)  # the application rebuilds the window in the new language
    def __init__(self, store: Store, settings: AppSettings, parent: QWidget | None = None, load: bool = True):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        # One undo history per worksheet (opgave, province, period); Edit > Undo works on the
        # worksheet on screen only, and names what it will undo there.
        self.undo_group = QUndoGroup(self)
        file_dialogs.remember_in(settings)
        self.setWindowTitle(self.tr("Regietafel"))

        self.province_combo = QComboBox(self)
        self.province_combo.setAccessibleName(self.tr("Province"))
        self.period_combo = QComboBox(self)
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.stand_per_control = StandPerControl(self)
        self.stand_per_control.changed.connect(self.refresh)
        self._build_toolbar()

        self._build_tabs()
        self._build_pages()
        connect_start_page(self)
        self._stale: set[str] = set(TAB_CLASSES)  # tabs load when shown, not all at once
        self.tabs.currentChanged.connect(lambda _index: self._load_current_tab())

        self._build_menus()
        self.database_label = QLabel(self)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Source: CBS"), self))

        geometry = settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen()
        self.province_combo.currentIndexChanged.connect(self._province_changed)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        if load:  # else the caller shows the window first and loads on the next turn of the event loop
            self.load_store()

    # --- construction -------------------------------------------------------------------
    def _build_tabs(self) -> None:
        """One tab per opgave (each with its worksheets), the overview, locations, monitor, meetings."""
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.category_tabs: dict[str, OpgaveTab] = {}
        for (name, tab_class), title in zip(TAB_CLASSES.items(), self._tab_titles(), strict=True):
            tab = tab_class(lambda: self.store, self.undo_group, lambda: self.settings.regio_soort, self.tabs,
                            stand_per=self.stand_per)
            if isinstance(inner := getattr(tab, "inner", None), QTabWidget):
                inner.currentChanged.connect(lambda _index: self._activate_undo())
            for panel in tab.panels.values():
                panel.changed.connect(self._mark_other_tabs_stale)
                panel.opgave_wanted.connect(self.enter_opgave)
            self.category_tabs[name] = tab
            self.tabs.addTab(tab, title)
        self.meetings_tab = MeetingsTab(lambda: self.store, self.tabs, stand_per=self.stand_per_control.chosen)
        self.meetings_tab.changed.connect(self._mark_others_stale)
        self.tabs.addTab(self.meetings_tab, self.tr("Meetings"))
        self.category_tabs["overzicht"].gemeente_selected.connect(self.select_gemeente)
        self.category_tabs["locaties"].changed.connect(self._mark_others_stale)
        self.category_tabs["opvang"].national_map.province_clicked.connect(self.select_province)

    def _build_pages(self) -> None:
        """The tabs, or the start page on an empty database; a note above them for a read-only role."""
        self.access_note = QLabel(self)  # why editing is off (a read-only role on a shared database)
        self.access_note.setWordWrap(True)
        self.access_note.setStyleSheet("background:#fff8e1; padding:4px; border:1px solid #ffcc80;")
        self.access_note.hide()
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(2)
        central_layout.addWidget(self.access_note)
        self.start_page = StartPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.start_page)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

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
        """Province and period beside the menus (a row of the laptop's height saved for the
        table); in a toolbar where the menus live outside the window (macOS)."""
        selectors = QWidget(self)
        row = QHBoxLayout(selectors)
        row.setContentsMargins(4, 0, 4, 0)
        province_label = QLabel(self.tr("&Province:"), selectors)
        province_label.setBuddy(self.province_combo)
        period_label = QLabel(self.tr("P&eriod:"), selectors)
        period_label.setBuddy(self.period_combo)
        self.province_combo.setMinimumContentsLength(16)
        for widget in (province_label, self.province_combo, period_label, self.period_combo, self.stand_per_control):
            row.addWidget(widget)
        row.insertSpacing(2, 12)
        row.insertSpacing(5, 12)
        if self.menuBar().isNativeMenuBar():
            toolbar = QToolBar(self.tr("Selection"), self)
            toolbar.setObjectName("selection_toolbar")
            toolbar.setMovable(False)
            toolbar.addWidget(selectors)
            self.addToolBar(toolbar)
        else:
            self.menuBar().setCornerWidget(selectors, Qt.Corner.TopRightCorner)
        self.selectors = selectors

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_database)
        file_menu.addAction(open_action)
        shared_database.add_menu_action(self, file_menu, open_action)
        self.enter_opgave_action = QAction(self.tr("Enter &opgave…"), self)
        self.enter_opgave_action.triggered.connect(lambda: self.enter_opgave())
        file_menu.addAction(self.enter_opgave_action)
        add_file_actions(self, file_menu)  # Import…, Restore backup…
        add_export_menu(self, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._build_edit_menu(bar.addMenu(self.tr("&Edit")))
        self._build_view_menu(bar.addMenu(self.tr("&View")))
        add_help_menu(self, bar.addMenu(self.tr("&Help")))

    def _build_edit_menu(self, edit_menu) -> None:
        """Undo and redo name what they will do in the worksheet on screen (the undo group follows it)."""
        undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.undo_action, self.redo_action = undo_action, redo_action
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

    def _build_view_menu(self, view_menu) -> None:
        regio_menu = view_menu.addMenu(self.tr("&Region column"))
        self.regio_group = QActionGroup(self)
        for soort in REGIO_SOORTEN:
            action = QAction(self._regio_title(soort), self, checkable=True)
            action.setData(soort)
            action.setChecked(soort == self.settings.regio_soort)
            self.regio_group.addAction(action)
            regio_menu.addAction(action)
        self.regio_group.triggered.connect(self._regio_changed)
        deviation = QAction(self.tr("&Difference from the key"), self, checkable=True)
        deviation.setChecked(self.settings.show_deviation)
        deviation.setToolTip(self.tr("In the worksheets, each number's difference from the quota by the key alone."))
        deviation.toggled.connect(self._show_deviation)
        view_menu.addAction(deviation)
        self.deviation_action = deviation
        self._show_deviation(self.settings.show_deviation, store=False)
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

    def fit_to_screen(self) -> None:
        """First start (no remembered place): a size that fits the screen."""
        place_on_screen(self, 1440, 900)

    # --- data ---------------------------------------------------------------------------
    def load_store(self) -> None:
        """Fill the selectors from the store and show the remembered province and period; a
        database without any opgave opens on the start page."""
        with self.store.read() as session:
            provinces = areas.provinces(session)
            periods = areas.periods(session)
            default_period = areas.default_period(session)
            empty = not areas.has_opgaven(session)
        self.show_start_page(empty)
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

    def show_start_page(self, on: bool = True) -> None:
        """The start page with the cycle (Help > Getting started), or the tabs."""
        self.pages.setCurrentWidget(self.start_page if on else self.tabs)

    def show_handbook(self) -> None:
        """F1: the handbook at the subject of what is in view."""
        if self.pages.currentWidget() is self.start_page:
            name = "start"
        elif self.tabs.currentWidget() is self.meetings_tab:
            name = "vergaderingen"
        else:
            name = next((n for n, tab in self.category_tabs.items() if tab is self.tabs.currentWidget()), "")
        open_handbook(self, TOPICS.get(name, HOME))

    def show_tab(self, tab: QWidget) -> None:
        self.show_start_page(False)
        self.tabs.setCurrentWidget(tab)

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
            self._activate_undo()
            return
        name = next(n for n, tab in self.category_tabs.items() if tab is self.tabs.currentWidget())
        if name in self._stale:
            self._stale.discard(name)
            self.category_tabs[name].set_scope(provincie_id, self.current_period())
        self._activate_undo()

    # --- undo: the worksheet on screen's own history -----------------------------------------
    def current_panel(self) -> WorksheetPanel | None:
        """The worksheet on screen (None on a tab or page without one)."""
        tab = self.tabs.currentWidget()
        return tab.current_panel() if isinstance(tab, OpgaveTab) else None

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The undo history Edit > Undo works on now: the worksheet on screen's (None without one)."""
        return self.undo_group.activeStack()

    def _activate_undo(self) -> None:
        panel = self.current_panel()
        if panel is None:
            self.undo_group.setActiveStack(None)
        else:
            panel.activate_undo()

    def clear_undo(self) -> None:
        """Another (or a restored) database: no change of the old one can be undone."""
        for tab in self.category_tabs.values():
            for panel in tab.panels.values():
                panel.clear_undo()

    def _mark_others_stale(self) -> None:
        self._update_meeting_date()  # a meeting (and so the default stand-per date) may have changed
        self._mark_other_tabs_stale()

    def _mark_other_tabs_stale(self) -> None:
        """A worksheet changed (a distribution, never a meeting): the other tabs load again when shown."""
        current = self.tabs.currentWidget()
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

    def _show_deviation(self, on: bool, store: bool = True) -> None:
        for tab in self.category_tabs.values():
            for panel in tab.panels.values():
                panel.show_deviation = on
        if store:
            self.settings.show_deviation = on
            self.refresh()

    def _regio_changed(self, action: QAction) -> None:
        self.settings.regio_soort = action.data()
        self.refresh()

    def current_category(self) -> str:
        """The opgave of the worksheet in view (opvang when none is)."""
        tab = self.tabs.currentWidget()
        panels = getattr(tab, "panels", {})
        visible = [name for name, panel in panels.items() if panel.isVisible()]
        return (visible or list(panels) or ["opvang"])[0]

    def enter_opgave(self, categorie: str | None = None) -> OpgaveDialog:
        """Type an opgave (no file needed); the worksheets take it as their total at once."""
        with self.store.read() as session:
            periods = areas.periods(session)
        dialog = OpgaveDialog(self.store, self.province_combo.currentText(), periods, self.current_period(),
                              categorie or self.current_category(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_store()
            self.statusBar().showMessage(self.tr("Opgave stored: {opgave} {number}.").format(
                opgave=dialog.category_combo.currentText(), number=dialog.amount.text()), 8000)
        return dialog

    def _focus_filter(self) -> None:
        tab = self.tabs.currentWidget()
        panel = next((p for p in tab.panels.values() if p.isVisible()), None) if isinstance(tab, OpgaveTab) else None
        if panel is not None:
            panel.table.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            panel.table.filter_edit.selectAll()

    def _choose_database(self) -> None:
        path = open_file(self, self.tr("Open database"), self.tr("Regietafel databases (*.sqlite *.db);;All files (*)"))
        if path is not None:
            self.open_database(path)

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
        self.clear_undo()
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
