"""What the admin's dashboard panels share: one look, and what "since your last visit" means.

Each section puts its own panel on the dashboard (its ``wagtail_hooks.py``, ``construct_homepage_panels``),
because each owns the data it counts; this module gives them one component (``DashboardPanel``: a heading, rows of
label, figure and link, an optional notice) so the panels read alike, and each panel's queries stay a fixed
number whatever the content (the tests assert them).

**Last visit.** Django's ``last_login`` is overwritten at the moment of logging in, so by the time the dashboard
is shown it says "now". The login's previous value is kept in the session instead (``remember_previous_login``
runs before Django's own receiver, since the foundation's app is ready before ``django.contrib.auth``); the
dashboard's "new since your last visit" counts what arrived after it. At a first login (no previous one) it
counts the last ``FIRST_VISIT_DAYS`` days.
"""

import datetime

from django.contrib.auth.signals import user_logged_in
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.admin.ui.components import Component

SESSION_KEY = "portal_previous_login"
FIRST_VISIT_DAYS = 7


def remember_previous_login(sender, request, user, **kwargs):
    """Keep the login before this one in the session (Django's receiver then sets ``last_login`` to now)."""
    if request is not None and hasattr(request, "session"):
        previous = user.last_login
        request.session[SESSION_KEY] = previous.isoformat() if previous else ""


user_logged_in.connect(remember_previous_login, dispatch_uid="portal_remember_previous_login")


def last_visit(request):
    """When the user was last here before this session: the previous login (or a week ago at a first one)."""
    value = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
    moment = parse_datetime(value) if value else None
    if moment is None and value is None and request.user.last_login:
        moment = request.user.last_login  # a session from before this was kept: since this session's login
    return moment or timezone.now() - datetime.timedelta(days=FIRST_VISIT_DAYS)


class DashboardPanel(Component):
    """A dashboard panel: ``heading``, ``rows`` of {"label", "url", "detail", "values"} under ``columns`` (the
    first names the label's column), an optional ``notice`` (a reminder, shown as a warning) and ``empty``
    (what to say when there are no rows). ``is_shown`` decides who sees it; ``get_context`` does the queries."""

    template_name = "core/admin/dashboard_panel.html"
    panel_id = ""
    heading = ""
    empty = ""
    columns = ()  # headings of the table's columns after the first

    def __init__(self, request):
        self.request = request

    def is_shown(self):
        return True

    def get_context(self):
        """{"rows": […], "notice": "…", "columns": […]}; the subclass's queries live here."""
        return {"rows": []}

    def render_html(self, parent_context=None):
        if not self.is_shown():
            return ""
        context = {"panel_id": self.panel_id, "heading": self.heading, "empty": self.empty, "columns": self.columns,
                   "notice": "", **self.get_context()}
        return render_to_string(self.template_name, context, request=self.request)
