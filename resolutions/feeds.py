"""Open data: the Atom feed of newly published resolutions (all, or one body) and CSV/JSON exports."""

import csv
import json

from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.response_cache import kept
from core.spreadsheets import neutralise

from .queries import filtered, listing_queryset, shown_bodies

FEED_ITEMS = 50
CSV_COLUMNS = [
    "numer", "organ", "data_podjecia", "data_wejscia_w_zycie", "w_sprawie", "status", "adres", "dokument",
]


def atom_feed(index, request, body_slug=None):
    """The latest published resolutions, newest publication first."""
    queryset = listing_queryset(index).order_by("-first_published_at", "-pk")
    bodies = {body.slug: body for body in shown_bodies()}
    body = None
    if body_slug is not None:
        body = bodies.get(body_slug)
        if body is None:
            raise Http404
        queryset = queryset.filter(body__translation_key=body.translation_key)
    base_url = request.build_absolute_uri(index.get_url(request))
    title = index.title if body is None else f"{index.title}: {body.name}"
    feed = Atom1Feed(
        title=title,
        link=base_url,
        description=_("Nowo opublikowane uchwały organów Związku"),
        language=translation.get_language(),
        feed_url=request.build_absolute_uri(),
        feed_guid=request.build_absolute_uri(),
    )
    name = f"resolutions:feed:{index.pk}:{translation.get_language()}:{body_slug}"
    # the same for every reader until a resolution changes, or its status does at midnight
    for resolution in kept(name, lambda: list(queryset[:FEED_ITEMS]), clock=True):
        url = base_url + resolution.register_path
        name = bodies.get(resolution.body.slug, resolution.body).name
        feed.add_item(
            title=f"{resolution.display_number} {name}: {resolution.title}",
            link=url,
            description=_("Data podjęcia: %(date)s. Status: %(status)s.") % {
                "date": resolution.adopted_on.isoformat(), "status": resolution.status.label,
            },
            unique_id=url,
            pubdate=resolution.first_published_at,
            updateddate=resolution.first_published_at,
            categories=[name],
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def _rows(index, request, queryset, bodies):
    base_url = request.build_absolute_uri(index.get_url(request))
    root = request.build_absolute_uri("/").rstrip("/")
    for resolution in queryset.iterator(chunk_size=500):
        document = resolution.document
        yield {
            "numer": resolution.display_number,
            "organ": bodies.get(resolution.body.slug, resolution.body).name,
            "data_podjecia": resolution.adopted_on.isoformat(),
            "data_wejscia_w_zycie": resolution.effective_in_force_from.isoformat(),
            "w_sprawie": resolution.title,
            "status": str(resolution.status.label),
            "adres": base_url + resolution.register_path,
            "dokument": root + document.url if document is not None else "",
        }


class _Echo:
    def write(self, value):
        return value


def export_view(index, request, fmt):
    """The register (honouring the request's filters) as CSV or JSON; an invalid filter is a 400 with the reasons."""
    form, queryset = filtered(index, request)
    if not form.is_valid():
        errors = {name: [str(e) for e in errs] for name, errs in form.errors.items()}
        return JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False})
    if fmt == "json":
        data = {"count": queryset.count(), "results": list(_rows(index, request, queryset, form.bodies))}
        return HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8"
        )
    writer = csv.DictWriter(_Echo(), fieldnames=CSV_COLUMNS)

    def stream():
        yield "\ufeff"  # so spreadsheet programs read the Polish letters as UTF-8
        yield writer.writeheader() or ",".join(CSV_COLUMNS) + "\r\n"
        for row in _rows(index, request, queryset, form.bodies):
            yield writer.writerow({name: neutralise(value) for name, value in row.items()})

    response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="uchwaly.csv"'
    return response
