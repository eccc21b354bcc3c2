"""The sitemap: Wagtail's, extended to every language version of the site, not only the default one, each page
listing its language versions as alternates (``hreflang``) so search engines show visitors their own.

Its entries are the same for every visitor until a page changes, so they are kept under the answers' generation
(``core.response_cache.kept``): a crawler that asks again without the answer cache costs no query and no URL
built page by page (the sitemap cost 28 queries and about 60 ms, five times any other page)."""

import datetime
from collections import defaultdict

from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from core.layout_cache import find_site
from core.response_cache import kept


def _day(moment):
    """``2026-12-07``: the day of a date or a moment, in the site's time zone (as the ``date`` filter shows it)."""
    if moment is None:
        return ""
    if isinstance(moment, datetime.datetime) and timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return moment.strftime("%Y-%m-%d")


class TranslatedSitemap(Sitemap):
    """Live, public pages under the site's home page and under each of its translations."""

    def get_wagtail_site(self):
        """The request's site from the cached sites (Wagtail's own reads them from the database each time)."""
        return find_site(self.request) or super().get_wagtail_site()

    def get_urls(self, page=1, site=None, protocol=None):
        """Django's entries for one page of the sitemap, with ``latest_lastmod`` (the Last-Modified header), kept
        per site, address and page number. A page number that is not a small number is not kept (it is a 404)."""
        number = str(page)
        if not (number.isdigit() and len(number) <= 4):
            return super().get_urls(page=page, site=site, protocol=protocol)
        protocol = self.get_protocol(protocol)
        domain = self.get_domain(site)

        def build():
            urls = super(TranslatedSitemap, self).get_urls(page=page, site=site, protocol=protocol)
            for entry in urls:  # the day as the template writes it (sitemap.xml), formatted once here
                entry["lastmod_day"] = _day(entry.get("lastmod"))
            return urls, getattr(self, "latest_lastmod", None)

        urls, latest = kept(f"sitemap:{self.get_wagtail_site().pk}:{protocol}://{domain}:{int(number)}", build)
        if latest is not None:
            self.latest_lastmod = latest
        return urls

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True).values_list("path", flat=True)
        under_a_root = Q()
        for path in roots:
            under_a_root |= Q(path__startswith=path)
        return Page.objects.filter(under_a_root).live().public().order_by("path").defer_streamfields().specific()

    def _with_what_urls_need(self, items):
        """Each page with its locale and what its type's URL is built from (``url_select_related``, e.g. a
        resolution's body), read once for all pages instead of once per page."""
        locales = {locale.pk: locale for locale in Locale.objects.all()}
        by_type = defaultdict(list)
        for item in items:
            item.locale = locales[item.locale_id]
            by_type[type(item)].append(item)
        for model, pages in by_type.items():
            related = getattr(model, "url_select_related", ())
            if related:
                prefetch_related_objects(pages, *related)
        return items

    def _urls(self, page, protocol, domain):
        urls = []
        versions = defaultdict(list)  # translation_key → [{"lang_code", "location"}] of the pages listed
        for item in self._with_what_urls_need(list(self.paginator.page(page).object_list)):
            entries = item.get_sitemap_urls(self.request)
            if entries:
                versions[item.translation_key].append(
                    {"lang_code": item.locale.language_code, "location": entries[0]["location"]}
                )
                entries[0]["translation_key"] = item.translation_key
            urls.extend(entries)
        for entry in urls:
            alternates = versions.get(entry.pop("translation_key", None), [])
            entry["alternates"] = alternates if len(alternates) > 1 else []
        last_mods = {entry.get("lastmod") for entry in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
