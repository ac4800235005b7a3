"""Benchmark the verdeelmotor on the 342 gemeenten (CBS 1-1-2024), total 96.000.

Prints the median time per distribution (ms) per method, with 20 locks and some bounds,
and the unconstrained case side by side with the `apportionment` PyPI package (exact
``fractions=True`` mode) when it is installed.

Run: python benchmarks/distribute.py [runs]
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from regietafel.domain.verdeelmotor import (  # noqa: E402
    DistributionRequest,
    Method,
    UnitConstraint,
    distribute,
)

TOTAL = 96000


def load() -> dict[str, int]:
    with (ROOT / "regietafel" / "resources" / "gemeenten_2024.csv").open(encoding="utf-8") as fh:
        return {r["code"]: int(r["inwoners"]) for r in csv.DictReader(fh)}


def constraints(inwoners: dict[str, int]) -> dict[str, UnitConstraint]:
    codes = sorted(inwoners)
    cons: dict[str, UnitConstraint] = {}
    for i, code in enumerate(codes[::17][:20]):  # 20 locks spread over the list
        cons[code] = UnitConstraint(lock=100 + 25 * i)
    for code in codes[5::23][:12]:
        cons.setdefault(code, UnitConstraint(minimum=300))
    for code in codes[9::29][:10]:
        cons.setdefault(code, UnitConstraint(maximum=150))
    return cons


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    inwoners = load()
    cons = constraints(inwoners)
    print(f"{len(inwoners)} gemeenten, totaal {TOTAL}, {runs} runs, mediaan per verdeling")
    print(f"beperkingen: {sum(c.lock is not None for c in cons.values())} vast, "
          f"{sum(c.minimum is not None for c in cons.values())} minimum, "
          f"{sum(c.maximum is not None for c in cons.values())} maximum")  # fmt: skip
    print(f"{'methode':<14}{'met beperkingen':>18}{'zonder':>12}")
    for method in Method:
        with_c = DistributionRequest(total=TOTAL, keys=inwoners, method=method, constraints=cons)
        plain = DistributionRequest(total=TOTAL, keys=inwoners, method=method)
        a = median_ms(lambda r=with_c: distribute(r), runs)
        b = median_ms(lambda r=plain: distribute(r), runs)
        print(f"{method.value:<14}{a:>15.2f} ms{b:>9.2f} ms")

    try:
        from apportionment import methods as ap
    except ImportError:
        print("apportionment (PyPI) niet geïnstalleerd: geen vergelijking")
        return
    votes = list(inwoners.values())
    codes = list(inwoners)
    print("\napportionment (PyPI) 1.0, zelfde geval zonder beperkingen:")
    exact = median_ms(
        lambda: ap.compute("largest_remainder", votes, TOTAL, fractions=True, parties=codes), runs
    )
    print(f"  largest_remainder, fractions=True (exact): {exact:.2f} ms")
    # Its exact divisor mode builds len(votes) x seats Fractions (342 x 96.000 = 32,8 mln);
    # far too slow and memory-hungry to run here, so its float mode is timed instead.
    for name in ("saintelague", "dhondt"):
        flt = median_ms(
            lambda n=name: ap.compute(n, votes, TOTAL, parties=codes), max(3, runs // 10)
        )
        print(f"  {name}, float-modus (exact modus onhaalbaar: 32,8 mln Fractions): {flt:.2f} ms")
    ours = distribute(DistributionRequest(total=TOTAL, keys=inwoners, method=Method.HAMILTON))
    theirs = ap.compute("largest_remainder", votes, TOTAL, fractions=True, parties=codes)
    same = list(ours.allocations.values()) == [int(x) for x in theirs]
    print(f"  Hamilton-uitkomst gelijk aan apportionment (exact): {same}")
    for name, m in (("saintelague", Method.SAINTE_LAGUE), ("dhondt", Method.DHONDT)):
        ours = distribute(DistributionRequest(total=TOTAL, keys=inwoners, method=m))
        theirs = ap.compute(name, votes, TOTAL, parties=codes)
        same = list(ours.allocations.values()) == [int(x) for x in theirs]
        print(f"  {name}-uitkomst gelijk aan apportionment (float): {same}")


if __name__ == "__main__":
    main()
