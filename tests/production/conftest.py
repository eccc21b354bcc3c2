"""The portal as ``make run`` serves it: the same command, on a free port, with a temporary ``var/`` folder.

The environment of the test process is left out (pytest-django sets the test settings, a throw-away
SECRET_KEY and DEBUG off; CI may set a PostgreSQL DATABASE_URL), so the server starts the way it starts on
a fresh machine: embedded SQLite in ``var/``, a generated key, production settings chosen by ``make run``.
"""

import http.client
import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import LiveSite

PROJECT_DIR = Path(__file__).resolve().parents[2]
# Set by pytest-django, tests/conftest.py, the test settings or CI: none of them is set on a fresh machine.
NOT_ON_A_FRESH_MACHINE = {
    "DJANGO_SETTINGS_MODULE", "DATABASE_URL", "SECRET_KEY", "DEBUG", "MEDIA_ROOT", "STATIC_ROOT", "SERVE_MEDIA",
    "WAGTAILADMIN_BASE_URL", "PORTAL_HTTPS", "PORTAL_VAR_DIR", "PORT", "ADMIN_PASSWORD", "EMAIL_HOST",
    "SECURE_PROXY_SSL_HEADER", "PORTAL_DEMO_STEPS", "DJANGO_ALLOW_ASYNC_UNSAFE", "MAKEFLAGS", "MAKELEVEL", "MFLAGS",
}

# A collection only logged-in users may view, with one document, and a public document beside it.
PRIVATE_AND_PUBLIC_DOCUMENTS = """
import json
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

root = Collection.get_first_root_node()
private = root.add_child(name="Tylko dla zalogowanych (test)")
CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
Document = get_document_model()
found = {}
for key, collection, filename, content in [
    ("private", private, "tajna-notatka.txt", b"SECRET-CONTENT-OF-A-PRIVATE-COLLECTION"),
    ("public", root, "jawna-notatka.txt", b"PUBLIC-CONTENT"),
]:
    document = Document(title=filename, collection=collection)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    found[key] = {"id": document.pk, "filename": document.filename, "stored": document.file.name,
                  "content": content.decode()}
print(json.dumps(found))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_machine_env(**extra):
    env = {key: value for key, value in os.environ.items() if key not in NOT_ON_A_FRESH_MACHINE}
    return {**env, **extra}


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class MakeRunSite(LiveSite):
    """``make run`` in its own process group (make, then gunicorn); ``get()`` sends one request as it is written."""

    def __init__(self, var_dir, port, env, log):
        super().__init__(env, port)
        self.var_dir = var_dir
        self.port = port
        self.log = log

    def get(self, path, headers=None):
        """One request with ``path`` sent verbatim (no redirect followed, no ``..`` cleaned up)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers=headers or {})
            answer = connection.getresponse()
            return Response(answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read())
        finally:
            connection.close()

    def output(self):
        return self.log.read_text(errors="replace")


@pytest.fixture(scope="session")
def make_run_site(tmp_path_factory):
    """``make run PORT=<free port>`` with PORTAL_VAR_DIR in a temporary folder; stopped at the end."""
    var_dir = tmp_path_factory.mktemp("portal-var")
    port = free_port()
    env = fresh_machine_env(PORTAL_VAR_DIR=str(var_dir), PORT=str(port))
    log = var_dir.parent / f"{var_dir.name}-make-run.log"
    site = MakeRunSite(var_dir, port, env, log)
    with log.open("wb") as output:
        site.process = subprocess.Popen(
            ["make", "--no-print-directory", "run", f"PORT={port}"],
            cwd=PROJECT_DIR, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 300
        while True:
            if site.process.poll() is not None:
                raise RuntimeError(f"make run stopped with {site.process.returncode}:\n{site.output()}")
            try:
                if site.get("/").status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"make run did not serve within 300 s:\n{site.output()}")
            time.sleep(0.5)
        yield site
    finally:
        if site.process.poll() is None:
            os.killpg(site.process.pid, signal.SIGTERM)  # make and the gunicorn it started
            try:
                site.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(site.process.pid, signal.SIGKILL)
                site.process.wait(timeout=10)


@pytest.fixture(scope="session")
def documents(make_run_site):
    """A document of a login-only collection and a public one, added while the site runs."""
    return json.loads(make_run_site.manage("shell", "-c", PRIVATE_AND_PUBLIC_DOCUMENTS).strip().splitlines()[-1])
