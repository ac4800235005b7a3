"""The house font read in bulk (``pdf_fonts``) is the font reportlab reads, attribute for attribute."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from regietafel.documents.pdf_fonts import HouseFont
from regietafel.paths import resources_dir

FONTS = sorted((resources_dir() / "fonts").glob("*.ttf"))


def _comparable(face) -> dict:
    values = dict(vars(face))
    values.pop("_pdfScale")  # a lambda made per reading: compared by what it gives below
    return values


@pytest.mark.parametrize("path", FONTS, ids=[p.name for p in FONTS])
def test_the_house_font_is_read_as_reportlab_reads_it(path, monkeypatch):
    theirs = TTFont("Ours", str(path))
    readings = []
    original = TTFontFace.extractInfo
    monkeypatch.setattr(TTFontFace, "extractInfo", lambda face, charInfo=1: readings.append(charInfo) or original(face, charInfo))
    ours = HouseFont("Ours", str(path))
    assert readings == [0]  # reportlab read only the header tables: the character tables were read in bulk
    assert _comparable(ours.face) == _comparable(theirs.face)
    assert ours.face._pdfScale(1234) == theirs.face._pdfScale(1234)
    assert list(ours.face.charToGlyph) == list(theirs.face.charToGlyph)  # the same order too
    assert ours.face.hmetrics[-1] == theirs.face.hmetrics[-1]  # glyphs past the full metrics: width as reportlab keeps it
    mine = {k: v for k, v in vars(ours).items() if k not in ("face", "encoding", "state")}
    reportlabs = {k: v for k, v in vars(theirs).items() if k not in ("face", "encoding", "state")}
    assert mine == reportlabs
    assert set(vars(ours)) == set(vars(theirs))
    for subset in ([0, *range(32, 128)], [0, 0x20AC, 0x0133, 0x00EB, 0x2013, 0x2026]):
        assert ours.face.makeSubset(subset) == theirs.face.makeSubset(subset)
    text = "Fryslân, Oekraïne en ’s-Gravenhage — 19.097 €"
    assert ours.stringWidth(text, 9) == theirs.stringWidth(text, 9)


def test_a_font_whose_character_map_is_not_format_12_is_read_by_reportlab(monkeypatch):
    from regietafel.documents import pdf_fonts

    monkeypatch.setattr(pdf_fonts._Face, "_unicode_cmap", lambda self: None)
    ours, theirs = HouseFont("Ours", str(FONTS[0])), TTFont("Ours", str(FONTS[0]))
    assert _comparable(ours.face) == _comparable(theirs.face)
