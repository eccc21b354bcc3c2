"""Bodies, terms and their composition become translatable (step 2): every existing row gets the default
locale and a translation key, and what the ``*_en`` columns held becomes the English translation (same
translation key, locale "en", created when missing), so nothing already saved is lost before the columns go.

An English row is made only where some English text was given; a field left empty in English takes the Polish
text, as the pages showed it until now (and as wagtail-localize does for a segment not yet translated).
"""

import uuid

from django.conf import settings
from django.db import migrations


def default_locale(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first() or Locale.objects.order_by("pk").first()
    return locale or Locale.objects.create(language_code=settings.LANGUAGE_CODE)


def english_locale(apps):
    return apps.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="en")[0]


def populate_locales(apps, schema_editor):
    """Wagtail's ``BootstrapTranslatableModel`` for the three models: the default locale and a new key."""
    locale = default_locale(apps)
    for name in ("StatutoryBody", "Term", "Membership"):
        model = apps.get_model("members", name)
        for row in model.objects.filter(translation_key__isnull=True):
            row.translation_key = uuid.uuid4()
            row.locale = locale
            row.save(update_fields=["translation_key", "locale"])


def english_rows(apps, schema_editor):
    """The ``*_en`` values of bodies, terms and memberships as English translations of their rows."""
    StatutoryBody = apps.get_model("members", "StatutoryBody")
    Term = apps.get_model("members", "Term")
    Membership = apps.get_model("members", "Membership")
    default = default_locale(apps)
    english = None

    def english_rows_locale():
        nonlocal english
        english = english or english_locale(apps)
        return english

    for body in StatutoryBody.objects.filter(locale=default):
        if not (body.name_en or body.competences_en or body.composition_note_en):
            continue
        locale = english_rows_locale()
        if StatutoryBody.objects.filter(translation_key=body.translation_key, locale=locale).exists():
            continue
        StatutoryBody.objects.create(
            translation_key=body.translation_key, locale=locale, slug=body.slug,
            name=body.name_en or body.name, name_genitive=body.name_en or body.name_genitive,
            competences=body.competences_en or body.competences,
            composition_note=body.composition_note_en or body.composition_note,
            term_years=body.term_years, sort_order=body.sort_order,
        )
    for term in Term.objects.filter(locale=default):
        rows = list(Membership.objects.filter(term=term).order_by("sort_order", "pk"))
        if not (term.description_en or any(row.public_office_en for row in rows)):
            continue
        locale = english_rows_locale()
        if Term.objects.filter(translation_key=term.translation_key, locale=locale).exists():
            continue
        copy = Term.objects.create(
            translation_key=term.translation_key, locale=locale, body_id=term.body_id,
            start_date=term.start_date, end_date=term.end_date, description=term.description_en or term.description,
        )
        Membership.objects.bulk_create(
            Membership(
                translation_key=row.translation_key, locale=locale, term=copy, person_id=row.person_id,
                role=row.role, public_office=row.public_office_en or row.public_office, member_id=row.member_id,
                start_date=row.start_date, end_date=row.end_date, note=row.note, sort_order=row.sort_order,
            )
            for row in rows
        )


class Migration(migrations.Migration):

    dependencies = [("members", "0006_translatable_snippets_bootstrap")]

    operations = [
        migrations.RunPython(populate_locales, migrations.RunPython.noop),
        migrations.RunPython(english_rows, migrations.RunPython.noop),
    ]
