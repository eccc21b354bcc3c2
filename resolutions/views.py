"""The register page: filters, result count, 20 resolutions per page; a constant number of queries."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.template.response import TemplateResponse

from core.localization import set_related

from .queries import filtered

PER_PAGE = 20


def register_view(index, request):
    form, queryset = filtered(index, request)
    paginator = Paginator(queryset, PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page") or 1)
    except (EmptyPage, PageNotAnInteger):
        raise Http404
    base_url = index.get_url(request)
    rows = list(page_obj.object_list)
    for row in rows:
        row.register_url = base_url + row.register_path
        set_related(row, "body", form.bodies.get(row.body.slug, row.body))  # its name in the visitor's language
    query = form.query_string()
    context = index.get_context(request)
    context.update({
        "form": form,
        "page_obj": page_obj,
        "resolutions": rows,
        "result_count": paginator.count,
        "extra_query": query,
        "is_filtered": form.is_filtered,
        "base_url": base_url,
    })
    return TemplateResponse(request, "resolutions/resolution_index_page.html", context)
