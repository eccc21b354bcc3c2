"""The register page: filters, result count, 20 resolutions per page; a constant number of queries."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.template.response import TemplateResponse

from members.models import StatutoryBody

from .filters import ResolutionFilterForm

PER_PAGE = 20
LIST_FIELDS = [
    "id", "title", "slug", "url_path", "path", "depth", "locale_id", "live", "first_published_at",
    "number", "seq", "year", "body_id", "adopted_on", "in_force_from", "expires_on", "status_override",
    "repealed_on", "amended_on", "document_id",
    "body__slug", "body__name", "body__name_en",
    "document__file", "document__file_size", "document__title",
]


def listing_queryset(index):
    """Live resolutions of the register, newest first then by number, with what a row shows joined in."""
    return (
        index.resolutions()
        .select_related("body", "document")
        .only(*LIST_FIELDS)
        .order_by("-adopted_on", "seq", "body__sort_order")
    )


def filtered(index, request):
    """(form, queryset) for the request's filters; the queryset is empty when a filter is invalid."""
    bodies = list(StatutoryBody.objects.all())
    form = ResolutionFilterForm(request.GET, bodies=bodies)
    queryset = listing_queryset(index)
    if form.is_valid():
        queryset = form.filter(queryset)
    else:
        queryset = queryset.none()
        for name in form.errors:
            if name in form.fields:
                form.fields[name].widget.attrs.update({"aria-invalid": "true", "aria-describedby": f"filter-{name}-errors"})
    return form, queryset


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
