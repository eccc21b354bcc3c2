from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Członkowie i władze")

    def ready(self):
        from wagtail.signals import page_published

        from . import signal_handlers as handlers
        from .models import MemberPage, Membership, StatutoryBody, Term

        for signal in (post_save, post_delete):
            signal.connect(handlers.seat_changed, sender=Membership, dispatch_uid=f"members.reindex_{signal}")
        post_save.connect(handlers.body_saved, sender=StatutoryBody, dispatch_uid="members.reindex_body")
        post_save.connect(handlers.term_saved, sender=Term, dispatch_uid="members.reindex_term")
        page_published.connect(handlers.member_published, sender=MemberPage, dispatch_uid="members.reindex_member")
