"""``make run``: serve the portal on 127.0.0.1 the way production serves it (``python -m portal.serve``).

gunicorn with ``portal.settings.production``: DEBUG off, the portal's own 404 and 500 pages, hashed static
files collected into ``var/static`` and served by WhiteNoise, and beside it ``portal.scheduler``, which publishes
pages scheduled to go live (and unpublishes expired ones) every minute. Only what a local machine lacks is filled in:
a SECRET_KEY generated once into ``var/secret-key`` (unless SECRET_KEY is set), the admin's base URL, and
``PORTAL_HTTPS=false`` because this server speaks plain HTTP. The database must be migrated (``make setup``).
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

from portal.settings.environment import VAR_DIR

GUNICORN_OPTIONS = ["--workers", "2", "--threads", "4", "--access-logfile", "-"]


def local_secret_key(var_dir=VAR_DIR):
    """The key kept in ``var_dir/secret-key``: generated on first use, readable by its owner only."""
    path = Path(var_dir) / "secret-key"
    if path.exists() and path.read_text().strip():
        return path.read_text().strip()
    from django.core.management.utils import get_random_secret_key

    key = get_random_secret_key()  # 50 characters, as `check --deploy` asks
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created with mode 0600, so the key is never readable by others, not even for a moment.
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as file:
        file.write(key + "\n")
    return key


def start_scheduler():
    """The minute runner of scheduled publishing (``portal.scheduler``); it ends with gunicorn, which takes over
    this process (same PID) just after."""
    print("==> Publishing scheduled pages every minute (portal.scheduler)", flush=True)
    return subprocess.Popen([sys.executable, "-m", "portal.scheduler"], env=os.environ.copy())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", default=os.environ.get("PORT", "8000"))
    port = parser.parse_args(argv).port
    base_url = f"http://127.0.0.1:{port}"

    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    os.environ["WAGTAILADMIN_BASE_URL"] = base_url
    os.environ["PORTAL_HTTPS"] = "false"
    if not os.environ.get("SECRET_KEY"):
        os.environ["SECRET_KEY"] = local_secret_key()

    import django
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    django.setup()
    print(f"==> Collecting static files into {settings.STATIC_ROOT} (hashed names, served by WhiteNoise)", flush=True)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("ensure_admin", port=port)
    connections.close_all()
    start_scheduler()
    print(f"==> Serving {base_url}/ with gunicorn, DEBUG off (Ctrl+C stops)", flush=True)
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    os.execv(gunicorn, [gunicorn, "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", *GUNICORN_OPTIONS])


if __name__ == "__main__":
    main()
