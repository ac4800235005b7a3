"""Slow, obviously-correct reference implementations used to cross-check the engine."""

from __future__ import annotations

from fractions import Fraction


def order_key(keys, u):
    return (-Fraction(keys[u]), u)


def naive_divisor(total, keys, lo, hi, dhondt: bool):
    """Seat-by-seat highest averages with bounds and the documented tie-break."""
    seats = {u: lo.get(u, 0) for u in keys}
    for _ in range(total - sum(seats.values())):
        best = None
        for u in sorted(keys, key=lambda u: order_key(keys, u)):
            k = Fraction(keys[u])
            if k == 0 or (hi.get(u) is not None and seats[u] >= hi[u]):
                continue
            avg = k / (seats[u] + 1 if dhondt else 2 * seats[u] + 1)
            if best is None or avg > best[0]:
                best = (avg, u)
        seats[best[1]] += 1
    return seats


def bounded_quotas(total, keys, lo, hi):
    """Solve sum clamp(lam*k, lo, hi) = total via sorted breakpoints (independent method)."""
    ks = {u: Fraction(keys[u]) for u in keys}
    low = {u: lo.get(u, 0) for u in keys}

    def f(lam):
        s = Fraction(0)
        for u in keys:
            v = max(lam * ks[u], low[u])
            if hi.get(u) is not None:
                v = min(v, hi[u])
            if ks[u] == 0:
                v = low[u]
            s += v
        return s

    points = {Fraction(0)}
    for u in keys:
        if ks[u] > 0:
            points.add(low[u] / ks[u])
            if hi.get(u) is not None:
                points.add(hi[u] / ks[u])
    pts = sorted(points)
    lam = None
    for a, b in zip(pts, pts[1:], strict=False):
        fa, fb = f(a), f(b)
        if fa <= total <= fb:
            lam = a if fb == fa else a + (b - a) * (total - fa) / (fb - fa)
            break
    if lam is None:
        lam = pts[-1]
        # beyond last breakpoint: free units have no upper bound
        free = Fraction(sum((ks[u] for u in keys if ks[u] > 0 and hi.get(u) is None), Fraction(0)))
        if free:
            lam = pts[-1] + (total - f(pts[-1])) / free
    q = {}
    for u in keys:
        v = max(lam * ks[u], low[u]) if ks[u] > 0 else Fraction(low[u])
        if hi.get(u) is not None:
            v = min(v, hi[u])
        q[u] = v
    return q


def naive_hamilton(total, keys, lo, hi):
    q = bounded_quotas(total, keys, lo, hi)
    seats = {u: q[u].numerator // q[u].denominator for u in keys}
    rest = total - sum(seats.values())
    order = sorted(keys, key=lambda u: (-(q[u] - seats[u]), -Fraction(keys[u]), u))
    for u in order[:rest]:
        seats[u] += 1
    return seats
