"""Build the one-folder program with PyInstaller and smoke-test it.

    .venv/bin/python packaging/build.py            # build + smoke test
    .venv/bin/python packaging/build.py --smoke    # smoke-test an existing dist/regietafel

The smoke test runs the frozen program as a user's script would: --version, `demo` on a
new database, and a headless export where that command exists. It prints the folder size and
the start time of `--version` (median of 5).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "regietafel"
BUILD = ROOT / "build" / "packaging"
sys.path.insert(0, str(ROOT))


def write_resources() -> None:
    """The .ico for Windows and the version resource, both derived, never hand-edited."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    from regietafel import __version__

    BUILD.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    QImage(str(ROOT / "resources" / "icons" / "regietafel.png")).scaled(256, 256).save(str(BUILD / "regietafel.ico"))
    numbers = tuple(int(part) for part in __version__.split(".")[:3]) + (0,)
    (BUILD / "version_info.txt").write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('041304B0', [
      StringStruct('CompanyName', 'Regietafel'),
      StringStruct('FileDescription', 'Regietafel: opvang- en huisvestingsopgaven'),
      StringStruct('FileVersion', '{__version__}'),
      StringStruct('ProductName', 'Regietafel'),
      StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])]
)
""", encoding="utf-8")


def build() -> None:
    write_resources()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(BUILD / "work"),
                    str(ROOT / "packaging" / "regietafel.spec")], check=True, cwd=ROOT)


def program() -> Path:
    name = "regietafel-cli.exe" if sys.platform == "win32" else "regietafel"
    return DIST / name


def run(*args: str, env: dict) -> subprocess.CompletedProcess:
    result = subprocess.run([str(program()), *args], capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"smoke test failed: {' '.join(args)}\n{result.stdout}\n{result.stderr}")
    return result


def smoke() -> None:
    from regietafel import __version__

    work = Path(tempfile.mkdtemp(prefix="regietafel-frozen-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(work / "data"),
           "XDG_CONFIG_HOME": str(work / "config")}
    version = run("--version", env=env).stdout.strip()
    assert version == f"regietafel {__version__}", version
    database = work / "demo.sqlite"
    run("demo", "--db", str(database), env=env)
    out = run("distribute", "--db", str(database), "--province", "Friesland", "--total", "3774", env=env).stdout
    assert out.splitlines()[0] == "code,name,key,quota,result" and len(out.splitlines()) == 19, out
    help_text = run("--help", env=env).stdout
    if " export" in help_text:
        pdf = work / "pack.pdf"
        run("export", "--db", str(database), "--province", "Zuid-Holland", "--pdf", str(pdf), env=env)
        assert pdf.stat().st_size > 10_000
        print(f"frozen export: {pdf.stat().st_size:,} bytes")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        run("--version", env=env)
        times.append(time.perf_counter() - start)
    # Portable mode: a `portable` file beside the program keeps the database in data/ there.
    marker = DIST / "portable"
    marker.write_text("portable\n")
    try:
        # `demo` without --db creates the default database; the CLI never creates one by accident.
        run("demo", env=env)
        assert (DIST / "data" / "regietafel.sqlite").exists(), "portable mode did not use data/ beside the program"
        run("distribute", "--province", "Zeeland", "--total", "13", env=env)
    finally:
        marker.unlink()
        shutil.rmtree(DIST / "data", ignore_errors=True)
    size = sum(p.stat().st_size for p in DIST.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"frozen build: {DIST}  size {size / 2**20:.0f} MiB, "
          f"'--version' median {statistics.median(times) * 1000:.0f} ms; smoke test passed")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true", help="only smoke-test an existing build")
    args = parser.parse_args()
    if not args.smoke:
        build()
    smoke()


if __name__ == "__main__":
    main()
