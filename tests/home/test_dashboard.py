"""The office's dashboard: each group sees its panels with the right counts, after real submissions and a
resolution submitted for approval, and each panel costs the same number of queries whatever the content."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from core.dashboard import SESSION_KEY, last_visit
from home.models import OfficePage
from home.wagtail_hooks import ContactMessagesPanel, StatementReviewPanel
from projects.models import ProjectPage
from projects.wagtail_hooks import RecruitmentsPanel
from resolutions.models import ResolutionPage
from resolutions.wagtail_hooks import AwaitingApprovalPanel, ScansPanel
from tests.groups.admin_forms import add_url, resolution_form
from tests.home.test_office import contact_data

pytestmark = pytest.mark.django_db
PASSWORD = "haslo-testowe-123"


@pytest.fixture
def person(django_user_model):
    def make(group, username):
        user = django_user_model.objects.create_user(username, password=PASSWORD, first_name=username.title(),
                                                     last_name="Test")
        user.groups.add(Group.objects.get(name=group))
        return user
    return make


def log_in(client, user):
    """Through the admin's login form, as a person does (so the login signal runs)."""
    response = client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]


def panel(client, panel_id):
    """The HTML of one dashboard panel (empty string when the dashboard does not show it)."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.find(f'id="{panel_id}')
    if start == -1:
        return ""
    return html[start:html.find("</section>", start)]


def row_values(html, label):
    """The cells after the one holding ``label`` in a panel's table."""
    import re

    for row in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        if label in row:
            cells = re.findall(r"<td>(.*?)</td>", row, re.S)
            return [re.sub(r"<[^>]+>", "", cell).strip() for cell in cells[1:]]
    raise AssertionError(f"no row for {label!r} in:\n{html}")


def test_last_visit_is_the_login_before_this_one(client, person):
    secretary = person("Sekretariat", "sekretarka")
    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    secretary.last_login = two_days_ago
    secretary.save(update_fields=["last_login"])
    log_in(client, secretary)
    assert client.session[SESSION_KEY] == two_days_ago.isoformat()
    secretary.refresh_from_db()
    assert secretary.last_login > two_days_ago  # Django still records this login

    request = RequestFactory().get("/admin/")
    request.user, request.session = secretary, client.session
    assert last_visit(request) == two_days_ago


def test_new_contact_messages_since_the_last_visit(client, person):
    secretary = person("Sekretariat", "sekretarka")
    secretary.last_login = timezone.now() - datetime.timedelta(hours=1)
    secretary.save(update_fields=["last_login"])
    office = OfficePage.objects.get(locale__language_code="pl")
    old = FormSubmission.objects.create(page=office, form_data={"wiadomosc": "stara"})
    FormSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - datetime.timedelta(days=3))
    log_in(client, secretary)
    before = row_values(panel(client, "portal-contact-messages"), office.title)

    visitor = client.__class__()
    assert "Dziękujemy" in visitor.post("/biuro/", contact_data(office)).content.decode()

    new, total = row_values(panel(client, "portal-contact-messages"), office.title)
    assert int(new) == int(before[0]) + 1 and int(total) == int(before[1]) + 1
    assert int(new) < int(total)  # the message from three days ago is not new


def test_contact_messages_are_only_for_those_who_read_submissions(client, person):
    log_in(client, person("Redakcja", "redaktor"))
    assert panel(client, "portal-contact-messages") == ""


def test_resolution_submitted_for_approval_reaches_the_publishers_panel(client, person, register, bodies, text_pdf):
    editor, publisher = person("Redakcja", "redaktor"), person("Publikujący", "publikujacy")
    log_in(client, publisher)
    assert "Żadna uchwała nie czeka na akceptację" in panel(client, "portal-resolutions-awaiting")

    client.force_login(editor)
    assert panel(client, "portal-resolutions-awaiting") == ""  # Redakcja submits, does not approve
    response = client.post(add_url(ResolutionPage, register), resolution_form(bodies, text_pdf, **{"action-submit": "1"}))
    assert response.status_code == 302
    page = ResolutionPage.objects.get(number="3/2032")
    assert page.workflow_in_progress

    client.force_login(publisher)
    html = panel(client, "portal-resolutions-awaiting")
    assert "3/2032 – w sprawie zakupu sprzętu dla Biura" in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert row_values(html, "3/2032")[0] == bodies["zarzad"].name


def test_open_recruitments_with_their_applications(client, person):
    secretary = person("Sekretariat", "sekretarka")
    log_in(client, secretary)
    project = ProjectPage.objects.get(locale__language_code="pl", slug="kompetentna-administracja")
    closed = ProjectPage.objects.get(locale__language_code="pl", slug="miedzysektorowa-wspolpraca")
    html = panel(client, "portal-recruitments")
    assert project.title in html and closed.title not in html
    new, total = row_values(html, project.title)[1:]

    FormSubmission.objects.create(page=project, form_data={"imie": "Jan"})
    project.recruitment_closes_at = timezone.now() + datetime.timedelta(days=3)
    project.save_revision().publish()
    html = panel(client, "portal-recruitments")
    assert row_values(html, project.title)[1:] == [str(int(new) + 1), str(int(total) + 1)]
    assert "Zamyka się w ciągu 7 dni" in html


def test_scans_without_text_are_counted(client, person, make_resolution, scanned_pdf):
    log_in(client, person("Sekretariat", "sekretarka"))
    before = ResolutionPage.objects.filter(has_scan=True, locale__language_code="pl").count()
    make_resolution(number="8/2030", document=scanned_pdf)
    html = panel(client, "portal-resolutions-scans")
    assert f"{before + 1} uchwał" in html or f"{before + 1} uchwała" in html or f"{before + 1} uchwały" in html
    assert "8/2030" in html


PANELS = [ContactMessagesPanel, RecruitmentsPanel, AwaitingApprovalPanel, ScansPanel, StatementReviewPanel]


def _queries(panel_class, user):
    request = RequestFactory().get("/admin/")
    request.user, request.session = user, {}
    with CaptureQueriesContext(connection) as queries:
        panel_class(request).render_html({})
    return len(queries)


@pytest.mark.parametrize("panel_class", PANELS)
def test_each_panel_costs_the_same_queries_with_more_content(
    panel_class, admin_user, make_resolution, scanned_pdf, register, bodies
):
    admin_user.last_login = timezone.now() - datetime.timedelta(days=1)
    before = _queries(panel_class, admin_user)
    office = OfficePage.objects.get(locale__language_code="pl")
    project = ProjectPage.objects.get(locale__language_code="pl", slug="kompetentna-administracja")
    for number in range(5):
        FormSubmission.objects.create(page=office, form_data={"n": number})
        FormSubmission.objects.create(page=project, form_data={"n": number})
        page = make_resolution(number=f"{20 + number}/2030", document=scanned_pdf, publish=False)
        register.get_workflow().start(page, admin_user)
    assert AwaitingApprovalPanel.LIMIT > 5
    after = _queries(panel_class, admin_user)
    assert after == before, f"{panel_class.__name__}: {before} queries, then {after} with more content"
    assert before <= 3
