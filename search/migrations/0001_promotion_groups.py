""""Polecane wyniki" for the office's groups (core/0003): Sekretariat and Redakcja pin pages to queries
(Wagtail's search promotions) and so also read the report of queries that found nothing (``search.admin_views``).
Going back takes the rights away again."""

from django.db import migrations

GROUPS = ("Sekretariat", "Redakcja")
CODENAMES = ("add_searchpromotion", "change_searchpromotion", "delete_searchpromotion")


def permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailsearchpromotions", model="searchpromotion")
    return [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )[0]
        for codename in CODENAMES
    ]


def forward(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    rights = permissions(apps)
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*rights)


def backward(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    rights = permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*rights)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_office_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]
    operations = [migrations.RunPython(forward, backward)]
