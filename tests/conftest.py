"""Fixtures shared by the whole suite.

- Every database test starts from the demo content: it is loaded once per session into the test database.
- Browser tests (marker ``browser``) drive Debian's Chromium against ``live_site``: a real gunicorn server,
  with DEBUG off, on its own database (a temporary SQLite file, or ``<name>_live`` on PostgreSQL) holding the demo.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; Django's ORM must still be usable in tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PROJECT_DIR = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


def _say(config, message):
    reporter = config.pluginmanager.getplugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(message)


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """The test database with the demo content loaded once for the whole session."""
    with django_db_blocker.unblock():
        started = time.monotonic()
        call_command("load_demo", verbosity=0)
        _say(request.config, f"\ndemo content loaded into the test database in {time.monotonic() - started:.1f}s")


@pytest.fixture(autouse=True)
def polish_by_default():
    """Every test starts in Polish: a request to an English page must not leave English active for the next test."""
    from django.utils import translation

    translation.activate("pl")
    yield
    translation.activate("pl")


@pytest.fixture(autouse=True)
def fresh_served_pages():
    """Pages kept under the answers' generation (``core.page_serving``) are read anew after every test: a test that
    commits a change (``django_capture_on_commit_callbacks(execute=True)``) starts a generation whose entries hold
    what the rollback at its end takes back."""
    yield
    from core import response_cache

    response_cache._new_generation()


@pytest.fixture
def committed():
    """``tests.commits.committed`` as a fixture: ``with committed(): ...`` makes the changes inside count as
    committed (Django's ``captureOnCommitCallbacks`` runs the callbacks but leaves them queued, so the process would
    still see an uncommitted change and never read what is kept per generation)."""
    from tests.commits import committed as commit

    return commit


# -- the live site for browser tests ---------------------------------------------------------------

class LiveSite:
    """A gunicorn server on its own demo database; ``manage()`` runs a command against that database."""

    def __init__(self, env, port):
        self.env = env
        self.url = f"http://127.0.0.1:{port}"
        self.process = None

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=self.env, capture_output=True, text=True
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_database_url(workdir, suffix="live"):
    """A new, empty database beside the test one: a SQLite file in ``workdir``, or ``<name>_<suffix>`` on PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{workdir / (suffix + '.sqlite3')}"
    import psycopg2

    parsed = urlparse(url)
    name = f"{parsed.path.lstrip('/') or 'portal'}_{suffix}"
    admin = psycopg2.connect(
        dbname="postgres", user=parsed.username, password=parsed.password, host=parsed.hostname, port=parsed.port
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    return parsed._replace(path="/" + name).geturl()


@pytest.fixture(scope="session")
def live_site(request):
    """Start gunicorn with the demo content; stop it at the end of the session."""
    workdir = Path(tempfile.mkdtemp(prefix="portal-live-"))
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": fresh_database_url(workdir),
        "MEDIA_ROOT": str(workdir / "media"),
        "PORTAL_VAR_DIR": str(workdir),  # e.g. the generated admin password stays out of the project's var/
        "SERVE_MEDIA": "true",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR / "site"), str(PROJECT_DIR)]),
    }
    site = LiveSite(env, port)
    started = time.monotonic()
    _say(request.config, "\nlive site: migrating its database…")
    site.manage("migrate", "--noinput", "-v0")
    _say(request.config, f"live site: loading demo content… ({time.monotonic() - started:.0f}s)")
    site.manage("load_demo", "-v0")
    gunicorn = Path(sys.executable).with_name("gunicorn")
    site.process = subprocess.Popen(
        [str(gunicorn), "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--threads", "4", "--log-level", "warning"],
        cwd=PROJECT_DIR, env=env,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(site.url + "/", timeout=2)
            break
        except Exception:
            time.sleep(0.2)
    else:
        site.process.terminate()
        raise RuntimeError("the live site did not start")
    _say(request.config, f"live site ready at {site.url} ({time.monotonic() - started:.0f}s)")
    yield site
    site.process.terminate()
    site.process.wait(timeout=10)
    shutil.rmtree(workdir, ignore_errors=True)


# -- Chromium through Playwright ------------------------------------------------------------------

@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium. Outside CI a missing Chromium skips; with CI=true it fails."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} not found: install it with `apt-get install -y chromium` to run the browser tests"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_site):
    """A fresh browser tab (Polish, 1280 px wide) on the live site; ``page.goto("/path/")`` works relative to it."""
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


def log_in_to_admin(tab, username, password):
    """Log ``tab`` in through the admin's own login form and wait for the dashboard."""
    tab.goto("/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", password)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url(re.compile(r"/admin/$"))


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(tab):
    """Run axe-core (shipped in the axe-playwright-python wheel, no network) on the page; return its violations."""
    import axe_playwright_python

    script = Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text()
    # Evaluated through the browser's DevTools protocol, which the page's Content-Security-Policy does not
    # govern (a <script> tag added to the page would be refused by script-src 'self').
    tab.evaluate(script)
    result = tab.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return result["violations"]


def format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


@pytest.fixture
def assert_accessible():
    """``assert_accessible(page)`` fails listing every axe violation of WCAG 2.1 A/AA rules."""

    def check(tab):
        violations = axe_violations(tab)
        assert not violations, f"axe found {len(violations)} WCAG 2.1 A/AA violation(s) on {tab.url}:\n" + format_violations(violations)

    return check
