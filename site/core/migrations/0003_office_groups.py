"""The office's groups, each with the rights its work needs (``core.groups``; sections add their own models).

- "Sekretariat" runs the portal: pages on the whole tree (add, change, publish, lock, unlock), "Ustawienia
  portalu", documents and images (add, change, delete, choose), redirects and reading form submissions. That was
  the work of the former "Redakcja", so its members move here, and so do the members of Wagtail's "Moderators".
- "Redakcja" now writes news: documents and images (add and choose; for Wagtail "change" includes deleting any
  file, so it keeps only its own uploads to edit) and the pages under the news list named in the settings; its
  whole-tree page rights go. Members of Wagtail's "Editors" move here.
- "Tłumacze": translations (wagtail-localize's "submit translation") and pages of every other language's tree.
- Wagtail's "Editors" and "Moderators" go, and so does the "Moderators approval" workflow that every page
  offered: "Moderators" were its only handlers. Should it have a review in progress, it is cancelled and the
  workflow kept, inactive, with its history.

Going back leaves the groups as they are: the old ones are not recreated.
"""

from django.conf import settings
from django.db import migrations

ADMIN = ("wagtailadmin", "admin", "access_admin")
PAGE_RIGHTS = {
    "Sekretariat": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Redakcja": ["add_page", "change_page", "publish_page"],  # on the news list
    "Tłumacze": ["add_page", "change_page"],  # on each other language's home page
}
COLLECTION_RIGHTS = {
    "Sekretariat": {"document": ["add", "change", "delete", "choose"], "image": ["add", "change", "delete", "choose"]},
    "Redakcja": {"document": ["add", "choose"], "image": ["add", "choose"]},
}
# Wagtail lets whoever may change a file delete it, even while a published page uses it.
REVOKED_COLLECTION_RIGHTS = {"Redakcja": ["change_document", "change_image"]}
MODEL_RIGHTS = {
    "Sekretariat": [
        ADMIN,
        ("core", "sitesettings", "change_sitesettings"),
        ("wagtailredirects", "redirect", "add_redirect"),
        ("wagtailredirects", "redirect", "change_redirect"),
        ("wagtailredirects", "redirect", "delete_redirect"),
        ("wagtailforms", "formsubmission", "view_formsubmission"),
    ],
    "Redakcja": [ADMIN],
    "Tłumacze": [ADMIN, ("wagtail_localize", "translation", "submit_translation")],
}
COLLECTION_APPS = {"document": "wagtaildocs", "image": "wagtailimages"}
MERGED = {"Moderators": "Sekretariat", "Editors": "Redakcja"}
OLD_WORKFLOW = "Moderators approval"


def get_permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return permission


def grant_pages(apps, group, page, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        permission = get_permission(apps, "wagtailcore", "page", codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def shape_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Locale = apps.get_model("wagtailcore", "Locale")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    SiteSettings = apps.get_model("core", "SiteSettings")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_RIGHTS}
    secretariat, editors, translators = groups["Sekretariat"], groups["Redakcja"], groups["Tłumacze"]

    # the former "Redakcja" did what "Sekretariat" does now: its people go there, its whole-tree rights go
    secretariat.user_set.add(*editors.user_set.all())
    editors.user_set.clear()
    root = Page.objects.filter(depth=1).first()
    GroupPagePermission.objects.filter(group=editors, page=root).delete()

    for name, rights in MODEL_RIGHTS.items():
        groups[name].permissions.add(*(get_permission(apps, *right) for right in rights))

    root_collection = Collection.objects.filter(depth=1).first()
    for name, codenames in REVOKED_COLLECTION_RIGHTS.items():
        GroupCollectionPermission.objects.filter(group=groups[name], permission__codename__in=codenames).delete()
    for name, models in COLLECTION_RIGHTS.items():
        for model, actions in models.items():
            for action in actions:
                permission = get_permission(apps, COLLECTION_APPS[model], model, f"{action}_{model}")
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=root_collection, permission=permission
                )

    if root is not None:
        grant_pages(apps, secretariat, root, PAGE_RIGHTS["Sekretariat"])
    site_settings = SiteSettings.objects.filter(news_page__isnull=False).first()
    if site_settings is not None:
        grant_pages(apps, editors, site_settings.news_page, PAGE_RIGHTS["Redakcja"])
    default_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    other_homes = Page.objects.filter(depth=2).exclude(locale=default_locale) if default_locale else []
    for home in other_homes:
        grant_pages(apps, translators, home, PAGE_RIGHTS["Tłumacze"])

    for old_name, new_name in MERGED.items():
        old = Group.objects.filter(name=old_name).first()
        if old is not None:
            groups[new_name].user_set.add(*old.user_set.all())
            old.delete()

    remove_old_workflow(apps)


def remove_old_workflow(apps):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Task = apps.get_model("wagtailcore", "Task")

    for workflow in Workflow.objects.filter(name=OLD_WORKFLOW):
        WorkflowPage.objects.filter(workflow=workflow).delete()
        task_ids = list(workflow.workflow_tasks.values_list("task_id", flat=True))
        states = WorkflowState.objects.filter(workflow=workflow)
        if not states.exists():
            workflow.delete()
            Task.objects.filter(pk__in=task_ids, task_states__isnull=True, workflow_tasks__isnull=True).delete()
            continue
        in_progress = states.filter(status="in_progress")
        TaskState.objects.filter(workflow_state__in=in_progress, status="in_progress").update(status="cancelled")
        in_progress.update(status="cancelled")
        workflow.active = False
        workflow.save(update_fields=["active"])
        Task.objects.filter(pk__in=task_ids).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_redakcja_group"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]
    operations = [migrations.RunPython(shape_groups, migrations.RunPython.noop)]
