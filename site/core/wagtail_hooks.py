"""Admin hooks of the foundation: the audited deletion of form submissions and its history entry, the list of
blocked logins an administrator can see and clear, the editors' checks (``core.content_checks``): the content
checker with the suite's WCAG rules, a warning after publishing a page with broken internal links, and the reports
"Zepsute odnośniki" and "Strony bez przeglądu od 12 miesięcy"; and the warning on a page whose translation is
out of date (``core.translations``)."""

from axes.models import AccessAttempt
from django.contrib import messages
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _, ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter

from .admin_reports import PortalAgingPagesView, broken_links_report, may_see
from .content_checks import broken_links, describe, portal_checker_items
from .submissions import DELETED_ACTION, AuditedDeleteSubmissionsView
from .translations import translation_state


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


@hooks.register("before_edit_page", order=-10)
def warn_translation_out_of_date(request, page):
    """Tell the editor of a page (source or translation) that the translation has not taken in the source's
    latest published changes yet, with the one action that syncs it. Runs before wagtail-localize's own
    hook, which serves the translation editor; returns nothing, so the edit view goes on."""
    if request.method != "GET":
        return
    state = translation_state(page)
    if state is None or not state.needs_sync:
        return
    if page.pk == state.source_page.pk:
        text = _("Wersje językowe tej strony nie mają jeszcze zmian opublikowanych %(date)s.")
    else:
        text = _("Polska wersja tej strony zmieniła się %(date)s; to tłumaczenie nie ma jeszcze tych zmian.")
    date = timezone.localtime(state.source_page.last_published_at)
    sync_url = reverse("wagtail_localize:update_translations", args=[state.source.pk])
    messages.warning(request, format_html(
        '{} <a href="{}?{}">{}</a>',
        text % {"date": f"{date:%d.%m.%Y %H:%M}"}, sync_url, urlencode({"next": request.path}),
        _("Zsynchronizuj przetłumaczone strony"),
    ))


# -- editors' checks ----------------------------------------------------------------------------------

@hooks.register("construct_wagtail_userbar")
def portal_content_checker(request, items, page):
    portal_checker_items(items)


@hooks.register("after_publish_page")
def warn_about_broken_links(request, page):
    """The page is published, but the editor reads at once which of its links lead nowhere."""
    links = broken_links([page.specific]).get(page.specific)
    if links:
        messages.warning(request, ngettext(
            "Strona jest opublikowana, ale ma zepsuty odnośnik: %(links)s.",
            "Strona jest opublikowana, ale ma zepsute odnośniki: %(links)s.",
            len(links),
        ) % {"links": "; ".join(str(describe(link)) for link in links)})


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see(request.user)


@hooks.register("register_admin_urls")
def editors_report_urls():
    aging = PortalAgingPagesView.as_view()
    return [
        path("reports/zepsute-odnosniki/", broken_links_report, name="portal_broken_links"),
        path("reports/strony-bez-przegladu/", aging, name="portal_aging_pages"),
        path("reports/strony-bez-przegladu/results/", PortalAgingPagesView.as_view(results_only=True),
             name="portal_aging_pages_results"),
    ]


@hooks.register("register_reports_menu_item")
def broken_links_menu_item():
    return ReportMenuItem(_("Zepsute odnośniki"), reverse("portal_broken_links"), icon_name="warning", order=710)


@hooks.register("register_reports_menu_item")
def aging_pages_menu_item():
    return ReportMenuItem(_("Strony bez przeglądu od 12 miesięcy"), reverse("portal_aging_pages"), icon_name="time",
                          order=720)


@hooks.register("register_settings_menu_item")
def pattern_library_menu_item():
    """The pattern library (``core.patterns``) under Settings, for editors and designers."""
    return MenuItem(_("Wzorce komponentów"), reverse("pattern_library"), icon_name="view", order=1000)
