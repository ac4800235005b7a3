"""The documents' canvas draws a string with the very operators reportlab's canvas writes, also
when the same string comes back (its operators are made once per document), in every font,
size and alignment, with characters from several of the embedded font's subsets; while a
document is made, the process's older objects are kept out of garbage collection, and only then."""

from __future__ import annotations

import gc
import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from regietafel.documents.pdf_canvas import NumberedCanvas, sparing_the_collector
from regietafel.documents.pdf_style import FONT, FONT_BOLD, register_fonts

TEXTS = ["Fryslân", "19.097", "'s-Gravenhage", "Oekraïne – ≥ 75 %", "", "(haakjes) \\ en ¼", "Fryslân"]


def _draw(canvas: Canvas) -> list[str]:
    for font, size in ((FONT, 7.5), (FONT_BOLD, 9), (FONT, 7.5), ("Helvetica", 8)):
        canvas.setFont(font, size)
        for number, text in enumerate(TEXTS):
            canvas.drawString(10, 20 + number, text)
            canvas.drawRightString(200.5, 30, text)
            canvas.drawCentredString(100, 40.25, text)
    canvas.drawString(10, 50, "spaced", charSpace=1)  # not plain: reportlab draws it
    canvas.drawString(10, 60, "rendered", mode=1)
    many = "".join(chr(code) for code in range(0x100, 0x250))  # past a subset's 256 characters
    canvas.setFont(FONT, 7.5)
    canvas.drawString(10, 70, many)
    canvas.drawRightString(10, 80, many)
    return list(canvas._code)


def test_strings_are_drawn_with_reportlabs_own_operators():
    register_fonts()
    ours = _draw(NumberedCanvas(io.BytesIO()))
    theirs = _draw(Canvas(io.BytesIO()))
    assert ours == theirs
    assert any(" Tc" in line for line in ours) and any(" Tr" in line for line in ours)  # drawn by reportlab
    assert any(line.count(" Tf ") > 1 for line in ours)  # a string over two subsets


def test_older_objects_are_frozen_only_while_a_document_is_made():
    before = gc.get_freeze_count()
    with pytest.raises(RuntimeError), sparing_the_collector():
        assert gc.get_freeze_count() > before  # the data and the libraries: left out meanwhile
        cycle: list = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1  # what is made meanwhile is still collected
        raise RuntimeError("a document that fails")
    assert gc.get_freeze_count() == before


def test_a_forms_operators_are_the_bytes_reportlabs_codec_makes():
    from reportlab.pdfbase.pdfdoc import PDFFormXObject, pdfdocEnc

    for lines in (["1 0 0 1 0 0 cm", "0.3 w 12.5 7 m 3 4 l B*", "BT (\\(a\\)) Tj ET"], ["q", "", "Q\n"], "0 0 m"):
        form = PDFFormXObject(0, 0, 10, 10)
        form.setStreamList(lines)
        joined = "\n".join(lines) if isinstance(lines, list) else lines
        assert form.stream == pdfdocEnc(joined)
    form = PDFFormXObject(0, 0, 10, 10)
    form.setStreamList(["(Fryslân ‘x’)"])  # not ASCII: reportlab's codec, as before
    assert form.stream == pdfdocEnc("(Fryslân ‘x’)")
    with pytest.raises(UnicodeEncodeError):  # a character PDFDocEncoding lacks: refused, as before
        PDFFormXObject(0, 0, 10, 10).setStreamList(["a\x1bb"])
