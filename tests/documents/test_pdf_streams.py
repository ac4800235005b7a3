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


def test_streams_are_deflated_at_the_documents_level_and_inflate_to_their_content():
    import zlib

    from reportlab.pdfbase.pdfdoc import PDFZCompress

    from regietafel.documents.pdf_canvas import COMPRESSION_LEVEL

    for content in ("1 0 0 1 0 0 cm 12.5 7 m 3 4 l B*\n" * 200, b"\x00\x01binary\xff" * 50, "Fryslân"):
        packed = PDFZCompress.encode(content)
        raw = content.encode("utf8") if isinstance(content, str) else content
        assert zlib.decompress(packed) == raw
        assert packed == zlib.compress(raw, COMPRESSION_LEVEL)
