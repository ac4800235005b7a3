"""Every screen a user can reach: the tabs (in the states that change their width, such as a
worksheet after an edit or divided via regio's) and every dialog, opened the way a user opens it.

A ``Scene`` puts the main window in a state (``prepare``, once per language) and, for a dialog,
opens it (``open``, once per screen size, so the dialog sizes itself for that screen).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from regietafel.gui import shared_database
from regietafel.gui.export_actions import confirm_saved


@dataclass(frozen=True)
class Scene:
    name: str
    prepare: Callable[[], None]
    open: Callable[[], object] | None = None  # opens a dialog; None: the main window is the screen
    finish: Callable[[], None] | None = None  # undoes what ``prepare`` changed for this scene only


def _panel(window, tab: str, categorie: str | None = None):
    return window.category_tabs[tab].panels[categorie or tab]


def _show_tab(window, name: str, inner: int | None = None) -> Callable[[], None]:
    """A tab; one with inner tabs on the given one (the first, the worksheet, when not given)."""
    def prepare() -> None:
        tab = window.meetings_tab if name == "vergaderingen" else window.category_tabs[name]
        window.tabs.setCurrentWidget(tab)
        if hasattr(tab, "inner"):
            tab.inner.setCurrentIndex(inner or 0)
        QApplication.processEvents()
    return prepare


def _edited(window, tab: str, categorie: str | None = None) -> Callable[[], None]:
    """A lock typed in a cell: the "Previous" column appears beside the others."""
    def prepare() -> None:
        _show_tab(window, tab)()
        panel = _panel(window, tab, categorie)
        row = max(panel.model.rows(), key=lambda r: r.assigned)
        panel.lock(row.code, row.assigned + 7)
        panel.table.view.selectRow(0)
    return prepare


def _two_level(window) -> Callable[[], None]:
    def prepare() -> None:
        _show_tab(window, "opvang")()
        panel = _panel(window, "opvang")
        panel.grouping_combo.setCurrentIndex(panel.grouping_combo.findData("veiligheidsregio"))
        panel._grouping_changed()
        panel.table.view.selectRow(0)
    return prepare


def _scrolled_right(window, name: str, table: Callable[[], object], inner: int | None = None) -> Callable[[], None]:
    def prepare() -> None:
        _show_tab(window, name, inner)()
        view = table().view
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    return prepare


def scenes(window) -> list[Scene]:
    """The tour, in an order where each step leaves what the next one needs."""
    opvang = lambda: _panel(window, "opvang")  # noqa: E731 - short accessors read best here
    huisvesting = lambda: _panel(window, "huisvesting")  # noqa: E731
    meetings = window.meetings_tab
    found = [
        Scene("opvang", _show_tab(window, "opvang", 0)),
        Scene("opvang-national", _show_tab(window, "opvang", 1)),
        Scene("opvang-national-scrolled", _scrolled_right(window, "opvang", lambda: window.category_tabs["opvang"].national.table, 1)),
        Scene("huisvesting", _show_tab(window, "huisvesting")),
        Scene("amv", _show_tab(window, "amv", 0)),
        Scene("amv-nidos", _show_tab(window, "amv", 1)),
        Scene("oekraine", _show_tab(window, "oekraine")),
        Scene("overzicht", _show_tab(window, "overzicht")),
        Scene("overzicht-scrolled", _scrolled_right(window, "overzicht", lambda: window.category_tabs["overzicht"].table)),
        Scene("locaties", _show_tab(window, "locaties")),
        Scene("monitor", _show_tab(window, "monitor")),
        Scene("vergaderingen", _show_tab(window, "vergaderingen")),
        Scene("opvang-edited", _edited(window, "opvang")),
        Scene("opvang-deviation", lambda: (_show_tab(window, "opvang")(), window.deviation_action.setChecked(True)),
              finish=lambda: window.deviation_action.setChecked(False)),
        Scene("huisvesting-edited", _edited(window, "huisvesting")),
        Scene("opvang-two-level", _two_level(window)),
        Scene("read-only", _read_only(window, True), finish=_read_only(window, False)),
        Scene("start-page", lambda: window.show_start_page(True), finish=lambda: window.show_start_page(False)),
        Scene("opvang-empty", _period(window, "2026-II"), finish=_period(window, "2023-II")),
        # Dialogs of the worksheet.
        Scene("dialog-exchange", _show_tab(window, "opvang", 0), lambda: opvang().add_exchange()),
        Scene("dialog-bounds", _show_tab(window, "opvang", 0),
              lambda: opvang()._edit_bounds(opvang().model.rows()[0])),
        Scene("dialog-full-account", _show_tab(window, "opvang", 0), lambda: opvang().show_full_account()),
        Scene("dialog-durable-credit", _show_tab(window, "opvang", 0), lambda: opvang().credit_durable_places()),
        Scene("dialog-change-log", _show_tab(window, "opvang", 0), lambda: opvang().show_log()),
        Scene("dialog-weighted-key", _show_tab(window, "opvang", 0), lambda: _weighted_key(opvang())),
        Scene("dialog-own-grouping", _show_tab(window, "opvang", 0), lambda: opvang().edit_own_grouping()),
        Scene("dialog-adopt", _show_tab(window, "huisvesting"), lambda: huisvesting().adopt()),
        Scene("dialog-thresholds", _show_tab(window, "huisvesting"),
              lambda: window.category_tabs["huisvesting"].edit_thresholds()),
        Scene("huisvesting-adopted", _adopted(window)),
        Scene("dialog-compare", _new_concept(window), lambda: huisvesting().compare()),
        # Dialogs of the other tabs.
        Scene("dialog-location", _show_tab(window, "locaties"), lambda: window.category_tabs["locaties"].add()),
        Scene("dialog-close-location", _select_first(window, "locaties"),
              lambda: window.category_tabs["locaties"].close_selected()),
        Scene("dialog-action-point", _show_tab(window, "vergaderingen"), lambda: meetings._ask_action_point()),
        Scene("dialog-meeting-pack", _show_tab(window, "vergaderingen"), _pack_preview(meetings)),
        # The menus' dialogs.
        Scene("dialog-enter-opgave", _show_tab(window, "opvang", 0), lambda: window.enter_opgave()),
        Scene("dialog-province", _show_tab(window, "opvang", 0), lambda: _province_question(window)),
        Scene("dialog-handbook", _show_tab(window, "opvang", 0), lambda: _handbook(window)),
        Scene("dialog-saved", _show_tab(window, "opvang", 0),
              lambda: confirm_saved(window, Path.home() / "Documenten" / "Regietafel Zuid-Holland 2023-II.xlsx")),
        Scene("dialog-import", _show_tab(window, "opvang", 0), lambda: window.import_action.trigger()),
        Scene("dialog-import-file", _show_tab(window, "opvang", 0), lambda: _import_file(window)),
        Scene("dialog-restore", _show_tab(window, "opvang", 0), lambda: window.restore_action.trigger()),
        Scene("dialog-settings", _show_tab(window, "opvang", 0), lambda: window.edit_settings()),
        Scene("dialog-about", _show_tab(window, "opvang", 0), lambda: _about(window)),
        Scene("dialog-open-database", _show_tab(window, "opvang", 0), lambda: window._choose_database()),
        Scene("dialog-shared-database", _show_tab(window, "opvang", 0),
              lambda: shared_database.choose_shared_database(window)),
    ]
    return found


def _period(window, code: str) -> Callable[[], None]:
    """A period without opgaven shows the empty worksheet with its way to type the opgave."""
    def prepare() -> None:
        _show_tab(window, "opvang", 0)()
        window.period_combo.setCurrentIndex(window.period_combo.findText(code))
        QApplication.processEvents()
    return prepare


def _import_file(window) -> None:
    """The import dialog with a file read: the column choices carry the file's own headers."""
    import tempfile

    from regietafel.gui.import_dialog import ImportDialog

    path = Path(tempfile.mkdtemp()) / "realisatie gemeenten.csv"
    path.write_text("Gemeentecode;Naam van de gemeente;Aantal gehuisveste vergunninghouders;Peildatum\n"
                    "GM0503;Delft;120;1-3-2024\nGM0546;Leiden;98;1-3-2024\nGM9999;Onbekend;5;1-3-2024\n",
                    encoding="utf-8")
    dialog = ImportDialog(window.store, window, window.current_period())
    dialog.set_kind("realisatie")
    dialog.set_file(path)
    dialog.exec()


def _province_question(window) -> None:
    from regietafel.gui.province_dialog import ProvinceDialog

    ProvinceDialog([window.province_combo.itemText(i) for i in range(window.province_combo.count())], window).exec()


def _handbook(window):
    """The handbook at its longest page (the methods and keys)."""
    from regietafel.gui.help_browser import open_handbook

    if getattr(window, "handbook", None) is not None:  # opened on the previous screen: open afresh
        window.handbook.deleteLater()
        window.handbook = None
    return open_handbook(window, "verdelen.html")


def _read_only(window, on: bool) -> Callable[[], None]:
    """A role that may only read a shared database: the note above the tabs, editing off."""
    def prepare() -> None:
        window.store.read_only = on
        shared_database.apply_access(window)
        _show_tab(window, "opvang", 0)()
    return prepare


def _weighted_key(panel) -> None:
    from regietafel.gui.verdeling_dialogs import WeightedKeyDialog

    WeightedKeyDialog(["SES-WOA"], {"inwoners": "9/10", "SES-WOA": "1/10"}, panel).exec()


def _adopted(window) -> Callable[[], None]:
    """An adopted version: read-only, with the banner that says so."""
    def prepare() -> None:
        from regietafel.store import meetings

        _show_tab(window, "huisvesting")()
        panel = _panel(window, "huisvesting")
        if not panel.sheet.read_only:
            with window.store.read() as session:
                meeting = meetings.meetings(session, panel.provincie_id)[-1]
            panel.adopt_version(meeting.id)
        QApplication.processEvents()
    return prepare


def _new_concept(window) -> Callable[[], None]:
    def prepare() -> None:
        _show_tab(window, "huisvesting")()
        panel = _panel(window, "huisvesting")
        if len(panel.sheet.versions) < 2:
            panel.new_concept()
    return prepare


def _select_first(window, name: str) -> Callable[[], None]:
    def prepare() -> None:
        _show_tab(window, name)()
        window.category_tabs[name].table.view.selectRow(0)
    return prepare


def _pack_preview(meetings) -> Callable[[], object]:
    """The meeting pack is made once (seconds of work) and previewed at every size, in the dialog
    the tab shows when its background job is done."""
    made: list[bytes] = []

    def preview() -> object:
        from regietafel.exports import meeting_pack_bytes
        from regietafel.gui.pdf_preview import PdfPreviewDialog

        if not made:
            made.append(meeting_pack_bytes(meetings._store(), meetings.provincie_id, meetings.periode,
                                           meetings.current_meeting_id()))
        return PdfPreviewDialog(made[0], "stukken.pdf", meetings.tr("Meeting pack"), meetings).exec()
    return preview


def _about(window) -> None:
    from regietafel.gui.about_dialog import show_about

    show_about(window)
