"""The text layer of attached PDFs, read when a document is attached (never on a visitor's request).

The text is stored on the resolution and its attachments and indexed for the site search; a PDF without a
text layer is a scan, which the admin flags because a screen reader cannot read it.
"""

from core.document_text import document_text


def extract_pdf_text(document):
    """Return the text layer of a Wagtail document if it is a PDF ("" for a scan), or None for other files."""
    return document_text(document, only={"pdf"})


def text_layer(document):
    """``(text, is_scan)`` of an attached document: ``("", False)`` for no document or a file that is not a PDF."""
    text = extract_pdf_text(document)
    return text or "", text == ""
