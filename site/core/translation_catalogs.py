"""Each language's messages in one dictionary per plural rule, as Django means to keep them.

Django 5.2's ``TranslationCatalog.update`` means to merge a catalogue into the top one when their plural rules
are the same, but it compares the new rule's code with the top rule itself, which is never equal. So each of the
31 catalogues of the installed apps stays a dictionary of its own, and a message found in none of the first ones
(every Polish source string: the Polish catalogue leaves them as they are) is looked up in all 31: about 10 µs a
``{% translate %}`` instead of 4, a fifth of a content page's CPU time. ``merge_equal_plurals`` compares the
codes, only while Django still has the bug; which catalogue wins for a message is unchanged (the last loaded).
"""

from django.utils.translation import trans_real

DJANGO_UPDATE = trans_real.TranslationCatalog.update  # Django's own, kept for the test that compares the two


def _merges(update):
    """Whether ``update`` merges a catalogue whose plural rule has the same code as the top one's."""

    class Catalogue:
        def __init__(self):
            self._catalog, self.plural = {}, lambda n: int(n != 1)

    catalogue = trans_real.TranslationCatalog(Catalogue())
    update(catalogue, Catalogue())
    return len(catalogue._catalogs) == 1


def _update(self, trans):
    if trans.plural.__code__ == self._plurals[0].__code__:
        self._catalogs[0].update(trans._catalog)
    else:
        self._catalogs.insert(0, trans._catalog.copy())
        self._plurals.insert(0, trans.plural)


def merge_equal_plurals():
    """Merge the catalogues that share a plural rule (``CoreConfig.ready``). The default language was already
    loaded while the models were imported (Django names its many-to-many tables with ``gettext``), so the loaded
    languages are dropped and load again, merged, when next used: what Django does when ``LOCALE_PATHS``
    changes."""
    if not _merges(DJANGO_UPDATE) and trans_real.TranslationCatalog.update is DJANGO_UPDATE:
        trans_real.TranslationCatalog.update = _update
        trans_real._translations = {}
        trans_real._default = None
