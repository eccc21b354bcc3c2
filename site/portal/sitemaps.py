"""The sitemap: Wagtail's, extended to every language version of the site, not only the default one."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    """Live, public pages under the site's home page and under each of its translations."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True).values_list("path", flat=True)
        under_a_root = Q()
        for path in roots:
            under_a_root |= Q(path__startswith=path)
        return Page.objects.filter(under_a_root).live().public().order_by("path").defer_streamfields().specific()
