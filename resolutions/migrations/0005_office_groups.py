"""Resolutions in the office's groups (core/0003): "Redakcja" drafts them, "Publikujący" approve them.

- "Sekretariat uchwał" drafted and submitted resolutions, which "Redakcja" does now: its members and its rights on
  the default language's registers go to "Redakcja", and the group goes. Going back does not recreate it.
- "Publikujący" attach documents (add, choose) but no longer "change" them: for Wagtail that includes deleting
  any document, even the PDF of a published resolution.
"""

from django.conf import settings
from django.db import migrations

FORMER_GROUP = "Sekretariat uchwał"
EDITORS = "Redakcja"
PUBLISHERS_GROUP = "Publikujący"


def forward(apps, schema_editor):
    merge_former_group(apps)
    apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(
        group__name=PUBLISHERS_GROUP, permission__codename="change_document"
    ).delete()


def merge_former_group(apps):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    former = Group.objects.filter(name=FORMER_GROUP).first()
    if former is None:
        return
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.user_set.add(*former.user_set.all())
    for right in GroupPagePermission.objects.filter(group=former, page__locale__language_code=settings.LANGUAGE_CODE):
        GroupPagePermission.objects.get_or_create(
            group=editors, page_id=right.page_id, permission_id=right.permission_id
        )
    former.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("resolutions", "0004_approval_task"),
        ("core", "0003_office_groups"),
    ]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
