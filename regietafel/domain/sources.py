"""Where a number comes from: an estimate or demo figure is marked in its source text.

The demo database and anyone entering a figure that was never published mark its source with
"schatting" (estimate) or "demo"; such figures carry that label wherever they are used (table,
chart, workbook sheet, PDF section), not only on a cover page.
"""

from __future__ import annotations

ESTIMATE_MARKERS = ("schatting", "estimate", "demo")


def is_estimate(bron: str | None) -> bool:
    """True when a source text marks its figure as an estimate or demo data."""
    text = (bron or "").casefold()
    return any(marker in text for marker in ESTIMATE_MARKERS)
