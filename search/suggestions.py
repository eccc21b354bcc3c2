""""Czy chodziło Ci o: …" for a query that found nothing, from the words the site itself uses.

The vocabulary is the words of the titles of the live pages of a language and the names of the published
people (what the index holds as titles), folded (``core.search_text.fold``) and kept in the cache under a
generation of its own (``core.generations``), renewed when a page is published, unpublished, moved or deleted
and when a person is saved or deleted: the next query after a publish sees its words. Each query word the vocabulary lacks is replaced by its closest word there (difflib's ratio, the same
on SQLite and PostgreSQL); the lemmas of a known word count as known, so "absolutoria" is left as it is.
"""

import difflib
from collections import Counter

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.generations import Generation
from core.search_text import fold, polish_lemmas, words
from members.models import Person

CACHE_SECONDS = 24 * 3600  # renewed by the generation; the timeout only drops vocabularies no one asks for
GENERATION = Generation("search:vocabulary:generation")
MIN_LENGTH = 3
CUTOFF = 0.75


def vocabulary(locale):
    """{folded word: the way the site writes it most often} for ``locale``."""
    pending = GENERATION.pending()  # a change in this transaction: read it, keep nothing until it commits
    key = f"search:vocabulary:{locale.pk}:{GENERATION.current()}"
    known = None if pending else cache.get(key)
    if known is None:
        forms = Counter()
        for title in Page.objects.live().public().filter(locale=locale).values_list("title", flat=True):
            forms.update(word for word in words(title) if len(word) >= MIN_LENGTH and not word.isdigit())
        for first, last in Person.objects.filter(live=True).values_list("first_name", "last_name"):
            forms.update(word for word in words(f"{first} {last}") if len(word) >= MIN_LENGTH)
        known = {}
        for form, _count in forms.most_common():
            known.setdefault(fold(form), form if form.isupper() and len(form) > 1 else form.lower())
        if not pending:
            cache.set(key, known, CACHE_SECONDS)
    return known


def _changed(sender, instance=None, **kwargs):
    if isinstance(instance, (Page, Person)):
        GENERATION.renew_on_commit()


page_published.connect(_changed, dispatch_uid="search_vocabulary_published")
page_unpublished.connect(_changed, dispatch_uid="search_vocabulary_unpublished")
post_page_move.connect(_changed, dispatch_uid="search_vocabulary_moved")
post_delete.connect(_changed, dispatch_uid="search_vocabulary_deleted")
post_save.connect(_changed, sender=Person, dispatch_uid="search_vocabulary_person")


def _is_known(word, known):
    return fold(word) in known or any(fold(lemma) in known for lemma in polish_lemmas(word))


def suggestion(parsed, locale):
    """The query with each unknown word replaced by the closest known one; "" when nothing changes."""
    if not parsed.words:
        return ""
    known = vocabulary(locale)
    changed = False
    out = []
    for word in parsed.words:
        if len(word) < MIN_LENGTH or word.isdigit() or _is_known(word, known):
            out.append(word)
            continue
        close = difflib.get_close_matches(fold(word), known, n=1, cutoff=CUTOFF)
        if close:
            out.append(known[close[0]])
            changed = True
        else:
            out.append(word)
    if not changed:
        return ""
    numbers = [f"{seq}/{year}" for seq, year in parsed.numbers]
    return " ".join(out + parsed.years + numbers)
