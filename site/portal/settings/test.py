"""Settings for the test suite: DEBUG off, as in production, but with a throw-away key and media folder."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
os.environ["DEBUG"] = "false"

from .base import *  # noqa: E402,F403

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="portal-media-"))  # noqa: F405
# Each run of the suite starts with an empty cache; a server the suite starts (PORTAL_VAR_DIR set) shares one
# between its workers and its manage.py commands.
# CACHE_URL (Redis) is kept for the servers of tests/production/test_several_servers.py.
if not CACHE_URL:  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(
        VAR_DIR / "cache" if "PORTAL_VAR_DIR" in os.environ else tempfile.mkdtemp(prefix="portal-cache-")),  # noqa: F405
        # As in production: at Django's default (300) a third of the entries, the generations among them, went
        # at random whenever the suite's pages and routes passed it, so warm query counts came out cold.
        "OPTIONS": CACHES["default"].get("OPTIONS", {})},  # noqa: F405
        "renditions": CACHES["renditions"]}  # noqa: F405
# Tests roll their transactions back, so no change ever commits: the answer cache would keep what one test saw
# for the next. It is off unless a test turns it on (tests/speed/test_response_cache.py) or a server the suite
# starts sets PORTAL_RESPONSE_CACHE=true (tests/production/test_several_servers.py).
PORTAL_RESPONSE_CACHE = env_bool("PORTAL_RESPONSE_CACHE", default=False)  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The browser tests' server serves static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
