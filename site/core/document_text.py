"""The readable text of an uploaded document, for the site search: read when the file is saved, never on a
visitor's request.

PDFs give their text layer (a scan gives ""), office files (DOCX, ODT, and the ODS/XLSX cell texts are left
out: a spreadsheet's numbers make poor excerpts) their paragraphs, plain text and CSV files their content.
Any other file, or one that cannot be read, gives None: it is found by its title only. A broken file never
stops an editor from saving it.
"""

import logging
import re
import zipfile
from xml.etree import ElementTree

logger = logging.getLogger(__name__)

MAX_CHARACTERS = 200_000  # the first 50-odd pages of text: enough to find a file, small enough to index fast
SPACES = re.compile(r"[ \t]+")
# The XML part holding an office document's text, and the element of one paragraph there.
OFFICE_PARTS = {
    "docx": ("word/document.xml", "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"),
    "odt": ("content.xml", "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p"),
}


def _pdf(handle):
    from pypdf import PdfReader

    reader = PdfReader(handle)
    return "\n".join((page.extract_text() or "") for page in reader.pages)


def _office(handle, extension):
    part, paragraph = OFFICE_PARTS[extension]
    with zipfile.ZipFile(handle) as archive, archive.open(part) as xml:
        tree = ElementTree.parse(xml)
    return "\n".join("".join(element.itertext()) for element in tree.iter(paragraph))


def _plain(handle):
    data = handle.read(MAX_CHARACTERS * 2)
    for encoding in ("utf-8", "cp1250"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_text(handle, extension):
    """The text of the open binary file ``handle`` whose name ends in ``extension``; None for a type not read."""
    extension = (extension or "").lower().lstrip(".")
    if extension == "pdf":
        text = _pdf(handle)
    elif extension in OFFICE_PARTS:
        text = _office(handle, extension)
    elif extension in ("txt", "csv"):
        text = _plain(handle)
    else:
        return None
    return SPACES.sub(" ", text).strip()[:MAX_CHARACTERS]


def document_text(document, only=None):
    """The text of a Wagtail document (see the module docstring), or None for a file that is not read.

    ``only``: the extensions to read (e.g. ``{"pdf"}``), the others giving None. A file that cannot be read
    gives "" for a PDF (it is then flagged like a scan) and None otherwise.
    """
    if document is None:
        return None
    extension = (document.file_extension or "").lower()
    if only is not None and extension not in only:
        return None
    try:
        with document.open_file() as handle:
            return read_text(handle, extension)
    except Exception:  # a broken or missing file must not stop an editor from saving
        logger.warning("could not read the text of document %s", document.pk, exc_info=True)
        return "" if extension == "pdf" else None
