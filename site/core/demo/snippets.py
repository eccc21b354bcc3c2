"""Translations of snippets for the demo: a real translation (same ``translation_key``, the target locale) made
with Wagtail's ``copy_for_translation``, so the demo's English programmes, bodies and terms are what an editor
would get from the admin's "Translate" (and what ``link_translations`` links to wagtail-localize)."""


def ensure_snippet_translation(obj, locale, children=None, **fields):
    """The translation of ``obj`` into ``locale``, created once with ``fields`` set; an existing one is left alone
    (editors' text wins). ``children``: {child relation: {child translation_key: {field: value}}}, for the rows
    an inline copies with the object (a term's composition). Returns (translation, created)."""
    existing = obj.get_translation_or_none(locale)
    if existing is not None:
        return existing, False
    translation = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    for relation, values in (children or {}).items():
        for child in getattr(translation, relation).all():
            for name, value in values.get(child.translation_key, {}).items():
                setattr(child, name, value)
    translation.save()
    return translation, True
