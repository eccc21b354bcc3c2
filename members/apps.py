from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


def reindex_seat_holder(instance, **kwargs):
    """A person is found by their seats (``Person.roles_text``): a seat added, changed or removed reindexes them."""
    from wagtail.search import index

    if instance.person_id:
        index.insert_or_update_object(instance.person)


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Członkowie i władze")

    def ready(self):
        from .models import Membership

        for signal in (post_save, post_delete):
            signal.connect(reindex_seat_holder, sender=Membership, dispatch_uid=f"members.reindex_{signal}")
