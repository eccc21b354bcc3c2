"""Error views of the whole site: a database outage is "come back in a minute" (503), not a server error."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.defaults import server_error as django_server_error

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 60


def server_error(request, template_name="500.html"):
    """``handler500``: the branded 503 with ``Retry-After`` when the database cannot be reached, else the 500.

    Writes that matter run in transactions (Wagtail's publishing, form submissions), which a lost connection
    rolls back; Django checks the connection at the start of the next request (``CONN_HEALTH_CHECKS``) and opens
    a new one, so the site recovers by itself once the database is back.
    """
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        logger.error("database unavailable: %s", error)
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return django_server_error(request, template_name)
