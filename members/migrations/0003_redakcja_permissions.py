"""The office editors (group "Redakcja") keep the authorities data: people, terms and the bodies' texts."""

from django.db import migrations

# (model, codenames): Person has draft state, so editors also need "publish"; bodies exist, so only "change".
PERMISSIONS = [
    ("person", ["add_person", "change_person", "delete_person", "publish_person"]),
    ("term", ["add_term", "change_term", "delete_term"]),
    ("membership", ["add_membership", "change_membership", "delete_membership"]),
    ("statutorybody", ["change_statutorybody"]),
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _ = Group.objects.get_or_create(name="Redakcja")
    for model, codenames in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label="members", model=model)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename,
                defaults={"name": f"Can {codename.split('_')[0]} {model}"},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Redakcja").first()
    if group is None:
        return
    codenames = [codename for _, items in PERMISSIONS for codename in items]
    group.permissions.remove(*Permission.objects.filter(content_type__app_label="members", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0002_statutory_bodies"),
        ("core", "0002_redakcja_group"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
