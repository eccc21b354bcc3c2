"""The text layer of attached PDFs, read when a document is attached (never on a visitor's request).

The text is stored on the resolution and its attachments and indexed for the site search; a PDF without a
text layer is a scan, which the admin flags because a screen reader cannot read it.
"""

import logging
import re

logger = logging.getLogger(__name__)


def extract_pdf_text(document):
    """Return the text layer of a Wagtail document if it is a PDF ("" for a scan), or None for other files."""
    if document is None or (document.file_extension or "").lower() != "pdf":
        return None
    from pypdf import PdfReader

    try:
        with document.open_file() as handle:
            reader = PdfReader(handle)
            text = "\n".join((page.extract_text() or "") for page in reader.pages)
    except Exception:  # a broken PDF must not stop an editor from saving; it is flagged like a scan
        logger.warning("could not read the text of document %s", document.pk, exc_info=True)
        return ""
    return re.sub(r"[ \t]+", " ", text).strip()


def text_layer(document):
    """``(text, is_scan)`` of an attached document: ``("", False)`` for no document or a file that is not a PDF."""
    text = extract_pdf_text(document)
    return text or "", text == ""
