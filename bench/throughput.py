"""Benchmark: requests per second of every page type under gunicorn, beside the site's own CSS file.

Builds a scratch SQLite database with the demo (in a temporary folder, nothing else is touched), starts
gunicorn with the production settings and 2 sync workers, and runs ``wrk -t2 -c8`` against each page type,
each run between two runs against the CSS file served by WhiteNoise (the floor: what the machine serves without
Django's views); twice: with the anonymous answer cache off (``PORTAL_RESPONSE_CACHE=false``, every request
rendered) and on (``core.response_cache``). A page's share is of the mean of the floor runs just before and
just after it, so what else the machine does over the ten minutes moves both alike. Prints one row per URL and
mode: the page's queries (counted in this process on the same database and cache, warm, cache off), requests
per second, that rate as a share of its floor, that floor, the median and 99th-percentile latency, errors, and
each worker's resident memory after the run; then the lowest and highest floor of the mode.

    .venv/bin/python bench/throughput.py [--duration 5] [--english]

Needs ``wrk`` (Debian: ``apt-get install wrk``).
"""

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from servers import gunicorn, worker_memory

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(PROJECT_DIR / "site"), str(PROJECT_DIR)]
scratch = Path(tempfile.mkdtemp(prefix="portal-throughput-"))
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(40),
    "DATABASE_URL": f"sqlite:///{scratch}/bench.sqlite3",
    "PORTAL_VAR_DIR": str(scratch),  # the shared cache lives here too
    "MEDIA_ROOT": str(scratch / "media"),
    "STATIC_ROOT": str(scratch / "static"),
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "PORTAL_HTTPS": "false",  # plain HTTP on 127.0.0.1, as `make run` (portal.serve)
    "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
    "PORTAL_RESPONSE_CACHE": "false",  # queries are counted with every request rendered; each server says its own
    "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR / "site"), str(PROJECT_DIR)]),
}
WORKERS = 2


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=ENV, check=True)


def page_urls(english):
    """(label, path) of one page of each type, Polish first, and the English ones when asked."""
    from django.urls import reverse
    from django.utils import translation
    from core.models import StandardPage
    from home.models import AssociationPage, HomePage, NewsIndexPage, NewsPage, OfficePage, RegionPage
    from members.models import AuthoritiesPage, MemberIndexPage, MemberPage, Membership
    from projects.models import ProjectIndexPage, ProjectPage
    from resolutions.models import ResolutionIndexPage, ResolutionPage

    def first(model, code):
        return model.objects.live().filter(locale__language_code=code).order_by("path").first()

    urls = []
    for code in ["pl", "en"] if english else ["pl"]:
        association = first(AssociationPage, code)
        authorities = first(AuthoritiesPage, code)
        register = first(ResolutionIndexPage, code)
        project = first(ProjectPage, code)
        person = Membership.objects.order_by("pk").first().person_id
        with translation.override(code):
            search = reverse("search")
        rows = [
            ("home", first(HomePage, code).url),
            ("content page", first(StandardPage, code).url),
            ("region", first(RegionPage, code).url),
            ("association", association.url),
            ("association sub-page", association.get_children().live().first().url),
            ("news list", first(NewsIndexPage, code).url),
            ("news item", first(NewsPage, code).url),
            ("office", first(OfficePage, code).url),
            ("member directory", first(MemberIndexPage, code).url),
            ("member page", first(MemberPage, code).url),
            ("authorities", authorities.url),
            ("authorities archive", authorities.url + authorities.reverse_subpage("archive" if code == "pl" else "archive_en")),
            ("person", authorities.url + authorities.reverse_subpage("person" if code == "pl" else "person_en", args=[person])),
            ("register", register.url),
            ("resolution", first(ResolutionPage, code).url),
            ("register filtered", register.url + "?status=obowiazujaca&rok=2019"),
            ("register feed", register.url + register.reverse_subpage("feed")),
            ("register CSV export", register.url + register.reverse_subpage("export_csv")),
            ("projects index", first(ProjectIndexPage, code).url),
            ("project: description", project.url),
            ("project: recruitment", project.get_recruitment_url()),
            ("project: downloads", project.get_downloads_url()),
            ("search results", f"{search}?q=projekt"),
        ]
        if code == "pl":
            rows.append(("sitemap", "/sitemap.xml"))
        urls += [(f"{label} ({code})", url) for label, url in rows if url]
    return urls


def fetch(client, url):
    """The answer to a GET of ``url`` with its body read, as a visitor's request reads it: a streamed export
    runs its queries and renders its rows only while it is read."""
    response = client.get(url)
    if response.streaming:
        response.content_read = b"".join(response.streaming_content)
    return response


def count_queries(urls):
    """Queries of each URL, warm (the second request), through Django's test client in this process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for _, url in urls:
        fetch(client, url)
        with CaptureQueriesContext(connection) as queries:
            response = fetch(client, url)
        counts[url] = len(queries) if response.status_code == 200 else f"HTTP {response.status_code}"
    return counts


def parse_duration_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_wrk(url, duration):
    """requests/s, p50 ms, p99 ms, errors (socket errors and non-2xx/3xx answers) of one wrk run."""
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = parse_duration_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))
    p99 = parse_duration_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, p50, p99, errors + (int(non_2xx.group(1)) if non_2xx else 0)


def serve(mode, cached, urls, floor_url, queries, duration, started, header):
    """Start gunicorn with the answer cache on or off and run wrk on every URL of ``urls``, each between two
    runs on ``floor_url`` (each floor run serves the page before it and the page after it)."""
    floor_duration = max(2, duration // 2)
    with gunicorn({**ENV, "PORTAL_RESPONSE_CACHE": cached}, WORKERS) as (server, base):
        print(f"\ngunicorn ({mode}) ready ({time.monotonic() - started:.0f}s); wrk -t2 -c8 -d{duration}s on "
              f"{len(urls)} URLs, each between two {floor_duration}s runs on the CSS file "
              f"(about {len(urls) * (duration + floor_duration) + floor_duration}s)\n", flush=True)
        if header:
            print(header)
        floors = [run_wrk(base + floor_url, floor_duration)[0]]
        for label, url in urls:
            rate, p50, p99, errors = run_wrk(base + url, duration)
            memory = "/".join(f"{size:.0f}" for size in worker_memory(server.pid))
            floors.append(run_wrk(base + floor_url, floor_duration)[0])
            floor_rate = (floors[-2] + floors[-1]) / 2
            print(f"{label:34} {mode:8} {queries[url]!s:>7} {rate:8.0f} {100 * rate / floor_rate:6.1f}% {floor_rate:7.0f} "
                  f"{p50:7.1f} {p99:7.1f} {errors:6d}  {memory:14} {url}", flush=True)
        print(f"{'CSS file (floor)':34} {mode:8} {'-':>7} lowest {min(floors):.0f}/s, highest {max(floors):.0f}/s "
              f"over {len(floors)} runs  {floor_url}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per URL (default 5)")
    parser.add_argument("--english", action="store_true", help="also every page type in English (doubles the time)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: run `apt-get install wrk` (Debian) and start again.")

    started = time.monotonic()
    print(f"scratch folder {scratch}: migrating, loading the demo, collecting static files…", flush=True)
    manage("migrate", "--noinput", "-v0")
    manage("load_demo", "-v0")
    manage("collectstatic", "--noinput", "-v0")
    os.environ.update({key: value for key, value in ENV.items() if key != "PYTHONPATH"})
    import django

    django.setup()
    from django.templatetags.static import static

    urls = page_urls(args.english)
    floor_url = static("css/portal.css")
    print(f"counting queries of {len(urls)} URLs… ({time.monotonic() - started:.0f}s)", flush=True)
    queries = count_queries(urls)

    header = (f"{'page':34} {'mode':8} {'queries':>7} {'req/s':>8} {'% floor':>7} {'floor':>7} {'p50 ms':>7} {'p99 ms':>7} "
              f"{'errors':>6}  {'worker RSS MiB':14} url")
    try:
        for mode, cached in (("uncached", "false"), ("cached", "true")):
            serve(mode, cached, urls, floor_url, queries, args.duration, started, header)
            header = None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"\ndone in {time.monotonic() - started:.0f}s")


if __name__ == "__main__":
    main()
