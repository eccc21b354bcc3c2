"""The few words of a result around what the visitor searched for, those words marked with ``<mark>``.

A word counts as matched when it, its lemmas or its form without diacritics is one of the query's alternatives,
so "absolutoria" marks "absolutorium". Every piece of text is escaped before the marks are put in.
"""

import collections
import functools
import html
import itertools
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from core.search_text import fold, polish_lemmas

TOKEN = re.compile(r"\w+|\W+")
BEFORE, AFTER = 12, 28  # words shown before and after the first match
MAX_SCAN = 60_000  # characters of a long text (a resolution's PDF) searched for a match


@functools.lru_cache(maxsize=20_000)
def _folded_lemmas(token):
    return frozenset(fold(lemma) for lemma in polish_lemmas(token))


def _matches(token, wanted, prefixes):
    """``token`` is a word and one of the ``wanted`` folded words, or one of its lemmas is; ``prefixes``: their
    first three letters (a token starting otherwise is turned down at once, and most are)."""
    if not token[0].isalnum():
        return False
    head = token[:3]
    if head.isascii() and head.lower() not in prefixes:  # an ASCII start folds to itself in lower case
        return False
    folded = fold(token)
    return folded[:3] in prefixes and (folded in wanted or not _folded_lemmas(token).isdisjoint(wanted))


def excerpt(texts, wanted, also=(), fallback=""):
    """Safe HTML: about 40 words of ``texts`` around the first of the ``wanted`` folded words (else of the
    ``also`` ones, e.g. years), marked; ``fallback`` (escaped, shortened) when none of them is there."""
    texts = [" ".join(strip_tags(text)[:MAX_SCAN].split()) for text in texts]
    for words in (wanted, set(also)):
        found = _first_match(texts, words, wanted | set(also)) if words else None
        if found is not None:
            return found
    words = " ".join(strip_tags(fallback).split()).split(" ")
    return escape(" ".join(words[: BEFORE + AFTER]) + (" …" if len(words) > BEFORE + AFTER else ""))


def _first_match(texts, words, marked):
    """The excerpt around the first token matching ``words``: the text is read token by token only as far as the
    match and the words shown after it (a resolution's text runs to 60,000 characters), with the tokens before
    it kept as they pass."""
    prefixes = {word[:3] for word in words}
    for text in texts:
        tokens = TOKEN.finditer(text)
        before = collections.deque(maxlen=2 * BEFORE + 1)  # this token and those before it
        for position, found in enumerate(tokens):
            token = found.group()
            before.append(token)
            if _matches(token, words, prefixes):
                after = [match.group() for match in itertools.islice(tokens, 2 * AFTER - 1)]
                return _render([*before, *after], marked, cut_before=position >= len(before),
                               cut_after=next(tokens, None) is not None)
    return None


def _render(tokens, wanted, cut_before, cut_after):
    """``tokens`` with the ``wanted`` words marked, and "…" where the text goes on before or after them."""
    parts = ["… "] if cut_before else []
    prefixes = {word[:3] for word in wanted}
    unmarked = []  # the tokens since the last mark, escaped together
    for token in tokens:
        if _matches(token, wanted, prefixes):
            parts += [html.escape("".join(unmarked)), f"<mark>{html.escape(token)}</mark>"]
            unmarked = []
        else:
            unmarked.append(token)
    parts.append(html.escape("".join(unmarked)))
    if cut_after:
        parts.append(" …")
    return mark_safe("".join(parts))
