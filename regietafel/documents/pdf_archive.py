"""What makes a reportlab PDF archivable as PDF/A-2b (ISO 19005-2, level B), as far as the
document itself can: reportlab has no PDF/A mode, so the parts it does not write are added here.

* XMP metadata (``/Metadata``, unfiltered) that declares ``pdfaid:part 2`` / ``conformance B``
  and repeats the document information dictionary exactly (title, author, subject, keywords,
  creator, producer, dates);
* an output intent (``/OutputIntents``, ``GTS_PDFA1``) with an sRGB ICC profile, so the
  device colours of text, tables, charts and maps have a defined meaning;
* the document language (``/Lang``).

The rest is the house style's job: every font embedded (DejaVu Sans, never the standard 14
fonts), no transparency, no annotations or scripts. ``tests/documents/test_pdf_archive.py``
checks these structural rules on the written files.
"""

from __future__ import annotations

import struct
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFStreamFilterZCompress,
    PDFString,
)
from reportlab.pdfbase.pdfdoc import format as pdf_format

PROFILE_NAME = "sRGB IEC61966-2.1"


# --- the sRGB profile -----------------------------------------------------------------------

def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ " + bytes(4) + _s15(x) + _s15(y) + _s15(z)


def _srgb_curve(samples: int = 1024) -> bytes:
    """The sRGB transfer function (IEC 61966-2-1) sampled for an ICC ``curv`` tag."""
    values = []
    for index in range(samples):
        v = index / (samples - 1)
        linear = v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        values.append(round(linear * 65535))
    return b"curv" + bytes(4) + struct.pack(">I", samples) + struct.pack(f">{samples}H", *values)


def _description(text: str) -> bytes:
    ascii_ = text.encode("ascii") + b"\0"
    # textDescriptionType: ASCII, then empty Unicode and ScriptCode parts (67 bytes of script).
    return (b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_ + struct.pack(">II", 0, 0)
            + struct.pack(">HB", 0, 0) + bytes(67))


@cache
def srgb_profile() -> bytes:
    """A small ICC version 2.1 display profile of sRGB, made here (no profile file to ship):
    the D50-adapted sRGB primaries, D65 media white and the sRGB tone curve."""
    tags = [
        (b"desc", _description(PROFILE_NAME)),
        (b"cprt", b"text" + bytes(4) + b"No copyright, use freely\0"),
        (b"wtpt", _xyz(0.9505, 1.0, 1.0891)),
        (b"rXYZ", _xyz(0.4360747, 0.2225045, 0.0139322)),
        (b"gXYZ", _xyz(0.3850649, 0.7168786, 0.0971045)),
        (b"bXYZ", _xyz(0.1430804, 0.0606169, 0.7141733)),
    ]
    curve = _srgb_curve()
    table_size = 4 + 12 * (len(tags) + 3)
    offset = 128 + table_size
    entries, data = [], b""
    for signature, body in tags:
        entries.append((signature, offset + len(data), len(body)))
        data += body + bytes(-len(body) % 4)
    curve_offset = offset + len(data)
    entries += [(name, curve_offset, len(curve)) for name in (b"rTRC", b"gTRC", b"bTRC")]  # one shared curve
    data += curve + bytes(-len(curve) % 4)
    size = offset + len(data)
    header = (struct.pack(">I", size) + bytes(4) + bytes([2, 0x10, 0, 0]) + b"mntr" + b"RGB " + b"XYZ "
              + struct.pack(">6H", 2024, 1, 1, 0, 0, 0) + b"acsp" + bytes(4) + bytes(4) + bytes(4) + bytes(4)
              + bytes(8) + struct.pack(">I", 0) + _s15(0.9642) + _s15(1.0) + _s15(0.8249) + bytes(4) + bytes(44))
    assert len(header) == 128
    table = struct.pack(">I", len(entries)) + b"".join(struct.pack(">4sII", *entry) for entry in entries)
    return header + table + data


# --- streams ----------------------------------------------------------------------------------

def _end_streams_with_eol() -> None:
    """PDF/A (ISO 19005, 6.1.7) wants an end-of-line marker before every ``endstream``; reportlab
    writes binary and ASCII85 data straight up to the keyword. The marker is not part of the
    stream's /Length, so adding it changes nothing else. Done once, for every reportlab stream."""
    if getattr(PDFStream.format, "_ends_with_eol", False):
        return
    original = PDFStream.format

    def format_with_eol(self, document):
        out = original(self, document)
        # Always: reportlab writes /Length bytes then "endstream", and binary data may itself end
        # in a newline byte, which counts in /Length and is no end-of-line marker.
        return out[: -len(b"endstream\n")] + b"\nendstream\n"

    format_with_eol._ends_with_eol = True
    PDFStream.format = format_with_eol


_end_streams_with_eol()


# --- metadata -------------------------------------------------------------------------------

class _PlainStream(PDFStream):
    """A stream written without any filter (PDF/A: the metadata stream has no /Filter)."""

    def format(self, document):
        dictionary = PDFDictionary(self.dictionary.dict.copy())
        content = document.encrypt.encode(self.content)
        dictionary["Length"] = len(content)
        body = pdf_format(content, document)
        return pdf_format(dictionary, document) + b"\nstream\n" + body + (b"" if body.endswith(b"\n") else b"\n") + b"endstream\n"


def _xmp_date(stamp) -> str:
    year, month, day, hour, minute, second = stamp.YMDhms
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{stamp.dhh:+03d}:{stamp.dmm:02d}"


def xmp_packet(info, stamp, language: str) -> bytes:
    """XMP that says PDF/A-2B and repeats the information dictionary word for word (all but
    /Trapped: pdf:Trapped is not among the schemas PDF/A predefines, and PDF/A does not ask for it)."""
    date = _xmp_date(stamp)

    def e(value: str) -> str:
        return escape(value or "")

    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{e(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{e(language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{e(info.keywords)}</pdf:Keywords>
   <pdf:Producer>{e(info.producer)}</pdf:Producer>
   <xmp:CreatorTool>{e(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return body.encode("utf-8")


def make_archivable(canvas, language: str) -> None:
    """Add metadata, output intent and language to the document of ``canvas`` before it is saved."""
    document = canvas._doc
    info = document.info
    metadata = _PlainStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                            xmp_packet(info, document._timeStamp, language))
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile(), filters=[PDFStreamFilterZCompress()])
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(PROFILE_NAME), "Info": PDFString(PROFILE_NAME),
        "DestOutputProfile": document.Reference(profile),
    })
    catalog = document.Catalog
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]  # reportlab knows no OutputIntents
    catalog.Metadata = metadata
    catalog.OutputIntents = PDFArray([intent])
    catalog.Lang = PDFString(language)
