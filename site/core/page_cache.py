"""What a page reads from its own inline rows (a project's goals, target groups, form fields…), cached per page.

Those rows belong to the page (a ParentalKey to it): they change only when the page is saved or when one of
them is saved or deleted. Either starts a new *token* for the page when its transaction commits, and the
entries are kept under the page's current token, so no worker reads the old rows after the change; until
that commit the process that made the change reads them from the database, so a rolled-back change never
reaches the cache. Rows that point at other content (a partner's linked page, a download's document) do not
belong here: they change without the page.
"""

import functools
import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.models import Page

from .code_version import code_version

TIMEOUT = 24 * 3600


def own_rows(page, relation):
    """``list(getattr(page, relation).all())`` for a relation of the page's own rows (a ParentalKey to it).

    A page built from a revision (a preview) holds its rows in memory: those are its own, never cached.
    """
    if page.pk is None or relation in getattr(page, "_cluster_related_objects", {}) or _pending(page.pk):
        return list(getattr(page, relation).all())
    key = f"portal:page:{code_version()}:{page.pk}:{_token(page.pk)}:{relation}"
    rows = cache.get(key)
    if rows is None:
        rows = list(getattr(page, relation).all())
        cache.set(key, rows, TIMEOUT)
    return rows


class _NewToken:
    """The on-commit callback that starts a new token for one page (its ``page_pk`` marks it as pending)."""

    def __init__(self, page_pk):
        self.page_pk = page_pk

    def __call__(self):
        cache.set(_token_key(self.page_pk), uuid.uuid4().hex, None)


def _token_key(page_pk):
    return f"portal:page-token:{page_pk}"


def _token(page_pk):
    token = cache.get(_token_key(page_pk))
    if token is None:
        cache.add(_token_key(page_pk), uuid.uuid4().hex, None)
        token = cache.get(_token_key(page_pk))
    return token


def _pending(page_pk):
    connection = transaction.get_connection()
    return connection.in_atomic_block and any(
        isinstance(func, _NewToken) and func.page_pk == page_pk for _, func, _ in connection.run_on_commit
    )


def invalidate(page_pk):
    """Start a new token for the page once the current transaction commits (at once outside one)."""
    if page_pk is not None and not _pending(page_pk):
        transaction.on_commit(_NewToken(page_pk))


@functools.cache
def _page_keys(model):
    """The attribute names of ``model``'s parental keys to pages."""
    return [
        field.attname for field in model._meta.concrete_fields
        if isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
    ]


def _changed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate(instance.pk)
    for attname in _page_keys(type(instance)):
        invalidate(getattr(instance, attname))


post_save.connect(_changed, dispatch_uid="portal_page_cache_saved")
post_delete.connect(_changed, dispatch_uid="portal_page_cache_deleted")
