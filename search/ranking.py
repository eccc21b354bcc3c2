"""Pages whose title holds the words searched for come first among the backend's best results.

SQLite's FTS5 ranks with ``bm25()`` over all columns alike, so a resolution that cites "§ 14 Statutu Związku"
three times outranks the page titled "Statut"; PostgreSQL weighs the title, but differently. The first
``WINDOW`` results are therefore ordered again, the same way on both: by how many of the query's words their
title holds (in any inflected form, with or without diacritics) and the share of the title they make up, the
backend's order kept among equals. One
query reads the window, whichever page of it is shown; beyond it the backend's order stands.
"""

from core.search_text import fold, index_terms, query_alternatives, words

WINDOW = 50


def title_forms(title, language="pl"):
    """The title's words as the index holds them: folded, with their Polish lemmas (English stems on English
    pages, so "Resolutions" holds the query's "resolution")."""
    return set(index_terms(title, language).split())


def title_score(title, parsed):
    """Query words the title holds (a year counts half), plus the share of the title they make up: a page
    titled just "Statut" comes before a resolution "w sprawie … Statutu …"."""
    forms = title_forms(title, parsed.language)
    score = sum(
        1 for word in parsed.words if forms.intersection(fold(alt) for alt in query_alternatives(word, parsed.language))
    )
    score += 0.5 * sum(1 for year in parsed.years if year in forms)
    return score + (score / len(words(title)) if score else 0)


class TitleFirst:
    """``ranked`` (backend search results) with its first ``WINDOW`` ordered by ``title_score``."""

    def __init__(self, ranked, parsed):
        self.ranked, self.parsed = ranked, parsed

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        if start >= WINDOW:
            return list(self.ranked[start:stop])
        best = list(self.ranked[:max(stop, WINDOW)])
        head = sorted(best[:WINDOW], key=lambda page: -title_score(page.title, self.parsed))
        return (head + best[WINDOW:])[start:stop]
