"""Render every tab and dialog at the laptop screen sizes, in Dutch and English, and check that
everything fits: no window larger than the screen, no text wider than its widget.

    .venv/bin/python -m tools.screenshots --out out/     # PNGs at real scale (one process per scale)
    .venv/bin/python -m tools.screenshots --check        # the check only, every size in one process
    .venv/bin/python -m tools.screenshots --out out/ --only opvang --sizes 1366x768 --lang nl

``--stand-per 1-9-2023`` shows every screen as of a chosen date instead of the meeting's date.

Exit code 1 when something does not fit; every problem is one line on stdout. The screens are
offscreen screens of the sizes below (taskbar taken off), side by side; with ``--check`` the
scaled ones are emulated at their logical size, which is what the layout sees.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

TASKBAR = 48  # logical pixels of the Windows taskbar


@dataclass(frozen=True)
class ScreenSize:
    width: int
    height: int
    scale: float

    def logical(self) -> tuple[int, int]:
        """The usable area in logical pixels: what the layout gets."""
        return round(self.width / self.scale), round(self.height / self.scale) - TASKBAR


SIZES = {
    "1366x768": ScreenSize(1366, 768, 1.0),
    "1366x768-125": ScreenSize(1366, 768, 1.25),
    "1280x720": ScreenSize(1280, 720, 1.0),
    "1920x1080-150": ScreenSize(1920, 1080, 1.5),
}
LANGUAGES = ("nl", "en")


def _platform_config(names: list[str], scale: float | None, folder: Path) -> Path:
    """An offscreen platform with one screen per size, side by side. Under QT_SCALE_FACTOR the
    screens are given in physical pixels (Qt divides), otherwise at their logical size."""
    screens, x = [], 0
    for name in names:
        size = SIZES[name]
        width, height = size.logical()
        if scale is not None:
            width, height = round(width * scale), round(height * scale)
        screens.append({"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96})
        x += width
    path = folder / "screens.json"
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return path


def _demo_database(folder: Path) -> Path:
    from regietafel.store.demo import create_demo_database

    path = folder / "demo.sqlite"
    create_demo_database(path)
    return path


def run_worker(args: argparse.Namespace) -> int:
    """Render and check in this process; the screens are set up before Qt starts."""
    folder = Path(tempfile.mkdtemp(prefix="regietafel-screens-"))
    scale = float(os.environ["QT_SCALE_FACTOR"]) if os.environ.get("QT_SCALE_FACTOR") else None
    if scale is None:  # emulated at logical size: two sizes with the same logical size are one
        logical = {}
        for name in args.sizes:
            logical.setdefault(SIZES[name].logical(), name)
        args.sizes = list(logical.values())
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_platform_config(args.sizes, scale, folder)}"
    os.environ.setdefault("XDG_CONFIG_HOME", str(folder / "config"))
    from tools.tour import Tour

    source = args.db or _demo_database(folder)
    problems = 0
    try:
        for language in args.lang:
            database = folder / f"{language}.sqlite"
            shutil.copyfile(source, database)
            with Tour(database, language, folder / language, args.stand_per) as tour:
                for line in tour.run(args.sizes, args.only, args.out):
                    problems += 1
                    print(line, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if problems else 0


def run_per_scale(args: argparse.Namespace) -> int:
    """One child process per scale factor, so the PNGs have the real pixels of that scale."""
    status = 0
    for scale in sorted({SIZES[name].scale for name in args.sizes}):
        names = [name for name in args.sizes if SIZES[name].scale == scale]
        command = [sys.executable, "-m", "tools.screenshots", "--worker", "--sizes", *names, "--lang", *args.lang]
        if args.stand_per:
            command += ["--stand-per", f"{args.stand_per:%d-%m-%Y}"]
        for option, value in (("--out", args.out), ("--db", args.db)):
            if value:
                command += [option, str(value)]
        if args.only:
            command += ["--only", *args.only]
        environment = dict(os.environ, QT_SCALE_FACTOR=str(scale))
        status |= subprocess.run(command, env=environment, cwd=Path(__file__).resolve().parent.parent).returncode
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database to show (default: a fresh demo)")
    parser.add_argument("--out", type=Path, help="folder for the PNG files")
    parser.add_argument("--check", action="store_true", help="check only, all sizes in one process")
    parser.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES))
    parser.add_argument("--lang", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--only", nargs="+", help="scene names (default: all)")
    parser.add_argument("--stand-per", type=lambda text: dt.datetime.strptime(text, "%d-%m-%Y").date(), default=None,
                        help="a chosen stand-per date (d-m-yyyy); default: the meeting's date")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    if args.worker or args.check or not args.out:
        return run_worker(args)
    return run_per_scale(args)


if __name__ == "__main__":
    sys.exit(main())
