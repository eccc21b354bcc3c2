"""Give the office editors ("Redakcja") the funding-programme snippet.

Project pages and their form submissions follow page permissions, which Redakcja already has on the
whole tree (core/0002): a Redakcja member can create, edit and publish projects and read, export and
delete nothing but what page permissions allow.
"""

from django.db import migrations

SNIPPET_PERMISSIONS = [("fundingprogramme", ["add", "change", "delete", "view"])]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name="Redakcja")
    for model, actions in SNIPPET_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="projects", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="Redakcja").first()
    if group is not None:
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label="projects", content_type__model="fundingprogramme")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_redakcja_group"),
        ("projects", "0001_initial"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
