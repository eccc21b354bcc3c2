"""Pages every visitor may see, in the same query as the pages themselves.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction (one query) and then excludes each
restricted subtree; ``without_restricted`` asks the database the same question inside the listing's own
query: no restriction on the page or on one of its ancestors (a restricted page's path is a prefix of theirs).
``public`` keeps the restricted paths under the answers' generation (a restriction's change starts a new one):
for a queryset that runs several queries in one request (the search's counts and ranking), where the same
subquery would be compiled and run in each.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from .response_cache import kept


def without_restricted(pages):
    """``pages`` (a page queryset) without the ones under a view restriction: what ``pages.public()`` keeps."""
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return pages.filter(~Exists(restricted))


def restricted_paths():
    """The tree paths of the pages that carry a view restriction (their subtrees are private)."""
    return sorted(PageViewRestriction.objects.values_list("page__path", flat=True))


def public(pages):
    """What ``pages.public()`` keeps, with no query once the restricted paths are kept (Wagtail reads every
    restriction on each call)."""
    private = Q(pk__in=[])  # as Wagtail's: no restriction, nothing excluded
    for path in kept("core:restricted-paths", restricted_paths):
        private |= Q(path__startswith=path)
    return pages.exclude(private)
