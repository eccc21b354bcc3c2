"""Admin hooks about the office's groups: who does what, what waits for translation, who reads submissions.

- The dashboard says, in Polish, what each of the user's groups does (a superuser sees all four), so nobody has
  to guess why a button is missing.
- Translators cannot browse the Polish tree (no page right lets one look without editing), so their dashboard
  lists the Polish pages still missing a translation, each with wagtail-localize's "Translate" link.
- From 1 March until the accessibility statement's review date is this year's, the dashboard reminds Sekretariat
  (who edit it) that the statement must be reviewed by 31 March (``home.models.accessibility``).
- Those who read submissions see how many contact messages came to Biuro since their last visit.
- Form submissions (contact messages, applications with personal data) are for those with
  ``core.groups.READ_SUBMISSIONS``: Wagtail would otherwise show them to anyone who may edit the form page,
  translators of the English form pages included.
"""

from django.contrib.auth.models import Permission
from django.db.models import Count, Q
from django.template import engines
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

from core.dashboard import DashboardPanel, last_visit
from core.groups import EDITORS, READ_SUBMISSIONS, SECRETARIAT, TRANSLATORS, in_group
from resolutions.permissions import PUBLISHERS_GROUP

from .models import OfficePage, review_deadline, statement_review_date
from .models.office import office_today

GROUP_TASKS = {
    SECRETARIAT: _(
        "Prowadzi portal: edytuje i publikuje strony w obu językach (m.in. Biuro, Związek, Członkowie, Projekty, "
        "tłumaczenia), zmienia Ustawienia portalu (adres, telefon, stopka), czyta i eksportuje wiadomości "
        "z formularzy i zgłoszenia na nabory, prowadzi dokumenty, zdjęcia, przekierowania, dane władz (osoby, "
        "kadencje, organy) i programy finansowania. Uchwały może przygotować i przekazać do akceptacji, ale ich "
        "nie publikuje, nie wycofuje, nie usuwa, nie przenosi ani nie kopiuje."
    ),
    EDITORS: _(
        "Pisze i publikuje aktualności, dodaje dokumenty i zdjęcia, przygotowuje uchwały jako szkice i przekazuje "
        "je do akceptacji (proces „Akceptacja uchwał”). Innych stron nie zmienia, uchwał nie publikuje."
    ),
    PUBLISHERS_GROUP: _(
        "Akceptują uchwały w procesie „Akceptacja uchwał”: przed akceptacją widzą, co zostanie opublikowane, "
        "i to potwierdzają. Tylko oni (i administrator) publikują, wycofują, usuwają, przenoszą i kopiują "
        "uchwały."
    ),
    TRANSLATORS: _(
        "Tłumaczą strony na angielski („Przetłumacz” na liście stron do przetłumaczenia) i poprawiają "
        "angielskie wersje stron. Nie zmieniają stron polskich i niczego nie publikują: tłumaczenie publikuje "
        "Sekretariat (w edytorze tłumaczenia), a uchwałę – Publikujący. Zgłoszeń z formularzy nie widzą."
    ),
}

PANEL_TEMPLATE = engines["django"].from_string("""{% load wagtailadmin_tags %}
{% panel id=panel_id heading=heading classname="w-panel--dashboard" %}
  {% if intro %}<p>{{ intro }}</p>{% endif %}
  {% if groups %}<dl class="portal-groups">{% for name, tasks in groups %}
    <dt><strong>{{ name }}</strong></dt><dd>{{ tasks }}</dd>{% endfor %}
  </dl>{% endif %}
  {% if pages %}<table class="listing listing--dashboard">
    <thead><tr><th scope="col">{{ page_heading }}</th><th scope="col">{{ missing_heading }}</th><th scope="col"><span class="w-sr-only">{{ link_label }}</span></th></tr></thead>
    <tbody>{% for page, locales, url in pages %}
      <tr><td>{{ page.get_admin_display_title }}</td><td>{{ locales|join:", " }}</td>
      <td><a class="button button-small button-secondary" href="{{ url }}">{{ link_label }}</a></td></tr>{% endfor %}
    </tbody>
  </table>{% endif %}
{% endpanel %}""")


class GroupTasksPanel(Component):
    """"Twoje zadania w portalu": what the user's groups allow; for a superuser, who does what."""

    order = 50

    def render_html(self, parent_context=None):
        user = parent_context["request"].user
        if user.is_superuser:
            names, heading = list(GROUP_TASKS), _("Kto co robi w portalu")
            intro = _("Osoby przydzielasz do grup w Ustawienia → Użytkownicy.")
        else:
            own = set(user.groups.values_list("name", flat=True))
            names, heading, intro = [name for name in GROUP_TASKS if name in own], _("Twoje zadania w portalu"), ""
            if not names:
                return ""
        return PANEL_TEMPLATE.render({
            "panel_id": "portal-groups", "heading": heading, "intro": intro,
            "groups": [(name, GROUP_TASKS[name]) for name in names],
        })


class PagesToTranslatePanel(Component):
    """The default language's pages that some other language lacks, each with its "Przetłumacz" link."""

    order = 60
    LIMIT = 25

    def missing_translations(self):
        default = Locale.get_default()
        pages = {}
        for locale in Locale.objects.exclude(pk=default.pk):
            translated = Page.objects.filter(locale=locale, alias_of__isnull=True).values("translation_key")
            missing = (
                Page.objects.filter(locale=default, depth__gt=1).exclude(translation_key__in=translated)
                .order_by("path")[: self.LIMIT]
            )
            for page in missing:
                pages.setdefault(page.pk, (page, []))[1].append(locale.get_display_name())
        return [
            (page, locales, reverse("wagtail_localize:submit_page_translation", args=[page.pk]))
            for page, locales in list(pages.values())[: self.LIMIT]
        ]

    def render_html(self, parent_context=None):
        user = parent_context["request"].user
        if not user.has_perm("wagtail_localize.submit_translation"):
            return ""
        pages = self.missing_translations()
        return PANEL_TEMPLATE.render({
            "panel_id": "portal-to-translate", "heading": _("Strony do przetłumaczenia"),
            "intro": "" if pages else _("Wszystkie strony mają tłumaczenia."),
            "pages": pages, "page_heading": _("Strona"), "missing_heading": _("Brak wersji"),
            "link_label": _("Przetłumacz"),
        })


class StatementReviewPanel(DashboardPanel):
    """"Przegląd deklaracji dostępności": from 1 March until the statement is reviewed this year (two queries)."""

    order = 20
    panel_id = "portal-statement-review"
    heading = _("Przegląd deklaracji dostępności")

    def is_shown(self):
        if not in_group(self.request.user, SECRETARIAT):
            return False
        self.statement, due = statement_review_date(office_today())
        return due

    def get_context(self):
        today = office_today()
        deadline = review_deadline(today)
        reviewed = self.statement.reviewed_on or self.statement.prepared_on
        notice = (_(
            "Deklarację dostępności trzeba przejrzeć i zaktualizować do %(deadline)s. Ostatni przegląd: %(reviewed)s. "
            "Sprawdź treści niedostępne, dane kontaktowe i status, a potem wpisz dzisiejszą datę przeglądu."
        ) if today <= deadline else _(
            "Termin przeglądu deklaracji dostępności (%(deadline)s) minął. Ostatni przegląd: %(reviewed)s. "
            "Przejrzyj deklarację i wpisz datę przeglądu."
        )) % {
            "deadline": formats.date_format(deadline, "d.m.Y"),
            "reviewed": formats.date_format(reviewed, "d.m.Y") if reviewed else _("brak"),
        }
        return {"notice": notice, "rows": [{
            "label": _("Edytuj deklarację dostępności"),
            "url": reverse("wagtailadmin_pages:edit", args=[self.statement.pk]),
        }]}


class ContactMessagesPanel(DashboardPanel):
    """"Wiadomości do Biura": messages from the contact form, new since the user's last visit (one query)."""

    order = 30
    panel_id = "portal-contact-messages"
    heading = _("Wiadomości z formularza kontaktowego")
    empty = _("Brak wiadomości.")

    def is_shown(self):
        return self.request.user.has_perm(READ_SUBMISSIONS)

    def get_context(self):
        since = last_visit(self.request)
        offices = (
            OfficePage.objects.order_by("path").only("id", "title", "locale_id")
            .annotate(
                total=Count("formsubmission"),
                new=Count("formsubmission", filter=Q(formsubmission__submit_time__gt=since)),
            )
        )
        rows = [{
            "label": page.title,
            "url": reverse("wagtailforms:list_submissions", args=[page.pk]),
            "values": [page.new, page.total],
        } for page in offices]
        return {"rows": rows, "columns": [_("Formularz"), _("Nowe od ostatniej wizyty"), _("Wszystkie")]}


@hooks.register("construct_homepage_panels")
def group_panels(request, panels):
    panels.append(StatementReviewPanel(request))
    panels.append(ContactMessagesPanel(request))
    panels.append(GroupTasksPanel())
    panels.append(PagesToTranslatePanel())


@hooks.register("filter_form_submissions_for_user")
def submissions_for_readers_only(user, editable_forms):
    return editable_forms if user.has_perm(READ_SUBMISSIONS) else editable_forms.none()


@hooks.register("register_permissions")
def submissions_permission_in_the_group_editor():
    """Let a superuser give or take the right to read submissions in Ustawienia → Grupy."""
    app_label, codename = READ_SUBMISSIONS.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
