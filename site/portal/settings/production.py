"""Production settings: DEBUG off, SECRET_KEY and WAGTAILADMIN_BASE_URL required, hashed static files, HTTPS.

HTTPS is enforced (redirect, HSTS, secure cookies) unless ``PORTAL_HTTPS=false`` says the site is served over
plain HTTP (``make run`` on 127.0.0.1). Behind a proxy that terminates TLS, ``SECURE_PROXY_SSL_HEADER`` names
the header by which the proxy tells Django the visitor used HTTPS.
"""

import os

from .base import *  # noqa: F403
from .environment import env_bool, proxy_ssl_header, require_env

DEBUG = False
SECRET_KEY = require_env("SECRET_KEY", "when DEBUG is off")
WAGTAILADMIN_BASE_URL = require_env(
    "WAGTAILADMIN_BASE_URL", "in production (the site's public address, e.g. https://subregion.pl)"
)
# A worker keeps its database connection between requests. Opening one per request (Django's default) cost
# 3.5 ms of CPU on every uncached page with SQLite (the file's schema is read again on every connection) and a
# server process per request with PostgreSQL. CONN_MAX_AGE=0 goes back to one per request (e.g. behind a
# transaction pooler); the development server and the tests keep Django's default.
if "CONN_MAX_AGE" not in os.environ:
    DATABASES["default"]["CONN_MAX_AGE"] = 600  # noqa: F405

STORAGES = {
    "default": MEDIA_STORAGE_SETTINGS,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

HTTPS = env_bool("PORTAL_HTTPS", default=True)
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 365 * 24 * 3600 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading puts the domain into the browsers' built-in HTTPS-only lists, which takes months to undo; that is
# the domain owner's decision (for every subdomain), not the portal's, so it stays off: see SILENCED below.
SECURE_HSTS_PRELOAD = False
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# Trusted only when configured: without a proxy that overwrites it, any visitor could send the header.
SECURE_PROXY_SSL_HEADER = proxy_ssl_header(os.environ.get("SECURE_PROXY_SSL_HEADER", ""))

SILENCED_SYSTEM_CHECKS = [
    # X_FRAME_OPTIONS is SAMEORIGIN, not DENY: Wagtail's page preview shows the page in a frame of the admin.
    "security.W019",
    # SECURE_HSTS_PRELOAD is off on purpose (see above).
    "security.W021",
]
