"""Each language's messages are looked up in one dictionary per plural rule (``core.translation_catalogs``), and
every message reads exactly as with Django's own catalogue of 31 dictionaries: the same text in both languages,
the portal's own catalogue and its supplement to Wagtail's still winning."""

import pytest
from django.utils.translation import trans_real

from core import translation_catalogs


def unmerged(language):
    """The language loaded as Django 5.2 loads it by itself."""
    patched = trans_real.TranslationCatalog.update
    trans_real.TranslationCatalog.update = translation_catalogs.DJANGO_UPDATE
    try:
        return trans_real.DjangoTranslation(language)
    finally:
        trans_real.TranslationCatalog.update = patched


@pytest.mark.parametrize("language", ["pl", "en"])
def test_catalogues_sharing_a_plural_rule_are_one(language):
    plurals = trans_real.translation(language)._catalog._plurals
    assert all(first.__code__ != second.__code__ for first, second in zip(plurals, plurals[1:]))
    assert len(unmerged(language)._catalog._catalogs) > len(plurals)  # Django's own: one per app's catalogue


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_message_reads_as_django_reads_it(language):
    merged, reference = trans_real.translation(language)._catalog, unmerged(language)._catalog
    keys = set(reference.keys())
    assert len(keys) > 1000
    assert {key: merged.get(key) for key in keys} == {key: reference.get(key) for key in keys}
    plural_keys = [key for key in keys if isinstance(key, tuple)]
    for msgid, _form in plural_keys:
        for count in (1, 2, 5, 22):
            assert merged.plural(msgid, count) == reference.plural(msgid, count)
