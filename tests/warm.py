"""What a warm page costs: the second anonymous request of a URL, after the first one built what is kept."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def assert_a_warm_page_reads_nothing(client, url, queries_allowed=0):
    """The second request of ``url`` answers 200 with the same page as the first, in ``queries_allowed`` queries."""
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert len(queries) == queries_allowed, [query["sql"] for query in queries]
