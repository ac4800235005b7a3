"""The house font read faster: reportlab's TrueType font with its character tables read in bulk.

Every process that makes a PDF reads both DejaVu fonts (about 6,000 glyphs each). reportlab reads
the character map, the widths and the glyph locations one number at a time (a Python call per
value, some 20 ms a font; each PDF process reads two); here the same tables are unpacked a whole array at once, into exactly
the attributes reportlab's own reading sets (``tests/documents/test_pdf_fonts.py`` compares them),
so widths, subsets and the embedded font programs stay the same to the byte. A font whose
character map is not of format 12 (DejaVu's) is read by reportlab itself.
"""

from __future__ import annotations

from fnmatch import fnmatch
from struct import unpack_from
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFont, TTFontFace, unShapedFontGlob


class _Face(TTFontFace):
    def extractInfo(self, charInfo=1):  # noqa: N802, N803 (reportlab's API)
        super().extractInfo(charInfo=0)  # names, head, OS/2, post, hhea, maxp: few values, read as reportlab does
        if not charInfo:
            return
        data = self._ttf_data
        head = self.table["head"]["offset"]
        index_to_loc_format, glyph_data_format = unpack_from(">hh", data, head + 50)
        cmap = self._unicode_cmap()
        if glyph_data_format != 0 or cmap is None or index_to_loc_format not in (0, 1):
            super().extractInfo(charInfo)  # anything unusual: reportlab's own reading (and errors)
            return
        self._read_cmap_format12(cmap)
        self._read_widths()
        self._read_locations(index_to_loc_format)
        char_to_glyph, widths = self.charToGlyph, self.charWidths
        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
            widths[0xA0] = widths[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
            widths[0x20] = widths[0xA0]

    def _unicode_cmap(self) -> int | None:
        """The offset of the subtable reportlab would choose, when it is of format 12 (segments
        of consecutive glyphs, as in DejaVu); else None."""
        data = self._ttf_data
        cmap = self.table["cmap"]["offset"]
        version, count = unpack_from(">HH", data, cmap)
        if count == 0 and version != 0:
            count = version
        chosen, kind = None, 0
        for n in range(count):  # reportlab's choice, in its order
            platform, encoding, offset = unpack_from(">HHL", data, cmap + 4 + 8 * n)
            if platform == 3:
                kind, chosen = 1, offset
            elif platform == 1 and encoding == 0 and kind != 1:
                kind, chosen = 2, offset
            elif platform == 1 and encoding == 1:
                kind, chosen = 1, offset
            elif platform == 0 and encoding != 5:
                kind, chosen = 1, offset
        if chosen is None:
            return None
        return cmap + chosen if unpack_from(">H", data, cmap + chosen)[0] == 12 else None

    def _read_cmap_format12(self, start: int) -> None:
        data = self._ttf_data
        groups = unpack_from(">L", data, start + 12)[0]
        values = unpack_from(f">{3 * groups}L", data, start + 16)
        char_to_glyph: dict[int, int] = {}
        glyph_to_char: dict[int, list[int]] = {}
        for n in range(0, 3 * groups, 3):
            first, last, glyph = values[n], values[n + 1], values[n + 2]
            codes = range(first, last + 1)
            glyphs = range(glyph, glyph + len(codes))
            char_to_glyph.update(zip(codes, glyphs, strict=True))
            for code, each in zip(codes, glyphs, strict=True):
                glyph_to_char.setdefault(each, []).append(code)
        self.charToGlyph, self.glyphToChar = char_to_glyph, glyph_to_char

    def _read_widths(self) -> None:
        """Advance widths and left side bearings; as reportlab, glyphs after the last full metric
        keep that metric's width already scaled (what its subsets embed)."""
        data = self._ttf_data
        scale = self._pdfScale
        metrics = unpack_from(">H", data, self.table["hhea"]["offset"] + 34)[0]
        if metrics == 0:
            raise TTFError("Number of horizontal metrics is 0")
        glyphs = self.numGlyphs
        at = self.table["hmtx"]["offset"]
        pairs = unpack_from(f">{2 * metrics}H", data, at)
        hmetrics = list(zip(pairs[0::2], pairs[1::2], strict=True))
        scaled = [scale(advance) for advance in pairs[0::2]]
        rest = max(0, glyphs - metrics)
        if rest:
            last = scaled[-1]
            hmetrics += [(last, lsb) for lsb in unpack_from(f">{rest}H", data, at + 4 * metrics)]
            scaled += [last] * rest
        self.hmetrics = hmetrics
        self.defaultWidth = scaled[0]
        widths: dict[int, float] = {}
        glyph_to_char = self.glyphToChar
        for glyph in range(max(metrics, glyphs)):
            codes = glyph_to_char.get(glyph)
            if codes:
                width = scaled[glyph]
                for code in codes:
                    widths[code] = width
        self.charWidths = widths

    def _read_locations(self, index_to_loc_format: int) -> None:
        if "loca" not in self.table:
            raise TTFError("missing location table")
        at, count = self.table["loca"]["offset"], self.numGlyphs + 1
        if index_to_loc_format == 0:
            self.glyphPos = [position << 1 for position in unpack_from(f">{count}H", self._ttf_data, at)]
        else:
            self.glyphPos = list(unpack_from(f">{count}L", self._ttf_data, at))
        self._pos = at + count * (2 if index_to_loc_format == 0 else 4)  # where reportlab's reading ends


class HouseFont(TTFont):
    """reportlab's :class:`TTFont` (what its ``__init__`` sets) with the face read by :class:`_Face`."""

    def __init__(self, name: str, filename: str):  # noqa: D107
        self.fontName = name
        self.face = _Face(filename)
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)
