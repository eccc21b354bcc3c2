"""Benchmark: SQL queries, median render time and peak memory of every demo page type.

Builds a scratch SQLite database with the demo content (in a temporary folder, nothing else is
touched), then requests one page of each type in Polish and English through Django's test client.

    .venv/bin/python bench/pages.py [--repeat 20]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(PROJECT_DIR / "site"), str(PROJECT_DIR)]
scratch = tempfile.mkdtemp(prefix="portal-bench-")
os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"sqlite:///{scratch}/bench.sqlite3",
        "MEDIA_ROOT": f"{scratch}/media",
        "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
    }
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="requests per page (default 20)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    started = time.monotonic()
    print(f"scratch database in {scratch}: migrating…", flush=True)
    call_command("migrate", verbosity=0)
    print(f"loading demo content… ({time.monotonic() - started:.0f}s)", flush=True)
    call_command("load_demo", verbosity=0)
    print(f"ready ({time.monotonic() - started:.0f}s); {args.repeat} requests per page\n", flush=True)

    # One page of each type and language (the shallowest one).
    seen, targets = set(), []
    for page in Page.objects.live().filter(depth__gte=2).order_by("depth", "path").select_related("locale", "content_type"):
        key = (page.content_type.model, page.locale.language_code)
        if key not in seen:
            seen.add(key)
            targets.append((key, page.specific.url))  # specific: some page types build their own URL

    client = Client()
    print(f"{'page type':28} {'lang':4} {'queries':>7} {'median ms':>9} {'peak KiB':>8}  url")
    for (model, language), url in targets:
        client.get(url)  # warm up
        timings = []
        for _ in range(args.repeat):
            begin = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - begin) * 1000)
        with CaptureQueriesContext(connection) as queries:
            tracemalloc.start()
            response = client.get(url)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        print(f"{model:28} {language:4} {len(queries):7d} {statistics.median(timings):9.1f} {peak / 1024:8.0f}  {url} [{response.status_code}]", flush=True)


if __name__ == "__main__":
    main()
