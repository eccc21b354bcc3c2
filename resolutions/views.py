"""The register page: filters, result count, 20 resolutions per page; a constant number of queries.

A page of results is the same for every visitor on one day, in one language, until something visible changes: the
rows and the count are kept per filters and page number under the answers' generation, until the next midnight
(a resolution's status, and the status filter, change with the date)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation

from core.localization import set_related
from core.response_cache import kept

from .queries import filtered

PER_PAGE = 20


def register_view(index, request):
    form, queryset = filtered(index, request)
    number = request.GET.get("page") or "1"

    def page_of_rows():
        paginator = Paginator(queryset, PER_PAGE)
        page_obj = paginator.page(number)
        rows = list(page_obj.object_list)
        for row in rows:
            set_related(row, "body", form.bodies.get(row.body.slug, row.body))  # its name in the visitor's language
        return rows, paginator.count, page_obj.number

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
        row.register_url = base_url + row.register_path
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
