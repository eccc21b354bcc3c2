"""On PostgreSQL, an index in the order a broad query's results are shown: newest first (``views.ranked_pages``).

A query matching more than 100 pages is ordered by ``first_published_at`` then ``id``, both descending. Wagtail
indexes ``first_published_at`` alone, so PostgreSQL had to sort every page published at the same moment (10,000
imported resolutions: 700 ms); walking this index it stops at the 50th match (a few milliseconds). SQLite's
search orders its own way (FTS5 first) and needs nothing.
"""

from django.db import migrations

INDEX = "search_page_newest_first"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (first_published_at DESC, id DESC)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_postgres_match_index"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]
    operations = [migrations.RunPython(create, drop)]
