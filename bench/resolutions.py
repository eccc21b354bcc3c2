"""Benchmark of the resolutions register with 10,000 resolutions, in a scratch SQLite database.

Run from the project root:  .venv/bin/python bench/resolutions.py [count]

It migrates a temporary database, loads the home and resolutions demo steps, adds ``count`` (default 10,000)
resolutions (spread over three bodies and 30 years, every tenth repealing the one before), then requests the
register, a filtered register, a deep page, a resolution and the Atom feed through Django's test client, and
prints, for each, the number of SQL queries and the median render time over several runs.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(PROJECT_DIR / "site"), str(PROJECT_DIR)]
SCRATCH = Path(tempfile.mkdtemp(prefix="bench-resolutions-"))
os.environ["PORTAL_VAR_DIR"] = str(SCRATCH)
os.environ["DATABASE_URL"] = f"sqlite:///{SCRATCH / 'bench.sqlite3'}"
os.environ["MEDIA_ROOT"] = str(SCRATCH / "media")
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
os.environ["ALLOWED_HOSTS"] = "testserver,localhost,127.0.0.1"
os.environ["PORTAL_DEMO_STEPS"] = "home.demo.site,resolutions.demo"

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
RUNS = 15
started = time.monotonic()


def say(message):
    print(f"[{time.monotonic() - started:6.1f}s] {message}", flush=True)


def main():
    import django

    django.setup()
    from django.core.management import call_command

    say(f"scratch database in {SCRATCH}; migrating…")
    call_command("migrate", verbosity=0)
    say("loading the home and resolutions demo…")
    call_command("load_demo", verbosity=0)
    create_resolutions(COUNT)
    measure()


def create_resolutions(count):
    """Insert ``count`` live resolutions directly (tree paths computed here), then relations and statuses."""
    import datetime
    import uuid

    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page

    from members.models import StatutoryBody
    from resolutions.models import (
        RelationKind,
        ResolutionIndexPage,
        ResolutionPage,
        ResolutionRelation,
    )
    from resolutions.signals import refresh_relation_dates

    index = ResolutionIndexPage.objects.get(locale__language_code="pl")
    bodies = list(StatutoryBody.objects.filter(locale=index.locale))  # resolutions link the default-locale bodies
    content_type = ContentType.objects.get_for_model(ResolutionPage)
    alphabet = Page.alphabet
    last = index.get_last_child()
    first_step = (int(last.path[-Page.steplen:], 36) + 1) if last else 1

    def step(n):
        digits = ""
        for _ in range(Page.steplen):
            n, rest = divmod(n, len(alphabet))
            digits = alphabet[rest] + digits
        return digits

    fields = [f for f in ResolutionPage._meta.local_concrete_fields]
    table = ResolutionPage._meta.db_table
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    insert = f"INSERT INTO {connection.ops.quote_name(table)} ({columns}) VALUES ({placeholders})"
    now = timezone.now()
    say(f"creating {count} resolutions…")
    batch = 1000
    created_ids = []
    with transaction.atomic():
        counters = {}
        for offset in range(0, count, batch):
            pages, children = [], []
            for i in range(offset, min(offset + batch, count)):
                body = bodies[i % len(bodies)]
                year = 1995 + (i * 30 // count)
                seq = counters[(body.pk, year)] = counters.get((body.pk, year), 0) + 1
                adopted = datetime.date(year, 1 + (seq % 12), 1 + (seq % 28))
                slug = f"{body.slug}-{year}-{seq}"
                title = f"w sprawie sprawy numer {seq} z roku {year} dotyczącej zadania {i % 97}"
                pages.append(Page(
                    title=title, draft_title=title, slug=slug, content_type=content_type, live=True,
                    path=index.path + step(first_step + i), depth=index.depth + 1, numchild=0,
                    url_path=f"{index.url_path}{slug}/", locale_id=index.locale_id, translation_key=uuid.uuid4(),
                    first_published_at=now, last_published_at=now, latest_revision_created_at=now,
                ))
                children.append(ResolutionPage(
                    number=f"{seq}/{year}", seq=seq, year=year, body=body, adopted_on=adopted,
                    expires_on=datetime.date(year, 12, 31) if i % 7 == 0 else None,
                    status_override="wykonana" if i % 11 == 0 else "",
                    produced_by="Dyrektor Biura Związku", responsible="Dyrektor Biura Związku",
                    entered_by="redaktor BIP", change_note="Utworzenie dokumentu",
                    document_text="", document_is_scan=False,
                ))
            Page.objects.bulk_create(pages)
            saved = Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk")
            pk_by_path = dict(saved)
            rows = []
            for page, child in zip(pages, children):
                child.page_ptr_id = child.id = pk_by_path[page.path]
                rows.append([f.get_db_prep_save(getattr(child, f.attname), connection) for f in fields])
                created_ids.append(child.page_ptr_id)
            with connection.cursor() as cursor:
                cursor.executemany(insert, rows)
            say(f"  {min(offset + batch, count)} / {count}")
        Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
        relations = [
            ResolutionRelation(source_id=created_ids[i], target_id=created_ids[i - 1], kind=RelationKind.REPEALS, sort_order=0)
            for i in range(10, len(created_ids), 10)
        ]
        ResolutionRelation.objects.bulk_create(relations)
    say(f"  {len(relations)} repeal relations; refreshing derived status dates…")
    t = time.monotonic()
    refresh_relation_dates()
    say(f"  refresh_relation_dates() took {time.monotonic() - t:.2f}s")
    say(f"register holds {ResolutionPage.objects.count()} resolutions")


def measure():
    from django.db import connection
    from django.test import Client

    from resolutions.models import ResolutionPage

    detail = ResolutionPage.objects.filter(locale__language_code="pl", incoming_relations__isnull=False).select_related("body").first()
    detail_url = detail.url
    cases = [
        ("register, page 1", "/uchwaly/"),
        ("register, filtered (organ+rok+status+q)", "/uchwaly/?organ=zarzad&rok=2010&status=obowiazujaca&q=sprawie"),
        ("register, date range", "/uchwaly/?od=2000-01-01&do=2004-12-31"),
        ("register, page 400", "/uchwaly/?page=400"),
        ("resolution detail", detail_url),
        ("Atom feed (all)", "/uchwaly/feed/"),
        ("Atom feed (Zarząd)", "/uchwaly/feed/zarzad/"),
        ("JSON export, one year", "/uchwaly/eksport/json/?rok=2010"),
    ]
    client = Client()
    print()
    print(f"{'case':44} {'queries':>8} {'median ms':>10} {'min ms':>8}")
    for name, url in cases:
        client.get(url)  # warm up
        queries = []

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200, (url, response.status_code)
        times = []
        for _ in range(RUNS):
            t = time.perf_counter()
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
            times.append((time.perf_counter() - t) * 1000)
        print(f"{name:44} {len(queries):8d} {statistics.median(times):10.1f} {min(times):8.1f}")
    print()
    say("done")


if __name__ == "__main__":
    main()
