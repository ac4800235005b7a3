"""Undoable changes to a distribution version (QUndoCommand around the store services).

A command holds the version's settings before and after; redo and undo each write one
snapshot in one transaction, so every step is stored at once and survives a restart, and
each step is recorded in the change log. Each write names the version's change number it
expects: when a colleague changed the version meanwhile, undo or redo is refused
(``on_refused``) instead of overwriting their change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from regietafel.store.database import Store
from regietafel.store.distributions import (
    Computed,
    VerdelingSettings,
    apply_settings,
    change_number,
)
from regietafel.store.errors import StoreError


class ChangeVerdelingCommand(QUndoCommand):
    def __init__(self, store_getter: Callable[[], Store], verdeling_id: int, before: VerdelingSettings,
                 after: VerdelingSettings, text: str, reason: str,
                 on_change: Callable[[int, VerdelingSettings, Computed, int], None],
                 expected: int | None = None, on_refused: Callable[[StoreError], None] | None = None):
        super().__init__(text)
        self.expected = expected  # the version's change number this command's next write expects
        self._on_refused = on_refused
        self._store = store_getter
        self.verdeling_id = verdeling_id
        self.before = before
        self.after = after
        self.reason = reason
        self._on_change = on_change
        self._applied = False

    def apply_first(self) -> None:
        """Apply before pushing, so a refused change raises and never enters the stack."""
        self._write(self.after, self.text())
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo; the change is already stored
            self._applied = False
            return
        self._refusable(self.after, QCoreApplication.translate("Undo", "Redo: {change}").format(change=self.text()))

    def undo(self) -> None:
        self._refusable(self.before, QCoreApplication.translate("Undo", "Undo: {change}").format(change=self.text()))

    def _refusable(self, settings: VerdelingSettings, description: str) -> None:
        """Undo and redo run inside Qt: a refusal is reported, never raised through it."""
        try:
            self._write(settings, description)
        except StoreError as error:
            self.setObsolete(True)
            if self._on_refused is not None:
                self._on_refused(error)

    def _write(self, settings: VerdelingSettings, description: str) -> None:
        with self._store().transaction() as session:
            computed = apply_settings(session, self.verdeling_id, settings, description, self.reason,
                                      expected=self.expected)
            self.expected = change_number(session, self.verdeling_id)
        # The result and the version's new change number: the view need not read or compute them again.
        self._on_change(self.verdeling_id, settings, computed, self.expected)
