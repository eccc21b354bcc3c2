"""The register page: filters, result count, 20 resolutions per page; a constant number of queries.

A page of results is the same for every visitor on one day, in one language, until something visible changes: the
rows and the count are kept per filters and page number under the answers' generation, until the next midnight
(a resolution's status, and the status filter, change with the date)."""

from dataclasses import dataclass
from datetime import date

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation

from core.formatting import file_type_and_size
from core.localization import set_related
from core.response_cache import kept

from .queries import filtered

PER_PAGE = 20


@dataclass
class RegisterRow:
    """One line of the register as the table shows it, read from its resolution once for all the day's visitors
    (kept with the page of results): the status as of today, the document's address and "PDF, 120 kB"."""

    number: str
    path: str  # under the register: "zarzad/2014/12/"
    body_name: str  # in the visitor's language
    adopted_on: date
    title: str
    status: object  # a ResolutionStatus
    document_url: str = ""
    document_meta: str = ""
    url: str = ""  # the register's address + path, set per request

    @classmethod
    def of(cls, resolution):
        document = resolution.document
        return cls(
            number=resolution.display_number, path=resolution.register_path, body_name=resolution.body.name,
            adopted_on=resolution.adopted_on, title=resolution.title, status=resolution.status,
            document_url=document.url if document else "", document_meta=file_type_and_size(document) if document else "",
        )


def register_view(index, request):
    form, queryset = filtered(index, request)
    number = request.GET.get("page") or "1"

    def page_of_rows():
        paginator = Paginator(queryset, PER_PAGE)
        page_obj = paginator.page(number)
        resolutions = list(page_obj.object_list)
        for resolution in resolutions:  # the body's name in the visitor's language
            set_related(resolution, "body", form.bodies.get(resolution.body.slug, resolution.body))
        return [RegisterRow.of(resolution) for resolution in resolutions], paginator.count, page_obj.number

    try:
        if form.is_valid() and str(number).isdigit() and len(str(number)) <= 6:
            name = f"resolutions:register:{index.pk}:{translation.get_language()}:{form.query_string()}:{int(number)}"
            rows, count, number = kept(name, page_of_rows, clock=True)
        else:
            rows, count, number = page_of_rows()
        page_obj = Paginator(range(count), PER_PAGE).page(number)  # what the pagination shows: number, pages
    except (EmptyPage, PageNotAnInteger):
        raise Http404
    base_url = index.get_url(request)
    for row in rows:
        row.url = base_url + row.path
    query = form.query_string()
    context = index.get_context(request)
    context.update({
        "form": form,
        "page_obj": page_obj,
        "resolutions": rows,
        "result_count": count,
        "extra_query": query,
        "is_filtered": form.is_filtered,
        "base_url": base_url,
    })
    return TemplateResponse(request, "resolutions/resolution_index_page.html", context)
