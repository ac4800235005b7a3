"""House style of the PDF documents: fonts, greys, paragraph styles, page templates, footer.

Readable on paper in black and white: greys and outlines, never colour alone. A4, embedded
DejaVu Sans (renders Fryslân, Oekraïne and 's-Gravenhage), page numbers "pagina X van Y",
date and sources in the footer, a diagonal CONCEPT watermark on every page while concept.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab import platypus, rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from regietafel.documents import pdf_texts
from regietafel.domain.language import get_language
from regietafel.paths import resources_dir

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
WATERMARK = colors.Color(0.55, 0.55, 0.55)

MARGIN = 18 * mm
FOOTER_HEIGHT = 17 * mm
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


def esc(value: object) -> str:
    """User text into Paragraph markup: '<b>' and '&' print literally, newlines break."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9, spaceAfter=0),
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
        "footer": ParagraphStyle("footer", parent=base, fontSize=6.5, leading=8, textColor=DARK, spaceAfter=0),
    }


@dataclass
class PageInfo:
    """What the footer and watermark print on every page."""

    title: str
    datum: str  # the document's date, Dutch format
    sources: list[str]
    concept: bool


FOOTER_SOURCE_LINES = 2


def footer_source_text(info: PageInfo, width: float) -> str:
    """'Bron: CBS; <sources>' in at most two footer lines; longer lists are cut and point to
    the full list on the first page. Worked out once per document, not on every page."""
    return _footer_source_text(tuple(info.sources), width, get_language())


@lru_cache(maxsize=32)
def _footer_source_text(sources: tuple[str, ...], width: float, _language: str) -> str:
    info = PageInfo("", "", list(sources), False)
    full = pdf_texts.text("footer_source", bronnen="; ".join(info.sources)) if info.sources else pdf_texts.text("source_only_cbs")
    style = styles()["footer"]
    limit = FOOTER_SOURCE_LINES * style.leading + 0.1
    if Paragraph(esc(full), style).wrap(width, 1000)[1] <= limit:
        return full
    suffix = pdf_texts.text("footer_source_more")
    words = full.split(" ")
    low, high = 1, len(words)
    while low < high:  # the longest prefix that still fits with the suffix
        middle = (low + high + 1) // 2
        if Paragraph(esc(" ".join(words[:middle]) + suffix), style).wrap(width, 1000)[1] <= limit:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]) + suffix


class NumberedCanvas(pdfcanvas.Canvas):
    """Keeps every page until the end, so each footer can say "pagina X van Y"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab API)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        if getattr(self, "concept_mark", False):
            _draw_watermark(self)
        self.setFont(FONT, 7.5)
        self.setFillColor(BLACK)
        self.drawRightString(width - MARGIN, FOOTER_HEIGHT - 4 * mm,
                             pdf_texts.text("footer_page", page=self._pageNumber, pages=total))
        self.restoreState()


def _draw_watermark(canvas) -> None:
    """A large diagonal CONCEPT over the page, translucent so the text below stays readable."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFillAlpha(0.35)
    canvas.setFont(FONT_BOLD, 96 if width < height else 110)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45 if width < height else 30)
    canvas.drawCentredString(0, -34, pdf_texts.text("concept"))
    canvas.restoreState()


def draw_page(canvas, doc) -> None:
    """Watermark (behind the content) and footer of every page."""
    info: PageInfo = doc.page_info
    width, height = canvas._pagesize
    canvas.concept_mark = info.concept  # NumberedCanvas draws the watermark over the page at the end
    canvas.saveState()
    if info.concept:
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(BLACK)
        canvas.drawRightString(width - MARGIN, height - 10 * mm, pdf_texts.text("concept"))
    canvas.setStrokeColor(MID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, FOOTER_HEIGHT, width - MARGIN, FOOTER_HEIGHT)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(BLACK)
    canvas.drawString(MARGIN, FOOTER_HEIGHT - 4 * mm, pdf_texts.text("footer_left", titel=info.title, datum=info.datum))
    text = footer_source_text(info, width - 2 * MARGIN)
    source = Paragraph(esc(text), styles()["footer"])
    _w, h = source.wrap(width - 2 * MARGIN, FOOTER_HEIGHT)
    source.drawOn(canvas, MARGIN, FOOTER_HEIGHT - 5.5 * mm - h)
    canvas.restoreState()


def make_document(target, info: PageInfo, title: str, landscape_pages: bool = True) -> BaseDocTemplate:
    """A4 document with a portrait template ("portrait") and a landscape one ("landscape")."""
    register_fonts()
    doc = BaseDocTemplate(target, pagesize=PORTRAIT, title=title, author="Regietafel", initialFontName=FONT,
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=FOOTER_HEIGHT + 4 * mm)
    templates = []
    for name, size in (("portrait", PORTRAIT), ("landscape", LANDSCAPE)) if landscape_pages else (("portrait", PORTRAIT),):
        frame = Frame(MARGIN, FOOTER_HEIGHT + 4 * mm, size[0] - 2 * MARGIN, size[1] - MARGIN - FOOTER_HEIGHT - 4 * mm,
                      id=f"{name}_frame", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id=name, frames=[frame], onPage=draw_page, pagesize=size))
    doc.addPageTemplates(templates)
    doc.page_info = info
    return doc


def frame_width(orientation: str = "portrait") -> float:
    size = PORTRAIT if orientation == "portrait" else LANDSCAPE
    return size[0] - 2 * MARGIN
