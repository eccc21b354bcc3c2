"""Which documents a visitor finds, and the page each one leads to (see ``search.models.documents``).

A document is found when a live, public page of the visitor's language shows it (Wagtail's reference index
records the link from the page's content) and it lies in no collection with a view restriction: a file only a
restricted page links, or one in a private collection, is never found, whoever asks. Resolutions are left out
of "shows it": their documents' text is already the resolution's own, found as the resolution. The page is
read in the same query as the documents (subqueries), so documents cost one query whatever matches.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast, Length, Substr
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, ReferenceIndex
from wagtail.search.backends import get_search_backend

from resolutions.models import ResolutionPage

from .models import DocumentText


def _showing_pages(pages):
    """The ids (as text, like the reference index's) of the ``pages`` that may lead to a document."""
    return pages.exclude(content_type=ContentType.objects.get_for_model(ResolutionPage)).annotate(
        text_id=Cast("id", CharField())
    ).values("text_id")


def documents(backend_query, pages):
    """The documents matching ``backend_query`` (a modelsearch query) shown on one of ``pages`` (live, public,
    of one language), best first, each with ``page_id``, ``page_title`` and ``page_url_path`` of that page."""
    links = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=_showing_pages(pages),
    )
    restricted = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("collection__path"), 1, Length("collection__path"))
    )
    visible = (
        get_document_model().objects.annotate(text_id=Cast("id", CharField()))
        .filter(text_id__in=links.values("to_object_id")).filter(~Exists(restricted)).values("id")
    )
    page = Page.objects.filter(id=Cast(OuterRef("page_id"), IntegerField()))
    link = links.filter(to_object_id=Cast(OuterRef("document_id"), CharField())).order_by("object_id", "content_path")
    found = (
        DocumentText.objects.filter(document__in=visible).select_related("document")
        .annotate(page_id=Subquery(link.values("object_id")[:1]), link_path=Subquery(link.values("content_path")[:1]),
                  page_type_id=Subquery(link.values("content_type_id")[:1]))
        .annotate(page_title=Subquery(page.values("title")[:1]), page_url_path=Subquery(page.values("url_path")[:1]))
    )
    return get_search_backend().search(backend_query, found)


def document_url(page_url, page_type_id, link_path, language_code):
    """Where the page shows the document: its own URL, or the sub-page its type names for the field that links
    it (``document_subpage``, e.g. a project's downloads tab for its ``downloads``)."""
    model = ContentType.objects.get_for_id(page_type_id).model_class() if page_type_id else None
    subpage = getattr(model, "document_subpage", None)
    tail = subpage(link_path or "", language_code) if subpage else ""
    return f"{page_url}{tail}" if page_url and tail else page_url
