"""Funding programmes become translatable (step 2): each programme gets the default locale and a translation
key, and what the ``*_en`` columns held becomes its English translation (same key, locale "en", created when
missing), so nothing already saved is lost before the columns go. A field left empty in English takes the
Polish text, as the English pages showed it until now."""

import uuid

from django.conf import settings
from django.db import migrations


def english_programmes(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    FundingProgramme = apps.get_model("projects", "FundingProgramme")
    default = (Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
               or Locale.objects.order_by("pk").first()
               or Locale.objects.create(language_code=settings.LANGUAGE_CODE))
    for programme in FundingProgramme.objects.filter(translation_key__isnull=True):
        programme.translation_key = uuid.uuid4()
        programme.locale = default
        programme.save(update_fields=["translation_key", "locale"])
    english = None
    for programme in FundingProgramme.objects.filter(locale=default):
        if not (programme.name_en or programme.fund_en or programme.mark_strip_alt_en or programme.notice_en):
            continue
        english = english or Locale.objects.get_or_create(language_code="en")[0]
        if FundingProgramme.objects.filter(translation_key=programme.translation_key, locale=english).exists():
            continue
        FundingProgramme.objects.create(
            translation_key=programme.translation_key, locale=english, period=programme.period,
            mark_strip_id=programme.mark_strip_id, name=programme.name_en or programme.name,
            fund=programme.fund_en or programme.fund,
            mark_strip_alt=programme.mark_strip_alt_en or programme.mark_strip_alt,
            notice=programme.notice_en or programme.notice,
        )


class Migration(migrations.Migration):

    dependencies = [("projects", "0007_programme_translatable_bootstrap")]

    operations = [migrations.RunPython(english_programmes, migrations.RunPython.noop)]
