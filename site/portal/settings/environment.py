"""Where the project lives and how the settings read the environment.

Kept apart from ``base`` so that ``portal.serve`` can find ``var/`` before any settings module is imported
(the production settings stop at import time without SECRET_KEY, which ``portal.serve`` supplies).
"""

import os
from pathlib import Path

# /…/<project>/site/portal/settings/environment.py -> <project>
PROJECT_DIR = Path(__file__).resolve().parents[3]
SITE_DIR = PROJECT_DIR / "site"
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", PROJECT_DIR / "var"))

YES = {"1", "true", "yes", "on"}
NO = {"0", "false", "no", "off"}


def env_bool(name, default=False):
    """Read a yes/no environment variable; anything else stops start-up, so a typo never switches a safeguard off."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value not in YES | NO:
        raise SystemExit(f"Error: {name} must be true or false (1/0, yes/no, on/off), not {os.environ[name]!r}.")
    return value in YES


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def require_env(name, when):
    """Return the environment variable ``name`` or stop start-up with a one-line message saying ``when`` it is needed."""
    value = os.environ.get(name, "")
    if not value:
        raise SystemExit(f"Error: the {name} environment variable must be set {when}.")
    return value


def proxy_ssl_header(value):
    """``"X-Forwarded-Proto: https"`` -> ``("HTTP_X_FORWARDED_PROTO", "https")``, Django's SECURE_PROXY_SSL_HEADER."""
    if not value:
        return None
    header, separator, expected = value.partition(":")
    if not separator or not header.strip() or not expected.strip():
        raise SystemExit(f"Error: SECURE_PROXY_SSL_HEADER must look like 'X-Forwarded-Proto: https', not {value!r}.")
    return ("HTTP_" + header.strip().upper().replace("-", "_"), expected.strip())
