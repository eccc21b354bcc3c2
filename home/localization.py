"""Finding the translations of pages in one language, for links that must lead to the visitor's language."""

from wagtail.models import Locale, Page


def localized_pages(pages, locale=None):
    """Map translation_key → the page of ``locale`` (default: the active one) for ``pages``, in at most one query.

    A page already in ``locale`` maps to itself; the others to their live translation, when there is one.
    The translations come back as the pages' own type when all ``pages`` share one, else as plain ``Page``.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    locale = locale or Locale.get_active()
    found = {page.translation_key: page for page in pages if page.locale_id == locale.pk}
    missing = {page.translation_key for page in pages} - set(found)
    if missing:
        types = {type(page) for page in pages}
        model = types.pop() if len(types) == 1 else Page
        for page in model.objects.live().filter(locale=locale, translation_key__in=missing):
            found[page.translation_key] = page
    return found
