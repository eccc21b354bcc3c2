from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The foundation every section builds on; it imports no section app."""

    name = "core"
    verbose_name = _("Podstawa portalu")

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        from .number_fields import register_number_fields
        from .translation_catalogs import merge_equal_plurals

        merge_equal_plurals()
        register_number_fields()
        from . import dashboard, frontend_purge, groups, layout_cache, page_cache, response_cache  # noqa: F401  (their receivers)

        autodiscover_modules("clock")  # each section's clock.py registers when its pages change by time alone
