"""Keep the facts that are the same in every language in step across a project's translations.

The English project page is a copy of the Polish one (``copy_for_translation``): without this, an editor
who moves the recruitment dates on the Polish page would leave the English page with the old ones, and
its form would open or close at a different time. When a project page in the default language is
published, its dates, money figures and programme are copied to each translation: as a published
revision when the translation had no pending draft, otherwise into the draft (kept for its editor) and
into the live page.
"""

from django.db import transaction
from wagtail.models import Locale

SHARED_FIELDS = [
    "start_date",
    "end_date",
    "total_cost",
    "eu_cofinancing_percent",
    "eu_cofinancing_amount",
    "programme",
    "recruitment_opens_at",
    "recruitment_closes_at",
]


def sync_shared_facts(sender, instance, revision=None, **kwargs):
    from .models import ProjectPage

    page = instance
    if not isinstance(page, ProjectPage) or page.locale_id != Locale.get_default().pk:
        return
    attnames = [ProjectPage._meta.get_field(name).attname for name in SHARED_FIELDS]
    values = {attname: getattr(page, attname) for attname in attnames}
    user = getattr(revision, "user", None)
    translations = ProjectPage.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    with transaction.atomic():
        for translated in translations:
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
                ProjectPage.objects.filter(pk=translated.pk).update(**values)
