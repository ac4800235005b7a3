"""Kill -9 at varied moments (items 3 and 4 of issue 12, and the saved edits): the real program in a
child process, killed while it writes; afterwards every file is the old one or the complete new one,
a new database is absent or whole, and every acknowledged edit is there.

Each test kills ``KILLS`` times (``REGIETAFEL_KILLS`` raises it for a longer run): at moments spread
over the measured length of an undisturbed run, and at the moment the temporary file appears.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import openpyxl

from regietafel.store.database import open_store
from tests import processes
from tests.conftest import _copy_sqlite

KILLS = int(os.environ.get("REGIETAFEL_KILLS", "4"))


def _timed(*args: str) -> float:
    start = time.monotonic()
    finished = processes.cli(*args)
    assert finished.returncode == 0, finished.stderr
    return time.monotonic() - start


def _kill_when(child: subprocess.Popen, moment: float | None, folder: Path, pattern: str) -> bool:
    """Kill ``child`` after ``moment`` seconds, or (None) as soon as a file matching ``pattern``
    appears in ``folder``; True when it was killed before it finished."""
    deadline = time.monotonic() + (moment if moment is not None else 120)
    while child.poll() is None and time.monotonic() < deadline:
        if moment is None and any(folder.glob(pattern)):
            break
        time.sleep(0.005)
    return processes.kill(child)


def _moments(runtime: float) -> list[float | None]:
    spread = [runtime * (i + 1) / (KILLS + 1) for i in range(KILLS - 1)]
    return [*spread, None]


def _title(path: Path) -> str:
    return openpyxl.load_workbook(path, read_only=True)["Overzicht"]["A1"].value


def test_kill_during_xlsx_export_keeps_the_previous_workbook(demo_template, tmp_path):
    db = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    target = tmp_path / "werkmap.xlsx"
    runtime = _timed("export", "--db", str(db), "--province", "Zuid-Holland", "--xlsx", str(target))
    previous = _title(target)
    killed = 0
    for moment in _moments(runtime):
        over_it = processes.start_cli("export", "--db", str(db), "--province", "Zeeland", "--xlsx", str(target))
        killed += _kill_when(over_it, moment, tmp_path, ".werkmap.xlsx.*")
        title = _title(target)  # opens: never truncated
        assert title == previous or "Zeeland" in title
        previous = title
    assert killed >= (KILLS + 1) // 2  # a moment after the end of a faster run kills nothing
    print(f"export --xlsx over a workbook: {killed} kills, every one left a whole workbook")


def test_kill_during_the_creation_of_a_database_never_locks_the_user_out(tmp_path):
    runtime = _timed("demo", "--db", str(tmp_path / "measure.sqlite"))
    killed = 0
    for number, moment in enumerate(_moments(runtime)):
        path = tmp_path / f"nieuw-{number}.sqlite"
        killed += _kill_when(processes.start_cli("demo", "--db", str(path)), moment, tmp_path, f".{path.name}.*")
        assert not path.exists() or path.stat().st_size > 0
        store = open_store(path, create=True)  # the next first start: absent, or whole
        store.close()
    assert killed >= (KILLS + 1) // 2
    print(f"creating a database: {killed} kills, every file absent or whole")


EDIT = """
import datetime as dt, sys
from regietafel.store.database import open_store
from regietafel.store import areas, meetings
store = open_store(sys.argv[1])
with store.transaction() as session:
    meeting = meetings.create_meeting(session, areas.find_province(session, "Utrecht").id, dt.date(2024, 1, 1))
for number in range(100000):
    with store.transaction() as session:
        point = meetings.add_action_point(session, meeting.id, f"actiepunt {number}")
    print(point.id, flush=True)  # acknowledged: committed
"""


def test_no_acknowledged_edit_is_lost_to_a_kill(seeded_template, tmp_path):
    """Killed after 1, 25, 120... acknowledged edits (more with REGIETAFEL_KILLS): all are there."""
    from sqlalchemy import select

    from regietafel.store.models import Actiepunt

    db = _copy_sqlite(seeded_template, tmp_path / "db.sqlite")
    acknowledged: set[int] = set()
    for after in [1, 25, 120] + [7 + 31 * k for k in range(KILLS - 4)]:
        child = subprocess.Popen([sys.executable, "-c", EDIT, str(db)], stdout=subprocess.PIPE, text=True)
        acknowledged |= {int(child.stdout.readline()) for _ in range(after)}
        processes.kill(child)
        store = open_store(db)  # after a kill: opens, checks pass, the lock is free again
        try:
            with store.read() as session:
                saved = set(session.scalars(select(Actiepunt.id)))
        finally:
            store.close()
        assert acknowledged <= saved
    print(f"kills: {max(KILLS - 1, 3)}, acknowledged edits: {len(acknowledged)}, lost: {len(acknowledged - saved)}")
