"""The sitemap: Wagtail's, extended to every language version of the site, not only the default one, each page
listing its language versions as alternates (``hreflang``) so search engines show visitors their own."""

from collections import defaultdict

from django.db.models import Q, prefetch_related_objects
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class TranslatedSitemap(Sitemap):
    """Live, public pages under the site's home page and under each of its translations."""

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
