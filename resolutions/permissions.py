"""Who may do what with resolutions.

- "Sekretariat uchwał" may add and edit resolutions under the register and submit them for approval.
- "Publikujący" may publish (directly, or by approving the "Akceptacja uchwał" workflow task).
- Everyone else with page rights ("Redakcja") can edit and submit but not publish (the permission testers
  below, which the register and resolution pages return from ``permissions_for_user``).

The groups and their admin/document rights come from a data migration; page rights and the workflow need the
register page, so they are granted when a register is created (signal) and by the demo step (idempotent).

The models import this module, so it never imports them: the functions take the register page as an argument.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    PagePermissionTester,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

PUBLISHERS_GROUP = "Publikujący"
SECRETARIAT_GROUP = "Sekretariat uchwał"
WORKFLOW_NAME = "Akceptacja uchwał"
TASK_NAME = "Akceptacja przez Publikujących"
PAGE_PERMISSIONS = {
    SECRETARIAT_GROUP: ["add_page", "change_page"],
    PUBLISHERS_GROUP: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def is_publisher(user):
    """Superusers and members of "Publikujący" may publish resolutions; nobody else (not even "Redakcja")."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    cache = getattr(user, "_resolution_publisher", None)
    if cache is None:
        cache = user.groups.filter(name=PUBLISHERS_GROUP).exists()
        user._resolution_publisher = cache
    return cache


class ResolutionPermissionTester(PagePermissionTester):
    """Publishing, unpublishing and scheduling a resolution need the "Publikujący" group."""

    def can_publish(self):
        return super().can_publish() and is_publisher(self.user)

    def can_unpublish(self):
        return super().can_unpublish() and is_publisher(self.user)

    def can_publish_subpage(self):
        return super().can_publish_subpage() and is_publisher(self.user)


class ResolutionIndexPermissionTester(PagePermissionTester):
    """Creating a resolution and publishing it in one go also needs "Publikujący"."""

    def can_publish_subpage(self):
        return super().can_publish_subpage() and is_publisher(self.user)

    def can_reorder_children(self):
        return super().can_reorder_children() and is_publisher(self.user)


def ensure_register_permissions(index):
    """Grant the two groups their rights on ``index`` and assign the approval workflow to it."""
    for group_name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
    workflow = ensure_workflow()
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def ensure_workflow():
    """The one-step workflow: a "Publikujący" member approves (and so publishes) the resolution."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if workflow.tasks.exists():
        return workflow
    publishers, _ = Group.objects.get_or_create(name=PUBLISHERS_GROUP)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([publishers])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow
