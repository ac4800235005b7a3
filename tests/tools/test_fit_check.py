"""The fit check finds what a user would not see: each kind of clipping on a small example."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from tools.fit_check import clipped, window_problems


def shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_fitting_widget_has_no_problems(qtbot):
    label = shown(qtbot, QLabel("Overschot niet herverdelen"), 400, 40)
    assert clipped(label) == []


def test_a_squeezed_label_and_button(qtbot):
    parent = shown(qtbot, QWidget(), 400, 200)
    label = QLabel("Doelgroeprestrictie van de locatie", parent)
    label.setGeometry(0, 0, 40, 20)
    button = QPushButton("Volledige verantwoording", parent)
    button.setGeometry(0, 40, 50, 30)
    label.show()
    button.show()
    problems = clipped(parent)
    assert any("Doelgroeprestrictie" in p for p in problems)
    assert any("Volledige verantwoording" in p for p in problems)


def test_every_choice_of_a_combo_must_fit(qtbot):
    parent = shown(qtbot, QWidget(), 400, 60)
    combo = QComboBox(parent)
    combo.addItems(["Eén stap", "Overschot niet herverdelen"])
    combo.setGeometry(0, 0, 110, 26)
    combo.show()
    assert any("Overschot niet herverdelen" in p for p in clipped(parent))


def test_a_header_cut_to_its_first_letters(qtbot):
    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["Gemeente", "Status"])
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    shown(qtbot, view, 300, 200)
    view.setColumnWidth(1, 30)
    assert any("header 'Status'" in p for p in clipped(view))


def test_a_cell_cut_short(qtbot):
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("Capelle aan den IJssel"))
    view = QTableView()
    view.setModel(model)
    shown(qtbot, view, 300, 200)
    view.setColumnWidth(0, 40)
    assert any("Capelle aan den IJssel" in p for p in clipped(view))


def test_a_list_item_cut_short(qtbot):
    items = QListWidget()
    items.addItem("16-10-2023 · Provinciehuis Zuid-Holland (demo)")
    shown(qtbot, items, 90, 200)
    assert any("Provinciehuis" in p for p in clipped(items))


def test_a_pane_showing_less_than_two_rows(qtbot):
    model = QStandardItemModel(5, 1)
    view = QTableView()
    view.setModel(model)
    shown(qtbot, view, 200, view.horizontalHeader().sizeHint().height() + 20)
    assert any("rows" in p for p in clipped(view))


def test_tabs_behind_scroll_arrows(qtbot):
    tabs = QTabWidget()
    for title in ("Opvang", "Huisvesting", "AMV", "Oekraïne", "Overzicht", "Locaties", "Monitor"):
        tabs.addTab(QWidget(), title)
    shown(qtbot, tabs, 150, 100)
    assert any("tab bar" in p for p in clipped(tabs))


def test_a_dialog_taller_than_the_screen(qtbot):
    dialog = QDialog()
    shown(qtbot, dialog, 820, 900)
    problems = window_problems(dialog, QSize(1093, 566))
    assert problems and "larger than the screen" in problems[0]
    assert window_problems(dialog, QSize(1920, 1040)) == []


def test_widgets_laid_over_each_other(qtbot):
    from PySide6.QtWidgets import QVBoxLayout

    parent = QWidget()
    layout = QVBoxLayout(parent)
    first, second = QListWidget(parent), QListWidget(parent)
    layout.addWidget(first)
    layout.addWidget(second)
    shown(qtbot, parent, 200, 300)
    assert clipped(parent) == []
    second.move(second.x(), first.y() + 10)
    assert any("lie over each other" in p for p in clipped(parent))
