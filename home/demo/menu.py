"""Demo step, last: the main menu in the order of the association's real site.

Each section's own step creates its page wherever the tree puts it; this step orders the home page's
children once, on the run that built the site. On later runs the order is the editors' and is left alone.
"""

from wagtail.models import Page

# The seven menu sections of the real site, in its order; the other pages (legal pages, news) follow them.
MENU_ORDER = ["o-regionie", "zwiazek", "czlonkowie", "wladze", "uchwaly", "biuro", "projekty"]


def load(loader):
    if not loader.built_site:
        return
    home = loader.home
    sections = {page.slug: page for page in home.get_children()}
    ordered = [sections[slug] for slug in MENU_ORDER if slug in sections]
    for translation in [home, *home.get_translations()]:
        _order_children(translation, ordered)
    loader.log("  main menu ordered: " + ", ".join(page.title for page in ordered))


def _order_children(home, polish_sections):
    """Put the translations (in ``home``'s language) of ``polish_sections`` first under ``home``, in that order."""
    keys = [page.translation_key for page in polish_sections]
    by_key = {page.translation_key: page for page in home.get_children().filter(translation_key__in=keys)}
    for key in reversed(keys):
        page = by_key.get(key)
        if page is not None:
            Page.objects.get(pk=page.pk).move(home, pos="first-child")
            home.refresh_from_db()
