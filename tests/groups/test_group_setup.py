"""The groups as the migrations and the demo leave them, and the migrations run on a database made before them.

Each group has exactly the rights its work needs (the table below is the one in the README proposal); Wagtail's
"Editors"/"Moderators" and their workflow are gone, so no page offers a review nobody handles.
"""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import (
    Collection, GroupApprovalTask, GroupCollectionPermission, GroupPagePermission, Page, Task, TaskState, Workflow,
    WorkflowPage, WorkflowState, WorkflowTask,
)

from core.models import SiteSettings
from home.models import NewsIndexPage, OfficePage
from resolutions.models import ResolutionApprovalTask, ResolutionIndexPage, ResolutionPage

pytestmark = pytest.mark.django_db

OFFICE_GROUPS = {"Sekretariat", "Redakcja", "Publikujący", "Tłumacze"}

SEARCH_PROMOTIONS = {f"wagtailsearchpromotions.{right}_searchpromotion" for right in ("add", "change", "delete")}
MODEL_RIGHTS = {
    "Sekretariat": {
        "wagtailadmin.access_admin", "core.change_sitesettings", "wagtail_localize.submit_translation", "wagtailforms.view_formsubmission",
        "wagtailredirects.add_redirect", "wagtailredirects.change_redirect", "wagtailredirects.delete_redirect",
        "members.add_person", "members.change_person", "members.delete_person", "members.publish_person",
        "members.add_term", "members.change_term", "members.delete_term",
        "members.add_membership", "members.change_membership", "members.delete_membership",
        "members.change_statutorybody",
        "projects.add_fundingprogramme", "projects.change_fundingprogramme", "projects.delete_fundingprogramme",
        "projects.view_fundingprogramme",
        *SEARCH_PROMOTIONS,
    },
    "Redakcja": {"wagtailadmin.access_admin", *SEARCH_PROMOTIONS},
    "Publikujący": {"wagtailadmin.access_admin"},
    "Tłumacze": {"wagtailadmin.access_admin", "wagtail_localize.submit_translation"},
}
COLLECTION_RIGHTS = {
    "Sekretariat": {"add_document", "change_document", "delete_document", "choose_document",
                    "add_image", "change_image", "delete_image", "choose_image"},
    "Redakcja": {"add_document", "choose_document", "add_image", "choose_image"},
    "Publikujący": {"add_document", "choose_document", "choose_image"},
    "Tłumacze": set(),
}
EVERYWHERE = {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}


def model_rights(name):
    group = Group.objects.get(name=name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


def page_rights(name):
    rights = {}
    for right in GroupPagePermission.objects.filter(group__name=name).select_related("page", "permission"):
        rights.setdefault(right.page.specific_class, {}).setdefault(right.page.locale.language_code, set()).add(
            right.permission.codename
        )
    return rights


def test_the_office_groups_are_the_only_groups():
    assert set(Group.objects.values_list("name", flat=True)) == OFFICE_GROUPS


@pytest.mark.parametrize("name", sorted(OFFICE_GROUPS))
def test_each_group_has_exactly_its_rights(name):
    assert model_rights(name) == MODEL_RIGHTS[name]
    collection_rights = set(
        GroupCollectionPermission.objects.filter(group__name=name, collection=Collection.get_first_root_node())
        .values_list("permission__codename", flat=True)
    )
    assert collection_rights == COLLECTION_RIGHTS[name]
    assert GroupCollectionPermission.objects.filter(group__name=name).count() == len(COLLECTION_RIGHTS[name])


def test_page_rights_sit_where_each_group_works():
    root = Page.get_first_root_node().specific_class
    assert page_rights("Sekretariat") == {root: {"pl": EVERYWHERE}}
    assert page_rights("Redakcja") == {
        NewsIndexPage: {"pl": {"add_page", "change_page", "publish_page"}},
        ResolutionIndexPage: {"pl": {"add_page", "change_page"}},
    }
    assert page_rights("Publikujący") == {ResolutionIndexPage: {"pl": EVERYWHERE, "en": EVERYWHERE}}
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    assert page_rights("Tłumacze") == {english_home.specific_class: {"en": {"add_page", "change_page"}}}
    assert GroupPagePermission.objects.get(group__name="Tłumacze", permission__codename="add_page").page == english_home
    assert GroupPagePermission.objects.filter(group__name="Redakcja", page=SiteSettings.load().news_page).count() == 3


def test_only_the_register_offers_a_workflow_and_publishers_handle_it():
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not WorkflowPage.objects.filter(page__depth=1).exists()
    assert OfficePage.objects.get(locale__language_code="pl").get_workflow() is None
    for workflow in Workflow.objects.filter(active=True, workflow_pages__isnull=False).distinct():
        for task in workflow.tasks.specific():
            assert list(task.groups.values_list("name", flat=True)) == ["Publikujący"], (workflow, task)
    for resolution in ResolutionPage.objects.all()[:3]:
        workflow = resolution.get_workflow()
        assert workflow.name == "Akceptacja uchwał"
        assert isinstance(workflow.tasks.get().specific, ResolutionApprovalTask)


def test_a_new_news_list_and_a_new_language_home_get_their_groups_rights():
    """The receivers in core.groups: rights that name a page are granted when the page appears."""
    from wagtail.models import Locale

    german = Locale.objects.create(language_code="de")
    home = Page.objects.get(depth=2, locale__language_code="pl")
    german_home = home.copy_for_translation(german)
    assert set(GroupPagePermission.objects.filter(group__name="Tłumacze", page=german_home)
               .values_list("permission__codename", flat=True)) == {"add_page", "change_page"}

    other_news = NewsIndexPage(title="Komunikaty", slug="komunikaty")
    german_home.add_child(instance=other_news)
    settings = SiteSettings.load()
    settings.news_page = other_news
    settings.save(update_fields=["news_page"])
    assert GroupPagePermission.objects.filter(group__name="Redakcja", page=other_news).count() == 3


def test_the_dashboard_tells_a_superuser_who_does_what(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Kto co robi w portalu" in html
    for name in OFFICE_GROUPS:
        assert f"<strong>{name}</strong>" in html


@pytest.mark.parametrize("name, words", [
    ("Sekretariat", "Ustawienia portalu"), ("Redakcja", "aktualności"), ("Publikujący", "potwierdzają"),
    ("Tłumacze", "na angielski"),
])
def test_the_dashboard_tells_a_member_what_the_group_allows(client, member_of, name, words):
    client.force_login(member_of(name))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Twoje zadania w portalu" in html and f"<strong>{name}</strong>" in html and words in html
    assert sum(f"<strong>{other}</strong>" in html for other in OFFICE_GROUPS) == 1


# -- the migrations on a database made before them ------------------------------------------------

def migration(app_folder, name):
    return importlib.import_module(f"{app_folder}.migrations.{name}")


def test_core_migration_moves_people_to_the_new_groups_and_drops_wagtails_defaults(django_user_model):
    root = Page.get_first_root_node()
    former_editor = django_user_model.objects.create_user("stara-redakcja")
    wagtail_editor = django_user_model.objects.create_user("editor")
    wagtail_moderator = django_user_model.objects.create_user("moderator")
    former_editor.groups.add(Group.objects.get(name="Redakcja"))
    Group.objects.create(name="Editors").user_set.add(wagtail_editor)
    moderators = Group.objects.create(name="Moderators")
    moderators.user_set.add(wagtail_moderator)
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=root, workflow=workflow)

    migration("core", "0003_office_groups").shape_groups(apps, None)

    assert set(Group.objects.values_list("name", flat=True)) == OFFICE_GROUPS
    assert list(former_editor.groups.values_list("name", flat=True)) == ["Sekretariat"]
    assert list(wagtail_moderator.groups.values_list("name", flat=True)) == ["Sekretariat"]
    assert list(wagtail_editor.groups.values_list("name", flat=True)) == ["Redakcja"]
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(pk=task.pk).exists() and not WorkflowPage.objects.filter(page=root).exists()


def test_core_migration_keeps_a_workflow_with_history_inactive_and_cancels_its_review():
    page = OfficePage.objects.get(locale__language_code="pl")
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=Page.get_first_root_node(), workflow=workflow)
    state = workflow.start(page, user=None)

    migration("core", "0003_office_groups").shape_groups(apps, None)

    workflow.refresh_from_db()
    state.refresh_from_db()
    assert not workflow.active and state.status == WorkflowState.STATUS_CANCELLED
    assert not TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_IN_PROGRESS).exists()
    assert page.get_workflow() is None


def test_resolutions_migrations_convert_the_task_in_place_and_merge_sekretariat_uchwal(django_user_model, register):
    publishers = Group.objects.get(name="Publikujący")
    old_task = GroupApprovalTask.objects.create(name="Akceptacja przez Publikujących")
    old_task.groups.set([publishers])
    workflow = Workflow.objects.create(name="Akceptacja uchwał")
    WorkflowTask.objects.create(workflow=workflow, task=old_task, sort_order=0)
    drafter = django_user_model.objects.create_user("sekretarz-uchwal")
    former = Group.objects.create(name="Sekretariat uchwał")
    former.user_set.add(drafter)
    for page in (register, register.get_translations().get()):
        for codename in ("add_page", "change_page"):
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.create(group=former, page=page, permission=permission)

    migration("resolutions", "0004_approval_task").convert_approval_task(apps, None)
    migration("resolutions", "0005_office_groups").forward(apps, None)

    task = Task.objects.get(pk=old_task.pk).specific
    assert isinstance(task, ResolutionApprovalTask) and list(task.groups.all()) == [publishers]
    assert not GroupApprovalTask.objects.filter(pk=old_task.pk).exists()
    assert not Group.objects.filter(name="Sekretariat uchwał").exists()
    assert list(drafter.groups.values_list("name", flat=True)) == ["Redakcja"]
    assert page_rights("Redakcja")[ResolutionIndexPage] == {"pl": {"add_page", "change_page"}}
