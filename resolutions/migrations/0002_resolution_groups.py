"""Groups "Sekretariat uchwał" (prepares and submits resolutions) and "Publikujący" (approves and publishes).

Both get access to the admin and to documents (to attach PDFs). Their page rights on the register and the
approval workflow are granted when the register page exists (see ``resolutions.permissions``).
"""

from django.db import migrations

GROUPS = ["Sekretariat uchwał", "Publikujący"]
COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
    ("wagtailimages", "image", ["choose_image"]),
]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    admin_ct, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_ct, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    root_collection = Collection.objects.filter(depth=1).first()
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for app_label, model, codenames in COLLECTION_PERMISSIONS:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            for codename in codenames:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("resolutions", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]
    operations = [migrations.RunPython(create_groups, remove_groups)]
