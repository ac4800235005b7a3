"""The canvas of the PDF documents: every page is kept until the end, so that what depends on
the whole document is drawn last — "pagina X van Y", the footer's "Bronnen: zie pagina N", the
page numbers of the contents list, the PDF outline — and the file is made archivable
(:mod:`regietafel.documents.pdf_archive`).

Flowables talk to it in two ways: a :class:`Heading` records the page a part of the document
starts on (for the contents list, a bookmark, the sources), and a :class:`ContentsLine` prints a
contents line whose page number is filled in when the document is complete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, Paragraph

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_archive import make_archivable
from regietafel.documents.pdf_style import BLACK, DARK, FONT, FOOTER_HEIGHT, MARGIN

SOURCES = "sources"  # the anchor of a sources block; the footer refers to it


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
