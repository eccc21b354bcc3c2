"""Keep the language-independent facts of a page in step across its translations.

English pages that were copied from the Polish ones (``copy_for_translation``, as the demo loader does)
are not managed by wagtail-localize's translation editor, so nothing would carry a change of, say,
recruitment dates, a member's population or a resolution's date of entry into force over to them.
When a page in the default language is published, the fields that wagtail-localize classifies as
synchronised (dates, numbers, choices, links to images, documents, snippets and pages) are copied to
each such translation: as a new published revision when the translation had no pending draft,
otherwise into that draft (kept for its editor) and into the live row. Translations that wagtail-localize
manages are left to its own "sync translated pages" step.
"""

from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource


@cache
def shared_fact_attnames(model):
    """Column names of ``model``'s own synchronised fields (Wagtail's page fields and child relations excluded)."""
    attnames = []
    for translatable_field in get_translatable_fields(model):
        if not isinstance(translatable_field, SynchronizedField):
            continue
        try:
            field = model._meta.get_field(translatable_field.field_name)
        except FieldDoesNotExist:
            continue
        if getattr(field, "concrete", False) and not field.many_to_many and field.model is not Page:
            attnames.append(field.attname)
    return tuple(attnames)


def _managed_by_wagtail_localize(page, locale):
    source = TranslationSource.objects.filter(object_id=page.translation_key).first()
    return source is not None and Translation.objects.filter(source=source, target_locale=locale, enabled=True).exists()


def sync_shared_facts(sender, instance, revision=None, **kwargs):
    """``page_published`` handler: copy the shared facts of a default-language page to its translations."""
    page = instance.specific
    if page.locale_id != Locale.get_default().pk:
        return
    attnames = shared_fact_attnames(type(page))
    if not attnames:
        return
    values = {attname: getattr(page, attname) for attname in attnames}
    user = getattr(revision, "user", None)
    model = type(page)
    with transaction.atomic():
        for translated in model.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
            if _managed_by_wagtail_localize(page, translated.locale):
                continue
            draft = translated.get_latest_revision_as_object()
            if all(getattr(draft, name) == value for name, value in values.items()):
                continue
            pending_draft = translated.has_unpublished_changes
            for name, value in values.items():
                setattr(draft, name, value)
            new_revision = draft.save_revision(user=user, log_action=True, clean=False)
            if translated.live and not pending_draft:
                new_revision.publish(user=user)
            elif translated.live:
                model.objects.filter(pk=translated.pk).update(**values)
