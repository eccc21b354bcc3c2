"""The office's groups and the rights that follow the page tree.

The groups themselves, and every right that needs no particular page, come from data migrations. Page rights
name a page, so they are granted when that page exists, here:

- **Sekretariat** works on the whole tree (the root page, granted by the migration);
- **Redakcja** writes news: its rights sit on the news list chosen in "Ustawienia portalu" (``news_page``);
- **Tłumacze** edit the other languages: their rights sit on each language's home page (a page under the root
  that is not in the default language), so they never change a Polish page.

The receivers below grant them when the settings name a news list and when a language's home page is created;
grants are only ever added. A section whose own page carries rights (a register, say) grants them itself.

``RestrictedPublishingTester`` is the one rule for page types whose publishing belongs to one group: whatever
changes what the public sees of such a page (publishing, unpublishing, deleting, moving, copying) needs that group.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Locale, Page, PagePermissionTester

SECRETARIAT = "Sekretariat"
EDITORS = "Redakcja"
TRANSLATORS = "Tłumacze"

NEWS_PERMISSIONS = ["add_page", "change_page", "publish_page"]
TRANSLATION_PERMISSIONS = ["add_page", "change_page"]

# Reading what visitors sent through forms (contact messages, applications with personal data) is a right of its
# own: editing a form page, as translators edit the English ones, does not include it (see home.wagtail_hooks).
READ_SUBMISSIONS = "wagtailforms.view_formsubmission"


def in_group(user, group_name):
    """Active superusers and active members of ``group_name``; the answer is kept on the user for the request."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    cache = getattr(user, "_portal_groups", None)
    if cache is None:
        cache = user._portal_groups = set(user.groups.values_list("name", flat=True))
    return group_name in cache


def grant_page_permissions(group_name, page, codenames):
    """Give ``group_name`` the page permissions ``codenames`` on ``page`` and its descendants (idempotent)."""
    group, _ = Group.objects.get_or_create(name=group_name)
    for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def is_language_home(page):
    """A page right under the root in a language other than the default one: the top of that language's tree."""
    return page.depth == 2 and page.locale_id != Locale.get_default().pk


@receiver(post_save, sender="core.SiteSettings", dispatch_uid="core_groups_news_page")
def news_page_chosen(sender, instance, raw=False, **kwargs):
    if not raw and instance.news_page_id:
        grant_page_permissions(EDITORS, instance.news_page, NEWS_PERMISSIONS)


@receiver(post_save, dispatch_uid="core_groups_language_home")
def language_home_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page) and is_language_home(instance):
        grant_page_permissions(TRANSLATORS, instance, TRANSLATION_PERMISSIONS)


class RestrictedPublishingTester(PagePermissionTester):
    """Page permissions of a page type that only ``publishers_group`` (and superusers) may publish.

    Unpublishing takes the page off the site, deleting takes its revisions with it, moving changes its address
    and copying makes a second one: each changes the public record as publishing does, so each needs the group.
    Editing and submitting to a workflow follow the ordinary page permissions.
    """

    publishers_group = None

    def is_publisher(self):
        return in_group(self.user, self.publishers_group)

    def can_publish(self):
        return super().can_publish() and self.is_publisher()

    def can_unpublish(self):
        return super().can_unpublish() and self.is_publisher()

    def can_publish_subpage(self):
        return super().can_publish_subpage() and self.is_publisher()

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and self.is_publisher()

    def can_copy(self):
        return super().can_copy() and self.is_publisher()

    def can_reorder_children(self):
        return super().can_reorder_children() and self.is_publisher()
