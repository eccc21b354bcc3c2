"""Wagtail's database search backend, with one rank per match on PostgreSQL instead of one per word form.

A visitor's word becomes several alternatives (the typed form, without diacritics, its Polish lemmas: see
``core.search_text.query_alternatives``), so "budżet partycypacyjny" is ``(budżet | budzet | …) & (…)``.
modelsearch ranks such a query by calling ``ts_rank`` once per alternative and per vector and combining the
results with SQL arithmetic: for a two-word query some twenty ``ts_rank`` calls on every matching row, and as
many Django expressions compiled for each of the results page's three searches (results, facet, documents).
PostgreSQL's own ``ts_rank`` already scores an AND/OR query as a whole (each matched term counts, a document
matching more of the alternatives ranks higher), so this backend asks it once per vector with the whole
query. The same results come first (the relevance set in ``tests/search/relevance.py`` holds on both databases;
of the bench's 30 queries one swapped its first two results), and a results page costs about 10 % less CPU
(41 to 37 ms measured side by side). SQLite's backend is Wagtail's with ``matches`` added; others are Wagtail's.

``matches(query, limit)``: every index entry a query matches, with the score modelsearch ranks it by, so the
search page runs only the searches that can find something (people, documents, pages: each some 3 ms of
Django's query building) and counts and orders the pages with one plain query. On SQLite it is one query on
the full-text table with the very MATCH and rank expressions modelsearch builds for each search (0.4-0.7 ms);
None past ``limit`` entries (a broad query: every search runs) and always on PostgreSQL, where it would read
each matching entry's row, as costly as the searches for a broad query.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchRank
from django.db import connection
from wagtail.search.backends import get_search_backend
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import And, Or, PlainText


def _plain(query):
    """True for a query of words only (PlainText, And, Or of them): one tsquery that ts_rank scores whole."""
    if isinstance(query, PlainText):
        return True
    return isinstance(query, (And, Or)) and all(_plain(subquery) for subquery in query.subqueries)


def SearchBackend(params):  # noqa: N802 - the name Wagtail's settings look up in a backend module
    if connection.vendor == "sqlite":
        return _sqlite_backend(params)
    if connection.vendor != "postgresql":
        return database_backend(params)
    from modelsearch.backends.database.postgres.postgres import (
        PostgresSearchBackend, PostgresSearchQueryCompiler, PostgresSearchResults,
    )

    class WholeQueryCompiler(PostgresSearchQueryCompiler):
        def build_tsrank(self, vector, query, config=None, boost=1.0):
            if query is self.query and _plain(query):
                rank = SearchRank(vector, self.build_tsquery(query, config=config), weights=self.sql_weights)
                return rank * boost if boost != 1.0 else rank
            return super().build_tsrank(vector, query, config=config, boost=boost)

    class WholeQueryBackend(PostgresSearchBackend):
        query_compiler_class = WholeQueryCompiler
        results_class = PostgresSearchResults

    return WholeQueryBackend(params)


@dataclass
class Matches:
    """The index entries a query matches: {(content type id, object id as text): score}, a lower score first
    (modelsearch orders by it, then by the newest id)."""

    scores: dict

    def scores_of(self, is_kind):
        """{object id: score} of the entries of the models for which ``is_kind(model)`` is true."""
        kinds = {content_type_id: is_kind(ContentType.objects.get_for_id(content_type_id).model_class())
                 for content_type_id in {content_type_id for content_type_id, _object_id in self.scores}}
        return {int(object_id): score for (content_type_id, object_id), score in self.scores.items()
                if kinds[content_type_id]}

    @staticmethod
    def best_first(objects, scores):
        """``objects`` (with a ``pk``) in the backend's order: by score, then the newest first."""
        return sorted(objects, key=lambda item: (scores[item.pk], -item.pk))


def matches(query, limit):
    """``Matches`` of ``query`` (a modelsearch query), or None where the backend cannot tell cheaply (it has no
    ``matches``: PostgreSQL, see above) or the query matches more than ``limit`` entries: then every search runs."""
    method = getattr(get_search_backend(), "matches", None)
    return method(query, limit) if method else None


def _sqlite_backend(params):
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry, SQLiteSearchBackend
    from wagtail.models import Page

    class MatchesBackend(SQLiteSearchBackend):
        def matches(self, query, limit):
            """modelsearch's own MATCH over the same columns and its own rank (``SQLiteSearchQueryCompiler.search``
            with no fields named), without its per-model conditions: one query, at most ``limit + 1`` rows."""
            compiler = self.query_compiler_class(Page.objects.none(), query)  # any indexed model: none is read
            config = compiler.get_config(self)
            match = compiler.build_search_query(normalize(query), config=config)
            rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
            rows = list(
                SQLiteFTSIndexEntry.objects.filter(MatchExpression(compiler.FTS_TABLE_FIELDS, match))
                .annotate(score=rank).values_list("index_entry__content_type_id", "index_entry__object_id", "score")
                [:limit + 1]
            )
            if len(rows) > limit:
                return None
            return Matches({(content_type_id, object_id): score for content_type_id, object_id, score in rows})

    return MatchesBackend(params)
