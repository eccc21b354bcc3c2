from .documents import DocumentText, refresh_document_text

__all__ = ["DocumentText", "refresh_document_text"]
