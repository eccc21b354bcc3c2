"""Production settings: what they refuse to start without, what ``check --deploy`` says about them, and what
the environment switches (HTTPS for plain-HTTP setups, the proxy's header, e-mail)."""

import json
import subprocess
import sys

import pytest

from .conftest import PROJECT_DIR, fresh_machine_env

# The README's production recipe (docs-proposed-readme.md), with a key generated the way `make run` does.
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "ALLOWED_HOSTS": "subregion.pl",
    "WAGTAILADMIN_BASE_URL": "https://subregion.pl",
    "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto: https",
    "EMAIL_HOST": "smtp.example.invalid",
    "EMAIL_PORT": "587",
    "EMAIL_USE_TLS": "true",
    "EMAIL_HOST_USER": "portal",
    "EMAIL_HOST_PASSWORD": "password-of-the-mailbox",
    "DEFAULT_FROM_EMAIL": "portal@subregion.pl",
    "SERVER_EMAIL": "serwer@subregion.pl",
}
# Warnings silenced on purpose in portal/settings/production.py, each with its reason there.
SILENCED = {"security.W019", "security.W021"}

SHOW_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
names = ["DEBUG", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
         "SECURE_HSTS_PRELOAD", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_PROXY_SSL_HEADER",
         "WAGTAILADMIN_BASE_URL", "EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER",
         "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS", "EMAIL_USE_SSL", "DEFAULT_FROM_EMAIL", "SERVER_EMAIL",
         "SILENCED_SYSTEM_CHECKS"]
found = {name: getattr(settings, name) for name in names}
found["CONN_MAX_AGE"] = settings.DATABASES["default"]["CONN_MAX_AGE"]
print(json.dumps(found))
"""


@pytest.fixture
def production_env(tmp_path):
    from portal.serve import local_secret_key

    return fresh_machine_env(
        **PRODUCTION_ENV, PORTAL_VAR_DIR=str(tmp_path), SECRET_KEY=local_secret_key(tmp_path),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )


def run(args, env):
    return subprocess.run(args, cwd=PROJECT_DIR, env=env, capture_output=True, text=True)


def settings_under(env):
    result = run([sys.executable, "-c", SHOW_SETTINGS], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_check_deploy_finds_nothing_beyond_what_is_silenced_on_purpose(production_env):
    result = run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"System check identified no issues ({len(SILENCED)} silenced)." in result.stdout
    assert set(settings_under(production_env)["SILENCED_SYSTEM_CHECKS"]) == SILENCED


def test_production_refuses_to_start_without_the_admin_base_url(production_env):
    del production_env["WAGTAILADMIN_BASE_URL"]
    result = run([sys.executable, "manage.py", "check"], production_env)
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "Error: the WAGTAILADMIN_BASE_URL environment variable must be set in production"
        " (the site's public address, e.g. https://subregion.pl)."
    )


def test_https_is_enforced_by_default(production_env):
    del production_env["SECURE_PROXY_SSL_HEADER"]
    found = settings_under(production_env)
    assert found["DEBUG"] is False
    assert found["SECURE_SSL_REDIRECT"] is True
    assert found["SECURE_HSTS_SECONDS"] == 365 * 24 * 3600
    assert found["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True and found["SECURE_HSTS_PRELOAD"] is False
    assert found["SESSION_COOKIE_SECURE"] is True and found["CSRF_COOKIE_SECURE"] is True
    assert found["SECURE_PROXY_SSL_HEADER"] is None, "a forwarded header is trusted only when configured"


def test_one_variable_switches_https_off_for_plain_http_setups(production_env):
    found = settings_under({**production_env, "PORTAL_HTTPS": "false"})
    assert found["SECURE_SSL_REDIRECT"] is False and found["SECURE_HSTS_SECONDS"] == 0
    assert found["SESSION_COOKIE_SECURE"] is False and found["CSRF_COOKIE_SECURE"] is False


def test_a_misspelt_switch_stops_instead_of_meaning_off(production_env):
    result = run([sys.executable, "manage.py", "check"], {**production_env, "PORTAL_HTTPS": "flase"})
    assert result.returncode != 0
    assert result.stderr.strip() == "Error: PORTAL_HTTPS must be true or false (1/0, yes/no, on/off), not 'flase'."


def test_the_proxys_header_is_configurable(production_env):
    found = settings_under(production_env)
    assert found["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_workers_keep_their_database_connection_unless_told_not_to(production_env):
    """A connection per request cost every uncached page 3.5 ms of CPU (bench/throughput.py); a deployment
    behind a transaction pooler can still ask for one per request."""
    assert settings_under(production_env)["CONN_MAX_AGE"] == 600
    assert settings_under({**production_env, "CONN_MAX_AGE": "0"})["CONN_MAX_AGE"] == 0


def test_mail_goes_through_the_configured_server(production_env):
    found = settings_under(production_env)
    assert found["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (found["EMAIL_HOST"], found["EMAIL_PORT"], found["EMAIL_USE_TLS"], found["EMAIL_USE_SSL"]) == (
        "smtp.example.invalid", 587, True, False)
    assert (found["EMAIL_HOST_USER"], found["EMAIL_HOST_PASSWORD"]) == ("portal", "password-of-the-mailbox")
    assert (found["DEFAULT_FROM_EMAIL"], found["SERVER_EMAIL"]) == ("portal@subregion.pl", "serwer@subregion.pl")


@pytest.mark.parametrize("settings_module", ["portal.settings.production", "portal.settings.dev"])
def test_without_a_mail_server_mail_is_printed_to_the_console(production_env, settings_module):
    env = {key: value for key, value in production_env.items() if not key.startswith("EMAIL_")}
    found = settings_under({**env, "DJANGO_SETTINGS_MODULE": settings_module})
    assert found["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"


def test_development_admin_base_url_follows_the_port(production_env):
    env = {**production_env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "PORT": "8123"}
    del env["WAGTAILADMIN_BASE_URL"]
    assert settings_under(env)["WAGTAILADMIN_BASE_URL"] == "http://127.0.0.1:8123"


def test_the_generated_key_is_kept_once_and_readable_by_its_owner_only(tmp_path):
    from portal.serve import local_secret_key

    key = local_secret_key(tmp_path)
    assert local_secret_key(tmp_path) == key and len(key) >= 50
    assert (tmp_path / "secret-key").stat().st_mode & 0o777 == 0o600
