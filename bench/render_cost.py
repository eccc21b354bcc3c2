"""Benchmark: CPU milliseconds per rendered request of every page type, with the anonymous answer cache off.

What ``bench/throughput.py`` measures with gunicorn and wrk depends on what else the machine is doing; the CPU
time one request costs the process does not, much. This builds a scratch SQLite database with the demo (in a
temporary folder, nothing else is touched), sets the production settings with ``PORTAL_RESPONSE_CACHE=false``,
and requests each URL of ``throughput.page_urls`` through Django's test client (the whole middleware stack, as
a gunicorn worker runs it), warm, ``--repeat`` times; it prints the median ``time.process_time()`` per request,
the queries, and the request rate that CPU time allows one worker (two sync workers on two CPUs serve about
twice that). ``--profile LABEL`` prints a cProfile of the pages whose label contains LABEL instead.

    .venv/bin/python bench/render_cost.py [--repeat 30] [--english] [--only LABEL] [--profile LABEL]
"""

import argparse
import cProfile
import io
import os
import pstats
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(PROJECT_DIR / "site"), str(PROJECT_DIR)]

import throughput  # noqa: E402
from throughput import fetch, page_urls  # noqa: E402

shutil.rmtree(throughput.scratch, ignore_errors=True)  # its own scratch folder, made on import, is not used here

FLOOR_RATE = 5750  # req/s of the site's CSS through WhiteNoise under gunicorn (bench/throughput.py), the floor
TARGET_SHARE = 0.04


def settings_env(scratch):
    return {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "DATABASE_URL": f"sqlite:///{scratch}/bench.sqlite3",
        "PORTAL_VAR_DIR": str(scratch),
        "MEDIA_ROOT": str(scratch / "media"),
        "STATIC_ROOT": str(scratch / "static"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "PORTAL_HTTPS": "false",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "PORTAL_RESPONSE_CACHE": "false",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="requests per URL after the warm-up (default 30)")
    parser.add_argument("--english", action="store_true", help="also every page type in English")
    parser.add_argument("--only", help="only the URLs whose label contains this")
    parser.add_argument("--profile", help="print a cProfile (top 40 by cumulative time) of the URLs whose label contains this")
    parser.add_argument("--dump", help="with --profile: also write each page's profile into this folder (pstats files)")
    parser.add_argument("--keep", help="use (and keep) this folder for the scratch database: a second run skips the demo")
    args = parser.parse_args()

    scratch = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="portal-render-cost-"))
    scratch.mkdir(parents=True, exist_ok=True)
    env = settings_env(scratch)
    if args.keep and (scratch / "env").exists():
        env["SECRET_KEY"] = (scratch / "env").read_text().strip()
    try:
        if not (scratch / "bench.sqlite3").exists() or not (scratch / "static").exists():
            print(f"scratch folder {scratch}: migrating, loading the demo, collecting static files…", flush=True)
            sub_env = {**os.environ, **env, "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR / "site"), str(PROJECT_DIR)])}
            for command in (["migrate", "--noinput", "-v0"], ["load_demo", "-v0"], ["collectstatic", "--noinput", "-v0"]):
                subprocess.run([sys.executable, "manage.py", *command], cwd=PROJECT_DIR, env=sub_env, check=True)
            (scratch / "env").write_text(env["SECRET_KEY"])
        os.environ.update(env)
        import django

        django.setup()
        from django.db import connection
        from django.test import Client

        urls = page_urls(args.english)
        if args.only:
            urls = [(label, url) for label, url in urls if args.only in label]
        client = Client()
        if args.profile:
            profile(client, [(label, url) for label, url in urls if args.profile in label], args.repeat, args.dump)
            return
        budget = 1000 / (FLOOR_RATE * TARGET_SHARE / 2)  # two workers
        print(f"{args.repeat} requests per URL; target: at most {budget:.1f} CPU ms per request "
              f"({TARGET_SHARE:.0%} of {FLOOR_RATE} req/s with two workers)\n")
        print(f"{'page':34} {'queries':>7} {'CPU ms':>7} {'min ms':>7} {'% floor':>7}  url")
        for label, url in urls:
            response = fetch(client, url)
            if response.status_code != 200:
                print(f"{label:34} HTTP {response.status_code}  {url}")
                continue
            queries = []

            def count(execute, sql, *rest, queries=queries):
                queries.append(sql)
                return execute(sql, *rest)

            with connection.execute_wrapper(count):
                fetch(client, url)
            times = []
            for _ in range(args.repeat):
                begin = time.process_time()
                fetch(client, url)
                times.append((time.process_time() - begin) * 1000)
            median = statistics.median(times)
            share = 2 * 1000 / median / FLOOR_RATE
            print(f"{label:34} {len(queries):7d} {median:7.2f} {min(times):7.2f} {100 * share:6.1f}%  {url}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)


def profile(client, urls, repeat, dump=None):
    for label, url in urls:
        fetch(client, url)
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for _ in range(repeat):
            fetch(client, url)
        profiler.disable()
        if dump:
            profiler.dump_stats(Path(dump) / f"{''.join(c if c.isalnum() else '_' for c in label)}.pstats")
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(25)
        print(f"=== {label} {url} ({repeat} requests)\n{out.getvalue()}")


if __name__ == "__main__":
    main()
