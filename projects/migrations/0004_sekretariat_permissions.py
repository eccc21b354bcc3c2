"""The funding programmes are kept by "Sekretariat", the office's page editors, who also edit the project pages
and read their applications; "Redakcja" now writes news only (core/0003), so the rights move to Sekretariat."""

from django.db import migrations

SNIPPET_PERMISSIONS = [("fundingprogramme", ["add", "change", "delete", "view"])]


def move(apps, from_group, to_group):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    permissions = []
    for model, actions in SNIPPET_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="projects", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
            permissions.append(permission)
    Group.objects.get_or_create(name=to_group)[0].permissions.add(*permissions)
    source = Group.objects.filter(name=from_group).first()
    if source is not None:
        source.permissions.remove(*permissions)


def to_secretariat(apps, schema_editor):
    move(apps, "Redakcja", "Sekretariat")


def to_editors(apps, schema_editor):
    move(apps, "Sekretariat", "Redakcja")


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0003_projectpage_submission_retention_months"),
        ("core", "0003_office_groups"),
    ]
    operations = [migrations.RunPython(to_secretariat, to_editors)]
