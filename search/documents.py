"""Which documents a visitor finds, and the page each one leads to (see ``search.models.documents``).

A document is found when a live, public page of the visitor's language shows it (Wagtail's reference index
records the link from the page's content) and it lies in no collection with a view restriction: a file only a
restricted page links, or one in a private collection, is never found, whoever asks. Resolutions are left out
of "shows it": their documents' text is already the resolution's own, found as the resolution. Which page
shows which document is read once per language and kept under the answers' generation (a new one on any change
a visitor could see), so a search reads only the matching documents: one plain query. Built inside the search
query as subqueries, the same answer cost a search 5-70 ms on PostgreSQL with 10,000 resolutions.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast, Length, Substr
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, ReferenceIndex
from wagtail.search.backends import get_search_backend

from core.page_privacy import public
from core.response_cache import kept

from resolutions.models import ResolutionPage

from .models import DocumentText

SHOWN_TIMEOUT = 3600  # seconds; a change is seen at once (new generation), this only bounds what is kept


def _showing_pages(pages):
    """The ids (as text, like the reference index's) of the ``pages`` that may lead to a document."""
    return pages.exclude(content_type=ContentType.objects.get_for_model(ResolutionPage)).annotate(
        text_id=Cast("id", CharField())
    ).values("text_id")


def _shown_documents(pages):
    """{document id: (page id, page title, page URL path, page type id, field path)} for every document one of
    ``pages`` shows, outside restricted collections: the first page of each, by id, as ``documents`` reports."""
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
    link = links.filter(to_object_id=Cast(OuterRef("id"), CharField())).order_by("object_id", "content_path")
    rows = (
        get_document_model().objects.filter(id__in=visible)
        .annotate(page_id=Subquery(link.values("object_id")[:1]), link_path=Subquery(link.values("content_path")[:1]),
                  page_type_id=Subquery(link.values("content_type_id")[:1]))
        .annotate(page_title=Subquery(page.values("title")[:1]), page_url_path=Subquery(page.values("url_path")[:1]))
        .values_list("id", "page_id", "page_title", "page_url_path", "page_type_id", "link_path")
    )
    return {row[0]: (int(row[1]), *row[2:]) for row in rows}


def shown_documents(locale):
    """``_shown_documents`` of the live, public pages of ``locale``, kept in the shared cache until anything a
    visitor could see changes (the answers' generation, ``core.response_cache``): a publish, an unpublish, a
    privacy rule, a collection's restriction or a document's edit starts a new one."""
    return kept(f"search:shown-documents:{locale.pk}",
                lambda: _shown_documents(public(Page.objects.live()).filter(locale=locale)), timeout=SHOWN_TIMEOUT)


def documents(backend_query, locale, matched=None):
    """The documents matching ``backend_query`` (a modelsearch query) shown on a live, public page of ``locale``,
    best first, each with ``page_id``, ``page_title``, ``page_url_path``, ``page_type_id`` and ``link_path`` of
    that page. The search itself is over those documents' ids only: one simple query. Given the entries the
    query ``matched`` with their scores (``core.search_backend.Matches``), the matched ones are read in a plain
    query and put in the backend's order: by score, then the newest id."""
    shown = shown_documents(locale)
    if not shown:
        return []
    if matched is not None:
        scores = {pk: score for pk, score in matched.scores_of(lambda model: model is DocumentText).items() if pk in shown}
        texts = _found_texts().filter(document_id__in=list(scores)) if scores else []
        return _WithPages(matched.best_first(texts, scores), shown)
    found = get_search_backend().search(backend_query, _found_texts().filter(document_id__in=list(shown)))
    return _WithPages(found, shown)


def _found_texts():
    """The documents' entries as a result line reads them: with the document, without the file's text (the
    excerpt is cut from the index; a file's text runs to hundreds of kilobytes)."""
    return DocumentText.objects.select_related("document").defer("text")


class _WithPages:
    """Search results of ``DocumentText`` that, when sliced, carry the page each document is shown on."""

    def __init__(self, found, shown):
        self.found, self.shown = found, shown

    def __getitem__(self, window):
        entries = list(self.found[window])
        for entry in entries:
            (entry.page_id, entry.page_title, entry.page_url_path, entry.page_type_id,
             entry.link_path) = self.shown[entry.document_id]
        return entries


def document_url(page_url, page_type_id, link_path, language_code):
    """Where the page shows the document: its own URL, or the sub-page its type names for the field that links
    it (``document_subpage``, e.g. a project's downloads tab for its ``downloads``)."""
    model = ContentType.objects.get_for_id(page_type_id).model_class() if page_type_id else None
    subpage = getattr(model, "document_subpage", None)
    tail = subpage(link_path or "", language_code) if subpage else ""
    return f"{page_url}{tail}" if page_url and tail else page_url
