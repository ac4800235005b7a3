"""Every stream ends with an end-of-line marker after its /Length bytes (PDF/A), also when its
binary data itself ends in a newline byte (streams are binary: no ASCII85 layer)."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfdoc import PDFDocument, PDFStream

import regietafel.documents.pdf_archive  # noqa: F401 - installs the end-of-line marker
from regietafel.documents import pdf_style  # noqa: F401 - binary streams


def test_end_of_line_after_the_data_even_when_the_data_ends_in_a_newline():
    for content in (b"abc", b"abc\n", b"\x00\xff\n\n"):
        stream = PDFStream(content=content, filters=[])
        out = stream.format(PDFDocument())
        length = int(re.search(rb"/Length (\d+)", out).group(1))
        data_start = out.index(b"\nstream\n") + len(b"\nstream\n")
        assert out[data_start:data_start + length] == content
        assert out[data_start + length:] == b"\nendstream\n"
