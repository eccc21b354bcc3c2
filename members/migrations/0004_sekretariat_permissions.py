"""The authorities data (people, terms, the bodies' texts) is kept by "Sekretariat", the office's page editors;
"Redakcja" now writes news only (core/0003), so the rights move from one to the other."""

from django.db import migrations

# (model, codenames): Person has draft state, so the office also needs "publish"; bodies exist, so only "change".
PERMISSIONS = [
    ("person", ["add_person", "change_person", "delete_person", "publish_person"]),
    ("term", ["add_term", "change_term", "delete_term"]),
    ("membership", ["add_membership", "change_membership", "delete_membership"]),
    ("statutorybody", ["change_statutorybody"]),
]


def move(apps, from_group, to_group):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    permissions = []
    for model, codenames in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="members", model=model)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename,
                defaults={"name": f"Can {codename.split('_')[0]} {model}"},
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
        ("members", "0003_redakcja_permissions"),
        ("core", "0003_office_groups"),
    ]
    operations = [migrations.RunPython(to_secretariat, to_editors)]
