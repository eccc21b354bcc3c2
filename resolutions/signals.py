"""Keep the derived facts of resolutions up to date, outside any visitor's request.

- ``refresh_relation_dates()``: when a resolution is published or unpublished, every resolution's
  ``repealed_on`` / ``amended_on`` is recomputed from the *live* relations (matched across languages by
  translation key), so a published repeal flips the old resolution to "uchylona" with no manual step.
- When a document's file is replaced, the text of the resolutions and attachments using it is extracted again.
"""

from django.db.models import F, Min, Q
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.signals import page_published, page_unpublished

from .enums import RelationKind
from .models import ResolutionAttachment, ResolutionIndexPage, ResolutionPage, ResolutionRelation
from .permissions import ensure_register_permissions


def _earliest_live(kind):
    """{translation key of a target: the earliest entry into force of a live resolution of this kind}."""
    rows = (
        ResolutionRelation.objects.filter(kind=kind, source__live=True)
        .values("target__translation_key")
        .annotate(first=Min(Coalesce(F("source__in_force_from"), F("source__adopted_on"))))
    )
    return {row["target__translation_key"]: row["first"] for row in rows}


def refresh_relation_dates():
    """Recompute ``repealed_on`` and ``amended_on`` of the resolutions that are or were related.

    Three reads and one bulk update of the rows that changed, whatever the size of the register.
    """
    repeals, amends = _earliest_live(RelationKind.REPEALS), _earliest_live(RelationKind.AMENDS)
    related = ResolutionRelation.objects.values("target__translation_key")
    candidates = ResolutionPage.objects.filter(
        Q(translation_key__in=related) | Q(repealed_on__isnull=False) | Q(amended_on__isnull=False)
    ).only("pk", "translation_key", "repealed_on", "amended_on")
    changed = []
    for page in candidates:
        repealed_on, amended_on = repeals.get(page.translation_key), amends.get(page.translation_key)
        if (page.repealed_on, page.amended_on) != (repealed_on, amended_on):
            page.repealed_on, page.amended_on = repealed_on, amended_on
            changed.append(page)
    if changed:
        ResolutionPage.objects.bulk_update(changed, ["repealed_on", "amended_on"])


@receiver(page_published)
@receiver(page_unpublished)
def resolution_published(sender, instance, **kwargs):
    if isinstance(instance, ResolutionPage) or sender is ResolutionPage:
        refresh_relation_dates()


@receiver(post_delete, sender=ResolutionPage)
def resolution_deleted(sender, instance, **kwargs):
    refresh_relation_dates()


@receiver(post_save, sender=ResolutionIndexPage)
def register_created(sender, instance, created, raw=False, **kwargs):
    """A new register gets the resolution groups' permissions and the approval workflow."""
    if created and not raw:
        ensure_register_permissions(instance)


@receiver(post_save, sender=get_document_model())
def document_saved(sender, instance, created, raw=False, **kwargs):
    """A replaced file: extract its text again wherever it is a resolution's document or attachment."""
    if created or raw:
        return
    from wagtail.search.index import insert_or_update_object

    page_ids = set()
    for attachment in ResolutionAttachment.objects.filter(document=instance):
        attachment.refresh_text(force=True)
        attachment.save(update_fields=["text", "is_scan", "text_of"])
        page_ids.add(attachment.page_id)
    for page in ResolutionPage.objects.filter(Q(document=instance) | Q(pk__in=page_ids)):
        page.refresh_document_text(force=page.document_id == instance.pk)
        ResolutionPage.objects.filter(pk=page.pk).update(
            document_text=page.document_text, document_is_scan=page.document_is_scan,
            document_text_of=page.document_text_of, attachments_text=page.attachments_text, has_scan=page.has_scan,
        )
        insert_or_update_object(page)
