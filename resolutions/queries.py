"""The register's queries, shared by the register page, the Atom feed and the CSV/JSON exports.

One listing (the live resolutions with what a row shows joined in) and one way to apply the request's filters
to it, so the page, the feed and the exports always list the same resolutions.
"""

from django.utils import translation

from core.localization import default_locale, localized
from core.response_cache import kept
from members.models import StatutoryBody

from .filters import ResolutionFilterForm

LIST_FIELDS = [
    "id", "title", "slug", "url_path", "path", "depth", "locale_id", "live", "first_published_at",
    "number", "seq", "year", "body_id", "adopted_on", "in_force_from", "expires_on", "status_override",
    "repealed_on", "amended_on", "document_id",
    "body__slug", "body__name", "body__translation_key", "body__locale_id",
    "document__file", "document__file_size", "document__title",
]


def listing_queryset(index):
    """Live resolutions of the register, newest first then by number, with what a row shows joined in."""
    return (
        index.public_resolutions()
        .select_related("body", "document")
        .only(*LIST_FIELDS)
        .order_by("-adopted_on", "seq", "body__sort_order")
    )


def shown_bodies():
    """The bodies as the visitor's language names them (default-locale rows localised), in register order; kept
    per language under the answers' generation (the register, its feeds and exports all name them)."""
    return kept(f"resolutions:bodies:{translation.get_language()}",
                lambda: localized(StatutoryBody.objects.filter(locale=default_locale())))


def filtered(index, request):
    """(form, queryset) for the request's filters; the queryset is empty when a filter is invalid.

    ``form.bodies`` (slug → body in the visitor's language) names each row's body without a query."""
    bodies = shown_bodies()
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
