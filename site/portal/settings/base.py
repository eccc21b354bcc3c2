"""Settings shared by every environment. Everything that differs between machines comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .environment import PROJECT_DIR, SITE_DIR, VAR_DIR, env_bool, env_list, require_env

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = os.environ.get("SECRET_KEY") or (
    "insecure-development-key-used-only-with-debug-on" if DEBUG else require_env("SECRET_KEY", "when DEBUG is off")
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The portal's own apps. Imports go down only: core (site/) <- sections <- home.
    "core",
    "projects",
    "members",
    "resolutions",
    "search",
    "home",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A matching ETag or If-Modified-Since becomes 304, also for answers from the cache below.
    "django.middleware.http.ConditionalGetMiddleware",
    # Anonymous public answers from the shared cache (core.response_cache); before the session and CSRF
    # middleware, so it sees every cookie an answer sets.
    "core.response_cache.AnonymousResponseCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Sees the response after the editors' redirects: a 404 for an address with Polish letters → its ASCII form.
    "core.ascii_redirects.AsciiRedirectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.security.PortalCSPMiddleware",
    # Last, so it sees the outcome of every login (django-axes' own rule).
    "axes.middleware.AxesMiddleware",
]

# Content-Security-Policy (core.security): strict on the public site, what Wagtail's admin needs under /admin/.
SELF = "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": ["'none'"],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],  # the admin's preview frames public pages
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "media-src": [SELF, "blob:"],
    "frame-src": [SELF],
    "worker-src": [SELF, "blob:"],
    "object-src": ["'none'"],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins for one account from one address,
# that pair is refused for AXES_COOLOFF_TIME; the attempts are listed (and can be deleted) in Django's admin
# under /django-admin/ "Axes", or cleared with `manage.py axes_reset`. Behind a proxy, AXES_IPWARE_PROXY_COUNT
# follows PORTAL_PROXY_COUNT so the visitor's address is read, not the proxy's.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours: 15 minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/login_locked.html"
if int(os.environ.get("PORTAL_PROXY_COUNT", "0")) > 0:
    AXES_IPWARE_PROXY_COUNT = int(os.environ["PORTAL_PROXY_COUNT"])
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:  # no proxy: X-Forwarded-For is whatever the client wrote, so only the connection's address counts
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # home of the default SQLite file and media

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,  # a connection lost with the database server is replaced on the next request
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers write to one file. WAL lets readers go on while one connection writes, and
    # synchronous=NORMAL is safe with WAL (a power cut may lose the last commits, never corrupt the file).
    # IMMEDIATE takes the write lock when a transaction begins: with SQLite's default (DEFERRED) a transaction
    # that read first fails at once with "database is locked" when it tries to write after another writer,
    # instead of waiting. The timeout (seconds) is how long a writer waits for the lock.
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    })
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The planner's default cost of a random read (4, for spinning disks) made it hash every page of a large
    # register for a search matching ten (8 ms) instead of looking the ten up by index (0.3 ms): the database
    # of a site this size lives in memory or on SSD, where 1.1 is the usual figure. PG_RANDOM_PAGE_COST overrides.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", f"-c random_page_cost={float(os.environ.get('PG_RANDOM_PAGE_COST', '1.1'))}"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache for every worker (the layout's data, routes, Wagtail's renditions): Redis when CACHE_URL or REDIS_URL
# names one (redis://…), otherwise files under VAR_DIR/cache, which needs no server and no extra set-up step.
CACHE_URL = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache"),
        "OPTIONS": {"MAX_ENTRIES": 10000},  # routes and answers of a large site; past it a third is dropped
    },
    # Wagtail writes a rendition's entry on every {% image %}; its key holds the image's file hash and focal point,
    # so an entry can never describe another file: each process keeps its own, in memory (a file cache write per
    # image cost the member directory half its time).
    # core.rendition_cache: Django's in-memory cache that does not write back a rendition just read from it.
    "renditions": {
        "BACKEND": "core.rendition_cache.RenditionCache", "LOCATION": "renditions", "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

# Whole answers for anonymous visitors (core.response_cache), in the cache above, until a visible change or the
# next moment a page changes by the clock; at most PORTAL_RESPONSE_CACHE_TIMEOUT seconds.
PORTAL_RESPONSE_CACHE = env_bool("PORTAL_RESPONSE_CACHE", default=True)
PORTAL_RESPONSE_CACHE_TIMEOUT = int(os.environ.get("PORTAL_RESPONSE_CACHE_TIMEOUT", "3600"))

# A front cache (Varnish, a CDN) that the portal purges on every visible change (core.frontend_purge), through
# wagtail.contrib.frontend_cache's backends. FRONTEND_CACHE_PURGE_URL: where PURGE requests go (Varnish, e.g.
# http://127.0.0.1:6081). Cloudflare and CloudFront: see README, "Deploying on several servers". Only with one
# configured do answers carry s-maxage (PORTAL_SHARED_MAX_AGE seconds at most: what a purge cannot name, such
# as the register's filter combinations, is at most that old).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": require_env("CLOUDFLARE_BEARER_TOKEN", "with CLOUDFLARE_ZONEID"),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
PORTAL_SHARED_MAX_AGE = int(os.environ.get("PORTAL_SHARED_MAX_AGE", "300"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Polish first, served at "/"; English under "/en/".
LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", "Polski"), ("en", "English")]
# The content languages as the admin names them in its own language ("Opublikuj wersję: angielski" in the Polish
# admin, "English" in the English one); LANGUAGES above names each language in itself for the language pickers.
WAGTAIL_CONTENT_LANGUAGES = [("pl", _("polski")), ("en", _("angielski"))]
# A new translation stays a draft until someone who may publish it does: otherwise clicking "Translate" on a
# live page put its untranslated copy online at once.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PROJECT_DIR / "locale", SITE_DIR / "admin_translations"]  # the first is makemessages' target

# manage.py load_demo: the demo steps in order (each a module with ``load(loader)``); later steps link to
# earlier content. The home pages and legal pages come first, the menu order last.
DEMO_STEPS = [
    "home.demo.site",
    "members.demo",
    "resolutions.demo",
    "projects.demo",
    "home.demo.region",
    "home.demo.association",
    "home.demo.office",
    "home.demo.news",
    "home.demo.accessible_information",
    "home.demo.top_tasks",
    "home.demo.menu",
]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Uploaded images are served by core.media.image_file in every mode; uploaded documents never from MEDIA_URL,
# only through Wagtail's document view (/documents/<id>/<name>), which applies collections' privacy.
# Uploads on storage every server sees: MEDIA_STORAGE=s3 uses django-storages' S3 backend (install
# django-storages[s3]; AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL for S3-compatible services, AWS_S3_REGION_NAME,
# AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY); otherwise files under MEDIA_ROOT (a shared mount on several servers).
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "s3":
    MEDIA_STORAGE_SETTINGS = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": require_env("AWS_STORAGE_BUCKET_NAME", "with MEDIA_STORAGE=s3"),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": None,
            "querystring_auth": True,  # documents stay behind Wagtail's view, which checks collections' privacy
            "file_overwrite": False,
        },
    }
elif MEDIA_STORAGE == "filesystem":
    MEDIA_STORAGE_SETTINGS = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
else:
    raise SystemExit(f"Error: MEDIA_STORAGE must be filesystem or s3, not {MEDIA_STORAGE!r}.")
STORAGES = {
    "default": MEDIA_STORAGE_SETTINGS,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Subregion Zachodni"
# Links in the admin's e-mails (password reset, workflow notices); production requires it from the environment.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
# Addresses in plain ASCII (/aktualnosci/, not /aktualno%C5%9Bci/): the admin transliterates the title.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no request leaves the machine
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The aging pages report is the portal's own (core.admin_reports): only pages not published for 12 months.
WAGTAIL_AGING_PAGES_ENABLED = False
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # links go to /documents/<id>/<name>, so collections' privacy applies
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.document_forms.PortalDocumentForm"  # content must match the extension
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "docx", "doc", "odt", "xlsx", "xls", "ods", "txt", "csv", "zip", "rtf",
    "mp4", "webm", "vtt",  # the Polish Sign Language recording and its WebVTT captions
]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "core.search_backend",  # Wagtail's database backend; one rank per match on PostgreSQL
        # PostgreSQL ships no Polish stemmer; "simple" avoids English stemming of Polish words.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAILFORMS_ADMIN_DATETIME_FORMAT = "%d.%m.%Y %H:%M"

# Mail: sent through EMAIL_HOST when it is set; without it (development, `make run`) printed to the console.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")  # STARTTLS, usually port 587
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")  # TLS from the first byte, usually port 465
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise SystemExit("Error: set EMAIL_USE_TLS or EMAIL_USE_SSL, not both.")
EMAIL_TIMEOUT = 10  # seconds: a mail server that does not answer must not hold a web worker
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@subregion.pl")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)  # sender of error reports to ADMINS

SESSION_COOKIE_HTTPONLY = True

# Public forms (core.models.forms): at most PORTAL_FORM_RATE_LIMIT submissions per sender address and form in
# PORTAL_FORM_RATE_WINDOW seconds. PORTAL_PROXY_COUNT: how many proxies of this deployment append to
# X-Forwarded-For (0: the header is ignored and REMOTE_ADDR is the sender).
PORTAL_FORM_RATE_LIMIT = int(os.environ.get("PORTAL_FORM_RATE_LIMIT", "10"))
PORTAL_FORM_RATE_WINDOW = int(os.environ.get("PORTAL_FORM_RATE_WINDOW", "3600"))
PORTAL_PROXY_COUNT = int(os.environ.get("PORTAL_PROXY_COUNT", "0"))
X_FRAME_OPTIONS = "SAMEORIGIN"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

PORTAL_DISPLAY_NAME = _("Związek Gmin i Powiatów Subregionu Zachodniego")
