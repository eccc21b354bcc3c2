"""What a bigger deployment runs, all on this machine: two gunicorn instances on one database (PostgreSQL when
DATABASE_URL names it, as in CI's second run) and one Redis, and Varnish in front of the second. An editor
publishes through instance A; the next anonymous request to B, and through Varnish, shows the change.

Needs Debian's ``redis-server`` and ``varnishd`` (``apt-get install -y redis-server varnish``): without them the
test is skipped, except with CI=true, where it fails (``.ci/run`` installs both).
"""

import http.cookiejar
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR, LiveSite, _free_port, fresh_database_url

NEWS_TITLE = "Aktualność opublikowana na serwerze A"
VCL = """vcl 4.1;
backend default { .host = "127.0.0.1"; .port = "%(port)s"; }
acl purgers { "127.0.0.1"; }
sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) { return (synth(405)); }
        return (purge);
    }
}
sub vcl_hash { hash_data(req.url); return (lookup); }
"""
# The news item, its draft with a new title (what the editor then publishes) and the editor's account.
PREPARE = """
from django.contrib.auth import get_user_model
from home.models import NewsPage
news = NewsPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
news.title = %(title)r
news.save_revision()
get_user_model().objects.create_superuser("publisher", "publisher@example.com", "publisher-password")
print(news.pk, news.url)
"""


def binaries():
    missing = [name for name in ("redis-server", "varnishd") if shutil.which(name) is None]
    if missing:
        message = f"{', '.join(missing)} not found: `apt-get install -y redis-server varnish` to run this test"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


def wait_for(url, process, what):
    for _ in range(150):
        if process.poll() is not None:
            raise RuntimeError(f"{what} stopped with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{what} did not answer at {url}")


def get(url):
    """An anonymous request (no cookie): (status, headers, text)."""
    try:
        with urllib.request.urlopen(url, timeout=20) as answer:
            return answer.status, answer.headers, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def publish_as_editor(base, page_id):
    """Log in to instance A's admin and publish the page's draft with Wagtail's bulk action."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def post(path, data):
        page = opener.open(base + path, timeout=20).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **data}).encode()
        return opener.open(urllib.request.Request(base + path, data=body, headers={"Referer": base + path}), timeout=60)

    post("/admin/login/", {"username": "publisher", "password": "publisher-password"})
    answer = post(f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/", {})
    assert answer.status == 200


@pytest.fixture
def deployment():
    binaries()
    workdir = Path(tempfile.mkdtemp(prefix="portal-servers-"))
    processes = []
    try:
        redis_port, varnish_port = _free_port(), _free_port()
        processes.append(subprocess.Popen(
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(workdir)], stdout=subprocess.DEVNULL,
        ))
        ports = {"a": _free_port(), "b": _free_port()}
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": fresh_database_url(workdir, "servers"),
            "CACHE_URL": f"redis://127.0.0.1:{redis_port}/0",
            "PORTAL_RESPONSE_CACHE": "true",
            "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{varnish_port}",
            "MEDIA_ROOT": str(workdir / "media"),  # shared by both, as a network mount or S3 would be
            "PORTAL_VAR_DIR": str(workdir),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR / "site"), str(PROJECT_DIR)]),
        }
        site = LiveSite(env, ports["a"])
        site.manage("migrate", "--noinput", "-v0")
        site.manage("load_demo", "-v0")
        page_id, news_url = site.manage("shell", "-c", PREPARE % {"title": NEWS_TITLE}).split()[-2:]
        gunicorn = Path(sys.executable).with_name("gunicorn")
        for name, port in ports.items():
            processes.append(subprocess.Popen(
                [str(gunicorn), "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2",
                 "--log-level", "warning"], cwd=PROJECT_DIR, env=env,
            ))
            wait_for(f"http://127.0.0.1:{port}/", processes[-1], f"gunicorn {name}")
        (workdir / "portal.vcl").write_text(VCL % {"port": ports["b"]})
        processes.append(subprocess.Popen(
            ["varnishd", "-F", "-j", "none", "-a", f"127.0.0.1:{varnish_port}", "-f", str(workdir / "portal.vcl"),
             "-n", str(workdir / "varnish"), "-s", "malloc,32m"], stdout=subprocess.DEVNULL,
        ))
        wait_for(f"http://127.0.0.1:{varnish_port}/", processes[-1], "varnishd")
        yield {
            "a": f"http://127.0.0.1:{ports['a']}", "b": f"http://127.0.0.1:{ports['b']}",
            "varnish": f"http://127.0.0.1:{varnish_port}", "page_id": page_id, "news_url": news_url,
        }
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(workdir, ignore_errors=True)


def test_a_publish_on_one_server_shows_on_the_other_and_through_varnish(deployment):
    b, varnish, news_url = deployment["b"], deployment["varnish"], deployment["news_url"]
    urls = [news_url, "/aktualnosci/"]
    for url in urls:  # both caches warm: B's shared cache, then Varnish's copy of B
        for _ in range(2):
            status, headers, text = get(b + url)
        assert (status, headers["X-Portal-Cache"]) == (200, "HIT")
        assert NEWS_TITLE not in text
        for _ in range(2):
            status, headers, text = get(varnish + url)
        assert int(headers.get("Age", "0")) >= 0 and len(headers["X-Varnish"].split()) == 2  # served by Varnish
        assert "s-maxage" in headers["Cache-Control"]

    publish_as_editor(deployment["a"], deployment["page_id"])

    for url in urls:
        assert NEWS_TITLE in get(b + url)[2], f"instance B still serves the old {url}"
        assert NEWS_TITLE in get(varnish + url)[2], f"Varnish still serves the old {url}"
