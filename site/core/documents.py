"""Which documents a visitor may see: collections' privacy, applied to lists of files on public pages."""

from wagtail.models import CollectionViewRestriction


def visible_documents(request, items, document=lambda item: item.document):
    """The ``items`` whose document (``document(item)``) lies in no collection the visitor may not view.

    Each restriction is judged by Wagtail's own ``accept_request`` once per collection, and every
    restriction is read in one query (plus one for their groups), so the number of queries does not
    grow with the number of files. ``items`` need their document's collection selected.
    """
    restrictions = list(CollectionViewRestriction.objects.select_related("collection").prefetch_related("groups"))
    if not restrictions:
        return list(items)
    verdicts = {}
    visible = []
    for item in items:
        path = document(item).collection.path
        if path not in verdicts:
            verdicts[path] = all(
                restriction.accept_request(request)
                for restriction in restrictions
                if path.startswith(restriction.collection.path)
            )
        if verdicts[path]:
            visible.append(item)
    return visible


def is_restricted(document):
    """Whether ``document`` lies in a collection with a view restriction (on it or on a parent collection)."""
    path = document.collection.path
    return any(
        path.startswith(restriction_path)
        for restriction_path in CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    )
