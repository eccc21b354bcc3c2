"""One translation path: every translation is a wagtail-localize translation of its default-language source.

wagtail-localize keeps a translated page (or snippet) as the source's content plus translated strings, so the
fields that are the same in every language (dates, amounts, linked documents, people and images, a form's
fields) follow the source when an editor syncs ("Synchronizuj przetłumaczone strony"), while the translated
text stays as the translator left it.

Pages and snippets made before that as plain copies (``copy_for_translation`` followed by typing the English
text) are *linked* here: the source's segments are paired with the copy's segments at the same place (the
same field, the same block by its position in a StreamField, the same paragraph), each pair becomes a
translated string in wagtail-localize's memory, and a ``Translation`` record ties the copy to its source.
When every string of the source found its pair, the copy is rebuilt by wagtail-localize from the source and
those strings, which gives back the same text; otherwise the copy is left exactly as it is (its text stays
live and in its History) and the translation editor shows which strings still need a translator.

``translation_state(obj)`` tells an editor whether a translation still matches its source.
"""

import json
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _positional_keys(segments):
    """Each segment keyed by its place, not by block ids: ``body.<uuid>.text`` becomes ``body.#2.text`` (the
    third block of ``body``), and several strings at one place (paragraphs of one rich text) are numbered."""
    ordinals = {}
    occurrences = {}
    keyed = {}
    for segment in sorted(segments, key=lambda item: item.order):
        parts = []
        for part in segment.path.split("."):
            if UUID.match(part):
                prefix = ".".join(parts)
                seen = ordinals.setdefault(prefix, {})
                part = "#%d" % seen.setdefault(part, len(seen))
            parts.append(part)
        place = ".".join(parts)
        index = occurrences.get(place, 0)
        occurrences[place] = index + 1
        keyed[(place, index)] = segment
    return keyed


@dataclass
class LinkResult:
    """What linking one copy did: how many of the source's strings found their translated pair."""

    strings: int = 0
    paired: int = 0
    rebuilt: bool = False
    unpaired: list = field(default_factory=list)

    @property
    def complete(self):
        return self.paired == self.strings


def _specific(obj):
    return obj.specific if isinstance(obj, Page) else obj


@transaction.atomic
def link_translation(source_obj, translated_obj, user=None):
    """Make ``translated_obj`` (a plain copy of ``source_obj`` in another locale) a wagtail-localize translation
    of it, keeping its text. Idempotent: an already linked pair is left alone."""
    source_obj, translated_obj = _specific(source_obj), _specific(translated_obj)
    locale = translated_obj.locale
    source, _created = TranslationSource.get_or_create_from_instance(source_obj)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    result = LinkResult()
    if not created:
        result.strings = result.paired = StringSegment.objects.filter(source=source).count()
        return result

    theirs = _positional_keys(extract_segments(translated_obj))
    string_segments = {
        (segment.context.path, segment.order): segment
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context")
    }
    for key, segment in _positional_keys(extract_segments(source_obj)).items():
        pair = theirs.get(key)
        if isinstance(segment, StringSegmentValue):
            result.strings += 1
            stored = string_segments.get((segment.path, segment.order))
            if stored is None or not isinstance(pair, StringSegmentValue):
                result.unpaired.append(segment.path)
                continue
            StringTranslation.objects.update_or_create(
                translation_of=stored.string, locale=locale, context=stored.context,
                defaults={"data": pair.string.data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                          "last_translated_by": user},
            )
            result.paired += 1
        elif isinstance(segment, OverridableSegmentValue) and isinstance(pair, OverridableSegmentValue):
            if pair.data != segment.data:  # e.g. an image or link the copy had chosen for itself
                stored = OverridableSegment.objects.filter(source=source, context__path=segment.path).first()
                if stored is not None:
                    SegmentOverride.objects.update_or_create(
                        context=stored.context, locale=locale,
                        defaults={"data_json": json.dumps(pair.data), "last_translated_by": user},
                    )

    if result.complete:
        was_live = getattr(translated_obj, "live", True)
        translation.save_target(user=user, publish=was_live)
        result.rebuilt = True
    return result


def translatable_models():
    """Page types and snippets that wagtail-localize translates (what ``link_translations`` walks through)."""
    from wagtail.snippets.models import get_snippet_models

    models = [Page]
    models += [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]
    return models


def unlinked_pairs(model):
    """(source, copy) pairs of ``model``: a default-language object and its translation that no wagtail-localize
    ``Translation`` ties together yet."""
    default = Locale.get_default()
    linked = set(
        Translation.objects.values_list("source__object_id", "target_locale_id")
    )
    sources = {
        obj.translation_key: obj
        for obj in model.objects.filter(locale=default).exclude(**({"depth": 1} if model is Page else {}))
    }
    copies = model.objects.filter(translation_key__in=sources).exclude(locale=default)
    for copy in copies.order_by(*(["path"] if model is Page else ["pk"])):
        if (copy.translation_key, copy.locale_id) not in linked:
            yield sources[copy.translation_key], copy


class State:
    UP_TO_DATE = "up_to_date"
    OUT_OF_DATE = "out_of_date"
    WAITING = "waiting"


STATE_LABELS = {
    State.UP_TO_DATE: _("tłumaczenie aktualne"),
    State.OUT_OF_DATE: _("tłumaczenie nieaktualne"),
    State.WAITING: _("tłumaczenie niedokończone"),
}


@dataclass
class TranslationState:
    """Whether the translations of a page match its source, for the page listing and the editor."""

    state: str
    source: TranslationSource
    source_page: Page

    @property
    def label(self):
        return STATE_LABELS[self.state]

    @property
    def needs_sync(self):
        return self.state == State.OUT_OF_DATE


def _source_changed_since_sync(source_page, source):
    changed = source_page.last_published_at
    return changed is not None and changed > source.last_updated_at


def _not_rebuilt_since_sync(source, translations):
    """A sync that only took the source into wagtail-localize (without publishing the translations) leaves the
    translated pages as they were until someone publishes them."""
    rebuilt = dict(
        TranslationLog.objects.filter(source=source, locale__in=[t.target_locale_id for t in translations])
        .values_list("locale_id").annotate(last=Max("created_at"))
    )
    return any(rebuilt.get(t.target_locale_id) is None or rebuilt[t.target_locale_id] < source.last_updated_at
               for t in translations)


def translation_state(page):
    """The state of ``page``'s translation (or, for a source page, of its translations); None when the page
    takes no part in a wagtail-localize translation.

    Out of date: the source was published after the last sync, so its new dates, files or text have not
    reached the translation yet. Unfinished: the translation still has strings nobody translated."""
    source = (
        TranslationSource.objects.filter(object_id=page.translation_key, translations__enabled=True)
        .distinct().first()
    )
    if source is None:
        return None
    if source.locale_id == page.locale_id:
        source_page = page
        translations = list(source.translations.filter(enabled=True))
    else:
        source_page = Page.objects.filter(translation_key=page.translation_key, locale_id=source.locale_id).first()
        translations = list(source.translations.filter(enabled=True, target_locale_id=page.locale_id))
        if source_page is None or not translations:
            return None
    if _source_changed_since_sync(source_page, source):
        state = State.OUT_OF_DATE
    elif any(done < total for total, done in (translation.get_progress() for translation in translations)):
        state = State.WAITING
    elif _not_rebuilt_since_sync(source, translations):
        state = State.OUT_OF_DATE
    else:
        state = State.UP_TO_DATE
    return TranslationState(state=state, source=source, source_page=source_page)
