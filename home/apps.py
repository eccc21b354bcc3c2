from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Strona główna i treści")

    def ready(self):
        from wagtail.signals import page_published

        from .translation_sync import sync_shared_facts

        page_published.connect(sync_shared_facts, dispatch_uid="home_sync_shared_facts")
