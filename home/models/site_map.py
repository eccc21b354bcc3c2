""""Mapa strony": every live, public page of the visitor's language as a nested list.

The tree is read in one query (the pages under this language's home page, by their tree path, without the
restricted ones: ``core.page_privacy.without_restricted``) and nested in Python, so the page costs the same
whatever the size of the site.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.models import BasePage
from core.page_privacy import without_restricted

HOME_DEPTH = 2  # home pages are the children of the tree's root


class SiteMapPage(BasePage):
    """"Mapa strony": the page tree of its language, built automatically; linked from every page's header."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("mapa strony")
        verbose_name_plural = _("mapy strony")

    def tree(self, request=None):
        """[{"title", "url", "children"}]: the home page of this language with everything live and public under it."""
        home_path = self.path[: Page.steplen * HOME_DEPTH]
        pages = without_restricted(
            Page.objects.live().filter(path__startswith=home_path, locale_id=self.locale_id)
        ).only("id", "path", "depth", "url_path", "title", "locale_id").order_by("path")
        nodes = {}
        roots = []
        for page in pages:
            node = {"title": page.title, "url": page.get_url(request), "children": []}
            parent = nodes.get(page.path[: -Page.steplen])
            if parent is not None:
                parent["children"].append(node)
            elif page.depth == HOME_DEPTH:
                roots.append(node)
            else:
                continue  # under an unpublished or restricted page: not reachable, so not listed
            nodes[page.path] = node
        return roots

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tree"] = self.tree(request)
        return context
