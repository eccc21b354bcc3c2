"""The approval step that shows what goes public before it publishes (``models/approval.py``).

The step of "Akceptacja uchwał" becomes a ``ResolutionApprovalTask``. The task keeps its id, so reviews in
progress and their history stay with it; a database without the workflow yet gets the new task from
``resolutions.permissions.ensure_workflow`` when the register is created.
"""

import django.db.models.deletion
from django.db import migrations, models

WORKFLOW_NAME = "Akceptacja uchwał"


def convert_approval_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ResolutionApprovalTask = apps.get_model("resolutions", "ResolutionApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    content_type, _ = ContentType.objects.get_or_create(app_label="resolutions", model="resolutionapprovaltask")
    task_ids = list(WorkflowTask.objects.filter(workflow__name=WORKFLOW_NAME).values_list("task_id", flat=True))
    for old in GroupApprovalTask.objects.filter(task_ptr_id__in=task_ids):
        task = Task.objects.get(pk=old.task_ptr_id)
        groups = list(old.groups.all())
        old.delete(keep_parents=True)
        new = ResolutionApprovalTask(task_ptr_id=task.pk, name=task.name, active=task.active, content_type=content_type)
        new.save()
        new.groups.set(groups)


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('resolutions', '0003_entered_by_help_text'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.CreateModel(
            name='ResolutionApprovalTask',
            fields=[
                ('task_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.task')),
                ('groups', models.ManyToManyField(help_text='Pages/snippets at this step in a workflow will be moderated or approved by these groups of users', to='auth.group', verbose_name='groups')),
            ],
            options={
                'verbose_name': 'akceptacja z potwierdzeniem publikacji',
                'verbose_name_plural': 'akceptacje z potwierdzeniem publikacji',
            },
            bases=('wagtailcore.task',),
        ),
        migrations.RunPython(convert_approval_task, migrations.RunPython.noop),
    ]
