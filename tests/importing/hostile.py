"""Hostile and broken import files, built byte by byte: the cases of issue 12 and a seeded stream of
variations for the fuzz test. Every builder returns the bytes of one file; nothing here is valid
enough to import."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Iterator

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{SHEET_NS}" xmlns:r="{REL_NS}">'
    '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def sheet_xml(rows: str, dimension: str = "A1:B3", after: str = "", doctype: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="{SHEET_NS}">'
            f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData>{after}</worksheet>').encode()


def strings_xml(*texts: str) -> bytes:
    items = "".join(f"<si><t>{text}</t></si>" for text in texts)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{SHEET_NS}">{items}</sst>'.encode()


HEADER_ROWS = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
               '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>12</v></c></row>')
STRINGS = strings_xml("Gemeente", "Aantal", "Nergenshuizen")


def workbook_bytes(sheet: bytes | Iterator[bytes], strings: bytes = STRINGS, parts: dict[str, bytes] | None = None,
                   level: int = 6) -> bytes:
    """A workbook of one sheet (its XML whole, or in chunks: a large sheet is never in memory)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", strings)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as target:
            for chunk in [sheet] if isinstance(sheet, bytes) else sheet:
                target.write(chunk)
        for name, data in (parts or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _zip_version(data: bytes, version: int) -> bytes:
    """The zip with the "version needed to extract" of its central directory raised to ``version``
    (10 x major + minor): Python's zip reader refuses it with NotImplementedError."""
    patched = bytearray(data)
    place = patched.find(b"PK\x01\x02")
    while place >= 0:
        struct.pack_into("<H", patched, place + 6, version)
        place = patched.find(b"PK\x01\x02", place + 4)
    return bytes(patched)


def declared_size(data: bytes, member: str, size: int) -> bytes:
    """The zip with ``member``'s uncompressed size rewritten to ``size`` (a lying zip bomb), in its
    local header and in the central directory."""
    patched = bytearray(data)
    name = member.encode()
    # signature, offset of the name's length, of the name, of the uncompressed size
    for signature, length_at, name_at, size_at in ((b"PK\x03\x04", 26, 30, 22), (b"PK\x01\x02", 28, 46, 24)):
        place = patched.find(signature)
        while place >= 0:
            length = struct.unpack_from("<H", patched, place + length_at)[0]
            if patched[place + name_at:place + name_at + length] == name:
                struct.pack_into("<I", patched, place + size_at, size)
            place = patched.find(signature, place + 4)
    return bytes(patched)


# --- the cases of the issue -----------------------------------------------------------------------
def far_cell() -> bytes:
    """1,6 KB that declares a value at XFD1048576."""
    return workbook_bytes(sheet_xml(HEADER_ROWS + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
                                    "A1:XFD1048576"))


def far_merge() -> bytes:
    return workbook_bytes(sheet_xml(HEADER_ROWS, "A1:XFD1048576",
                                    '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>'))


def huge_dimension_only() -> bytes:
    """Declares A1:XFD1048576 but holds three small rows: read as three rows, not a grid."""
    return workbook_bytes(sheet_xml(HEADER_ROWS, "A1:XFD1048576"))


def zip_bomb(megabytes: int = 100) -> bytes:
    """A sheet that unpacks to ``megabytes`` MB of empty formatted cells, from well under 1 MB."""
    row = ("<row>" + '<c s="0"/>' * 1000 + "</row>").encode()
    head, tail = sheet_xml(HEADER_ROWS).split(b"</sheetData>")
    chunks = [head, *[row * 100] * (megabytes * 1024 * 1024 // (len(row) * 100)), b"</sheetData>" + tail]
    return workbook_bytes(iter(chunks))


def lying_bomb() -> bytes:
    """The zip says the sheet is 2 KB; it holds 50 MB."""
    return declared_size(zip_bomb(50), "xl/worksheets/sheet1.xml", 2048)


def wide_row() -> bytes:
    """One row of 100.000 cells without references (Excel allows 16.384)."""
    return workbook_bytes(sheet_xml('<row r="1">' + "<c><v>1</v></c>" * 100_000 + "</row>"))


def many_cells(rows: int = 60_000, columns: int = 20) -> bytes:
    """More filled cells than any import holds (rows x columns > the cell limit)."""
    cells = "".join(f"<c><v>{c}</v></c>" for c in range(columns))
    return workbook_bytes(sheet_xml("".join(f"<row>{cells}</row>" for _ in range(rows))))


def billion_laughs() -> bytes:
    doctype = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
               + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
               + "]>")
    return workbook_bytes(sheet_xml(HEADER_ROWS + '<row r="3"><c r="A3" t="inlineStr"><is><t>&i;</t></is></c></row>',
                                    doctype=doctype))


def external_entity() -> bytes:
    return workbook_bytes(WORKBOOK.encode(), parts={}, strings=(
        b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<sst xmlns="' + SHEET_NS.encode() + b'"><si><t>&x;</t></si></sst>'))


def huge_csv_cell() -> bytes:
    return b"Gemeente;Aantal\nEde;" + b"9" * 200_000 + b"\n"


def unclosed_quote() -> bytes:
    return b'Gemeente;Aantal\n"Ede;12\nEpe;13\n'


def csv_with_nul() -> bytes:
    return b"Gemeente;Aantal\nEde;1\x002\n"


# --- the fuzz stream ------------------------------------------------------------------------------
def _mutated(data: bytes, rng: random.Random) -> bytes:
    """Flip, cut, repeat or shuffle bytes of ``data``."""
    data = bytearray(data)
    move = rng.randrange(4)
    if move == 0:
        for _ in range(rng.randint(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif move == 1:
        data = data[: rng.randrange(1, len(data))]
    elif move == 2:
        start = rng.randrange(len(data))
        data[start:start] = data[start:start + rng.randint(1, 200)] * rng.randint(2, 50)
    else:
        start = rng.randrange(len(data))
        piece = data[start:start + 64]
        rng.shuffle(piece)
        data[start:start + 64] = piece
    return bytes(data)


VALID_CSV = b"Gemeente;Aantal\nNergenshuizen;12\nNiemandsland;7\n"


def _csv_cases(rng: random.Random) -> Iterator[tuple[str, bytes]]:
    yield "huge-cell.csv", huge_csv_cell()
    yield "unclosed-quote.csv", unclosed_quote()
    yield "nul.csv", csv_with_nul()
    yield "utf16-nul.csv", "Gemeente\tAantal\nEde\x00\t1\n".encode("utf-16")
    yield "random.csv", rng.randbytes(5000)
    yield "delimiters-only.csv", b";;;;\n" * 1000
    yield "many-columns.csv", b";".join(b"k" for _ in range(5000)) + b"\n"
    yield "many-rows.csv", b"1;2\n" * 100_001
    yield "only-bom.csv", b"\xef\xbb\xbf"
    yield "control-names.csv", b"Gemeente;Aantal\nNergens\x0bhuizen;12\n\x1b[2J;3\n"
    yield "formula-injection.csv", b"Gemeente;Aantal\n=HYPERLINK(\"x\");1\n@SUM(A1);2\n"


def _xlsx_cases(rng: random.Random) -> Iterator[tuple[str, bytes]]:
    yield "far-cell.xlsx", far_cell()
    yield "far-merge.xlsx", far_merge()
    yield "zip-bomb.xlsx", zip_bomb()
    yield "bomb-within-limits.xlsx", zip_bomb(4)
    yield "lying-bomb.xlsx", lying_bomb()
    yield "wide-row.xlsx", wide_row()
    yield "billion-laughs.xlsx", billion_laughs()
    yield "external-entity.xlsx", external_entity()
    yield "bad-string-index.xlsx", workbook_bytes(sheet_xml('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'))
    yield "bad-reference.xlsx", workbook_bytes(sheet_xml('<row r="x"><c r="1A"><v>1</v></c></row>'))
    yield "no-workbook.xlsx", workbook_bytes(sheet_xml(HEADER_ROWS)).replace(b"xl/workbook.xml", b"xl/workbook.xmX")
    yield "csv-named-xlsx.xlsx", VALID_CSV
    yield "empty-zip.xlsx", b"PK\x05\x06" + b"\x00" * 18
    yield "ole.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(3000)
    yield "zip-version-20.xlsx", _zip_version(workbook_bytes(sheet_xml(HEADER_ROWS)), 200)  # found by the fuzz


def _mutated_cases(rng: random.Random, label: str) -> Iterator[tuple[str, bytes]]:
    """Valid-looking files with bytes flipped, cut, repeated or shuffled."""
    workbook = workbook_bytes(sheet_xml(HEADER_ROWS))
    for number in range(8):
        yield f"mutated-{label}-{number}.csv", _mutated(VALID_CSV * 20, rng)
    for number in range(10):
        yield f"mutated-{label}-{number}.xlsx", _mutated(workbook, rng)


def fuzz_cases(rounds: int = 1, seed: int = 12) -> Iterator[tuple[str, bytes]]:
    """Every hostile file of the fuzz test, the same ones on every run: the cases above once, and
    ``rounds`` rounds of mutated files."""
    rng = random.Random(seed)
    yield from _csv_cases(rng)
    yield from _xlsx_cases(rng)
    for number in range(rounds):
        yield from _mutated_cases(rng, str(number))
