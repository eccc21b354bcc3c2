"""Admin hooks of the foundation: the audited deletion of form submissions and its history entry."""

from django.urls import path
from django.utils.translation import gettext_lazy as _, ngettext
from wagtail import hooks
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
