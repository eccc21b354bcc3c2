"""Inline rows of a page (goals, partners, files, staff…) that wagtail-localize translates with the page.

wagtail-localize offers the text of a page's child rows for translation only when the row model is
translatable; the rows of any other model are copied over from the source, in its language, on every sync.
So every inline with text a visitor reads (or with a link to a page, which must lead to the page in the
visitor's language) derives from ``TranslatableOrderable``. A row takes the language of its page when it
is saved, and the same row in each language version shares one translation key, so a sync matches them.
"""

from modelcluster.fields import ParentalKey
from wagtail.models import Orderable, TranslatableMixin


class TranslatableOrderable(TranslatableMixin, Orderable):
    """An ordered inline row of a page, translated with the page (its text becomes segments)."""

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        if not self.locale_id:
            parent = next(
                (getattr(self, field.name) for field in self._meta.fields if isinstance(field, ParentalKey)), None
            )
            if parent is not None:
                self.locale_id = parent.locale_id
        return super().save(*args, **kwargs)
