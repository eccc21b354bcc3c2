"""Load test: the portal under 16 concurrent connections for 2 minutes, a mix of pages and searches.

Builds a scratch SQLite database with the demo content, serves it with gunicorn (production-like settings,
DEBUG off, 2 sync workers, as `make run` does) on a free loopback port, and drives it with wrk (Debian's
package `wrk`) through a Lua script that walks a list of page and search URLs. Prints the requests, the
rate, latency percentiles, every non-2xx/3xx answer and socket error, and each worker's memory afterwards.
Exits non-zero when any request failed.

    .venv/bin/python bench/load.py [--seconds 120] [--connections 16]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from servers import gunicorn, worker_memory

PROJECT_DIR = Path(__file__).resolve().parents[1]
PATHS = [
    "/", "/en/", "/o-regionie/", "/zwiazek/", "/zwiazek/historia/", "/czlonkowie/", "/czlonkowie/rybnik/",
    "/wladze/", "/wladze/archiwum/", "/uchwaly/", "/uchwaly/?organ=zarzad&rok=2014", "/uchwaly/feed/",
    "/biuro/", "/projekty/", "/projekty/miedzysektorowa-wspolpraca/", "/projekty/miedzysektorowa-wspolpraca/nabor/",
    "/projekty/miedzysektorowa-wspolpraca/pliki/", "/aktualnosci/", "/szukaj/?q=uchwa%C5%82a",
    "/szukaj/?q=Rybnik", "/szukaj/?q=projekt+unijny", "/en/search/?q=resolution", "/en/resolutions/",
    "/en/members/", "/sitemap.xml",
]
LUA = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%%d non2xx3xx=%%d connect=%%d read=%%d write=%%d timeout=%%d\\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  for _, p in pairs({50, 90, 99, 99.9}) do
    io.write(string.format("LATENCY p%%s=%%.1f\\n", p, latency:percentile(p) / 1000))
  end
end
"""


def say(message):
    print(message, flush=True)


def demo_site(scratch):
    """The environment of a scratch demo site: migrated and loaded once."""
    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"sqlite:///{scratch}/bench.sqlite3", "MEDIA_ROOT": f"{scratch}/media",
        "PORTAL_VAR_DIR": str(scratch), "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR / "site"), str(PROJECT_DIR)]),
    }
    for step in (["migrate", "--noinput", "-v0"], ["load_demo", "-v0"]):
        say(f"scratch site: manage.py {step[0]} …")
        subprocess.run([sys.executable, "manage.py", *step], cwd=PROJECT_DIR, env=env, check=True)
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")
    scratch = Path(tempfile.mkdtemp(prefix="portal-load-"))
    env = demo_site(scratch)
    try:
        with gunicorn(env, args.workers) as (server, base):
            for path in PATHS:  # every URL answers before the load starts, and the workers are warm
                with urllib.request.urlopen(base + path, timeout=10) as response:
                    assert response.status == 200, path
            script = scratch / "mix.lua"
            script.write_text(LUA % ", ".join(f'"{path}"' for path in PATHS))
            say(f"wrk: {args.connections} connections, {args.seconds} s, {len(PATHS)} URLs in turn …")
            result = subprocess.run(
                ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--timeout", "10s", "-s", str(script), base],
                capture_output=True, text=True, check=True,
            )
            memory = worker_memory(server.pid)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    figures = dict(re.findall(r"(\w+)=(\d+)", result.stdout.split("RESULT", 1)[1].splitlines()[0]))
    latency = dict(re.findall(r"LATENCY (p[\d.]+)=([\d.]+)", result.stdout))
    errors = sum(int(figures[key]) for key in ("non2xx3xx", "connect", "read", "write", "timeout"))
    rate = int(figures["requests"]) / args.seconds
    print()
    print(f"requests           {figures['requests']} in {args.seconds} s ({rate:.1f}/s), {args.connections} connections")
    print(f"errors             {errors} (non-2xx/3xx {figures['non2xx3xx']}, connect {figures['connect']}, "
          f"read {figures['read']}, write {figures['write']}, timeout {figures['timeout']})")
    print("latency (ms)       " + ", ".join(f"{name} {value}" for name, value in latency.items()))
    print("worker memory (MiB) " + ", ".join(f"{size:.0f}" for size in memory))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
