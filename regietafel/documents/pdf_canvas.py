"""The canvas of the PDF documents: every page is kept until the end, so that what depends on
the whole document is drawn last — "pagina X van Y", the footer's "Bronnen: zie pagina N", the
page numbers of the contents list, the PDF outline — and the file is made archivable
(:mod:`regietafel.documents.pdf_archive`).

Flowables talk to it in two ways: a :class:`Heading` records the page a part of the document
starts on (for the contents list, a bookmark, the sources), and a :class:`ContentsLine` prints a
contents line whose page number is filled in when the document is complete.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, Paragraph

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_archive import make_archivable
from regietafel.documents.pdf_style import (
    BLACK,
    DARK,
    FONT,
    FOOTER_HEIGHT,
    MARGIN,
    RepeatedParagraph,
)

SOURCES = "sources"  # the anchor of a sources block; the footer refers to it

# Characters PDFDocEncoding leaves undefined below 128 (reportlab's codec refuses them).
_NOT_PDFDOC_ASCII = re.compile("[\x18-\x1f]")


def _encode_forms_quickly() -> None:
    """A form's operators (a map: a few hundred kilobytes of numbers) are turned into bytes with
    reportlab's PDFDocEncoding codec, a Python mapping consulted per character (~12 ms per
    300 kB). Operators are plain ASCII (text is escaped), and for ASCII that encoding is ASCII
    itself: such a stream is encoded as ASCII, the same bytes; anything else goes the old way.
    Done once, for every reportlab form."""
    original = pdfdoc.PDFFormXObject.setStreamList
    if getattr(original, "_ascii_quickly", False):
        return

    def set_stream_list(self, data):
        text = "\n".join(data) if isinstance(data, (list, tuple)) else data
        if isinstance(text, str) and text.isascii() and not _NOT_PDFDOC_ASCII.search(text):
            self.stream = text.encode("ascii")
        else:
            original(self, text)

    set_stream_list._ascii_quickly = True
    pdfdoc.PDFFormXObject.setStreamList = set_stream_list


_encode_forms_quickly()


@dataclass
class _Mark:
    key: str
    page: int
    title: str | None
    level: int


class NumberedCanvas(pdfcanvas.Canvas):
    """Keeps every page until :meth:`save`, then finishes each with what the whole document
    knows (page count, anchors) and writes an archivable file."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self.marks: list[_Mark] = []
        self._deferred: dict[int, list[Callable]] = {}
        self._text_runs: dict[tuple[str, float, float, str], tuple[str, float]] = {}

    # --- used by flowables while the document is laid out ---------------------------------
    def mark(self, key: str, title: str | None = None, level: int = 0) -> None:
        self.marks.append(_Mark(key, self.getPageNumber(), title, level))

    def defer(self, draw: Callable) -> None:
        """``draw(canvas)`` runs on this page once every page is known (absolute coordinates)."""
        self._deferred.setdefault(self.getPageNumber(), []).append(draw)

    def page_of(self, key: str) -> int | None:
        return next((m.page for m in self.marks if m.key == key), None)

    def sources_page(self, page: int) -> int | None:
        """The sources block that serves ``page``: the last one on or before it, else the first."""
        pages = [m.page for m in self.marks if m.key == SOURCES]
        before = [p for p in pages if p <= page]
        return before[-1] if before else (pages[0] if pages else None)

    # --- text: a string's operators made once per document, font and size ------------------
    # reportlab makes a text object for every string it draws and maps each character to the
    # embedded font's subsets again; the operators of one string never change within a document,
    # so they are made once and the string is placed where it goes (the same bytes as reportlab's).
    def drawString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None,  # noqa: N802, N803
                   shaping=False):
        return self._draw_text(super().drawString, 0.0, x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawRightString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None,  # noqa: N802, N803
                        shaping=False):
        return self._draw_text(super().drawRightString, 1.0, x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawCentredString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None,  # noqa: N802, N803
                          shaping=False):
        return self._draw_text(super().drawCentredString, 0.5, x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def _draw_text(self, reportlabs_own: Callable, anchor: float, x, y, text, mode, char_space, direction, word_space,
                   shaping):
        """A plain string (what the documents draw: no render mode, spacing, direction or shaping,
        on a canvas with y upwards) placed from its operators made once; anything else is drawn
        by reportlab's own method."""
        if not (isinstance(text, str) and mode is None and not char_space and direction is None
                and not word_space and not shaping and self.bottomup):
            return reportlabs_own(x, y, text, mode, char_space, direction, word_space, shaping)
        self._place_text(x, y, text, anchor)
        return None

    def _place_text(self, x: float, y: float, text: str, anchor: float) -> None:
        """The string starting at x (``anchor`` 0), centred on it (0.5) or ending at it (1)."""
        key = (self._fontname, self._fontsize, self._leading, text)
        known = self._text_runs.get(key)
        if known is None:  # reportlab's own operators for the string and its width, made once
            known = self._text_runs[key] = (self.beginText()._formatText(text),
                                            self.stringWidth(text, self._fontname, self._fontsize))
        run, width = known
        if anchor == 1.0:
            x = x - width
        elif anchor:
            x = x - anchor * width
        self._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {run} T* ET")

    # --- reportlab ---------------------------------------------------------------------------
    def showPage(self):  # noqa: N802 (reportlab API)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._finish_page(total)
            super().showPage()
        make_archivable(self, pdf_texts.text("language_tag"))
        super().save()

    def _finish_page(self, total: int) -> None:
        page = self._pageNumber
        width, _height = self._pagesize
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(BLACK)
        self.drawRightString(width - MARGIN, FOOTER_HEIGHT - 4 * mm,
                             pdf_texts.text("footer_page", page=page, pages=total))
        sources = self.sources_page(page)
        if sources is not None:
            self.setFont(FONT, 6.5)
            self.setFillColor(DARK)
            self.drawString(MARGIN, FOOTER_HEIGHT - 8 * mm, pdf_texts.text("footer_sources", page=sources))
        self.restoreState()
        for draw in self._deferred.get(page, []):
            self.saveState()
            draw(self)
            self.restoreState()
        for mark in self.marks:
            if mark.page == page and mark.title:
                self.bookmarkPage(f"{mark.key}-{page}")
                self.addOutlineEntry(mark.title, f"{mark.key}-{page}", mark.level)


class Heading(Paragraph):
    """A heading that records its page under ``key`` (for the contents list, the footer's
    sources reference and, with ``outline``, a PDF bookmark) where it is actually drawn: a
    heading kept with what follows may move to the next page, a separate marker would not."""

    def __init__(self, text: str, style, key: str, outline: str | None = None, level: int = 0):
        super().__init__(text, style)
        self.key, self.outline, self.level = key, outline, level

    def draw(self):
        self.canv.mark(self.key, self.outline, self.level)
        super().draw()


class RepeatedHeading(Heading, RepeatedParagraph):
    """A :class:`Heading` on many pages of one document (the sources block of every factsheet):
    laid out and drawn once like a :class:`~regietafel.documents.pdf_style.RepeatedParagraph`,
    its page recorded wherever it is drawn."""


class ContentsLine(Flowable):
    """One line of a contents list: the text, and at the right the page of anchor ``key``
    (drawn when the document is complete), joined by a dotted leader."""

    def __init__(self, text: str, key: str, indent: float = 0, font_size: float = 9.5, leading: float = 14):
        super().__init__()
        self.text, self.key, self.indent, self.font_size, self.leading = text, key, indent, font_size, leading

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.leading

    def draw(self):
        canvas = self.canv
        canvas.setFont(FONT, self.font_size)
        canvas.drawString(self.indent, 3, self.text)
        text_end = self.indent + canvas.stringWidth(self.text, FONT, self.font_size) + 4
        x0, y = canvas.absolutePosition(text_end, 3)
        x1, _ = canvas.absolutePosition(self.width, 3)
        key, size = self.key, self.font_size

        def page_number(final) -> None:
            page = final.page_of(key)
            label = "–" if page is None else str(page)
            final.setFont(FONT, size)
            final.setFillColor(BLACK)
            final.drawRightString(x1, y, label)
            right = x1 - final.stringWidth(label, FONT, size) - 4
            final.setStrokeColor(DARK)
            final.setLineWidth(0.6)
            final.setDash(0.6, 2.4)
            if right > x0:
                final.line(x0, y, right, y)

        canvas.defer(page_number)


def build(doc, story: list) -> None:
    """Lay out ``story`` in ``doc`` (from :func:`~regietafel.documents.pdf_style.make_document`)."""
    doc.build(story, canvasmaker=NumberedCanvas)


@contextmanager
def sparing_the_collector():
    """For the time a document is made: making it creates many objects that live until it is
    written, and they set off Python's full garbage collection, which would walk every object of
    the process again (the data, the imported libraries) for nothing. Those are frozen meanwhile
    (left out, never lost); cycles made while the document is made are still collected."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
