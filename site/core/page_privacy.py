"""Pages every visitor may see, in the same query as the pages themselves.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction (one query) and then excludes each
restricted subtree; ``without_restricted`` asks the database the same question inside the listing's own
query: no restriction on the page or on one of its ancestors (a restricted page's path is a prefix of theirs).
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def without_restricted(pages):
    """``pages`` (a page queryset) without the ones under a view restriction: what ``pages.public()`` keeps."""
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return pages.filter(~Exists(restricted))
