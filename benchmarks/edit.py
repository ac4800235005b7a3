"""Edit latency: type a number in a worksheet cell and press Enter → redistributed, stored and
repainted. Drives the real widgets of the main window (the table's own editor, QTest keys) on the
demo database; each edit is undone afterwards (not timed), so every edit changes the same state.
The time runs from Enter until the window has painted the result and paints no more (the event
loop turns until nothing is painted for a few turns): what Qt paints on its own, a column laid
out on a timer included, and nothing painted only because the benchmark asked for it.

Two cases (issue 16): Zuid-Holland opvang (50 gemeenten) and huisvesting, whose art. 29
distribution runs over all 342 gemeenten of the Netherlands. Prints p50 and p95 in ms;
goals p95 ≤ 50 ms (opvang) and ≤ 100 ms (huisvesting); and the SQL statements one edit sends.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/edit.py [edits]   (default 40)
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, bench_env, demo_database, machine, workdir  # noqa: E402

sys.path.insert(0, str(ROOT))

PROVINCE, PERIOD = "Zuid-Holland", "2023-II"
IDLE_TURNS = 5  # turns of the event loop without a paint: the window shows the result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class StatementCount:
    """Counts the SQL statements the store sends (an engine event)."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.count = 0
        event.listen(engine, "before_cursor_execute", self._sent)

    def _sent(self, *_args) -> None:
        self.count += 1


class PaintWatch:
    """Counts the window's paint events (an application-wide event filter)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        paint = QEvent.Type.Paint

        class Filter(QObject):
            def eventFilter(inner, _watched, event) -> bool:  # noqa: N802, N805 - Qt's name
                if event.type() == paint:
                    self.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        QApplication.instance().installEventFilter(self._filter)


def settle(watch: PaintWatch) -> tuple[float, float]:
    """Turn the event loop until nothing more is painted (IDLE_TURNS turns, a millisecond apart,
    without a paint): the wall and CPU clocks at the end of the last turn that painted. Qt paints
    when the loop turns, and some of it later (a column that appears is laid out on a timer);
    the user sees the result when the last of it is painted."""
    from PySide6.QtWidgets import QApplication

    last, idle = (time.perf_counter(), time.process_time()), 0
    while idle < IDLE_TURNS:
        before = watch.count
        QApplication.processEvents()
        if watch.count != before:
            last, idle = (time.perf_counter(), time.process_time()), 0
        else:
            idle += 1
            time.sleep(0.001)
    return last


def type_into_cell(panel, watch: PaintWatch, code: str, text: str) -> tuple[float, float]:
    """Open the cell's editor as a double-click does, type, press Enter; seconds from Enter
    until the window has painted the result and paints no more: wall time, and the CPU time of
    this process (the work itself, which a busy machine does not inflate)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    view, proxy, model = panel.table.view, panel.table.proxy, panel.model
    index = proxy.mapFromSource(model.index(model.row_of(code), model.column_of("assigned")))
    view.scrollTo(index)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.focusWidget() if isinstance(view.focusWidget(), QLineEdit) else view.findChild(QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    settle(watch)  # the editor as typed is on screen
    start, cpu = time.perf_counter(), time.process_time()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    end, end_cpu = settle(watch)
    return end - start, end_cpu - cpu


def run_case(window, watch: PaintWatch, statements: StatementCount, tab: str, categorie: str,
             edits: int) -> tuple[list[float], list[float], list[int]]:
    from PySide6.QtWidgets import QApplication

    window.tabs.setCurrentWidget(window.category_tabs[tab])
    QApplication.processEvents()
    panel = window.category_tabs[tab].panels[categorie]
    rows = sorted(panel.model.rows(), key=lambda r: -r.assigned)[:10]
    times, cpu_times, counts = [], [], []
    for number in range(edits + 3):
        row = rows[number % len(rows)]
        value = max(row.assigned + (1 + number % 3) * (1 if number % 2 else -1), 0)
        sent = statements.count
        elapsed, cpu = type_into_cell(panel, watch, row.code, str(value))
        sent = statements.count - sent
        assert next(r for r in panel.model.rows() if r.code == row.code).assigned == value, "edit not applied"
        window.undo_stack.undo()  # back to the same state; not timed
        settle(watch)
        if number >= 3:  # the first edits warm caches
            times.append(elapsed * 1000)
            cpu_times.append(cpu * 1000)
            counts.append(sent)
    return times, cpu_times, counts


def main() -> None:
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    folder = workdir()
    os.environ.update(bench_env(folder))
    from regietafel.gui.app import create_application
    from regietafel.gui.i18n import install_translators
    from regietafel.gui.main_window import MainWindow
    from regietafel.gui.settings import AppSettings
    from regietafel.preferences import Preferences
    from regietafel.store.database import open_store

    app = create_application()
    install_translators(app, "nl")
    store = open_store(demo_database(folder))
    settings = AppSettings(Preferences.load(folder / "preferences.json"))
    settings.province, settings.period = PROVINCE, PERIOD
    window = MainWindow(store, settings)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    watch, statements = PaintWatch(), StatementCount(store.engine)
    print(f"edit latency (type a number, Enter → redistributed, stored, repainted), {edits} edits; {machine()}")
    try:
        for label, tab, categorie, goal in (("opvang Zuid-Holland (50 gemeenten)", "opvang", "opvang", 50),
                                            ("huisvesting (art. 29 over 342 gemeenten)", "huisvesting",
                                             "huisvesting", 100)):
            times, cpu, counts = run_case(window, watch, statements, tab, categorie, edits)
            print(f"  {label:<42} wall p50 {statistics.median(times):6.1f} ms   p95 {percentile(times, 0.95):6.1f} ms"
                  f"   (goal p95 ≤ {goal} ms);  CPU p50 {statistics.median(cpu):6.1f} ms   p95 {percentile(cpu, 0.95):6.1f} ms;"
                  f"  {statistics.median(counts):.0f} SQL statements")
    finally:
        window.close()
        store.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
