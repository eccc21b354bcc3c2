"""Small, dependency-free generators for the demo content's files: PDFs with a real text layer, DOCX and PNG.

The PDFs use the standard Helvetica font with an encoding that adds the Polish letters, so text
extraction (pypdf) and screen readers get real Polish text.
"""

import io
import textwrap
import zipfile
from xml.sax.saxutils import escape

# Glyphs outside ASCII that the demo texts use, mapped to Adobe glyph names; they get codes from 128 up.
_EXTRA_GLYPHS = {
    "ą": "aogonek", "ć": "cacute", "ę": "eogonek", "ł": "lslash", "ń": "nacute", "ó": "oacute",
    "ś": "sacute", "ź": "zacute", "ż": "zdotaccent", "Ą": "Aogonek", "Ć": "Cacute", "Ę": "Eogonek",
    "Ł": "Lslash", "Ń": "Nacute", "Ó": "Oacute", "Ś": "Sacute", "Ź": "Zacute", "Ż": "Zdotaccent",
    "–": "endash", "—": "emdash", "„": "quotedblbase", "”": "quotedblright", "“": "quotedblleft",
    "§": "section", "…": "ellipsis", "’": "quoteright", "é": "eacute", "ü": "udieresis", "ö": "odieresis",
    "°": "degree", "€": "Euro", "×": "multiply",
}
_CODES = {char: 128 + index for index, char in enumerate(_EXTRA_GLYPHS)}


def _pdf_text(line):
    out = []
    for char in line:
        if char in _CODES:
            out.append("\\%03o" % _CODES[char])
        elif char in "\\()":
            out.append("\\" + char)
        elif " " <= char <= "~":
            out.append(char)
        elif char == "\xa0":
            out.append(" ")
        else:
            out.append("?")
    return "".join(out)


def make_pdf(title, paragraphs, width=92):
    """Return the bytes of an A4 PDF whose text layer holds ``title`` and ``paragraphs`` (one or more pages)."""
    lines = [(title, 15)] + [("", 11)]
    for paragraph in paragraphs:
        for wrapped in textwrap.wrap(paragraph, width) or [""]:
            lines.append((wrapped, 11))
        lines.append(("", 11))
    per_page = 52
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    differences = " ".join("/" + name for name in _EXTRA_GLYPHS.values())
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        None,  # page tree, filled in below
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 4 0 R >>",
        f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 {differences}] >>",
    ]
    page_ids = []
    for page_lines in pages:
        stream = ["BT", "/F1 11 Tf", "56 790 Td", "15 TL"]
        for text, size in page_lines:
            stream.append(f"/F1 {size} Tf ({_pdf_text(text)}) Tj T*")
        stream.append("ET")
        content = "\n".join(stream).encode("latin-1")
        objects.append(f"<< /Length {len(content)} >>\nstream\n".encode("latin-1") + content + b"\nendstream")
        content_id = len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>"
        )
        page_ids.append(len(objects))
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>"

    buffer = io.BytesIO()
    buffer.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(buffer.tell())
        body = body if isinstance(body, bytes) else body.encode("latin-1")
        buffer.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = buffer.tell()
    buffer.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        buffer.write(f"{offset:010d} 00000 n \n".encode())
    buffer.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return buffer.getvalue()


def make_scanned_pdf():
    """Return a one-page PDF with only drawn shapes and no text layer, as a scanner produces."""
    content = b"0.2 g 56 700 480 20 re f 56 660 400 14 re f 56 630 440 14 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    buffer = io.BytesIO()
    buffer.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(buffer.tell())
        buffer.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = buffer.tell()
    buffer.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        buffer.write(b"%010d 00000 n \n" % offset)
    buffer.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return buffer.getvalue()


def make_docx(title, paragraphs):
    """Return the bytes of a minimal Word document (DOCX) with a title and paragraphs."""
    body = [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>{escape(title)}</w:t></w:r></w:p>']
    body += [f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in paragraphs]
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": document,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def make_png(width, height, colours, label=""):
    """Return PNG bytes: vertical stripes of ``colours`` (hex strings) with an optional ASCII label."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), colours[0])
    draw = ImageDraw.Draw(image)
    stripe = width / len(colours)
    for index, colour in enumerate(colours):
        draw.rectangle([int(index * stripe), 0, int((index + 1) * stripe), height], fill=colour)
    if label:
        draw.text((10, height // 2 - 6), label, fill="#000000")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
