from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The foundation every section builds on; it imports no section app."""

    name = "core"
    verbose_name = _("Podstawa portalu")

    def ready(self):
        from wagtail.signals import page_published

        from .number_fields import register_number_fields
        from .translation_sync import sync_shared_facts

        register_number_fields()
        from . import groups, layout_cache, page_cache  # noqa: F401  (their receivers: page rights, cache generations)

        page_published.connect(sync_shared_facts, dispatch_uid="core_sync_shared_facts")
