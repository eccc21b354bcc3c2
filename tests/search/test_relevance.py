"""The relevance set on the demo content (on SQLite and, in CI's second run, PostgreSQL): the score is printed,
a score under the threshold fails, and every example of the issue's first paragraph must pass."""

import pytest

from .relevance import CASES, DOCUMENTS, ISSUE, passes, top_results, top_urls

THRESHOLD = 0.95

pytestmark = pytest.mark.django_db


def test_relevance_score(client):
    failed = []
    for query, expected in CASES:
        urls = top_urls(client, query)
        if not passes(urls, expected):
            failed.append(f"{query!r}: wanted {expected}, got {urls}")
    score = 1 - len(failed) / len(CASES)
    print(f"\nrelevance: {len(CASES) - len(failed)}/{len(CASES)} queries find their page in the top 3 ({score:.0%})")
    print("\n".join(failed))
    assert len(CASES) >= 40
    assert score >= THRESHOLD, "\n".join(failed)


@pytest.mark.parametrize("query, expected", ISSUE)
def test_every_example_of_the_issue_finds_its_page(client, query, expected):
    assert passes(top_urls(client, query), expected)


@pytest.mark.parametrize("query", ["5/2013", "nr 5/2013", "uchwała 5/2013"])
def test_a_resolution_number_puts_that_resolution_first(client, query):
    assert top_urls(client, query, 1) == ["/uchwaly/zgromadzenie-ogolne/2013/5/"]


def test_the_body_named_beside_a_number_comes_first(client):
    assert top_urls(client, "uchwały nr 1/2014 komisji rewizyjnej", 1) == ["/uchwaly/komisja-rewizyjna/2014/1/"]
    assert top_urls(client, "uchwały nr 1/2014 zarządu", 1) == ["/uchwaly/zarzad/2014/1/"]


@pytest.mark.parametrize("query, expected", DOCUMENTS)
def test_a_documents_text_finds_the_document_leading_to_its_page(client, query, expected):
    assert [(item.kind.label, item.url) for item in top_results(client, query) if item.kind.label == "Dokument"][:1] == [
        ("Dokument", expected)]
