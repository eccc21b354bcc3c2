"""Uploaded documents must be what their name says: a HTML page named ``x.pdf`` is refused with a message.

The extension alone decides how a browser and an office program treat a download, so a file whose content is
another type (a web page with a script, a program) is refused whatever it is called. The content is read by
``filetype`` (magic numbers, the library Wagtail itself uses for images); plain-text formats have no magic
number, so a ``.txt``/``.csv`` must decode as text and contain no markup a browser would run.
Set as ``WAGTAILDOCS_DOCUMENT_FORM_BASE``: every upload form of the admin (single, multiple, chooser) uses it.
"""

import os

import filetype
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# extension -> what its content may be recognised as (the Office Open and OpenDocument formats are ZIP files,
# and the older Office formats share one container, so a recogniser may name a sibling)
EXPECTED_KINDS = {
    "pdf": {"pdf"},
    "docx": {"docx", "zip"}, "xlsx": {"xlsx", "zip"}, "pptx": {"pptx", "zip"},
    "odt": {"odt", "zip"}, "ods": {"ods", "zip"}, "odp": {"odp", "zip"},
    "doc": {"doc", "xls", "ppt"}, "xls": {"doc", "xls", "ppt"}, "ppt": {"doc", "xls", "ppt"},
    "rtf": {"rtf"}, "zip": {"zip"},
    # recordings in Polish Sign Language, played by the portal's own page (home.SignLanguagePage)
    "mp4": {"mp4", "m4v"}, "webm": {"webm"},
}
TEXT_EXTENSIONS = {"txt", "csv", "vtt"}  # vtt: WebVTT captions of a recording
MARKUP = (b"<html", b"<!doctype", b"<script", b"<svg", b"<?xml", b"<body", b"<iframe")
SAMPLE_BYTES = 8192


def content_problem(name, head):
    """Why a file called ``name`` whose first bytes are ``head`` is not what its name says, or None."""
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    if extension in TEXT_EXTENSIONS:
        lowered = head.lower()
        if b"\x00" in head or any(marker in lowered for marker in MARKUP):
            return _("Plik .%(ext)s nie jest zwykłym tekstem (zawiera kod strony lub dane binarne).") % {"ext": extension}
        for encoding in ("utf-8", "cp1250"):
            try:
                head.decode(encoding)
                return None
            except UnicodeDecodeError as error:
                if error.start > len(head) - 4:  # a character cut at the end of the sample
                    return None
        return _("Plik .%(ext)s nie jest zwykłym tekstem.") % {"ext": extension}
    expected = EXPECTED_KINDS.get(extension)
    if expected is None:
        return None  # the allowed extensions are limited by WAGTAILDOCS_EXTENSIONS
    kind = filetype.guess(head)
    if kind is None or kind.extension not in expected:
        found = kind.extension.upper() if kind else _("nieznany lub tekst")
        return _(
            "Plik ma rozszerzenie .%(ext)s, ale jego zawartość to nie %(upper)s (rozpoznano: %(found)s). "
            "Zapisz go w programie jako %(upper)s i prześlij ponownie."
        ) % {"ext": extension, "upper": extension.upper(), "found": found}
    return None


class PortalDocumentForm(BaseDocumentForm):
    """Wagtail's document form that checks an uploaded file's content against its extension."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            position = file.tell()
            head = file.read(SAMPLE_BYTES)
            file.seek(position)
            problem = content_problem(file.name, head)
            if problem:
                raise ValidationError(problem, code="content_mismatch")
        return file
