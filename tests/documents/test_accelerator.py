"""reportlab's optional C accelerator: used where it installed, and documents come out the same
without it (reportlab's Python fallback)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

RENDER = r"""
import sys
if sys.argv[1] == "without":
    sys.modules["_rl_accel"] = None  # as on a machine where the wheel did not install
from reportlab.lib import rl_accel
from regietafel.documents.pdf_charts import trend_chart
from regietafel.documents.pdf_map import map_flowable
from regietafel.documents.pdf_style import make_document, PageInfo
import io
buffer = io.BytesIO()
doc = make_document(buffer, PageInfo(title="t", datum="1-1-2024", concept=False), "t")
doc.build([map_flowable({"GM0599": 40.0, "GM0518": 80.0}, "percentage", provincie="Zuid-Holland"),
           trend_chart(["jan", "feb"], [3, 4], 300)])
print(type(rl_accel.fp_str).__name__, len(buffer.getvalue()) > 1000)
"""


def _render(mode: str) -> str:
    return subprocess.run([sys.executable, "-c", RENDER, mode], capture_output=True, text=True, check=True).stdout


def test_documents_render_without_the_accelerator():
    assert _render("without").split() == ["function", "True"]  # the Python fallback


@pytest.mark.skipif(importlib.util.find_spec("_rl_accel") is None, reason="rl-accel did not install here")
def test_the_accelerator_is_used_where_it_installed():
    assert _render("with").split() == ["builtin_function_or_method", "True"]
