"""The documents as an archive accepts them (PDF/A-2b). veraPDF, the validator of PDF/A-2, is a
Java program that no reachable package registry carries; Apache PDFBox Preflight (Debian) checks
the older, stricter PDF/A-1b, and the rules of PDF/A-2b it does not cover are checked here on the
file itself: every font embedded, XMP metadata that declares PDF/A-2B and repeats the information
dictionary, an sRGB output intent with a valid ICC profile, no transparency, no JavaScript, a
file identifier."""

from __future__ import annotations

import re
import struct
import subprocess
import zlib

import pytest

from regietafel.documents.pdf_archive import srgb_profile
from tests.documents.pdf_helpers import needs_poppler, pdf_fonts
from tests.system_tools import JAVA_LIBRARIES, needs

DOCUMENTS = [("nl", "pack"), ("en", "pack"), ("nl", "factsheets"), ("en", "factsheets")]


def _path(rendered, language, document):
    return getattr(rendered[language], document)


@needs_poppler
@pytest.mark.parametrize(("language", "document"), DOCUMENTS)
def test_every_font_is_embedded(rendered, language, document):
    rows = [line.split() for line in pdf_fonts(_path(rendered, language, document)).splitlines()[2:]]
    assert rows
    assert {row[0].split("+")[-1] for row in rows} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(row[-5] == "yes" for row in rows), rows  # the "emb" column


@needs_poppler
@pytest.mark.parametrize(("language", "document"), DOCUMENTS)
def test_metadata_declares_pdfa_2b_and_repeats_the_info(rendered, language, document):
    path = _path(rendered, language, document)
    xmp = subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    title = re.search(r"^Title:\s+(.*)$", info, re.M).group(1)
    assert f'<rdf:li xml:lang="x-default">{title}</rdf:li>' in xmp
    assert re.search(r"^Author:\s+Regietafel$", info, re.M) and "<rdf:li>Regietafel</rdf:li>" in xmp
    assert f"<rdf:li>{'nl-NL' if language == 'nl' else 'en-GB'}</rdf:li>" in xmp


@pytest.mark.parametrize(("language", "document"), DOCUMENTS)
def test_structure_of_an_archivable_file(rendered, language, document):
    raw = _path(rendered, language, document).read_bytes()
    assert raw.startswith(b"%PDF-1.") and raw[9:10] == b"%" and all(b > 127 for b in raw[10:14])  # binary comment
    catalog = re.search(rb"/Type /Catalog.*?>>", raw, re.S)
    assert catalog and b"/Metadata" in raw[catalog.start() - 400:catalog.end() + 400]
    assert b"/S /GTS_PDFA1" in raw and b"/DestOutputProfile" in raw
    assert re.search(rb"/Lang \((nl-NL|en-GB)\)", raw)
    assert re.search(rb"/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]", raw)
    assert not re.search(rb"/(CA|ca) (0?\.\d+|0)\b", raw)  # no transparency
    assert b"/SMask" not in raw and b"/JavaScript" not in raw and b"/JS " not in raw
    assert b"/Helvetica" not in raw  # a standard font would not be embedded
    metadata = re.search(rb"/Subtype /XML /Type /Metadata[^>]*>>\s*stream", raw) or re.search(
        rb"/Type /Metadata[^>]*>>\s*stream", raw)
    assert metadata and b"/Filter" not in raw[metadata.start() - 200:metadata.end()]  # XMP readable as is


def test_srgb_profile_is_a_valid_icc_display_profile():
    profile = srgb_profile()
    size, = struct.unpack(">I", profile[:4])
    assert size == len(profile) and size % 4 == 0
    assert profile[8:10] == bytes([2, 0x10])  # version 2.1
    assert profile[12:16] == b"mntr" and profile[16:20] == b"RGB " and profile[20:24] == b"XYZ "
    assert profile[36:40] == b"acsp"
    count, = struct.unpack(">I", profile[128:132])
    tags = {}
    for index in range(count):
        signature, offset, length = struct.unpack(">4sII", profile[132 + 12 * index: 144 + 12 * index])
        assert offset % 4 == 0 and offset + length <= size
        tags[signature] = profile[offset:offset + length]
    assert set(tags) == {b"desc", b"cprt", b"wtpt", b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC", b"gTRC", b"bTRC"}
    assert tags[b"rTRC"][:4] == b"curv" and tags[b"desc"][:4] == b"desc"
    # Red + green + blue make the D50 white of the connection space (within rounding).
    columns = [struct.unpack(">3i", tags[name][8:20]) for name in (b"rXYZ", b"gXYZ", b"bXYZ")]
    white = [sum(c[i] for c in columns) / 65536 for i in range(3)]
    assert white == pytest.approx([0.9642, 1.0, 0.8249], abs=2e-3)


def test_output_intent_carries_the_profile(rendered):
    raw = rendered["nl"].pack.read_bytes()
    reference = re.search(rb"/DestOutputProfile (\d+) 0 R", raw).group(1)
    stream = re.search(rb"\n" + reference + rb" 0 obj\s*<<(.*?)>>\s*stream\r?\n(.*?)endstream", raw, re.S)
    assert b"/N 3" in stream.group(1)
    body = stream.group(2).rstrip(b"\r\n")
    assert zlib.decompress(body) == srgb_profile()


PREFLIGHT = ["preflight.jar", "pdfbox2.jar", "xmpbox.jar", "fontbox2.jar", "commons-logging.jar",
             "javax.activation.jar", "jaxb-api.jar"]


@needs("java", *PREFLIGHT)
@pytest.mark.parametrize("document", ["pack", "factsheets"])
def test_apache_preflight_finds_nothing_but_the_part_number(rendered, document, tmp_path):
    """Apache PDFBox Preflight validates PDF/A-1b, the stricter older level (no validator of
    PDF/A-2b installs here). Declared as part 1, the very same file must be valid PDF/A-1b; as
    it is (part 2), the part number must be Preflight's only complaint."""
    path = getattr(rendered["en"], document)
    raw = path.read_bytes()
    as_part_1 = tmp_path / "part1.pdf"  # same length: the cross-reference table stays right
    as_part_1.write_bytes(raw.replace(b"<pdfaid:part>2</pdfaid:part>", b"<pdfaid:part>1</pdfaid:part>"))
    classpath = ":".join(str(JAVA_LIBRARIES / jar) for jar in PREFLIGHT)

    def preflight(target) -> str:
        run = subprocess.run(["java", "-Djava.awt.headless=true", "-cp", classpath,
                              "org.apache.pdfbox.preflight.Validator_A1b", str(target)],
                             capture_output=True, text=True, timeout=300)
        return run.stdout

    assert "is a valid PDF/A-1b file" in preflight(as_part_1)
    errors = [line for line in preflight(path).splitlines() if re.match(r"^\d+(\.\d+)+ :", line)]
    assert errors == ["7.11.2 : Error on MetaData, part must be 1"]
