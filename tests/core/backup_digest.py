"""Print, as JSON, what a backup must keep: the rows of pages, revisions, documents, images and submissions,
and the checksum of every media file (run with DJANGO_SETTINGS_MODULE and DATABASE_URL of the site to read)."""

import hashlib
import json
from pathlib import Path

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402

QUERIES = {
    "pages": "SELECT id, path, title, slug, url_path, live, locale_id, latest_revision_id FROM wagtailcore_page",
    "revisions": "SELECT id, object_id, content_type_id, content FROM wagtailcore_revision",
    "documents": "SELECT id, title, file, file_hash, collection_id FROM wagtaildocs_document",
    "images": "SELECT id, title, file, width, height FROM wagtailimages_image",
    "form_submissions": "SELECT id, page_id, form_data, submit_time FROM wagtailforms_formsubmission",
}


def plain(value):
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)  # JSON columns are text on SQLite, decoded on PostgreSQL
        except ValueError:
            return value
    return value if isinstance(value, (int, str, dict, list, type(None))) else str(value)


out = {}
with connection.cursor() as cursor:
    for name, sql in QUERIES.items():
        cursor.execute(sql + " ORDER BY id")
        out[name] = [[plain(value) for value in row] for row in cursor.fetchall()]
media = Path(settings.MEDIA_ROOT)
out["media"] = {
    path.relative_to(media).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
    for path in sorted(media.rglob("*")) if path.is_file()
}
print(json.dumps(out, default=str, sort_keys=True))
