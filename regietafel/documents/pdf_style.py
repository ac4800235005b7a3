"""House style of the PDF documents: fonts, greys, paragraph styles, page templates, footer.

Readable on paper in black and white: greys and outlines, never colour alone. A4, embedded
DejaVu Sans (renders Fryslân, Oekraïne and 's-Gravenhage) and no other font, page numbers
"pagina X van Y", the date and a reference to the sources in the footer, a CONCEPT mark in the
margin of every page while concept.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab import platypus, rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_fonts import HouseFont
from regietafel.domain.printable import printable
from regietafel.paths import resources_dir

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

# Compressed streams stay binary: ASCII85 on top makes every file a quarter larger and costs a
# pass over every byte (PDF readers and PDF/A take binary streams).
rl_config.useA85 = 0

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

BLACK = colors.black
DARK = colors.Color(0.25, 0.25, 0.25)
MID = colors.Color(0.55, 0.55, 0.55)
LIGHT = colors.Color(0.86, 0.86, 0.86)
PALE = colors.Color(0.94, 0.94, 0.94)
MARK = colors.Color(0.78, 0.78, 0.78)  # the CONCEPT mark in the margin

MARGIN = 18 * mm
FOOTER_HEIGHT = 15 * mm
PORTRAIT = A4
LANDSCAPE = landscape(A4)


class Paragraph(platypus.Paragraph):
    """reportlab's Paragraph that remembers its line breaks per width: tables, KeepInFrame and
    the frame wrap the same paragraph several times (a table at two slightly different widths),
    and breaking lines is most of the time a document takes."""

    _breaks: dict[float, tuple] | None = None

    def wrap(self, avail_width, avail_height):
        known = self._breaks.get(avail_width) if self._breaks is not None else None
        if known is not None:  # what super().wrap() would set again, restored
            self.width = avail_width
            self._wrapWidths, self.blPara, self.height = known
            return self.width, self.height
        size = super().wrap(avail_width, avail_height)
        if getattr(self, "blPara", None) is not None:
            if self._breaks is None:
                self._breaks = {}
            self._breaks[avail_width] = (self._wrapWidths, self.blPara, self.height)
        return size


class RepeatedParagraph(Paragraph):
    """A paragraph drawn many times in one document at the same width (a heading or a table
    header on every factsheet): its drawing operators are made once and repeated. Drawing is
    local to the flowable (the frame or table moves the origin first), and setting text (each
    glyph run mapped to the embedded font's subsets) is most of what drawing a paragraph costs."""

    _canvas: weakref.ref | None = None
    _operators: dict[tuple[float, float], list[str]]

    def draw(self):
        canvas = self.canv
        if self._canvas is None or self._canvas() is not canvas:  # font subsets belong to one document
            self._canvas, self._operators = weakref.ref(canvas), {}
        key = (self.width, self.height)
        known = self._operators.get(key)
        if known is not None:
            canvas._code.extend(known)
            return
        start = len(canvas._code)
        super().draw()
        operators = canvas._code[start:]
        # An alpha change ("gs") names a resource of the page it was made on: not repeatable.
        if not any(operator.endswith(" gs") for operator in operators):
            self._operators[key] = operators


def esc(value: object) -> str:
    """User text into Paragraph markup: '<b>' and '&' print literally, newlines break, control
    characters (which would print as boxes) become spaces."""
    return escape("" if value is None else printable(str(value))).replace("\n", "<br/>")


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(HouseFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(HouseFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, spaceAfter=2),
        # a name too long for its column breaks after a hyphen (Rotterdam-|Rijnmond), not inside a word
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9, spaceAfter=0, embeddedHyphenation=1),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9, spaceAfter=0,
                                    embeddedHyphenation=1),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=7.5, leading=9, spaceAfter=0, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9, spaceAfter=0),
        "head_right": ParagraphStyle("head_right", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9,
                                     spaceAfter=0, alignment=TA_RIGHT),
        "head_small": ParagraphStyle("head_small", parent=base, fontName=FONT_BOLD, fontSize=6.5, leading=8, spaceAfter=0),
        "head_small_right": ParagraphStyle("head_small_right", parent=base, fontName=FONT_BOLD, fontSize=6.5, leading=8,
                                           spaceAfter=0, alignment=TA_RIGHT),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=15, leading=20, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceBefore=4,
                             spaceAfter=8, keepWithNext=True),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=8,
                             spaceAfter=4, keepWithNext=True),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=9, leading=12, spaceBefore=6,
                             spaceAfter=2, keepWithNext=True),
        "notice": ParagraphStyle("notice", parent=base, fontName=FONT_BOLD, fontSize=11, leading=15,
                                 borderWidth=1.5, borderColor=BLACK, borderPadding=6, spaceBefore=10, spaceAfter=12),
        # where the numbers stand: how one opgave counts in another, and the section's sources
        "relation": ParagraphStyle("relation", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10.5,
                                   spaceBefore=3, spaceAfter=3),
        "source": ParagraphStyle("source", parent=base, fontSize=7.5, leading=9.5, spaceAfter=1, textColor=DARK),
    }


@dataclass
class PageInfo:
    """What the running header and footer print on every page."""

    title: str
    datum: str  # the document's date, Dutch format
    concept: bool


def draw_page(canvas, doc) -> None:
    """At the start of every page, behind its content: the CONCEPT mark (in the margins, so it
    never covers a figure), the footer rule and the footer's first line. Page numbers and the
    reference to the sources are drawn when the document is complete (``pdf_canvas``)."""
    info: PageInfo = doc.page_info
    width, height = canvas._pagesize
    canvas.saveState()
    if info.concept:
        _draw_concept_mark(canvas, width, height)
    canvas.setStrokeColor(MID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, FOOTER_HEIGHT, width - MARGIN, FOOTER_HEIGHT)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(BLACK)
    canvas.drawString(MARGIN, FOOTER_HEIGHT - 4 * mm, pdf_texts.text("footer_left", titel=info.title, datum=info.datum))
    canvas.restoreState()


def _draw_concept_mark(canvas, width: float, height: float) -> None:
    """CONCEPT in the top right corner and large along the left margin: seen at a glance, in
    grey that prints in black and white, and never over the text, a table, a chart or a map."""
    word = pdf_texts.text("concept")
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(BLACK)
    canvas.drawRightString(width - MARGIN, height - 10 * mm, word)
    canvas.setFillColor(MARK)
    canvas.setFont(FONT_BOLD, 30)
    canvas.translate(MARGIN / 2 + 10, FOOTER_HEIGHT + 6 * mm)
    canvas.rotate(90)
    span = height - FOOTER_HEIGHT - MARGIN - 6 * mm
    step = canvas.stringWidth(word, FONT_BOLD, 30) + 60
    x = 0.0
    while x + step - 60 <= span:  # the word repeated along the margin
        canvas.drawString(x, 0, word)
        x += step
    canvas.restoreState()


def drawing(width: float, height: float) -> Drawing:
    """A reportlab Drawing whose text defaults to the embedded house font (reportlab's default,
    Helvetica, is not embedded and would make the file unfit for archiving). Only the monitor's
    charts are Drawings: the pack and the factsheets do without reportlab.graphics."""
    from reportlab.graphics.shapes import Drawing

    register_fonts()
    return Drawing(width, height, initialFontName=FONT, initialFontSize=7)


def make_document(target, info: PageInfo, title: str, landscape_pages: bool = True, subject: str = "",
                  keywords: str = "") -> BaseDocTemplate:
    """A4 document with a portrait template ("portrait") and a landscape one ("landscape")."""
    register_fonts()
    doc = BaseDocTemplate(target, pagesize=PORTRAIT, title=title, author="Regietafel", creator="Regietafel",
                          subject=subject or title, keywords=keywords, initialFontName=FONT,
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=FOOTER_HEIGHT + 4 * mm)
    templates = []
    for name, size in (("portrait", PORTRAIT), ("landscape", LANDSCAPE)) if landscape_pages else (("portrait", PORTRAIT),):
        frame = Frame(MARGIN, FOOTER_HEIGHT + 4 * mm, size[0] - 2 * MARGIN, frame_height(name),
                      id=f"{name}_frame", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id=name, frames=[frame], onPage=draw_page, pagesize=size))
    doc.addPageTemplates(templates)
    doc.page_info = info
    return doc


def frame_width(orientation: str = "portrait") -> float:
    size = PORTRAIT if orientation == "portrait" else LANDSCAPE
    return size[0] - 2 * MARGIN


def frame_height(orientation: str = "portrait") -> float:
    """The height of a page's frame (as :func:`make_document` lays it out): the most one
    flowable can take."""
    size = PORTRAIT if orientation == "portrait" else LANDSCAPE
    return size[1] - MARGIN - FOOTER_HEIGHT - 4 * mm
