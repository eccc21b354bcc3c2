"""The few words of a result around what the visitor searched for, those words marked with ``<mark>``.

A word counts as matched when it, its lemmas or its form without diacritics is one of the query's alternatives,
so "absolutoria" marks "absolutorium". Every piece of text is escaped before the marks are put in.
"""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from core.search_text import fold, polish_lemmas

TOKEN = re.compile(r"\w+|\W+")
BEFORE, AFTER = 12, 28  # words shown before and after the first match
MAX_SCAN = 60_000  # characters of a long text (a resolution's PDF) searched for a match


def _matches(token, wanted):
    folded = fold(token)
    if folded in wanted:
        return True
    if folded[:3] not in {word[:3] for word in wanted}:
        return False
    return any(fold(lemma) in wanted for lemma in polish_lemmas(token))


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
    prefixes = {word[:3] for word in words}
    for text in texts:
        tokens = TOKEN.findall(text)
        for position, token in enumerate(tokens):
            if token[0].isalnum() and fold(token)[:3] in prefixes and _matches(token, words):
                return _render(tokens, position, marked)
    return None


def _render(tokens, position, wanted):
    start = max(0, position - 2 * BEFORE)
    end = min(len(tokens), position + 2 * AFTER)
    parts = ["… "] if start else []
    for token in tokens[start:end]:
        if token[0].isalnum() and _matches(token, wanted):
            parts.append(f"<mark>{escape(token)}</mark>")
        else:
            parts.append(escape(token))
    if end < len(tokens):
        parts.append(" …")
    return mark_safe("".join(parts))
