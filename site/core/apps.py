from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The foundation every section builds on; it imports no section app."""

    name = "core"
    verbose_name = _("Podstawa portalu")

    def ready(self):
        from wagtail.signals import page_published

        from .translation_sync import sync_shared_facts

        page_published.connect(sync_shared_facts, dispatch_uid="core_sync_shared_facts")
