""""Czy chodziło Ci o: …" for a query that found nothing, from the words the site itself uses.

The vocabulary is the words of the titles of the live pages of a language and the names of the published
people (what the index holds as titles), folded (``core.search_text.fold``) and kept under the answers'
generation (``core.response_cache.kept``): the next query after a publish, a person's edit or a new view
restriction sees the change (a restricted page's title is never suggested). Each query word the vocabulary lacks is replaced by its closest word there (difflib's ratio, the same
on SQLite and PostgreSQL); the lemmas of a known word count as known, so "absolutoria" is left as it is.
"""

import difflib
from collections import Counter

from wagtail.models import Page

from core.page_privacy import public
from core.response_cache import kept
from core.search_text import fold, polish_lemmas, words
from members.models import Person

CACHE_SECONDS = 24 * 3600  # renewed by the generation; the timeout only drops vocabularies no one asks for
MIN_LENGTH = 3
CUTOFF = 0.75


def vocabulary(locale):
    """{folded word: the way the site writes it most often} for ``locale``."""
    return kept(f"search:vocabulary:{locale.pk}", lambda: _vocabulary(locale), timeout=CACHE_SECONDS)


def _vocabulary(locale):
    forms = Counter()
    for title in public(Page.objects.live()).filter(locale=locale).values_list("title", flat=True):
        forms.update(word for word in words(title) if len(word) >= MIN_LENGTH and not word.isdigit())
    for first, last in Person.objects.filter(live=True).values_list("first_name", "last_name"):
        forms.update(word for word in words(f"{first} {last}") if len(word) >= MIN_LENGTH)
    known = {}
    for form, _count in forms.most_common():
        known.setdefault(fold(form), form if form.isupper() and len(form) > 1 else form.lower())
    return known


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
