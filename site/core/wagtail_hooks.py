"""Admin hooks of the foundation: the audited deletion of form submissions and its history entry, and the
list of blocked logins an administrator can see and clear."""

from axes.models import AccessAttempt
from django.urls import path
from django.utils.translation import gettext_lazy as _, ngettext
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter

from .submissions import DELETED_ACTION, AuditedDeleteSubmissionsView


@hooks.register("register_admin_urls")
def audited_submission_deletion():
    """Serve Wagtail's own address for deleting submissions with the audited view.

    The foundation's hooks are registered before wagtail.contrib.forms' (INSTALLED_APPS order), so this
    pattern comes first among the admin URLs and ``wagtailforms:delete_submissions`` resolves to it.
    """
    return [
        path("forms/submissions/<int:page_id>/delete/", AuditedDeleteSubmissionsView.as_view(),
             name="portal_delete_submissions"),
    ]


@hooks.register("register_log_actions")
def submission_log_actions(actions):
    @actions.register_action(DELETED_ACTION)
    class SubmissionsDeleted(LogFormatter):
        label = _("Usunięcie zgłoszeń")

        def format_message(self, log_entry):
            count = log_entry.data.get("count", 0)
            return ngettext("Usunięto %(count)d zgłoszenie", "Usunięto %(count)d zgłoszeń", count) % {"count": count}


class FailedLoginViewSet(ModelViewSet):
    """django-axes' record of failed logins: who, from where, how many, since when. Deleting a row lifts the
    block at once (otherwise it ends after AXES_COOLOFF_TIME). Only superusers hold these permissions."""

    model = AccessAttempt
    icon = "warning"
    menu_label = _("Nieudane logowania")
    add_to_settings_menu = True
    name = "failed_logins"
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    list_filter = ["username"]
    search_fields = ["username", "ip_address"]
    form_fields = []
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_add_url(self):  # attempts are recorded by django-axes, never typed in
        return None


@hooks.register("register_admin_viewset")
def failed_logins_viewset():
    return FailedLoginViewSet()
