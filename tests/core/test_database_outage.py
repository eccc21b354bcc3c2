"""PostgreSQL stopped while the site serves: a page that needs the database is the branded page with 503 and
Retry-After, a page kept whole for the current generation is still shown, and the site answers again by itself
once the database is back, without restarting gunicorn.

The test starts a PostgreSQL 15 server of its own (initdb in a temporary folder, as the ``postgres`` user),
so stopping it disturbs no other test; it runs in both passes of CI (SQLite and PostgreSQL)."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR, _free_port

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def as_postgres(*command, **kwargs):
    return subprocess.run(["su", "postgres", "-c", " ".join(str(part) for part in command)],
                          check=True, capture_output=True, text=True, **kwargs)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def own_postgres():
    """A PostgreSQL 15 server on a free port, with a ``portal`` database; stopped and removed afterwards."""
    if not (PG_BIN / "initdb").exists() or shutil.which("su") is None:
        message = "PostgreSQL 15 server binaries are needed (Debian package postgresql-15)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="portal-pg-"))
    os.chmod(folder, 0o777)
    data = folder / "data"
    port = _free_port()
    as_postgres(PG_BIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync")
    start = [PG_BIN / "pg_ctl", "-D", data, "-l", folder / "log", "-w", "-o", f"'-p {port} -k {folder} -c listen_addresses=127.0.0.1'"]
    as_postgres(*start, "start")
    as_postgres(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "portal")
    server = {"url": f"postgres://postgres@127.0.0.1:{port}/portal", "start": lambda: as_postgres(*start, "start"),
              "stop": lambda: as_postgres(PG_BIN / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")}
    yield server
    subprocess.run(["su", "postgres", "-c", f"{PG_BIN / 'pg_ctl'} -D {data} -m immediate stop"], capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_database_outage_is_a_503_and_the_site_recovers_by_itself(own_postgres, tmp_path):
    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "DATABASE_URL": own_postgres["url"],
        "MEDIA_ROOT": str(tmp_path / "media"), "PORTAL_VAR_DIR": str(tmp_path), "CONN_MAX_AGE": "60",
        "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR / "site"), str(PROJECT_DIR)]),
    }
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=PROJECT_DIR, env=env, check=True)
    port = _free_port()
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "portal.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "warning"], cwd=PROJECT_DIR, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if fetch(url + "/")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        for _ in range(4):  # both workers hold a persistent connection
            assert fetch(url + "/")[0] == 200

        own_postgres["stop"]()
        # What needs the database (a search, a page nobody opened since the last change) is the branded 503
        for path in ("/szukaj/?q=uchwa%C5%82a", "/en/"):
            status, headers, body = fetch(url + path)
            assert status == 503, (path, status, body[:300])
            assert headers.get("Retry-After") == "60"
            assert "Portal jest chwilowo niedostępny" in body and "Traceback" not in body
        # The home page was served before the outage: what it needs is kept for the generation (its route in
        # core.page_serving, lists in core.response_cache.kept), so it is still shown whole, without the database
        status, _headers, body = fetch(url + "/")
        assert status == 200 and "<h1>" in body and "chwilowo niedostępny" not in body, body[:300]

        own_postgres["start"]()
        statuses = [fetch(url + "/")[0] for _ in range(6)]
        assert statuses == [200] * 6, statuses
        assert gunicorn.poll() is None  # the same server, never restarted
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=10)
