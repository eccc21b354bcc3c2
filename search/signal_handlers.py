"""A document saved (uploaded, renamed or its file replaced): its searchable title and text read again."""

from .models import refresh_document_text


def document_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_document_text(instance)
