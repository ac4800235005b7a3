"""Round numbers for the top of a chart axis, the same in the app's charts and in the PDF."""

from __future__ import annotations

FACTORS = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)


def nice_max(value: float) -> int:
    """The smallest 'round' number ≥ ``value`` (1, 1.2, 1.5, 2, 2.5, … × a power of ten)."""
    if value <= 0:
        return 10
    magnitude = 10 ** (len(str(int(value))) - 1)
    for factor in FACTORS:
        candidate = factor * magnitude
        if candidate == int(candidate) and candidate >= value:  # whole numbers only
            return int(candidate)
    return int(10 * magnitude)


def nice_step(top: int) -> int:
    """A round whole-number step that divides ``top`` into at most six intervals."""
    for exponent in range(0, 12):
        for factor in (1, 2, 2.5, 5):
            step = factor * 10**exponent
            if step == int(step) and top % int(step) == 0 and top / step <= 6:
                return int(step)
    return max(1, top // 5)
