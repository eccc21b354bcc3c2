"""Benchmark of the site search: the demo plus 10,000 resolutions with the text of their PDFs.

    .venv/bin/python bench/search.py [--count 10000] [--lemmatiser morfeusz2|simplemma]
    DATABASE_URL=postgres://portal:portal@127.0.0.1:5432/portal_bench_search .venv/bin/python bench/search.py

Without ``DATABASE_URL`` it works in a scratch SQLite file; with one it drops everything in that database and uses it
(give it one of its own). It migrates, loads the demo, inserts ``count`` resolutions (three bodies, 30 years, about 250
words of PDF text each), indexes them, then prints:

- the time to build the index, and to index one published resolution (``insert_or_update_object``);
- for 30 typical queries, the median time of five warm requests through Django's test client, then the median
  and 95th percentile over all of them;
- the relevance set's score (``tests/search/relevance.py``) on the demo part.

``--lemmatiser simplemma`` swaps Morfeusz 2 for simplemma (``pip install simplemma``) for the comparison in the
README; the portal itself uses Morfeusz 2 only.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(PROJECT_DIR / "site"), str(PROJECT_DIR)]
SCRATCH = Path(tempfile.mkdtemp(prefix="bench-search-"))
os.environ["PORTAL_VAR_DIR"] = str(SCRATCH)
os.environ.setdefault("DATABASE_URL", f"sqlite:///{SCRATCH / 'bench.sqlite3'}")
os.environ["MEDIA_ROOT"] = str(SCRATCH / "media")
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
os.environ["ALLOWED_HOSTS"] = "testserver,localhost,127.0.0.1"

QUERIES = [
    "absolutoria zarządowi", "plan finansowy 2014", "składka członkowska", "rada konsultacyjna",
    "miedzysektorowa wspolpraca", "nabór", "budżet partycypacyjny", "klauzule społeczne", "Rudzka", "5/2013",
    "nr 12/2004", "uchwały nr 9/2016 zarządu", "zory", "Rybnik", "projekt unijny", "wybór członków zarządu",
    "sprawozdanie finansowe", "dotacja celowa", "transport publiczny", "Socha", "powiat rybnicki",
    "deklaracja dostepnosci", "strategia terytorialna 2021", "inwestycje terytorialne", "zmiana uchwały",
    "godziny pracy", "gospodarka odpadami", "uchwała 2014", "kanalizacja sanitarna", "zadanie 42",
]
WORDS = (
    "zadanie inwestycyjne budowa kanalizacji sanitarnej w gminie dotacja celowa z budżetu województwa "
    "przebudowa drogi powiatowej transport publiczny gospodarka odpadami komunalnymi efektywność energetyczna "
    "termomodernizacja budynków użyteczności publicznej rewitalizacja obszarów zdegradowanych zgodnie z "
    "ustawą o samorządzie gminnym Zgromadzenie Ogólne upoważnia Zarząd Związku do zawarcia porozumienia"
).split()
RUNS = 5
started = time.monotonic()


def say(message):
    print(f"[{time.monotonic() - started:6.1f}s] {message}", flush=True)


def pdf_text(i, seq, year, body):
    words = [WORDS[(i * 7 + k * 13) % len(WORDS)] for k in range(240)]
    return f"Uchwała nr {seq}/{year} {body.name_genitive or body.name}. " + " ".join(words) + f" zadanie {i % 97}."


def create_resolutions(count):
    """Insert ``count`` live resolutions with PDF text directly (tree paths computed here)."""
    import datetime
    import uuid

    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page

    from members.models import StatutoryBody
    from resolutions.models import ResolutionIndexPage, ResolutionPage

    index = ResolutionIndexPage.objects.get(locale__language_code="pl")
    bodies = list(StatutoryBody.objects.filter(locale=index.locale))  # resolutions link the default-locale bodies
    content_type = ContentType.objects.get_for_model(ResolutionPage)
    last = index.get_last_child()
    first_step = (int(last.path[-Page.steplen:], 36) + 1) if last else 1

    def step(n):
        digits = ""
        for _ in range(Page.steplen):
            n, rest = divmod(n, len(Page.alphabet))
            digits = Page.alphabet[rest] + digits
        return digits

    fields = list(ResolutionPage._meta.local_concrete_fields)
    table = connection.ops.quote_name(ResolutionPage._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    insert = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
    now = timezone.now()
    counters = {}
    with transaction.atomic():
        for offset in range(0, count, 1000):
            pages, children = [], []
            for i in range(offset, min(offset + 1000, count)):
                body = bodies[i % len(bodies)]
                year = 1995 + (i * 30 // count)
                seq = counters[(body.pk, year)] = counters.get((body.pk, year), 0) + 1 + 100 * (year in (2013, 2014, 2016))
                slug = f"bench-{body.slug}-{year}-{seq}"
                title = f"w sprawie {' '.join(WORDS[(i * 5 + k) % len(WORDS)] for k in range(6))} (zadanie {i % 97})"
                pages.append(Page(
                    title=title, draft_title=title, slug=slug, content_type=content_type, live=True,
                    path=index.path + step(first_step + i), depth=index.depth + 1, numchild=0,
                    url_path=f"{index.url_path}{slug}/", locale_id=index.locale_id, translation_key=uuid.uuid4(),
                    first_published_at=now, last_published_at=now, latest_revision_created_at=now,
                ))
                children.append(ResolutionPage(
                    number=f"{seq}/{year}", seq=seq, year=year, body=body,
                    adopted_on=datetime.date(year, 1 + seq % 12, 1 + seq % 28), produced_by="Biuro", responsible="Biuro",
                    entered_by="redaktor BIP", change_note="Utworzenie dokumentu",
                    document_text=pdf_text(i, seq, year, body), document_is_scan=False,
                ))
            Page.objects.bulk_create(pages)
            pk_by_path = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
            rows = []
            for page, child in zip(pages, children):
                child.page_ptr_id = child.id = pk_by_path[page.path]
                rows.append([f.get_db_prep_save(getattr(child, f.attname), connection) for f in fields])
            with connection.cursor() as cursor:
                cursor.executemany(insert, rows)
        Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
    say(f"{count} resolutions inserted")


def use_simplemma():
    import simplemma

    from core import search_text

    def lemmas(word):
        lemma = simplemma.lemmatize(word, lang="pl")
        return frozenset({lemma.lower()}) if simplemma.is_known(word, lang="pl") or lemma != word else frozenset()

    search_text.polish_lemmas = lemmas
    search_text._index_forms.cache_clear()
    search_text.restored_lemmas.cache_clear()
    import search.excerpts
    import search.ranking
    import search.suggestions

    for module in (search.excerpts, search.ranking, search.suggestions):
        module.polish_lemmas = lemmas


def relevance_score(client):
    sys.path.insert(0, str(PROJECT_DIR))
    from tests.search.relevance import CASES, passes, top_urls

    failed = [query for query, expected in CASES if not passes(top_urls(client, query), expected)]
    return len(CASES) - len(failed), len(CASES), failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--lemmatiser", choices=["morfeusz2", "simplemma"], default="morfeusz2")
    options = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from wagtail.search import index

    if options.lemmatiser == "simplemma":
        use_simplemma()
    say(f"database: {connection.vendor} ({connection.settings_dict['NAME']}); lemmatiser: {options.lemmatiser}")
    if connection.vendor == "postgresql":  # start from an empty database, as the SQLite file does
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    say("demo loaded")
    create_resolutions(options.count)
    t = time.monotonic()
    call_command("update_index", verbosity=0)
    say(f"index built in {time.monotonic() - t:.1f}s")
    if connection.vendor == "postgresql":
        # What autovacuum does within a minute of such a bulk load on a live server: without fresh statistics
        # the planner reads every match entry by entry (0.5 s a query instead of 0.06 s).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        say("statistics refreshed (ANALYZE)")

    from resolutions.models import ResolutionPage

    resolution = ResolutionPage.objects.filter(document_text__startswith="Uchwała").last()
    timings = []
    for _ in range(5):
        t = time.perf_counter()
        index.insert_or_update_object(resolution)
        timings.append(time.perf_counter() - t)
    say(f"indexing one published resolution: median {statistics.median(timings) * 1000:.0f} ms "
        f"({len(resolution.document_text.split())} words of PDF text)")

    setup_test_environment()
    client = Client()
    all_times = []
    print(f"{'query':40} {'results':>7} {'median ms':>10}")
    for query in QUERIES:
        response = client.get("/szukaj/", {"q": query})  # warm
        times = []
        for _ in range(RUNS):
            t = time.perf_counter()
            client.get("/szukaj/", {"q": query})
            times.append(time.perf_counter() - t)
        all_times += times
        print(f"{query:40} {response.context['total']:>7} {statistics.median(times) * 1000:>10.1f}")
    all_times.sort()
    p95 = all_times[int(len(all_times) * 0.95) - 1]
    print(f"\n{len(QUERIES)} queries x {RUNS} runs on {connection.vendor}: median {statistics.median(all_times) * 1000:.1f} ms, "
          f"p95 {p95 * 1000:.1f} ms")
    passed, total, failed = relevance_score(client)
    print(f"relevance set ({options.lemmatiser}, with {options.count} extra resolutions): {passed}/{total}")
    for query in failed:
        print(f"  missed: {query}")


if __name__ == "__main__":
    main()
