"""Who may do what with resolutions.

- "Redakcja" (and "Sekretariat", whose rights cover the whole tree) write resolutions as drafts and submit them
  to the "Akceptacja uchwał" workflow.
- "Publikujący" handle that workflow: they approve (which publishes) after confirming what goes public, and only
  they publish, unpublish, delete, move or copy a resolution (``ResolutionPermissionTester``, which the
  resolution pages return from ``permissions_for_user``).

The groups and their rights on documents come from data migrations; page rights and the workflow need the
register page, so they are granted when a register is created (signal) and by the demo step (idempotent).

The models import this module, so it imports none of them at module level.
"""

from django.contrib.auth.models import Group
from wagtail.models import Locale, PagePermissionTester, Workflow, WorkflowPage, WorkflowTask

from core.groups import EDITORS, RestrictedPublishingTester, grant_page_permissions, in_group

PUBLISHERS_GROUP = "Publikujący"
WORKFLOW_NAME = "Akceptacja uchwał"
TASK_NAME = "Akceptacja przez Publikujących"
EDITOR_PERMISSIONS = ["add_page", "change_page"]
PUBLISHER_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def is_publisher(user):
    """Superusers and members of "Publikujący" may publish resolutions; nobody else."""
    return in_group(user, PUBLISHERS_GROUP)


class ResolutionPermissionTester(RestrictedPublishingTester):
    """Publishing, unpublishing, deleting, moving and copying a resolution need "Publikujący"."""

    publishers_group = PUBLISHERS_GROUP


class ResolutionIndexPermissionTester(PagePermissionTester):
    """The register's own page is the office's to edit and publish, but what reaches the resolutions under it
    (creating one published, reordering them, or unpublishing, deleting, moving or copying the register with
    all of them) needs "Publikujący"."""

    def can_publish_subpage(self):
        return super().can_publish_subpage() and is_publisher(self.user)

    def can_reorder_children(self):
        return super().can_reorder_children() and is_publisher(self.user)

    def can_unpublish(self):
        return super().can_unpublish() and is_publisher(self.user)

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and is_publisher(self.user)

    def can_copy(self):
        return super().can_copy() and is_publisher(self.user)


def ensure_register_permissions(index):
    """Grant the groups their rights on ``index`` and assign the approval workflow to it.

    "Redakcja" drafts in the default language only; the other languages' registers are the translators'
    (``core.groups``). "Publikujący" publish in every language.
    """
    if index.locale_id == Locale.get_default().pk:
        grant_page_permissions(EDITORS, index, EDITOR_PERMISSIONS)
    grant_page_permissions(PUBLISHERS_GROUP, index, PUBLISHER_PERMISSIONS)
    workflow = ensure_workflow()
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def ensure_workflow():
    """The one-step workflow: a "Publikujący" member confirms what goes public and approves (so publishes) it."""
    from .models.approval import ResolutionApprovalTask

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if workflow.tasks.exists():
        return workflow
    publishers, _ = Group.objects.get_or_create(name=PUBLISHERS_GROUP)
    task = ResolutionApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = ResolutionApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([publishers])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow
