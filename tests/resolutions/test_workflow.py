"""Who may publish: real admin requests by a "Redakcja" member, an office editor ("Sekretariat") and a Publikujący."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from resolutions.models import ResolutionPage

pytestmark = pytest.mark.django_db


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, password="pass", first_name=username.title(), last_name="Test")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def form_data(bodies, text_pdf=None, **overrides):
    data = {
        "title": "w sprawie zakupu testowego sprzętu",
        "slug": "",
        "number": "7/2031",
        "body": bodies["zarzad"].pk,
        "adopted_on": "2031-03-02",
        "summary": rich_text("<p>Treść uchwały.</p>"),
        "document": text_pdf.pk if text_pdf else "",
        "status_override": "",
        "change_note": "Utworzenie dokumentu",
        "produced_by": "Dyrektor Biura Związku",
        "responsible": "Dyrektor Biura Związku",
        "entered_by": "",
        "attachments": inline_formset([]),
        "relations": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(register):
    return reverse("wagtailadmin_pages:add", args=("resolutions", "resolutionpage", register.pk))


def test_groups_exist_with_rights_on_the_register(register):
    assert Group.objects.filter(name__in=["Sekretariat", "Redakcja", "Publikujący", "Tłumacze"]).count() == 4
    workflow = register.get_workflow()
    assert workflow.name == "Akceptacja uchwał"
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Publikujący"]


def test_redakcja_creates_and_submits_but_cannot_publish_then_publikujacy_approves(
    client, register, bodies, text_pdf
):
    secretary = user_in("Redakcja", "sekretarz")
    publisher = user_in("Publikujący", "publikujacy")
    client.force_login(secretary)

    # the add form offers no publishing; a forged "publish" only saves a draft
    assert client.get(add_url(register)).status_code == 200
    response = client.post(add_url(register), form_data(bodies, text_pdf, **{"action-publish": "1"}))
    assert response.status_code == 302
    page = ResolutionPage.objects.get(number="7/2031")
    assert not page.live
    assert page.slug == "zarzad-2031-7"
    assert not page.permissions_for_user(secretary).can_publish()

    # submit for approval: the change description is required for it
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = client.post(edit_url, form_data(bodies, text_pdf, change_note="", **{"action-submit": "1"}))
    assert response.status_code == 200 and "Opisz zmianę" in response.content.decode()
    response = client.post(edit_url, form_data(bodies, text_pdf, **{"action-submit": "1"}))
    assert response.status_code == 302
    page = ResolutionPage.objects.get(pk=page.pk)
    assert page.workflow_in_progress and not page.live

    # a Publikujący member approves, which publishes
    client.force_login(publisher)
    task_state = page.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = client.post(approve, {"comment": "OK", "confirm": "on"})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert page.change_register()[-1]["user"] == "Sekretarz Test"
    assert page.change_register()[-1]["description"] == "Utworzenie dokumentu"
    assert page.entered_by_name() == "Sekretarz Test"
    assert "zakupu testowego" in client.get("/uchwaly/", {"rok": "2031", "organ": "zarzad"}).content.decode()


def test_office_editors_can_publish_other_pages_but_not_resolutions(client, register, bodies, text_pdf):
    editor = user_in("Sekretariat", "redaktor")
    resolution = ResolutionPage.objects.filter(locale__language_code="pl").first()
    other_page = Page.objects.get(depth=2, locale__language_code="pl").get_children().exclude(pk=register.pk).first()
    assert other_page.permissions_for_user(editor).can_publish()
    tester = resolution.permissions_for_user(editor)
    assert tester.can_edit() and not tester.can_publish() and not tester.can_unpublish()
    assert not register.permissions_for_user(editor).can_publish_subpage()

    client.force_login(editor)
    response = client.post(add_url(register), form_data(bodies, text_pdf, number="8/2031", **{"action-publish": "1"}))
    assert response.status_code == 302
    assert not ResolutionPage.objects.get(number="8/2031").live
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(resolution.pk,)))
    resolution.refresh_from_db()
    assert resolution.live


def test_numbering_errors_are_shown_on_the_number_field(admin_client, register, bodies):
    response = admin_client.post(add_url(register), form_data(bodies, number="7/2030", **{"action-publish": "1"}))
    assert response.status_code == 200
    form = response.context["form"]
    assert "number" in form.errors and "rokiem podjęcia" in form.errors["number"][0]
    response = admin_client.post(add_url(register), form_data(bodies, number="1/2014", adopted_on="2014-02-02"))
    assert "już istnieje" in response.context["form"].errors["number"][0]


def test_publisher_can_publish_directly(client, register, bodies, text_pdf):
    client.force_login(user_in("Publikujący", "wydawca"))
    response = client.post(add_url(register), form_data(bodies, text_pdf, number="9/2031", **{"action-publish": "1"}))
    assert response.status_code == 302
    page = ResolutionPage.objects.get(number="9/2031")
    assert page.live and "hipopotam" in page.document_text
