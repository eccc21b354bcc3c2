"""What a search result shows: its kind, section, date, excerpt and, for a resolution, number, body and status.

Pages come from the search as plain ``Page`` rows. The excerpts are cut from the text the index holds for them
(one query for a page of results, whatever their types, and it includes what related objects and settings
add, e.g. a project's target groups or the office's address); only resolutions and news are read as their own
type, for their number, body, status and date (one query reads what the lines show of the page of results' pages,
as their own type where it is one of those: ``specific_pages``). So a page of results costs two queries.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from core import layout_cache
from core.search_text import RESULT_TYPES, without_terms
from members.models import AuthoritiesPage, Person
from resolutions.models import ResolutionPage

from .documents import document_url
from .excerpts import excerpt

SECTION_PATH_LENGTH = layout_cache.TOP_DEPTH * Page.steplen
RANKED_FIELDS = ("id", "title", "content_type_id")  # what ordering a window of ranked pages reads of each
# What a result line shows of any page (``page_result``, and its URL: ``Page.get_url_parts`` and the register's
# own, which adds ``slug``); of a type in ``RESULT_TYPES``, its own fields but long texts besides: the excerpt is
# cut from the index, and a resolution's document text alone can run to hundreds of kilobytes.
SHOWN_FIELDS = ("id", "title", "slug", "content_type_id", "path", "depth", "url_path", "search_description", "first_published_at")
LONG_TEXT_FIELDS = (models.TextField, StreamField)


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    models: tuple = ()  # "app_label.model" of the page types of this kind; none: every other page type
    many: bool = False  # thousands of pages (the register): counted up to a limit (``search.views.COUNT_LIMIT``)


KINDS = [
    Kind("uchwala", _("Uchwała"), ("resolutions.resolutionpage",), many=True),
    Kind("projekt", _("Projekt"), ("projects.projectpage",)),
    Kind("aktualnosc", _("Aktualność"), ("home.newspage",)),
    Kind("czlonek", _("Członek Związku"), ("members.memberpage",)),
    Kind("osoba", _("Osoba")),
    Kind("dokument", _("Dokument")),
    Kind("strona", _("Strona")),
]
KINDS_BY_SLUG = {kind.slug: kind for kind in KINDS}
PERSON, DOCUMENT, OTHER_PAGES = KINDS_BY_SLUG["osoba"], KINDS_BY_SLUG["dokument"], KINDS_BY_SLUG["strona"]


def type_label(content_type_id):
    """"app_label.model" of a content type, from Django's cache of content types (no query once warm)."""
    content_type = ContentType.objects.get_for_id(content_type_id)
    return f"{content_type.app_label}.{content_type.model}"


def content_type_id(item):
    return getattr(item, "content_type_id", None) or ContentType.objects.get_for_model(item).pk


def kind_of_label(label):
    return next((kind for kind in KINDS if label in kind.models), OTHER_PAGES)


PAGE_KINDS = [kind for kind in KINDS if kind not in (PERSON, DOCUMENT)]


@dataclass(frozen=True)
class RankedPage:
    """A matched page as the ranking reads it, from a plain row: only the page of results shown is read as its
    lines need (``specific_pages``), so a broad query does not build hundreds of page objects to order them."""

    pk: int
    title: str
    content_type_id: int


@dataclass
class Result:
    kind: Kind
    title: str
    url: str
    excerpt: str
    section: str = ""
    date: object = None
    number: str = ""
    body: str = ""
    status: str = ""
    file_url: str = ""
    file_type: str = ""


def specific_pages(pages):
    """{pk: page} for the ``pages`` of a page of results, read with what a result line shows (``SHOWN_FIELDS``;
    the ranking reads only what it orders by: ``RANKED_FIELDS``) and, for a type in ``RESULT_TYPES``, as its own
    type, in one query: each such type's row (and its relations) is selected with the page, through the link
    Django keeps from a page to its subclass's row (``page.resolutionpage``), joined only for the types this
    page of results holds."""
    pks = [page.pk for page in pages]
    if not pks:
        return {}
    type_ids = {ContentType.objects.get_for_model(model).pk: model for model in RESULT_TYPES}
    shown = {type_ids[page.content_type_id] for page in pages if page.content_type_id in type_ids}
    links = {model: model._meta.model_name for model in shown}
    related = list(links.values())
    related += [f"{links[model]}__{name}" for model, names in RESULT_TYPES.items() if model in links for name in names]
    own_fields = [f"{link}__{field.name}" for model, link in links.items() for field in model._meta.local_concrete_fields
                  if not isinstance(field, LONG_TEXT_FIELDS)]
    rows = Page.objects.filter(pk__in=pks).only(*SHOWN_FIELDS, *related, *own_fields).select_related(*related)
    specific = {}
    for page in rows.order_by():  # a dict: no ORDER BY
        specific[page.pk] = next((getattr(page, link) for link in links.values() if _has_child(page, link)), page)
    return specific


def _has_child(page, link):
    try:
        return getattr(page, link) is not None
    except ObjectDoesNotExist:
        return False


def indexed_texts(items):
    """{(content type id, pk): the text the index holds for it, without the search terms}, in one query."""
    if not items:
        return {}
    keys = {(content_type_id(item), str(item.pk)) for item in items}
    text_field = "body_text" if any(field.name == "body_text" for field in IndexEntry._meta.fields) else "body"
    rows = IndexEntry.objects.filter(
        content_type_id__in={key[0] for key in keys}, object_id__in={key[1] for key in keys}
    ).order_by().values_list("content_type_id", "object_id", text_field)
    return {(ct, pk): without_terms(text or "") for ct, pk, text in rows if (ct, pk) in keys}


def indexed_text(texts, item):
    return texts.get((content_type_id(item), str(item.pk)), "")


def page_result(request, page, text, wanted, years=()):
    label = type_label(page.content_type_id)
    crumb = layout_cache.layout(request).crumbs.get(page.path[:SECTION_PATH_LENGTH]) or {}
    fallback = page.search_description or text
    result = Result(
        kind=kind_of_label(label),
        title=page.title,
        url=page.get_url(request),  # the site found for the request and its root paths are read once per request
        excerpt=excerpt([text], wanted, years, fallback=fallback),
        section=crumb.get("title", "") if page.depth > layout_cache.TOP_DEPTH else "",
        date=getattr(page, "date", None) or getattr(page, "adopted_on", None) or page.first_published_at,
    )
    if isinstance(page, ResolutionPage):
        result.number = page.display_number
        result.body = page.body.name if page.body_id else ""
        result.status = str(page.status_label)
    return result


def person_result(request, person, text, wanted):
    people_url = AuthoritiesPage.people_url_for(request)
    section = layout_cache.section_page(request, AuthoritiesPage)
    return Result(
        kind=PERSON,
        title=person.full_name,
        url=f"{people_url}{person.pk}/" if people_url else "",
        excerpt=excerpt([text], wanted, fallback=text),
        section=section.title if section else "",
    )


def document_result(request, entry, text, wanted):
    """A document: its title, leading to the page that shows it (named as its section), with its file's link."""
    document = entry.document
    page = Page(id=entry.page_id, url_path=entry.page_url_path)  # only for its URL: no query
    url = document_url(page.get_url(request) or "", entry.page_type_id, entry.link_path, get_language() or "pl")
    return Result(
        kind=DOCUMENT,
        title=entry.title,
        url=url,
        excerpt=excerpt([text], wanted, fallback=text),
        section=entry.page_title or "",
        date=document.created_at,
        file_url=document.url,
        file_type=(document.file_extension or "").upper(),
    )


def people(query):
    """The published people whose name or seats match ``query`` (a modelsearch query), best first."""
    return get_search_backend().search(query, Person.objects.filter(live=True))
