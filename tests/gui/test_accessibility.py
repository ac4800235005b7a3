"""Keyboard and screen-reader basics: every input can be reached by keyboard and has a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
)

from regietafel.gui.main_window import MainWindow

INPUTS = (QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)


def named(widget, buddies) -> bool:
    if isinstance(widget, QAbstractButton):
        return bool(widget.text() or widget.accessibleName() or widget.toolTip())
    return bool(widget.accessibleName()) or widget in buddies


def unnamed_inputs(root):
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    problems = []
    for widget in root.findChildren(QAbstractButton) + [w for cls in INPUTS for w in root.findChildren(cls)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # not reachable by keyboard on purpose (totals rows), or part of a compound widget
        if widget.window() is not root:
            continue  # the popup list of a combo box belongs to the combo box
        if not named(widget, buddies):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return problems


def test_every_input_of_every_tab_has_an_accessible_name(qtbot, demo_store, app_settings):
    app_settings.province = "Zuid-Holland"
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    assert unnamed_inputs(window) == []


def test_tabs_are_reachable_by_keyboard(qtbot, demo_store, app_settings):
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    window.show()
    shortcuts = {action.shortcut().toString() for menu in window.menuBar().actions() for action in menu.menu().actions()}
    assert {"Alt+1", "Alt+2", "Alt+3", "Alt+4", "Ctrl+F", "Ctrl+Z", "Ctrl+Y", "Ctrl+O", "Ctrl+Q", "Ctrl+I"} <= shortcuts
