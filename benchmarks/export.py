"""The documents as whole processes, each beside its peer in the same run (issue 16):

- ``export --pdf``, the Zuid-Holland meeting pack, against LibreOffice converting the same
  province's workbook to PDF (``soffice --headless --convert-to pdf``): time and peak memory;
- ``export --factsheets`` for the 50 gemeenten of Zuid-Holland and for all 342 (``--all-provinces``);
- ``export --xlsx`` against ``regietafel --version`` (the floor: interpreter and argument parsing).

Prints medians; goals: pack ≥ 2× faster than LibreOffice and ≤ 150 MiB, 50 factsheets ≤ 1.0 s,
342 ≤ 5 s, workbook ≤ 0.4 s. LibreOffice absent: its rows are skipped with a message.

Run: python benchmarks/export.py [runs]   (default 5)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    Runs,
    bench_env,
    cli,
    compile_sources,
    demo_database,
    machine,
    measure,
    ratio_line,
    run_process,
    workdir,
)

PROVINCE = "Zuid-Holland"


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    compile_sources()
    folder = workdir()
    try:
        env = bench_env(folder)
        database = str(demo_database(folder))
        out = folder / "out"
        out.mkdir()
        export = ("export", "--db", database, "--province", PROVINCE)
        import importlib.util

        accel = "yes" if importlib.util.find_spec("_rl_accel") else "no (Python fallback)"
        print(f"documents, demo database, {PROVINCE}; {machine()}; reportlab C accelerator: {accel}")

        workbook = out / "zh.xlsx"
        run_process(cli(*export, "--xlsx", str(workbook)), env)
        pack = Runs("export --pdf (meeting pack)")
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("LibreOffice (soffice) is not installed: no comparison with soffice --convert-to pdf")
            measure([pack], [lambda: cli(*export, "--pdf", str(out / "pack.pdf"))], repeat, env)
            print(pack.line("peer: LibreOffice (absent)"))
        else:
            libre = Runs("LibreOffice xlsx -> pdf")
            profile = (folder / "lo-profile").as_uri()
            measure([pack, libre], [
                lambda: cli(*export, "--pdf", str(out / "pack.pdf")),
                lambda: [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                         "--outdir", str(out / "lo"), str(workbook)],
            ], repeat, env)
            print(pack.line())
            print(libre.line())
            print(ratio_line(pack, libre, "≥ 2×"))
            print(f"  peak memory: pack {pack.peak_mib:.0f} MiB, LibreOffice {libre.peak_mib:.0f} MiB "
                  f"(goal ≤ 150 MiB)")

        sheets = Runs(f"export --factsheets ({PROVINCE}, 50)")
        everyone = Runs("export --factsheets (all 342)")
        measure([sheets, everyone], [
            lambda: cli(*export, "--factsheets", str(out / "fs.pdf")),
            lambda: cli("export", "--db", database, "--all-provinces", "--factsheets", str(out / "all.pdf")),
        ], repeat, env)
        print(sheets.line("≤ 1000 ms"))
        print(everyone.line("≤ 5000 ms"))

        book = Runs("export --xlsx (workbook)")
        version = Runs("regietafel --version")
        measure([book, version], [lambda: cli(*export, "--xlsx", str(workbook)), lambda: cli("--version")],
                repeat, env)
        print(book.line("≤ 400 ms"))
        print(version.line())
        print(f"  workbook / --version: {book.median / version.median:.1f}×")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
